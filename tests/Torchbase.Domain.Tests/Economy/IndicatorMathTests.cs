using Torchbase.Domain.Common;
using Torchbase.Domain.Economy;

namespace Torchbase.Domain.Tests.Economy;

public class IndicatorMathTests
{
    // Hand-computed: 107.5 against 100 is +7.5% (《科创引领蓄势赋能 示范“新”区奋力跃升》(2023)'s GDP growth); a fall shows as negative; against a negative base
    // (a loss-making year) the sign follows the change, not the base.
    [Theory]
    [InlineData(107.5, 100, 7.5)]
    [InlineData(94.3, 100, -5.7)]
    [InlineData(116.06, 51.13, 126.99)]
    [InlineData(-5, -10, 50)]
    public void Growth_is_against_the_same_period_last_year(double current, double previous, double expected) =>
        Assert.Equal((decimal)expected, IndicatorMath.GrowthPercent((decimal)current, (decimal)previous));

    [Fact]
    public void Growth_without_a_base_is_unknown_not_zero()
    {
        Assert.Null(IndicatorMath.GrowthPercent(10, null));
        Assert.Null(IndicatorMath.GrowthPercent(null, 10));
        Assert.Null(IndicatorMath.GrowthPercent(10, 0));
    }

    [Theory]
    [InlineData(125, 100, 125)]     // 《科创引领蓄势赋能 示范“新”区奋力跃升》(2023): key projects 125% of the annual target
    [InlineData(109.9, 100, 109.9)]
    [InlineData(9.43, 10, 94.3)]
    [InlineData(1, 3, 33.33)]
    public void Completion_is_actual_over_target(double actual, double target, double expected) =>
        Assert.Equal((decimal)expected, IndicatorMath.CompletionPercent((decimal)actual, (decimal)target));

    [Theory]
    [InlineData(1, 8.33)]
    [InlineData(6, 50)]
    [InlineData(10, 83.33)]
    [InlineData(12, 100)]
    public void Time_elapsed_is_months_over_twelve(int month, double expected) =>
        Assert.Equal((decimal)expected, IndicatorMath.TimeElapsedPercent(month));

    [Theory]
    [InlineData(86, 10, Pace.Ahead)]      // 83.33% of the year gone
    [InlineData(85, 10, Pace.OnPace)]
    [InlineData(81.5, 10, Pace.OnPace)]
    [InlineData(81, 10, Pace.Behind)]
    public void Pace_compares_completion_with_time_elapsed(double completion, int month, Pace expected) =>
        Assert.Equal(expected, IndicatorMath.PaceOf((decimal)completion, month));

    [Fact]
    public void Pace_without_completion_is_unknown() => Assert.Equal(Pace.Unknown, IndicatorMath.PaceOf(null, 6));

    [Fact]
    public void Ratio_indicators_are_computed_from_their_parts()
    {
        var set = IndicatorCatalogue.Default;
        var taxShare = set.Find("TAXSHARE")!;
        var figures = new Dictionary<string, decimal?> { ["TAX"] = 8.2m, ["BUDGET"] = 10m };
        Assert.Equal(82m, IndicatorMath.ValueOf(taxShare, code => figures.GetValueOrDefault(code)));
        Assert.Null(IndicatorMath.ValueOf(taxShare, code => code == "TAX" ? 8.2m : null));
        Assert.Equal(10m, IndicatorMath.ValueOf(set.Find("BUDGET")!, code => figures.GetValueOrDefault(code)));
    }

    [Fact]
    public void The_catalogue_names_its_source_and_entered_indicators_are_unique()
    {
        var set = IndicatorCatalogue.Default;
        Assert.Contains("国家统计局", set.Source);
        Assert.Equal(set.Indicators.Count, set.Indicators.Select(i => i.Code).Distinct().Count());
        Assert.Contains(set.Indicators, i => i is { Code: "GDP", Quarterly: true });
    }
}

public class RankingTests
{
    [Fact]
    public void Ties_share_a_rank_and_the_next_rank_skips() =>
        Assert.Equal([1, 2, 2, 4], Ranking.Rank([9m, 7m, 7m, 3m]));

    [Fact]
    public void Lower_is_better_reverses_the_order() =>
        Assert.Equal([3, 1, 2], Ranking.Rank([5m, 1m, 2m], higherIsBetter: false));

    [Fact]
    public void Missing_values_are_not_ranked() =>
        Assert.Equal([2, null, 1], Ranking.Rank([4m, null, 8m]));
}
