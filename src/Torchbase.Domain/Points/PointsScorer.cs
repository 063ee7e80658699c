namespace Torchbase.Domain.Points;

/// <summary>
/// Scores a zone's enterprises for one year against one indicator set. Columnar: <c>values[indicator][enterprise]</c>, with
/// <see cref="double.NaN"/> for "not reported". Deterministic: the same values and set give bit-identical results.
/// <para>Rules.</para>
/// <list type="bullet">
/// <item>An indicator gives <c>weight × share</c> points, rounded to 0.01; the share (0…1) comes from the indicator's normalisation
/// among the enterprises that reported it.</item>
/// <item>Not reported: 0 points and a flag; the enterprise is left out of that indicator's peers, so a gap never drags the others' shares.</item>
/// <item>Nothing earns nothing: on a higher-is-better indicator a value of zero or less (no invention patent, no growth) scores 0,
/// however many peers share it.</item>
/// <item>Ties: equal values get equal shares — the higher position (percentile) — and equal totals get equal rank (1, 2, 2, 4).
/// The "top x%" an explanation reads counts the tied peers in (ten tied at the top of 100 are the top 10%, not the top 1%), and
/// the number tied is kept so that it can be said.</item>
/// <item>When every peer has the same (positive) value, or there is only one, each gets the full weight.</item>
/// <item>Stage weights: when the set has a stage rule, each enterprise's stage (given alongside the values) picks the weight its
/// share is multiplied by; the shares themselves are taken among all reporting peers, whatever their stage.</item>
/// <item>Bonus indicators add on top of the base: their points together count up to the set's bonus cap.</item>
/// <item>Total = sum of the rounded base points plus the capped bonus; its percentile is the share of the other enterprises with a strictly lower total
/// ("ahead of x%": a tie is not ahead); the grade comes from the set's bands.</item>
/// </list>
/// </summary>
public static class PointsScorer
{
    public static ScoreBoard Score(IndicatorSet set, double[][] values, EnterpriseStage[]? stages = null)
    {
        if (values.Length != set.Indicators.Count) throw new ArgumentException("One column per indicator.", nameof(values));
        var n = values.Length == 0 ? 0 : values[0].Length;
        if (set.Stages is null) stages = null;
        if (stages is not null && stages.Length != n) throw new ArgumentException("One stage per enterprise.", nameof(stages));
        var points = new double[values.Length][];
        var top = new float[values.Length][];
        var tied = new int[values.Length][];
        var peers = new int[values.Length];
        Parallel.For(0, values.Length, () => new SortBuffers(n), (i, _, buffers) =>
        {
            points[i] = new double[n];
            top[i] = new float[n];
            tied[i] = new int[n];
            peers[i] = ScoreIndicator(set.Indicators[i], values[i], points[i], top[i], tied[i], buffers, stages);
            return buffers;
        }, _ => { });

        var totals = new double[n];
        var bonus = new double[n];
        for (var i = 0; i < points.Length; i++)
        {
            var into = set.Indicators[i].Bonus ? bonus : totals;
            var column = points[i];
            for (var e = 0; e < n; e++) into[e] += column[e];
        }
        if (set.Indicators.Any(d => d.Bonus))
            for (var e = 0; e < n; e++) totals[e] += set.BonusCap is { } cap ? Math.Min(cap, Math.Round(bonus[e], 2)) : bonus[e];

        // Totals are in cents of a point and bounded by the set's maximum: a counting sort ranks them in one pass.
        var cents = new int[n];
        var maxCents = 0;
        for (var e = 0; e < n; e++)
        {
            totals[e] = Math.Round(totals[e], 2);
            cents[e] = (int)Math.Round(totals[e] * 100);
            if (cents[e] > maxCents) maxCents = cents[e];
        }
        var notAbove = new int[maxCents + 2];
        foreach (var c in cents) notAbove[c + 1]++;
        for (var c = 1; c < notAbove.Length; c++) notAbove[c] += notAbove[c - 1];
        var bands = set.Grades.OrderByDescending(b => b.MinTotal).ToArray();
        var ranks = new int[n];
        var percentiles = new double[n];
        var grades = new string[n];
        for (var e = 0; e < n; e++)
        {
            var atMost = notAbove[cents[e] + 1]; // totals ≤ this one, itself included
            ranks[e] = n - atMost + 1;
            percentiles[e] = n == 1 ? 1 : notAbove[cents[e]] / (double)(n - 1); // totals strictly below this one
            grades[e] = IndicatorSet.GradeOf(bands, totals[e]);
        }
        return new ScoreBoard(set, points, top, peers, totals, ranks, percentiles, grades) { Tied = tied, Stages = stages };
    }

