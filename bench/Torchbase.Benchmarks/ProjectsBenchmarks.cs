using BenchmarkDotNet.Attributes;
using Torchbase.Domain.Projects;

namespace Torchbase.Benchmarks;

/// <summary>
/// The ledger's aggregations at city scale: a quarter's tour scores for 2,000 key projects ranked on the weighted criteria,
/// and the 三个一批 rates over 10,000 projects. Both run per request on the rating and summary pages.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(iterationCount: 5, warmupCount: 2)]
public class ProjectsBenchmarks
{
    private readonly IReadOnlyList<RatingCriterion> _criteria = RatingRules.Default.Tour.Criteria;
    private CriterionScore[] _scores = [];
    private ProjectFacts[] _facts = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        // 2,000 projects × 3 monthly tours × 4 criteria.
        _scores = Enumerable.Range(0, 2000).SelectMany(p => Enumerable.Range(0, 3).SelectMany(_ =>
            _criteria.Select(c => new CriterionScore($"P{p:D5}", c.Code, random.Next(60, 100))))).ToArray();
        var stages = Enum.GetValues<ProjectStage>();
        var batches = Enum.GetValues<BatchKind>();
        _facts = Enumerable.Range(0, 10_000).Select(_ => new ProjectFacts(stages[random.Next(stages.Length)], batches[random.Next(batches.Length)],
            random.Next(1000, 100_000), random.Next(0, 50_000), random.Next(2) == 0)).ToArray();
    }

    [Benchmark]
    public int RankQuarter2000Projects() => RatingAggregation.Rank(_criteria, _scores).Count;

    [Benchmark]
    public int Rates10000Projects() => ProjectRates.Compute(_facts).Signed;
}
