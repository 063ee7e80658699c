namespace Torchbase.Domain.Points;

/// <summary>
/// Sorts doubles (no NaN) carrying their positions, by LSD radix on order-preserving 64-bit keys: a million values in a few
/// passes over memory instead of ~20 comparisons each, which is what keeps scoring a million enterprises well under a second.
/// </summary>
internal static class RadixSort
{
    private const int Bits = 11;
    private const int Buckets = 1 << Bits;

    /// <summary>Order-preserving key: flips negatives so that unsigned order equals numeric order (−0 and 0 made equal).</summary>
    public static ulong Key(double value)
    {
        var bits = (ulong)BitConverter.DoubleToInt64Bits(value == 0 ? 0 : value);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    /// <summary>Sorts <paramref name="keys"/> ascending with <paramref name="positions"/> alongside; stable.</summary>
    public static void Sort(ref ulong[] keys, ref int[] positions, int count)
    {
        var keysTmp = new ulong[count];
        var posTmp = new int[count];
        var histogram = new int[Buckets];
        for (var shift = 0; shift < 64; shift += Bits)
        {
            Array.Clear(histogram);
            for (var i = 0; i < count; i++) histogram[(int)((keys[i] >> shift) & (Buckets - 1))]++;
            // A digit every key shares moves nothing: skip the pass (the high digits of similar magnitudes).
            if (histogram[(int)((keys[0] >> shift) & (Buckets - 1))] == count) continue;
            var sum = 0;
            for (var b = 0; b < Buckets; b++) { var c = histogram[b]; histogram[b] = sum; sum += c; }
            for (var i = 0; i < count; i++)
            {
                var at = histogram[(int)((keys[i] >> shift) & (Buckets - 1))]++;
                keysTmp[at] = keys[i];
                posTmp[at] = positions[i];
            }
            (keys, keysTmp) = (keysTmp, keys);
            (positions, posTmp) = (posTmp, positions);
        }
    }
}
