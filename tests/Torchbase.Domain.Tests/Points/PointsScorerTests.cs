using Torchbase.Domain.Points;

namespace Torchbase.Domain.Tests.Points;

public class PointsScorerTests
{
    private const double X = double.NaN;

    private static IndicatorSet Set(params IndicatorDefinition[] indicators) =>
        new("test", "test", 2024, "hand-computed", null, null, indicators,
            [new GradeBand("A", 15), new GradeBand("B", 10), new GradeBand("C", 5), new GradeBand("D", 0)]);

    private static IndicatorDefinition Ind(string code, double weight, Normalisation n = Normalisation.Percentile,
        IndicatorDirection d = IndicatorDirection.HigherIsBetter) => new(code, code, IndicatorGroup.TechnologyInnovation, weight, code, d, n);

    [Theory]
    // Five peers, percentile share = (peers no better − 1) / (peers − 1): 0, .25, .5, .75, 1 of 10 points.
    [InlineData(new[] { 10.0, 20, 30, 40, 50 }, new[] { 0.0, 2.5, 5, 7.5, 10 })]
    // Ties share the higher position: the two 20s are "no worse than" three peers each → (3−1)/(4−1).
    [InlineData(new[] { 10.0, 20, 20, 40 }, new[] { 0.0, 6.67, 6.67, 10 })]
    // Everyone equal, or a single reporter: full points.
    [InlineData(new[] { 7.0, 7, 7 }, new[] { 10.0, 10, 10 })]
    [InlineData(new[] { 3.0 }, new[] { 10.0 })]
    // A gap is 0 points and is no peer: the other three spread over 0…10 as if it were not there.
    [InlineData(new[] { 10.0, X, 30, 50 }, new[] { 0.0, 0, 5, 10 })]
    // Nothing earns nothing: zero and below score 0 however many share it (−0 is zero); the positive value is on top.
    [InlineData(new[] { -5.0, 0, -0.0, 3, -1e9 }, new[] { 0.0, 0, 0, 10, 0 })]
    [InlineData(new[] { 0.0, 0, 0, 0, 5 }, new[] { 0.0, 0, 0, 0, 10 })]
    // Every peer at zero: not "all equal, full points" but zero.
    [InlineData(new[] { 0.0, 0, 0 }, new[] { 0.0, 0, 0 })]
    public void Percentile_points_follow_the_hand_computed_table(double[] values, double[] expected)
    {
        var board = PointsScorer.Score(Set(Ind("v", 10)), [values]);
        Assert.Equal(expected, board.Points[0]);
    }

    [Fact]
    public void A_missing_value_is_not_a_zero_input()
    {
        // If the gap were read as 0 it would be the lowest peer and lift the 10 from 0 to 3.33 points.
        var withGap = PointsScorer.Score(Set(Ind("v", 10)), [[10, X, 30, 50]]);
        var withZero = PointsScorer.Score(Set(Ind("v", 10)), [[10, 0, 30, 50]]);
        Assert.Equal(0, withGap.Points[0][0]);
        Assert.Equal(3.33, withZero.Points[0][0]);
        var line = withGap.Explain(1, [[10, X, 30, 50]]).Single();
        Assert.False(line.Reported);
        Assert.Null(line.Value);
        Assert.Null(line.TopShare);
        Assert.Equal(3, line.Peers);
    }

    [Theory]
    [InlineData(Normalisation.MinMax, IndicatorDirection.HigherIsBetter, new[] { 0.0, 2, 10 })] // (20−10)/(60−10) = .2
    [InlineData(Normalisation.MinMax, IndicatorDirection.LowerIsBetter, new[] { 10.0, 8, 0 })]
    // mean 30, population sd = sqrt(((−20)²+(−10)²+30²)/3) = 21.602; z = −0.926, −0.463, 1.389; cap 3 → (z+3)/6.
    [InlineData(Normalisation.CappedZScore, IndicatorDirection.HigherIsBetter, new[] { 3.46, 4.23, 7.31 })]
    [InlineData(Normalisation.Percentile, IndicatorDirection.LowerIsBetter, new[] { 10.0, 5, 0 })]
    public void Other_normalisations_and_directions(Normalisation n, IndicatorDirection d, double[] expected)
    {
        var board = PointsScorer.Score(Set(Ind("v", 10, n, d)), [[10, 20, 60]]);
        Assert.Equal(expected, board.Points[0]);
    }

    [Fact]
    public void Capped_z_score_caps_an_outlier()
    {
        var values = Enumerable.Repeat(1.0, 99).Append(1000).ToArray();
        var d = Ind("v", 10, Normalisation.CappedZScore) with { ZCap = 2 };
        var board = PointsScorer.Score(Set(d), [values]);
        Assert.Equal(10, board.Points[0][99]); // z ≈ 9.9 capped at 2 → full points
        Assert.Equal(4.75, board.Points[0][0]); // z ≈ −0.1 → (−0.1 + 2) / 4
    }

