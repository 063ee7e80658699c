using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Policies;

namespace Torchbase.Domain.Tests.Policies;

public class BenefitEvaluatorTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);
    private static readonly Guid Park = Guid.NewGuid();

    /// <summary>An enterprise with R&D expense (万元) in 2024 and 2025 and revenue in 2025; optionally a 高企 title issued on a day.</summary>
    private static BenefitFacts Facts(decimal? rd2024 = 100, decimal? rd2025 = 150, decimal? revenue = 3000, DateOnly? highTechOn = null,
        bool inLibrary = false, int[]? declared = null, decimal already = 0, string chain = "新材料")
    {
        var reports = new List<AnnualReport>
        {
            new() { Year = 2024, RdExpense = rd2024, Revenue = 2500 },
            new() { Year = 2025, RdExpense = rd2025, Revenue = revenue },
        };
        var held = highTechOn is { } on ? new List<HeldTitle> { new(QualificationType.HighTech, on, on.AddYears(3).AddDays(-1)) } : [];
        var facts = new EnterpriseFacts(new DateOnly(2015, 1, 1), reports, held, null, AsOf);
        return new BenefitFacts(facts, Park, chain, inLibrary, declared?.ToHashSet(), already);
    }

    private static BenefitItem Item(AmountRule rule, decimal? limit = null, params BenefitCondition[] conditions) =>
        new() { Name = "t", Rule = rule, PerEnterpriseLimit = limit, Conditions = [.. conditions] };

    [Theory]
    // 研发费用增量的 10%、最高 100 万元 (an example rule): increase 50 → 5; increase 2000 → 200 capped to 100; a fall pays nothing.
    [InlineData(100, 150, 5, false)]
    [InlineData(100, 2100, 100, true)]
    [InlineData(150, 100, 0, false)]
    public void Growth_share_is_capped(double rd2024, double rd2025, double expected, bool capped)
    {
        var item = Item(new AmountRule(AmountRuleKind.GrowthShare, Figure: ReportFigure.RdExpense, Rate: 0.1m, Cap: 100));
        var amount = BenefitEvaluator.Amount(item, Facts((decimal)rd2024, (decimal)rd2025))!;
        Assert.Equal((decimal)expected, amount.Amount);
        Assert.Equal(capped, amount.Capped);
        Assert.Equal((decimal)(rd2025 - rd2024), amount.Base);
    }

    [Theory]
    [InlineData(3000, 30, false)]
    [InlineData(20000, 50, true)]
    public void Share_of_a_figure_is_capped(double revenue, double expected, bool capped)
    {
        var item = Item(new AmountRule(AmountRuleKind.Share, Figure: ReportFigure.Revenue, Rate: 0.01m, Cap: 50));
        var amount = BenefitEvaluator.Amount(item, Facts(revenue: (decimal)revenue))!;
        Assert.Equal((decimal)expected, amount.Amount);
        Assert.Equal(capped, amount.Capped);
    }

    [Theory]
    // Tiers: revenue ≥ 1000 → 10, ≥ 5000 → 30, ≥ 10000 → 50; the highest tier reached applies, below all tiers pays 0.
    [InlineData(999, 0, null)]
    [InlineData(1000, 10, 0)]
    [InlineData(7000, 30, 1)]
    [InlineData(10000, 50, 2)]
    public void Tiers_pay_the_highest_tier_reached(double revenue, double expected, int? tier)
    {
        var item = Item(new AmountRule(AmountRuleKind.Tiers, Figure: ReportFigure.Revenue,
            Tiers: [new AmountTier(1000, 10), new AmountTier(5000, 30), new AmountTier(10000, 50)]));
        var amount = BenefitEvaluator.Amount(item, Facts(revenue: (decimal)revenue))!;
        Assert.Equal((decimal)expected, amount.Amount);
        Assert.Equal(tier, amount.Tier);
    }

    [Theory]
    // Fixed 20 with a per-enterprise limit of 30: nothing received → 20; 15 received → 15 left; 30 received → 0.
    [InlineData(0, 20, false)]
    [InlineData(15, 15, true)]
    [InlineData(30, 0, true)]
    public void Per_enterprise_limit_bounds_the_amount(double already, double expected, bool limited)
    {
        var item = Item(AmountRule.FixedAmount(20), limit: 30);
        var amount = BenefitEvaluator.Amount(item, Facts(already: (decimal)already))!;
        Assert.Equal((decimal)expected, amount.Amount);
        Assert.Equal(limited, amount.Limited);
    }

    [Fact]
    public void A_missing_figure_leaves_the_amount_unknown() =>
        Assert.Null(BenefitEvaluator.Amount(Item(new AmountRule(AmountRuleKind.Share, Figure: ReportFigure.RdExpense, Rate: 0.1m)), Facts(rd2025: null)));

    [Theory]
    // 新认定高新技术企业: a title granted within 2026 — granted in the period, before it, after it, never.
    [InlineData("2026-03-15", true)]
    [InlineData("2026-01-01", true)]
    [InlineData("2025-12-31", false)]
    [InlineData(null, false)]
    public void Title_granted_counts_only_within_the_period(string? issued, bool met)
    {
        var condition = new BenefitCondition(ConditionKind.TitleGranted, QualificationType.HighTech, From: new DateOnly(2026, 1, 1),
            To: new DateOnly(2026, 12, 31));
        var facts = Facts(highTechOn: issued is null ? null : DateOnly.Parse(issued));
        var r = BenefitEvaluator.Evaluate(Item(AmountRule.FixedAmount(20), null, condition), facts);
        Assert.Equal(met ? BenefitVerdict.Eligible : BenefitVerdict.NotEligible, r.Verdict);
        Assert.Equal(20m, r.Amount);
    }

    [Theory]
    // R&D growth ≥ 20%: 100 → 130 met; 100 → 110 is 10 万元 short of 120; without the year before it is missing.
    [InlineData(100.0, 130, CriterionStatus.Met, null)]
    [InlineData(100.0, 110, CriterionStatus.NotMet, 10.0)]
    [InlineData(null, 110, CriterionStatus.Missing, null)]
    public void Growth_condition_gives_the_gap_in_the_figure(double? rd2024, double rd2025, CriterionStatus status, double? gap)
    {
        var condition = new BenefitCondition(ConditionKind.GrowthAtLeast, Figure: ReportFigure.RdExpense, Value: 0.2m);
        var r = BenefitEvaluator.Check(condition, 0, Facts((decimal?)rd2024, (decimal)rd2025));
        Assert.Equal(status, r.Status);
        Assert.Equal((decimal?)gap, r.Gap);
    }

    [Theory]
    // Revenue ≥ 4000: 3000 is 25% short → nearly qualifies (gap 1000); 2000 is 50% short → does not.
    [InlineData(4000, BenefitVerdict.Eligible, null)]
    [InlineData(3000, BenefitVerdict.NearMiss, 1000.0)]
    [InlineData(2000, BenefitVerdict.NotEligible, 2000.0)]
    public void A_figure_a_little_short_is_a_near_miss_with_its_gap(double revenue, BenefitVerdict verdict, double? gap)
    {
        var item = Item(AmountRule.FixedAmount(10), null, new BenefitCondition(ConditionKind.FigureAtLeast, Figure: ReportFigure.Revenue, Value: 4000));
        var r = BenefitEvaluator.Evaluate(item, Facts(revenue: (decimal)revenue));
        Assert.Equal(verdict, r.Verdict);
        Assert.Equal((decimal?)gap, r.Conditions.Single().Gap);
    }

    [Theory]
    // A declaration nobody made leaves the benefit open on declaration; declared, it is met; another failure still fails.
    [InlineData(false, true, BenefitVerdict.EligibleOnDeclaration)]
    [InlineData(true, true, BenefitVerdict.Eligible)]
    [InlineData(true, false, BenefitVerdict.NotEligible)]
    public void Declarations_are_made_by_the_enterprise(bool declared, bool inLibrary, BenefitVerdict verdict)
    {
        var item = Item(AmountRule.FixedAmount(10), null,
            new BenefitCondition(ConditionKind.InLibrary), new BenefitCondition(ConditionKind.Declaration, Text: "近三年无重大安全事故"));
        var r = BenefitEvaluator.Evaluate(item, Facts(inLibrary: inLibrary, declared: declared ? [1] : null));
        Assert.Equal(verdict, r.Verdict);
        Assert.Equal(BenefitEvaluator.DeclarationUnit, r.Conditions[1].Unit);
    }

    [Theory]
    [InlineData("新材料", true)]
    [InlineData("电子信息", false)]
    public void Chain_and_park_conditions(string chain, bool met)
    {
        var item = Item(AmountRule.FixedAmount(10), null, new BenefitCondition(ConditionKind.InChain, Chain: "新材料"),
            new BenefitCondition(ConditionKind.InPark, ParkId: Park));
        var r = BenefitEvaluator.Evaluate(item, Facts(chain: chain));
        Assert.Equal(met ? BenefitVerdict.Eligible : BenefitVerdict.NotEligible, r.Verdict);
        Assert.Equal(CriterionStatus.Met, r.Conditions[1].Status);
    }

    [Theory]
    [InlineData(100.0, 80, 20, true)]
    [InlineData(100.0, 80, 20.01, false)]
    [InlineData(100.0, 100, 1, false)]
    [InlineData(null, 1000, 50, true)]
    [InlineData(100.0, 0, 0, false)]
    public void A_payout_never_exceeds_the_remaining_budget(double? budget, double paid, double amount, bool allowed) =>
        Assert.Equal(allowed, BenefitBudget.CanPay((decimal?)budget, (decimal)paid, (decimal)amount));

    [Theory]
    [InlineData(100, 60, new[] { 20.0, 20.0 }, true)]
    [InlineData(100, 60, new[] { 20.0, 20.01 }, false)]
    [InlineData(100, 0, new double[0], false)]
    public void A_batch_is_paid_whole_or_not_at_all(double budget, double paid, double[] amounts, bool allowed) =>
        Assert.Equal(allowed, BenefitBudget.CanPayBatch((decimal)budget, (decimal)paid, amounts.Select(a => (decimal)a)));

    [Theory]
    [InlineData("2026-06-10", ObjectionDecision.Dismissed, true)]
    [InlineData("2026-06-09", ObjectionDecision.Dismissed, false)]
    [InlineData("2026-06-10", ObjectionDecision.Pending, false)]
    public void Payout_waits_for_the_notice_and_its_objections(string today, ObjectionDecision objection, bool passed)
    {
        var a = new BenefitApplication { Status = ApplicationStatus.InNotice, Amount = 20, NoticeUntil = new DateOnly(2026, 6, 9) };
        a.Objections.Add(new BenefitObjection { Text = "x", Decision = objection });
        Assert.Equal(passed, Redemption.NoticePassed(a, DateOnly.Parse(today)));
        Assert.Equal(passed, Redemption.CanPayout(a, 20, DateOnly.Parse(today)));
        Assert.False(Redemption.CanPayout(a, 20.01m, DateOnly.Parse(today)));
    }

    [Theory]
    [InlineData(AmountRuleKind.Share, null, "figure")]
    [InlineData(AmountRuleKind.Fixed, null, "fixed")]
    [InlineData(AmountRuleKind.Tiers, ReportFigure.Revenue, "tiers")]
    public void Incomplete_rules_are_refused(AmountRuleKind kind, ReportFigure? figure, string field) =>
        Assert.Equal(field, new AmountRule(kind, Figure: figure).Problem()?.Field);
}
