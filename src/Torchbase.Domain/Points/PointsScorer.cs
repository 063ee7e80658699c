namespace Torchbase.Domain.Points;

/// <summary>
/// Scores a zone's enterprises for one year against one indicator set. Columnar: <c>values[indicator][enterprise]</c>, with
/// <see cref="double.NaN"/> for "not reported". Deterministic: the same values and set give bit-identical results.
/// <para>Rules.</para>
/// <list type="bullet">
/// <item>An indicator gives <c>weight × share</c> points, rounded to 0.01; the share (0…1) comes from the indicator's normalisation
/// among the enterprises that reported it.</item>
/// <item>Not reported: 0 points and a flag; the enterprise is left out of that indicator's peers, so a gap never drags the others' shares.</item>
/// <item>Ties: equal values get equal shares — the higher position (percentile) — and equal totals get equal rank (1, 2, 2, 4).</item>
/// <item>When every peer has the same value, or there is only one, each gets the full weight.</item>
/// <item>Total = sum of the rounded points; its percentile uses the same rule as the indicators; the grade comes from the set's bands.</item>
/// </list>
/// </summary>
public static class PointsScorer
{
    public static ScoreBoard Score(IndicatorSet set, double[][] values)
    {
        if (values.Length != set.Indicators.Count) throw new ArgumentException("One column per indicator.", nameof(values));
        var n = values.Length == 0 ? 0 : values[0].Length;
        var points = new double[values.Length][];
        var top = new float[values.Length][];
        var peers = new int[values.Length];
        Parallel.For(0, values.Length, i =>
        {
            points[i] = new double[n];
            top[i] = new float[n];
            peers[i] = ScoreIndicator(set.Indicators[i], values[i], points[i], top[i]);
        });

        var totals = new double[n];
        foreach (var column in points)
            for (var e = 0; e < n; e++) totals[e] += column[e];
        for (var e = 0; e < n; e++) totals[e] = Math.Round(totals[e], 2);

        var sorted = (double[])totals.Clone();
        Array.Sort(sorted);
        var ranks = new int[n];
        var percentiles = new double[n];
        var grades = new string[n];
        for (var e = 0; e < n; e++)
        {
            var notAbove = UpperBound(sorted, totals[e]);
            ranks[e] = n - notAbove + 1;
            percentiles[e] = n == 1 ? 1 : (notAbove - 1) / (double)(n - 1);
            grades[e] = set.GradeOf(totals[e]);
        }
        return new ScoreBoard(set, points, top, peers, totals, ranks, percentiles, grades);
    }

    /// <summary>Fills the points and "top share" of one indicator; returns how many peers reported it.</summary>
    private static int ScoreIndicator(IndicatorDefinition d, double[] column, double[] points, float[] top)
    {
        var n = column.Length;
        var sorted = new double[n];
        var m = 0;
        foreach (var v in column)
            if (!double.IsNaN(v)) sorted[m++] = v;
        Array.Sort(sorted, 0, m);
        var span = new ReadOnlySpan<double>(sorted, 0, m);

        var higher = d.Direction == IndicatorDirection.HigherIsBetter;
        double mean = 0, sd = 0;
        if (d.Normalisation == Normalisation.CappedZScore && m > 0)
        {
            foreach (var v in span) mean += v;
            mean /= m;
            foreach (var v in span) sd += (v - mean) * (v - mean);
            sd = Math.Sqrt(sd / m);
        }
        var min = m > 0 ? sorted[0] : 0;
        var max = m > 0 ? sorted[m - 1] : 0;

        for (var e = 0; e < n; e++)
        {
            var v = column[e];
            if (double.IsNaN(v)) { points[e] = 0; top[e] = float.NaN; continue; }
            // Peers no better than v (v included), and peers strictly better.
            var notBetter = higher ? UpperBound(span, v) : m - LowerBound(span, v);
            top[e] = (float)((m - notBetter + 1) / (double)m);
            var share = d.Normalisation switch
            {
                _ when m == 1 || max == min => 1,
                Normalisation.MinMax => higher ? (v - min) / (max - min) : (max - v) / (max - min),
                Normalisation.CappedZScore => sd == 0 ? 1 : (Math.Clamp((higher ? v - mean : mean - v) / sd, -d.ZCap, d.ZCap) + d.ZCap) / (2 * d.ZCap),
                _ => (notBetter - 1) / (double)(m - 1),
            };
            points[e] = Math.Round(d.Weight * share, 2);
        }
        return m;
    }

    /// <summary>Count of elements ≤ value.</summary>
    private static int UpperBound(ReadOnlySpan<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Count of elements &lt; value.</summary>
    private static int LowerBound(ReadOnlySpan<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

/// <summary>The scores of one run, by enterprise position in the input columns.</summary>
public sealed record ScoreBoard(
    IndicatorSet Set,
    double[][] Points,
    /// <summary>"Top x" share per indicator: (peers strictly better + 1) / peers; NaN when not reported.</summary>
    float[][] TopShare,
    int[] Peers,
    double[] Totals,
    int[] Ranks,
    double[] Percentiles,
    string[] Grades)
{
    public int Count => Totals.Length;

    /// <summary>Why enterprise <paramref name="e"/> has its score, indicator by indicator.</summary>
    public IReadOnlyList<IndicatorScore> Explain(int e, double[][] values) =>
        Set.Indicators.Select((d, i) => new IndicatorScore(
            d.Code, d.Name, d.Group, d.Weight, double.IsNaN(values[i][e]) ? null : values[i][e],
            !double.IsNaN(values[i][e]), Points[i][e], float.IsNaN(TopShare[i][e]) ? null : Math.Round(TopShare[i][e], 4), Peers[i])).ToList();
}

/// <summary>One line of an explanation: "R&amp;D share: top 12% of 480 reporting peers, 8.6 of 10 points".</summary>
public sealed record IndicatorScore(
    string Code, string Name, IndicatorGroup Group, double MaxPoints, double? Value, bool Reported, double Points, double? TopShare, int Peers);
