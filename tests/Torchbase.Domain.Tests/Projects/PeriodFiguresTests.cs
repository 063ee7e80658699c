using Torchbase.Domain.Projects;

namespace Torchbase.Domain.Tests.Projects;

public class PeriodFiguresTests
{
    [Fact]
    public void A_span_prints_as_its_months_and_its_year_before_is_the_same_months()
    {
        Assert.Equal("2026-01..09", MonthSpan.FirstQuarters(2026, 3).ToString());
        Assert.Equal("2025-05", MonthSpan.Month(2025, 5).ToString());
        Assert.Equal(MonthSpan.FirstQuarters(2025, 3), MonthSpan.FirstQuarters(2026, 3).YearBefore());
    }

    private static readonly MonthAmount[] Funds =
    [
        new(2025, 2, 100), new(2025, 8, 50), new(2025, 11, 40),
        new(2026, 1, 120), new(2026, 3, 30), new(2026, 9, 48.5m), new(2026, 10, 70),
    ];

    public static TheoryData<string, MonthSpan, decimal> Sums => new()
    {
        { "one month", MonthSpan.Month(2026, 3), 30 },
        { "an empty month", MonthSpan.Month(2026, 2), 0 },
        { "first quarter", MonthSpan.OfQuarter(2026, 1), 150 },
        { "前三季度", MonthSpan.FirstQuarters(2026, 3), 198.5m },
        { "the whole year", MonthSpan.WholeYear(2026), 268.5m },
        { "the fourth quarter of last year", MonthSpan.OfQuarter(2025, 4), 40 },
        { "a year with nothing", MonthSpan.WholeYear(2024), 0 },
    };

    [Theory, MemberData(nameof(Sums))]
    public void A_period_sums_the_months_inside_it_and_nothing_else(string _, MonthSpan span, decimal expected) =>
        Assert.Equal(expected, PeriodFigures.Sum(Funds, span));

    [Theory]
    [InlineData(13, 9, "0.4444")] // 13 new entries against 9 a year earlier
    [InlineData(45.6, 31.6, "0.443")]
    [InlineData(5, 10, "-0.5")]
    [InlineData(10, 10, "0")]
    public void Growth_is_against_the_same_period_a_year_earlier(decimal current, decimal previous, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PeriodFigures.Growth(current, previous));

    [Theory]
    [InlineData(13, 0)]
    [InlineData(0, 0)]
    [InlineData(5, -1)]
    public void With_no_base_there_is_no_growth_rather_than_infinity(decimal current, decimal previous) =>
        Assert.Null(PeriodFigures.Growth(current, previous));

    [Fact]
    public void New_entries_per_period_are_compared_with_the_year_before()
    {
        DateOnly[] entries = [new(2025, 1, 10), new(2025, 2, 3), new(2025, 7, 1), new(2026, 1, 5), new(2026, 2, 6), new(2026, 3, 31), new(2026, 4, 1)];
        var q1 = PeriodFigures.CompareCounts(entries, MonthSpan.OfQuarter(2026, 1));
        Assert.Equal(new PeriodComparison(3, 2, 0.5m), q1);
        var q3 = PeriodFigures.CompareCounts(entries, MonthSpan.OfQuarter(2026, 3));
        Assert.Equal(new PeriodComparison(0, 1, -1m), q3);
        Assert.Null(PeriodFigures.CompareCounts(entries, MonthSpan.WholeYear(2025)).Growth);
    }

    [Fact]
    public void The_funds_of_a_period_are_compared_with_the_same_months_a_year_earlier()
    {
        var q1 = PeriodFigures.Compare(Funds, MonthSpan.OfQuarter(2026, 1));
        Assert.Equal(new PeriodComparison(150, 100, 0.5m), q1);
    }

    [Theory]
    [InlineData(1, 12, true)]
    [InlineData(3, 3, true)]
    [InlineData(0, 3, false)]
    [InlineData(4, 3, false)]
    [InlineData(1, 13, false)]
    public void A_span_runs_forward_within_a_year(int from, int to, bool valid) => Assert.Equal(valid, new MonthSpan(2026, from, to).IsValid);
}

public class MilestoneRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    public static TheoryData<string, DateOnly?, DateOnly?, int?, bool, bool> Cases => new()
    {
        // 电气科技产业园项目一号楼主体封顶，比原计划提前 3 天
        { "reached 3 days ahead", new DateOnly(2026, 6, 20), new DateOnly(2026, 6, 17), 3, true, false },
        { "reached on the day", new DateOnly(2026, 6, 20), new DateOnly(2026, 6, 20), 0, true, false },
        { "reached 10 days late", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 11), -10, true, false },
        { "reached across a year end", new DateOnly(2026, 1, 2), new DateOnly(2025, 12, 30), 3, true, false },
        { "due later", new DateOnly(2026, 12, 31), null, null, false, false },
        { "due today is not yet overdue", Today, null, null, false, false },
        { "overdue by 5 days", new DateOnly(2026, 6, 25), null, -5, false, true },
        { "reached with no plan", null, new DateOnly(2026, 3, 1), null, true, false },
        { "neither planned nor reached", null, null, null, false, false },
    };

    [Theory, MemberData(nameof(Cases))]
    public void A_milestone_is_ahead_or_behind_its_plan_by_whole_days(
        string _, DateOnly? planned, DateOnly? actual, int? daysAhead, bool reached, bool overdue) =>
        Assert.Equal(new MilestoneVariance(daysAhead, reached, overdue), MilestoneRules.Evaluate(planned, actual, Today));
}