    /// <summary>Fills the points and "top share" of one indicator; returns how many peers reported it.</summary>
    private static int ScoreIndicator(IndicatorDefinition d, double[] column, double[] points, float[] top, int[] tied, SortBuffers buffers,
        EnterpriseStage[]? stages)
    {
        // Weight per stage (index = stage), or one weight when the stages do not matter.
        var weights = stages is null || d.StageWeights is null ? null : Enum.GetValues<EnterpriseStage>().Select(s => d.WeightFor(s)).ToArray();
        var n = column.Length;
        var keys = buffers.Keys;
        var positions = buffers.Positions;
        var m = 0;
        double sum = 0, min = double.MaxValue, max = double.MinValue;
        for (var e = 0; e < n; e++)
        {
            var v = column[e];
            if (double.IsNaN(v)) { top[e] = float.NaN; continue; } // not reported: 0 points, no peer
            keys[m] = RadixSort.Key(v);
            positions[m++] = e;
            sum += v;
            if (v < min) min = v;
            if (v > max) max = v;
        }
        if (m == 0) return 0;
        RadixSort.Sort(buffers, m);
        keys = buffers.Keys;
        positions = buffers.Positions;

        var higher = d.Direction == IndicatorDirection.HigherIsBetter;
        var mean = sum / m;
        var sd = 0.0;
        if (d.Normalisation == Normalisation.CappedZScore)
        {
            for (var k = 0; k < m; k++) { var dv = column[positions[k]] - mean; sd += dv * dv; }
            sd = Math.Sqrt(sd / m);
        }

        // Walk runs of equal values in ascending order; within a run every peer gets the same position.
        for (var start = 0; start < m;)
        {
            var end = start + 1;
            while (end < m && keys[end] == keys[start]) end++;
            // Peers no better than this value (itself included), and peers at least as good (the tied ones included).
            var notBetter = higher ? end : m - start;
            var topShare = (float)((higher ? m - start : end) / (double)m);
            var v = column[positions[start]];
            var share = d.Normalisation switch
            {
                _ when higher && v <= 0 => 0,
                _ when m == 1 || max == min => 1,
                Normalisation.MinMax => higher ? (v - min) / (max - min) : (max - v) / (max - min),
                Normalisation.CappedZScore => sd == 0 ? 1 : (Math.Clamp((higher ? v - mean : mean - v) / sd, -d.ZCap, d.ZCap) + d.ZCap) / (2 * d.ZCap),
                _ => (notBetter - 1) / (double)(m - 1),
            };
            var p = Math.Round(d.Weight * share, 2);
            for (var k = start; k < end; k++)
            {
                points[positions[k]] = weights is null ? p : Math.Round(weights[(int)stages![positions[k]]] * share, 2);
                top[positions[k]] = topShare;
                tied[positions[k]] = end - start;
            }
            start = end;
        }
        return m;
    }
}

/// <summary>The scores of one run, by enterprise position in the input columns.</summary>
public sealed record ScoreBoard(
    IndicatorSet Set,
    double[][] Points,
    /// <summary>"Top x" share per indicator: (peers at least as good, itself and the tied ones included) / peers; NaN when not reported.</summary>
    float[][] TopShare,
    int[] Peers,
    double[] Totals,
    int[] Ranks,
    double[] Percentiles,
    string[] Grades)
{
    public int Count => Totals.Length;

    /// <summary>Per indicator and enterprise, how many reporting peers have the same value (itself included); 0 when not reported.</summary>
    public int[][] Tied { get; init; } = [];

    /// <summary>Each enterprise's stage when the set weighs by stage; null otherwise.</summary>
    public EnterpriseStage[]? Stages { get; init; }

    /// <summary>The most enterprise <paramref name="e"/> could score (its stage's weights, bonus capped).</summary>
    public double MaxTotalOf(int e)
    {
        EnterpriseStage? stage = Stages is null ? null : Stages[e];
        return Math.Round(Set.BaseTotalFor(stage) + Set.BonusTotalFor(stage), 2);
    }

    /// <summary>Why enterprise <paramref name="e"/> has its score, indicator by indicator.</summary>
    public IReadOnlyList<IndicatorScore> Explain(int e, double[][] values) =>
        Set.Indicators.Select((d, i) => new IndicatorScore(
            d.Code, d.Name, d.Group, d.WeightFor(Stages is null ? null : Stages[e]), double.IsNaN(values[i][e]) ? null : values[i][e],
            !double.IsNaN(values[i][e]), Points[i][e], float.IsNaN(TopShare[i][e]) ? null : Math.Round(TopShare[i][e], 4), Peers[i],
            Tied.Length > i ? Tied[i][e] : 0, d.Bonus)).ToList();
}

/// <summary>One line of an explanation: "R&amp;D share: top 12% of 480 reporting peers, 8.6 of 10 points".</summary>
public sealed record IndicatorScore(
    string Code, string Name, IndicatorGroup Group, double MaxPoints, double? Value, bool Reported, double Points, double? TopShare, int Peers,
    /// <summary>Reporting peers with the same value, itself included (1 = no tie; 0 = not reported or scored before this was kept).</summary>
    int Tied = 0,
    /// <summary>A bonus (加分) indicator: counted on top of the base, within the set's bonus cap.</summary>
    bool Bonus = false);
