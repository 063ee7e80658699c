using Torchbase.Domain.Energy;

namespace Torchbase.Domain.Tests.Energy;

public class SavingsTests
{
    private static IReadOnlyList<MonthConsumption> Year(int year, params decimal?[] months) =>
        [.. months.Select((c, i) => new MonthConsumption(year, i + 1, c, false, 0))];

    public static TheoryData<string, decimal?, decimal?, decimal?, decimal?> Months => new()
    {
        { "half saved", 500, 1000, 500, 0.5m },
        { "nothing saved", 1000, 1000, 0, 0m },
        { "more used than the baseline is a negative saving", 1200, 1000, -200, -0.2m },
        { "no consumption: unknown", null, 1000, null, null },
        { "no baseline: unknown", 500, null, null, null },
        { "a zero baseline has a saving but no share", 0, 0, 0, null },
        { "the share is rounded to four places", 2, 3, 1, 0.3333m },
    };

    [Theory, MemberData(nameof(Months))]
    public void A_months_saving_is_the_baseline_less_the_consumption(string _, decimal? consumption, decimal? baseline, decimal? saved,
        decimal? percent)
    {
        var result = Savings.Of(2026, 5, consumption, baseline);
        Assert.Equal(saved, result.Saved);
        Assert.Equal(percent, result.Percent);
    }

    [Fact]
    public void A_baseline_year_gives_each_month_its_same_month()
    {
        var baseYear = Year(2025, 5000, 4800, 5200);
        var result = Savings.Over(Year(2026, 2400, 2500, null), new Baseline(2025, null), baseYear);
        Assert.Equal([5000m, 4800m, 5200m], result.Months.Select(m => m.Baseline));
        Assert.Equal(2, result.MonthsCounted);
        Assert.Equal(9800 - 4900, result.Saved);
        Assert.Equal(4900m, result.Consumption);
        Assert.Equal(Math.Round(4900m / 9800, 4), result.Percent);
    }

    [Fact]
    public void A_fixed_monthly_figure_wins_over_no_year()
    {
        var result = Savings.Over(Year(2026, 100, 150), new Baseline(null, 200), []);
        Assert.Equal([200m, 200m], result.Months.Select(m => m.Baseline));
        Assert.Equal(150, result.Saved);
    }

    [Fact]
    public void No_baseline_counts_no_month()
    {
        var result = Savings.Over(Year(2026, 100, 150), Baseline.None, []);
        Assert.Equal(0, result.MonthsCounted);
        Assert.Null(result.Percent);
    }

    /// <summary>The report's figure: lighting circuits saving about 33,000 kWh a year, more than half of the baseline.</summary>
    [Fact]
    public void The_reports_lighting_savings_read_as_33_thousand_kWh_and_above_half()
    {
        var baseYear = Year(2025, [.. Enumerable.Repeat<decimal?>(5400, 12)]);
        var year = Year(2026, [.. Enumerable.Repeat<decimal?>(2650, 12)]);
        var result = Savings.Over(year, new Baseline(2025, null), baseYear);
        Assert.Equal(33_000, result.Saved);
        Assert.True(result.Percent > 0.5m);
    }

    [Fact]
    public void Meters_savings_add_up_by_month_over_the_meters_with_both_sides()
    {
        IReadOnlyList<MonthSavings> a = [Savings.Of(2026, 1, 40, 100)];
        IReadOnlyList<MonthSavings> b = [Savings.Of(2026, 1, 10, null)];
        IReadOnlyList<MonthSavings> c = [Savings.Of(2026, 1, 60, 100)];
        var sum = Assert.Single(Savings.Sum([a, b, c]));
        Assert.Equal(100, sum.Consumption);
        Assert.Equal(200, sum.Baseline);
        Assert.Equal(0.5m, sum.Percent);
    }
}