    [Fact]
    public void Totals_ranks_percentiles_and_grades_of_a_small_zone()
    {
        // Two indicators of 10 points; enterprise 3 did not report the second.
        double[][] values = [[10, 20, 30, 40], [4, 3, X, 1]];
        var board = PointsScorer.Score(Set(Ind("a", 10), Ind("b", 10)), values);
        // a: 0, 3.33, 6.67, 10   b (3 peers): 10, 5, —, 0
        Assert.Equal(new[] { 10.0, 8.33, 6.67, 10 }, board.Totals);
        Assert.Equal(new[] { 1, 3, 4, 1 }, board.Ranks); // tie for first, then 3 and 4
        Assert.Equal(new[] { 2 / 3.0, 1 / 3.0, 0, 2 / 3.0 }, board.Percentiles); // ahead of: a tie is not ahead
        Assert.Equal(new[] { "B", "C", "C", "B" }, board.Grades);
        Assert.Equal(new[] { 4, 3 }, board.Peers);
        var why = board.Explain(1, values);
        Assert.Equal(0.75, why[0].TopShare); // two peers better → (2 + 1) / 4
        Assert.Equal(3.33, why[0].Points);
    }

    [Fact]
    public void Ties_read_as_what_they_are()
    {
        // 0 invention patents for four of five: 0 points, "tied with the others", and no claim to a top share that sounds good.
        double[][] values = [[0, 0, 0, 0, 5]];
        var board = PointsScorer.Score(Set(Ind("v", 8)), values);
        var zero = board.Explain(0, values).Single();
        Assert.Equal(0, zero.Points);
        Assert.Equal(4, zero.Tied);
        Assert.Equal(1.0, zero.TopShare); // all five are at least as good
        var best = board.Explain(4, values).Single();
        Assert.Equal((8.0, 1, 0.2), (best.Points, best.Tied, best.TopShare!.Value));

        // Ten tied at the top of 100 are the top 10%, not the top 1%.
        var column = Enumerable.Range(0, 100).Select(i => i < 10 ? 1000.0 : i).ToArray();
        var top = PointsScorer.Score(Set(Ind("v", 8)), [column]).Explain(0, [column]).Single();
        Assert.Equal((0.1, 10), (top.TopShare!.Value, top.Tied));

        // A total shared by most of the zone is not "ahead of" them.
        var totals = PointsScorer.Score(Set(Ind("v", 8)), [[0, 0, 0, 0, 0, 0, 0, 0, 0, 5]]);
        Assert.Equal(0, totals.Percentiles[0]);
        Assert.Equal(1, totals.Percentiles[9]);
    }

    [Fact]
    public void Percentile_shares_match_a_naive_count_on_random_data()
    {
        var random = new Random(11);
        var values = Enumerable.Range(0, 2000).Select(_ => random.Next(8) == 0 ? X : Math.Round(random.NextDouble() * 50 - 10, 1)).ToArray();
        var board = PointsScorer.Score(Set(Ind("v", 10)), [values]);
        var reported = values.Where(v => !double.IsNaN(v)).ToArray();
        for (var e = 0; e < values.Length; e++)
        {
            var expected = double.IsNaN(values[e])
                || values[e] <= 0 ? 0 : Math.Round(10.0 * (reported.Count(v => v <= values[e]) - 1) / (reported.Length - 1), 2);
            Assert.Equal(expected, board.Points[0][e]);
        }
    }

    [Fact]
    public void Rescoring_is_bit_identical()
    {
        var random = new Random(7);
        var values = Enumerable.Range(0,
            3).Select(_ => Enumerable.Range(0, 500).Select(_ => random.Next(10) == 0 ? X : random.NextDouble() * 100).ToArray()).ToArray();
        var set = Set(Ind("a", 10), Ind("b", 5, Normalisation.MinMax), Ind("c", 5, Normalisation.CappedZScore));
        var first = PointsScorer.Score(set, values);
        var second = PointsScorer.Score(DefaultIndicatorSets.Deserialize(DefaultIndicatorSets.Serialize(set)), values);
        Assert.Equal(first.Totals, second.Totals);
        Assert.Equal(first.Ranks, second.Ranks);
        Assert.Equal(first.Grades, second.Grades);
    }

    [Fact]
    public void A_changed_set_is_a_new_version_and_the_old_score_keeps_its_rules()
    {
        var v1 = Set(Ind("a", 10));
        double[][] values = [[1, 2, 3]];
        var old = PointsScorer.Score(v1, values);
        var v2 = v1 with { Indicators = [Ind("a", 20)] };
        var renewed = PointsScorer.Score(v2, values);
        Assert.Equal(10, old.Points[0][2]);
        Assert.Equal(20, renewed.Points[0][2]);
        Assert.Same(v1, old.Set);
        Assert.Equal(10, old.Set.Indicators[0].Weight);
    }

    [Theory]
    [InlineData(15, "A")]
    [InlineData(14.99, "B")]
    [InlineData(10, "B")]
    [InlineData(5, "C")]
    [InlineData(4.99, "D")]
    [InlineData(0, "D")]
    public void Grade_bands_are_inclusive_lower_bounds(double total, string grade) =>
        Assert.Equal(grade, Set(Ind("a", 20)).GradeOf(total));
}
