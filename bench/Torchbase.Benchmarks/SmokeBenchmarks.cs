using BenchmarkDotNet.Attributes;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Benchmarks;

/// <summary>The credit-code check every import row runs.</summary>
[MemoryDiagnoser]
public class CreditCodeBenchmarks
{
    private readonly string[] _codes = Enumerable.Range(0, 1000).Select(i => $"91410400{i:D9}").Select(b => b + CreditCode.CheckCharacter(b)).ToArray();

    [Benchmark]
    public int Validate1000() => _codes.Count(CreditCode.IsValid);
}
