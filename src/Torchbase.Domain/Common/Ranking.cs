namespace Torchbase.Domain.Common;

/// <summary>Standard competition ranking ("1224"), as league tables of zones and districts are published.</summary>
public static class Ranking
{
    /// <summary>
    /// The rank of each value: equal values share a rank and the next rank skips (1, 2, 2, 4). A null value is not ranked
    /// (it was not reported, so it is neither first nor last).
    /// </summary>
    public static int?[] Rank(IReadOnlyList<decimal?> values, bool higherIsBetter = true)
    {
        var ranks = new int?[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } value) continue;
            var better = 0;
            foreach (var other in values)
                if (other is { } o && (higherIsBetter ? o > value : o < value)) better++;
            ranks[i] = better + 1;
        }
        return ranks;
    }
}
