using Torchbase.Domain.Points;

namespace Torchbase.Domain.Tests.Points;

/// <summary>The two published sets (guide 2024 with stage weights, guide 2.0 with bonus points) and the rules they add to scoring.</summary>
public class OfficialSetsTests
{
    private static readonly GradeBand[] Bands = [new("A", 8), new("B", 4), new("C", 0)];

    private static IndicatorDefinition Ind(string code, double weight, bool bonus = false, (double S, double G, double M)? stages = null) =>
        new(code, code, IndicatorGroup.Local, weight, code, Bonus: bonus,
            StageWeights: stages is { } s
                ? new Dictionary<EnterpriseStage, double> { [EnterpriseStage.Startup] = s.S, [EnterpriseStage.Growth] = s.G, [EnterpriseStage.Mature] = s.M }
                : null);

    [Theory]
    // Age at the end of the scored year against the cut-offs 3 and 10: the boundary years belong to the younger stage.
    [InlineData("2024-01-01", "2024-12-31", EnterpriseStage.Startup)]
    [InlineData("2021-12-31", "2024-12-31", EnterpriseStage.Startup)]  // exactly 3 years
    [InlineData("2021-01-01", "2024-12-31", EnterpriseStage.Startup)]  // 3 years and 364 days: still 3 whole years
    [InlineData("2020-12-31", "2024-12-31", EnterpriseStage.Growth)]   // 4 years
    [InlineData("2014-12-31", "2024-12-31", EnterpriseStage.Growth)]   // exactly 10 years
    [InlineData("2013-12-31", "2024-12-31", EnterpriseStage.Mature)]   // 11 years
    public void The_stage_follows_the_age_at_the_year_end(string registered, string asOf, EnterpriseStage expected) =>
        Assert.Equal(expected, new StageRule(3, 10).StageOf(DateOnly.Parse(registered), DateOnly.Parse(asOf)));

    [Fact]
    public void The_enterprise_stage_picks_the_weights_of_the_same_share()
    {
        var set = new IndicatorSet("s", "p", 2024, "src", null, null, [Ind("a", 10, stages: (20, 10, 5)), Ind("b", 10, stages: (0, 10, 15))],
            Bands, BaseTotal: 20, Stages: new StageRule(3, 10));
        Assert.Empty(set.Check());
        // Three enterprises with the same top values on both indicators: each gets its stage's full weights.
        double[][] values = [[5, 5, 5], [7, 7, 7]];
        var board = PointsScorer.Score(set, values, [EnterpriseStage.Startup, EnterpriseStage.Growth, EnterpriseStage.Mature]);
        Assert.Equal([20.0, 10, 5], board.Points[0]);
        Assert.Equal([0.0, 10, 15], board.Points[1]);
        Assert.Equal([20.0, 20, 20], board.Totals);
        Assert.Equal([20.0, 0], board.Explain(0, values).Select(l => l.MaxPoints));
        Assert.Equal([5.0, 15], board.Explain(2, values).Select(l => l.MaxPoints));
        // Without stages the plain weight applies.
        Assert.Equal([10.0, 10, 10], PointsScorer.Score(set, values).Points[0]);
    }

    [Fact]
    public void Stage_weights_that_do_not_add_up_to_the_base_total_are_refused_per_stage()
    {
        var set = new IndicatorSet("s", "p", 2024, "src", null, null, [Ind("a", 10, stages: (20, 10, 5)), Ind("b", 10, stages: (0, 10, 14))],
            Bands, BaseTotal: 20, Stages: new StageRule(3, 10));
        Assert.Equal(["weights.Mature"], set.Check().Where(p => p.Key == "points_weight_sum").Select(p => p.Field));
    }

    [Theory]
    // Base 10 + bonus 10 + 10 capped at 15: the top enterprise has 25, not 30; the middle one's 5 + 5 + 5 stays under the cap.
    [InlineData(15.0, new[] { 25.0, 15, 0 })]
    [InlineData(30.0, new[] { 30.0, 15, 0 })]
    [InlineData(0.0, new[] { 10.0, 5, 0 })]
    public void Bonus_points_count_up_to_the_cap(double cap, double[] expected)
    {
        var set = new IndicatorSet("s", "p", 2025, "src", null, null, [Ind("base", 10), Ind("x", 10, bonus: true), Ind("y", 10, bonus: true)],
            Bands, BaseTotal: 10, BonusCap: cap);
        Assert.Empty(set.Check());
        // Values: enterprise 0 tops everything, 1 is in the middle, 2 has nothing.
        var board = PointsScorer.Score(set, [[3, 2, 1], [3, 2, 0], [3, 2, 0]]);
        Assert.Equal(expected, board.Totals);
        Assert.Equal(10 + Math.Min(cap, 20), set.MaxTotal);
    }

