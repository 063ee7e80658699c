using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Policies;

namespace Torchbase.Domain.Tests.Policies;

/// <summary>规上 and 上规入统 as facts a benefit condition reads, with the reason per condition, and the matcher agreeing.</summary>
public class SizeConditionTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);

    /// <summary>An enterprise of a sector with its 2024 and 2025 reports (null: no report that year).</summary>
    private static BenefitFacts Facts(string? code, AnnualReport? y2024, AnnualReport? y2025)
    {
        var reports = new[] { y2024, y2025 }.OfType<AnnualReport>().ToList();
        return new BenefitFacts(new EnterpriseFacts(new DateOnly(2015, 1, 1), reports, [], null, AsOf, code), Guid.Empty, "新材料", false);
    }

    private static AnnualReport Report(int year, decimal? main = null, decimal? revenue = null, bool? declared = null) =>
        new() { Year = year, MainBusinessRevenue = main, Revenue = revenue, SizeDeclaration = declared };

    private static CriterionResult Check(BenefitCondition c, BenefitFacts f)
    {
        var result = BenefitEvaluator.Check(c, 0, f);
        // The fast matcher answers as the explained check does for every row of these tables.
        var item = new BenefitItem { Name = "t", Rule = AmountRule.FixedAmount(10), Conditions = [c] };
        Assert.Equal(result.Status == CriterionStatus.Met, BenefitMatcher.For(item).Qualifies(f));
        return result;
    }

    [Theory]
    // sector code, main-business revenue, operating revenue, declaration → status of "规上 in 2025", and the gap in 万元 when below
    [InlineData("C3812", 2000, 9000, null, CriterionStatus.Met, null)]
    [InlineData("C3812", 1999.99, 9000, null, CriterionStatus.NotMet, 0.01)]
    [InlineData("C3812", null, 9000, null, CriterionStatus.Missing, null)]
    [InlineData("F5141", 2000, null, null, CriterionStatus.Met, null)]
    [InlineData("F5141", 1999.99, null, null, CriterionStatus.NotMet, 0.01)]
    [InlineData("F5211", 500, null, null, CriterionStatus.Met, null)]
    [InlineData("F5211", 499.99, null, null, CriterionStatus.NotMet, 0.01)]
    [InlineData("H62", 200, null, null, CriterionStatus.Met, null)]
    [InlineData("H62", 199.99, null, null, CriterionStatus.NotMet, 0.01)]
    [InlineData("I65", 9000, 2000, null, CriterionStatus.Met, null)]
    [InlineData("I65", 9000, 1999.99, null, CriterionStatus.NotMet, 0.01)]
    [InlineData("M73", null, 1000, null, CriterionStatus.Met, null)]
    [InlineData("M73", null, 999.99, null, CriterionStatus.NotMet, 0.01)]
    [InlineData("R88", null, 500, null, CriterionStatus.Met, null)]
    [InlineData("R88", null, 499.99, null, CriterionStatus.NotMet, 0.01)]
    [InlineData("E47", 1, 1, true, CriterionStatus.Met, null)]
    [InlineData("E47", 90000, 90000, false, CriterionStatus.NotMet, null)]
    [InlineData("E47", 90000, 90000, null, CriterionStatus.Missing, null)]
    [InlineData("K7010", 1, 1, true, CriterionStatus.Met, null)]
    [InlineData("K7010", 1, 1, null, CriterionStatus.Missing, null)]
    [InlineData("J66", 90000, 90000, null, CriterionStatus.NotMet, null)]
    [InlineData(null, 90000, 90000, null, CriterionStatus.Missing, null)]
    public void Above_size_in_a_year_by_the_sectors_rule(string? code, object? main, object? revenue, bool? declared,
        CriterionStatus status, object? gap)
    {
        var facts = Facts(code, null, Report(2025, Wan(main), Wan(revenue), declared));
        var result = Check(new BenefitCondition(ConditionKind.AboveSize, Year: 2025), facts);
        Assert.Equal(status, result.Status);
        Assert.Equal(Wan(gap), result.Gap);
        // Without a year the condition reads the last completed year (2025 on 2026-06-01).
        Assert.Equal(status, Check(new BenefitCondition(ConditionKind.AboveSize), facts).Status);
    }

    private static decimal? Wan(object? v) => v is null ? null : Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // "industry" asks for 规上工业: a services enterprise above its own threshold does not count
    [InlineData("C38", "industry", CriterionStatus.Met)]
    [InlineData("I65", "industry", CriterionStatus.NotMet)]
    [InlineData("I65", "services", CriterionStatus.Met)]
    [InlineData("I65", null, CriterionStatus.Met)]
    public void A_sector_can_be_required(string code, string? sizeClass, CriterionStatus status)
    {
        var facts = Facts(code, null, Report(2025, 5000, 5000));
        Assert.Equal(status, Check(new BenefitCondition(ConditionKind.AboveSize, Year: 2025, SizeClass: sizeClass), facts).Status);
    }

    [Theory]
    // 2024 main revenue (null: no 2024 report), 2025 main revenue → 上规入统 in 2025
    [InlineData(1999.99, 2000, CriterionStatus.Met)]
    [InlineData(2000, 2500, CriterionStatus.NotMet)] // above already in 2024
    [InlineData(null, 2500, CriterionStatus.Missing)] // no 2024 report: cannot tell whether it entered in 2025
    [InlineData(1500, 1999.99, CriterionStatus.NotMet)]
    [InlineData(3000, 1999.99, CriterionStatus.NotMet)] // left the scope
    public void Became_above_size_in_a_year(object? main2024, double main2025, CriterionStatus status)
    {
        var facts = Facts("C3812", main2024 is null ? null : Report(2024, Wan(main2024)), Report(2025, (decimal)main2025));
        Assert.Equal(status, Check(new BenefitCondition(ConditionKind.BecameAboveSize, Year: 2025, SizeClass: "industry"), facts).Status);
    }

    [Fact]
    public void Construction_enters_the_scope_by_its_declared_licence()
    {
        var entered = Facts("E47", Report(2024, declared: false), Report(2025, declared: true));
        var already = Facts("E47", Report(2024, declared: true), Report(2025, declared: true));
        var open = Facts("E47", Report(2024, declared: false), Report(2025));
        var became = new BenefitCondition(ConditionKind.BecameAboveSize, Year: 2025);
        Assert.Equal(CriterionStatus.Met, Check(became, entered).Status);
        Assert.Equal(CriterionStatus.NotMet, Check(became, already).Status);
        Assert.Equal(CriterionStatus.Missing, Check(became, open).Status);
    }

    [Fact]
    public void A_first_time_industrial_award_written_as_data_is_matched_and_explained()
    {
        // 首次纳入规上工业企业 奖励 (an example item): 上规入统 as 规上工业 in 2025, a fixed 20 万元.
        var item = new BenefitItem
        {
            Name = "首次纳入规上工业企业奖励", Rule = AmountRule.FixedAmount(20),
            Conditions = [new BenefitCondition(ConditionKind.BecameAboveSize, Year: 2025, SizeClass: "industry")],
        };
        var newcomer = Facts("C3812", Report(2024, 1800), Report(2025, 2100));
        var shortOf = Facts("C3812", Report(2024, 1800), Report(2025, 1730));
        var services = Facts("I65", Report(2024, 900, 900), Report(2025, 2100, 2100));

        var yes = BenefitEvaluator.Evaluate(item, newcomer);
        Assert.Equal((BenefitVerdict.Eligible, 20m), (yes.Verdict, yes.Amount));
        Assert.Equal((2100m, 2000m), (yes.Conditions[0].Actual, yes.Conditions[0].Required));

        var no = BenefitEvaluator.Evaluate(item, shortOf);
        Assert.Equal(BenefitVerdict.NearMiss, no.Verdict);
        Assert.Equal((270m, Checks.Wan), (no.Conditions[0].Gap, no.Conditions[0].GapUnit));
        Assert.Equal(BenefitVerdict.NotEligible, BenefitEvaluator.Evaluate(item, services).Verdict);

        var matcher = BenefitMatcher.For(item);
        Assert.Equal([true, false, false], new[] { newcomer, shortOf, services }.Select(matcher.Qualifies));
    }

    [Theory]
    [InlineData(2010, null, "year")]
    [InlineData(2025, "no-such-sector", "sizeClass")]
    [InlineData(2025, "industry", null)]
    [InlineData(null, null, null)]
    public void A_size_condition_names_a_year_with_rules_and_a_known_sector(int? year, string? sizeClass, string? field)
    {
        Assert.Equal(field, new BenefitCondition(ConditionKind.AboveSize, Year: year, SizeClass: sizeClass).Problem()?.Field);
        Assert.Equal(field, new BenefitCondition(ConditionKind.BecameAboveSize, Year: year, SizeClass: sizeClass).Problem()?.Field);
    }
}
