using BenchmarkDotNet.Attributes;
using Torchbase.Domain.Points;

namespace Torchbase.Benchmarks;

/// <summary>
/// Scoring a zone of 1,000,000 enterprises on the 18 default indicators (percentile among peers, 5% not reported).
/// The same computation as one PostgreSQL query: bench/points-postgres.sh.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(iterationCount: 5, warmupCount: 2)]
public class PointsBenchmarks
{
    private double[][] _values = [];
    private IndicatorSet _set = DefaultIndicatorSets.TorchCore;

    [Params(1_000_000)]
    public int Enterprises { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // All 18 as percentiles: the costliest normalisation (a sort per indicator), as in the SQL twin.
        _set = _set with { Indicators = [.. _set.Indicators.Select(i => i with { Normalisation = Normalisation.Percentile })] };
        var random = new Random(42);
        _values = _set.Indicators.Select(_ => Enumerable.Range(0, Enterprises)
            .Select(_ => random.Next(20) == 0 ? double.NaN : Math.Round(random.NextDouble() * 10_000, 2)).ToArray()).ToArray();
    }

    [Benchmark]
    public double Score18Indicators() => PointsScorer.Score(_set, _values).Totals[0];
}