    [Fact]
    public void The_2024_guide_set_has_7_6_5_indicators_and_each_stage_adds_up_to_100()
    {
        var set = DefaultIndicatorSets.TorchCore;
        Assert.Empty(set.Check());
        Assert.Equal([7, 6, 5], set.Indicators.GroupBy(i => i.Group).Select(g => g.Count()));
        Assert.NotNull(set.Stages);
        Assert.False(set.Stages!.Verified); // the cut-offs are not in a text we could read: the set says so
        foreach (var stage in Enum.GetValues<EnterpriseStage>())
            Assert.Equal(100, set.BaseTotalFor(stage), 6);
        Assert.All(set.Indicators, i => Assert.Equal(3, i.StageWeights?.Count));
        // Stages really differ somewhere, otherwise the stage would pick nothing.
        Assert.Contains(set.Indicators, i => i.StageWeights![EnterpriseStage.Startup] != i.StageWeights[EnterpriseStage.Mature]);
        foreach (var named in new[] { "研发费用金额", "研发费用增长率", "企业技术合同成交额", "高新技术产品收入", "净资产利润率", "吸纳高校应届毕业生人数", "获得风险投资金额" })
            Assert.Contains(set.Indicators, i => i.Name == named);
        Assert.Contains("未核实", set.Note);
    }

    [Fact]
    public void The_guide_2_set_has_nine_base_indicators_for_100_and_three_bonus_for_30()
    {
        var set = DefaultIndicatorSets.TorchGuide2;
        Assert.Empty(set.Check());
        Assert.Equal(9, set.Indicators.Count(i => !i.Bonus));
        Assert.Equal(3, set.Indicators.Count(i => i.Bonus));
        Assert.Equal(100, set.BaseTotalFor(null), 6);
        Assert.Equal(30, set.BonusCap);
        Assert.Equal(130, set.MaxTotal, 6);
        Assert.Equal([IndicatorGroup.Input, IndicatorGroup.Output, IndicatorGroup.Development, IndicatorGroup.Influence],
            set.Indicators.Select(i => i.Group).Distinct());
        Assert.All(set.Indicators.Where(i => i.Bonus), i => Assert.Equal(IndicatorGroup.Influence, i.Group));
        Assert.Equal(new DateOnly(2025, 10, 29), set.InForceFrom);
        Assert.Contains("未核实", set.Note);
    }

    [Fact]
    public void Every_official_formula_reads_a_fact_the_platform_holds_and_round_trips_as_json()
    {
        Assert.Equal(2, DefaultIndicatorSets.Official.Count);
        foreach (var (_, set) in DefaultIndicatorSets.Official)
        {
            Assert.All(set.Indicators, i => Assert.All(IndicatorFormula.Parse(i.Formula).Facts,
                f => Assert.True(IndicatorFacts.KnownNames.Contains(f), $"{i.Code}: unknown fact {f}")));
            var back = DefaultIndicatorSets.Deserialize(DefaultIndicatorSets.Serialize(set));
            Assert.Equal(DefaultIndicatorSets.Serialize(set), DefaultIndicatorSets.Serialize(back));
            Assert.Equal(set.MaxTotal, back.MaxTotal);
        }
    }

    [Theory]
    [InlineData(new[] { 70.0, 55, 40, 0 }, null)]
    [InlineData(new[] { 70.0, 70, 40, 0 }, "grades[1].minTotal")]  // equal thresholds: the lower band could never be reached
    [InlineData(new[] { 40.0, 55, 70, 0 }, "grades[1].minTotal")]  // not highest first
    [InlineData(new[] { 170.0, 55, 40, 0 }, "grades[0].minTotal")] // above the maximum
    [InlineData(new[] { 70.0, 55, 40, -1 }, "grades[3].minTotal")]
    public void Grade_bands_go_from_the_highest_down_within_the_maximum(double[] thresholds, string? field)
    {
        var set = DefaultIndicatorSets.TorchCore with { Grades = thresholds.Select((t, i) => new GradeBand(((char)('A' + i)).ToString(), t)).ToList() };
        var fields = set.Check().Select(p => p.Field).ToList();
        if (field is null) Assert.Empty(fields);
        else Assert.Equal(field, Assert.Single(fields.Take(1)));
    }
}
