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

    /// <summary>Sorts the first <paramref name="count"/> keys ascending with their positions alongside; stable.</summary>
    public static void Sort(SortBuffers b, int count)
    {
        var histogram = b.Histogram;
        for (var shift = 0; shift < 64; shift += Bits)
        {
            Array.Clear(histogram);
            var keys = b.Keys;
            for (var i = 0; i < count; i++) histogram[(int)((keys[i] >> shift) & (Buckets - 1))]++;
            // A digit every key shares moves nothing: skip the pass (the high digits of similar magnitudes).
            if (histogram[(int)((keys[0] >> shift) & (Buckets - 1))] == count) continue;
            var sum = 0;
            for (var d = 0; d < Buckets; d++) { var c = histogram[d]; histogram[d] = sum; sum += c; }
            var positions = b.Positions;
            var keysOut = b.KeysSpare;
            var positionsOut = b.PositionsSpare;
            for (var i = 0; i < count; i++)
            {
                var at = histogram[(int)((keys[i] >> shift) & (Buckets - 1))]++;
                keysOut[at] = keys[i];
                positionsOut[at] = positions[i];
            }
            b.Swap();
        }
    }
}

/// <summary>Scratch arrays for one sorting thread, reused across indicators so a run allocates them once per worker.</summary>
internal sealed class SortBuffers(int size)
{
    public ulong[] Keys = new ulong[size];
    public ulong[] KeysSpare = new ulong[size];
    public int[] Positions = new int[size];
    public int[] PositionsSpare = new int[size];
    public readonly int[] Histogram = new int[2048];

    public void Swap()
    {
        (Keys, KeysSpare) = (KeysSpare, Keys);
        (Positions, PositionsSpare) = (PositionsSpare, Positions);
    }
}
