using System.Globalization;

namespace Torchbase.Domain.Contest;

/// <summary>
/// The presentation-order draw. A Fisher–Yates shuffle driven by SplitMix64, written out here rather than System.Random
/// (whose sequence for a seed is not promised across .NET versions): anyone can re-run a recorded draw from its seed and
/// input, today or in ten years, and must get the same order. Indices are drawn without modulo bias (rejection sampling).
/// </summary>
public static class OrderDraw
{
    public const string Algorithm = "fisher-yates/splitmix64/v1";

    /// <summary>The seed as it is recorded: 16 hex digits.</summary>
    public static string FormatSeed(ulong seed) => seed.ToString("x16", CultureInfo.InvariantCulture);

    public static bool TryParseSeed(string text, out ulong seed) =>
        ulong.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out seed);

    public static IReadOnlyList<T> Shuffle<T>(IReadOnlyList<T> input, ulong seed)
    {
        var items = input.ToArray();
        var state = seed;
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = (int)Below((ulong)i + 1, ref state);
            (items[i], items[j]) = (items[j], items[i]);
        }
        return items;
    }

    /// <summary>Re-runs a recorded draw and says whether it gives the recorded result.</summary>
    public static bool Verify<T>(IReadOnlyList<T> input, ulong seed, IReadOnlyList<T> recorded) =>
        Shuffle(input, seed).SequenceEqual(recorded);

    private static ulong Below(ulong bound, ref ulong state)
    {
        var limit = ulong.MaxValue - ulong.MaxValue % bound;
        while (true)
        {
            var value = Next(ref state);
            if (value < limit) return value % bound;
        }
    }

    private static ulong Next(ref ulong state)
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
