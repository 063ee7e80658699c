using BenchmarkDotNet.Attributes;
using Torchbase.Domain.Contest;

namespace Torchbase.Benchmarks;

/// <summary>
/// The results screen recomputes every category on each poll (every 3 s per open screen): 《擂台比武争先锋 比学赶超促发展》(2024)'s size, 22 units in
/// three categories, scored by a panel of 40 (all leaders and unit heads), trimmed mean with tie-breakers. And the draw.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(iterationCount: 5, warmupCount: 2)]
public class ContestBenchmarks
{
    private ScoringRules _rules = null!;
    private CategoryInput[] _categories = null!;
    private Guid[] _panel = null!;
    private SubmittedSheet[] _sheets = null!;
    private Guid[] _units = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(3);
        _rules = new ScoringRules(ScoringMethod.TrimmedMean, 1,
            ContestTemplate.Aspects().Select(a => new AspectRule(a.Code, a.Name, a.MaxScore, a.Weight)).ToList(), TieBreaker.ParseList(ContestTemplate.TieBreakers)!);
        _panel = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToArray();
        _categories = new[] { 8, 7, 7 }.Select((count, c) => new CategoryInput($"类别{c}",
            Enumerable.Range(1, count).Select(i => new UnitEntry(Guid.NewGuid(), $"单位{c}-{i}", i, i == 1 ? _panel[c] : null)).ToList(),
            [new PrizeLevel("一等奖", 1, 5), new PrizeLevel("二等奖", 2, 3)])).ToArray();
        _sheets = (from category in _categories
                   from unit in category.Units
                   from judge in _panel
                   where judge != unit.HeadUserId
                   select new SubmittedSheet(judge, unit.UnitId, _rules.Aspects.ToDictionary(a => a.Code, a => Math.Round((decimal)random.NextDouble() * a.MaxScore * 2) / 2)))
            .ToArray();
        _units = _categories[0].Units.Select(u => u.UnitId).ToArray();
    }

    [Benchmark]
    public int RankThreeCategories()
    {
        var awarded = 0;
        foreach (var category in _categories)
        {
            var ids = category.Units.Select(u => u.UnitId).ToHashSet();
            awarded += ContestScoring.RankCategory(_rules, category, _panel, _sheets.Where(s => ids.Contains(s.UnitId))).PrizesAwarded;
        }
        return awarded;
    }

    [Benchmark]
    public IReadOnlyList<Guid> DrawEightUnits() => OrderDraw.Shuffle(_units, 0x1234_5678_9abc_def0UL);
}
