using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Space;

namespace Torchbase.Domain.Tests.Space;

public class ZombieRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    /// <summary>Two periods for each figure, 90 days of arrears, one reason flags (the boundaries are easier to read one reason at a time).</summary>
    private static readonly ZombieRuleVersion One = new(new DateOnly(2026, 1, 1), null, "test", "test", false, "", "", 2, 2, 2, 90, 1);

    private static ZombieYear Y(int year, decimal? revenue = 100, decimal? taxes = 10, int? employees = 5) => new(year, revenue, taxes, employees);

    private static ZombieFacts Facts(ZombieYear[]? years = null, EnterpriseStatus status = EnterpriseStatus.Active, DateOnly? leftOn = null,
        params DateOnly?[] paid) => new(years ?? [Y(2024), Y(2025)], status, leftOn, paid);

    private static DateOnly DaysAgo(int days) => Today.AddDays(-days);

    public static TheoryData<string, ZombieFacts, ZombieSignal[]> Cases => new()
    {
        { "a working enterprise", Facts(), [] },
        { "no revenue in the last two years", Facts([Y(2024, revenue: 0), Y(2025, revenue: 0)]), [ZombieSignal.NoRevenue] },
        { "no revenue in one year only", Facts([Y(2024), Y(2025, revenue: 0)]), [] },
        { "no revenue two years, but not the last two", Facts([Y(2023, revenue: 0), Y(2024, revenue: 0), Y(2025)]), [] },
        { "a missing year breaks the run", Facts([Y(2025, revenue: 0)]), [] },
        { "revenue not reported is not zero", Facts([Y(2024, revenue: null), Y(2025, revenue: 0)]), [] },
        { "this year's report is not a closed period", Facts([Y(2025, revenue: 0), Y(2026, revenue: 0)]), [] },
        { "no taxes two years", Facts([Y(2024, taxes: 0), Y(2025, taxes: 0)]), [ZombieSignal.NoTaxes] },
        { "a tax refund counts as none", Facts([Y(2024, taxes: -3), Y(2025, taxes: 0)]), [ZombieSignal.NoTaxes] },
        { "no employees two years", Facts([Y(2024, employees: 0), Y(2025, employees: 0)]), [ZombieSignal.NoEmployees] },
        { "one employee is some", Facts([Y(2024, employees: 1), Y(2025, employees: 0)]), [] },
        { "rent 89 days behind", Facts(paid: DaysAgo(89)), [] },
        { "rent 90 days behind", Facts(paid: DaysAgo(90)), [ZombieSignal.RentArrears] },
        { "rent paid ahead", Facts(paid: Today.AddDays(30)), [] },
        { "rent paid-up-to unknown is not arrears", Facts(paid: [null]), [] },
        { "the worst of two leases", Facts(paid: [Today, DaysAgo(120)]), [ZombieSignal.RentArrears] },
        { "moved out", Facts(status: EnterpriseStatus.MovedOut, leftOn: new DateOnly(2026, 3, 1)), [ZombieSignal.LifecycleExit] },
        { "deregistered", Facts(status: EnterpriseStatus.Deregistered), [ZombieSignal.LifecycleExit] },
        { "every signal", Facts([Y(2024, 0, 0, 0), Y(2025, 0, 0, 0)], EnterpriseStatus.MovedOut, null, DaysAgo(365)),
            [ZombieSignal.NoRevenue, ZombieSignal.NoTaxes, ZombieSignal.NoEmployees, ZombieSignal.RentArrears, ZombieSignal.LifecycleExit] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_reason_holds_from_its_threshold(string _, ZombieFacts facts, ZombieSignal[] expected)
    {
        var verdict = ZombieRules.Evaluate(One, facts, Today);
        Assert.Equal(expected, verdict.Reasons.Select(r => r.Signal));
        Assert.Equal(expected.Length > 0, verdict.Flagged);
    }

    [Fact]
    public void A_reason_carries_its_measure()
    {
        var reasons = ZombieRules.Evaluate(One, Facts([Y(2024, revenue: 0), Y(2025, revenue: 0)], EnterpriseStatus.MovedOut,
            new DateOnly(2026, 3, 1), DaysAgo(100)), Today).Reasons;
        Assert.Equal(new ZombieReason(ZombieSignal.NoRevenue, Periods: 2, LastYear: 2025), reasons[0]);
        Assert.Equal(new ZombieReason(ZombieSignal.RentArrears, Days: 100), reasons[1]);
        Assert.Equal(new ZombieReason(ZombieSignal.LifecycleExit, Since: new DateOnly(2026, 3, 1)), reasons[2]);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void The_minimum_of_reasons_decides_the_flag(int reasons, bool flagged)
    {
        var two = One with { MinimumReasons = 2 };
        var facts = reasons == 1 ? Facts(paid: DaysAgo(90)) : Facts([Y(2024, revenue: 0), Y(2025, revenue: 0)], paid: DaysAgo(90));
        var verdict = ZombieRules.Evaluate(two, facts, Today);
        Assert.Equal(reasons, verdict.Reasons.Count);
        Assert.Equal(flagged, verdict.Flagged);
    }

    [Fact]
    public void Three_periods_need_three_years_of_nothing()
    {
        var three = One with { NoRevenuePeriods = 3 };
        Assert.Empty(ZombieRules.Evaluate(three, Facts([Y(2024, revenue: 0), Y(2025, revenue: 0)]), Today).Reasons);
        Assert.Single(ZombieRules.Evaluate(three, Facts([Y(2023, revenue: 0), Y(2024, revenue: 0), Y(2025, revenue: 0)]), Today).Reasons);
    }

    [Fact]
    public void The_published_rule_set_is_the_zones_own_and_in_force()
    {
        var rules = ZombieRules.InForce(Today);
        Assert.NotNull(rules);
        Assert.False(rules.Official);
        Assert.Contains("自定", rules.Source, StringComparison.Ordinal);
        Assert.Null(ZombieRules.InForce(new DateOnly(2025, 12, 31)));
    }

    public static TheoryData<DisposalStage, DisposalStage, bool> Moves => new()
    {
        { DisposalStage.Verification, DisposalStage.Interview, true },
        { DisposalStage.Verification, DisposalStage.NegotiatedExit, false },
        { DisposalStage.Verification, DisposalStage.Revitalized, false },
        { DisposalStage.Interview, DisposalStage.NegotiatedExit, true },
        { DisposalStage.Interview, DisposalStage.JudicialDisposal, true },
        { DisposalStage.Interview, DisposalStage.Revitalized, false },
        { DisposalStage.NegotiatedExit, DisposalStage.JudicialDisposal, true },
        { DisposalStage.NegotiatedExit, DisposalStage.Revitalized, true },
        { DisposalStage.JudicialDisposal, DisposalStage.NegotiatedExit, false },
        { DisposalStage.JudicialDisposal, DisposalStage.Revitalized, true },
        { DisposalStage.Revitalized, DisposalStage.Verification, false },
        { DisposalStage.Interview, DisposalStage.Interview, false },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void Disposal_steps_follow_their_order(DisposalStage from, DisposalStage to, bool allowed) =>
        Assert.Equal(allowed, DisposalStages.CanMove(from, to));

    [Fact]
    public void Each_step_keeps_its_day_and_the_last_one_is_read_back()
    {
        var c = new DisposalCase { VerifiedOn = new DateOnly(2026, 1, 5) };
        Assert.Equal(new DateOnly(2026, 1, 5), DisposalStages.LastStepOn(c));
        DisposalStages.Move(c, DisposalStage.Interview, new DateOnly(2026, 2, 1));
        DisposalStages.Move(c, DisposalStage.NegotiatedExit, new DateOnly(2026, 3, 1));
        DisposalStages.Move(c, DisposalStage.JudicialDisposal, new DateOnly(2026, 4, 1));
        Assert.Equal((DisposalStage.JudicialDisposal, new DateOnly(2026, 3, 1)), (c.Stage, c.NegotiatedOn!.Value));
        Assert.Equal(new DateOnly(2026, 4, 1), DisposalStages.LastStepOn(c));
        DisposalStages.Move(c, DisposalStage.Revitalized, new DateOnly(2026, 5, 1));
        Assert.Equal(new DateOnly(2026, 5, 1), DisposalStages.LastStepOn(c));
    }
}
