using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Policies;

namespace Torchbase.Benchmarks;

/// <summary>
/// 政策计算器 at a province's scale: 200 benefit items (every condition kind and amount rule, deterministic) matched against
/// 100,000 enterprises (the cultivation benchmark's facts, with a park, a chain, library membership and declarations), as the
/// per-item matching and 免申即享 batches do. Target: under 5 s on the 2-core machine. Inputs are built in memory.
/// </summary>
[MemoryDiagnoser]
// Seconds a run: measured as is (no pilot or overhead runs), one warm-up and three runs.
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class PolicyMatchingBenchmarks
{
    private static readonly string[] Chains = ["新材料", "装备制造", "电子信息", "生物医药", "新能源", "现代服务"];
    private readonly Guid[] _parks = Enumerable.Range(1, 5).Select(i => new Guid(i, 0, 0, new byte[8])).ToArray();
    private List<BenefitFacts> _enterprises = [];
    private List<BenefitItem> _items = [];

    [Params(100_000)]
    public int Enterprises { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(18);
        _enterprises = Enumerable.Range(0, Enterprises).Select(i => new BenefitFacts(CultivationBenchmarks.Enterprise(random), _parks[i % _parks.Length],
            Chains[random.Next(Chains.Length)], random.NextDouble() < 0.2, random.NextDouble() < 0.5 ? new HashSet<int> { 0, 1, 2, 3 } : null,
            random.NextDouble() < 0.1 ? 5 : 0)).ToList();
        _items = Enumerable.Range(0, 200).Select(i => Item(i, random)).ToList();
    }

    [Benchmark(Baseline = true)]
    public int Match200ItemsAgainstEnterprises()
    {
        var qualifying = 0;
        foreach (var item in _items)
            foreach (var facts in _enterprises)
                if (BenefitEvaluator.Evaluate(item, facts).Qualifies) qualifying++;
        return qualifying;
    }

    /// <summary>The same matching with each item read once (<see cref="BenefitMatcher"/>): comparisons only, no allocation per enterprise.</summary>
    [Benchmark]
    public int Match200ItemsPrecompiled()
    {
        var qualifying = 0;
        foreach (var matcher in _items.Select(BenefitMatcher.For).ToList())
            foreach (var facts in _enterprises)
                if (matcher.Qualifies(facts)) qualifying++;
        return qualifying;
    }

    /// <summary>The same, the enterprises split over the cores (<see cref="BenefitMatcher.MatchAll"/>), items compiled once.</summary>
    [Benchmark]
    public int Match200ItemsInParallel() => BenefitMatcher.MatchAll(_items, _enterprises).Sum(found => found.Length);

    /// <summary>
    /// <see cref="BenefitMatcher.MatchAll"/> on one core: its loop order (each enterprise's facts against every item while they are
    /// in the cache) without the second core, to tell the two gains apart.
    /// </summary>
    [Benchmark]
    public int Match200ItemsOneRange() => BenefitMatcher.MatchAll(_items, _enterprises, parts: 1).Sum(found => found.Length);

    /// <summary>One to four conditions drawn from every kind, and an amount rule of every kind, in turn.</summary>
    private BenefitItem Item(int i, Random random)
    {
        var figures = Enum.GetValues<ReportFigure>();
        BenefitCondition Condition(int k) => (k % 8) switch
        {
            0 => new(ConditionKind.TitleHeld, Title: (QualificationType)(random.Next(0, 4))),
            1 => new(ConditionKind.TitleGranted, Title: QualificationType.HighTech, From: new DateOnly(2024, 1, 1), To: new DateOnly(2026, 12, 31)),
            2 => new(ConditionKind.FigureAtLeast, Figure: figures[random.Next(figures.Length)], Value: random.Next(10, 5000)),
            3 => new(ConditionKind.FigureAtMost, Figure: ReportFigure.Employees, Value: random.Next(100, 1000)),
            4 => new(ConditionKind.GrowthAtLeast, Figure: ReportFigure.Revenue, Value: (decimal)Math.Round(random.NextDouble() * 0.3, 2)),
            5 => new(ConditionKind.InPark, ParkId: _parks[random.Next(_parks.Length)]),
            6 => new(ConditionKind.InChain, Chain: Chains[random.Next(Chains.Length)]),
            _ => random.NextDouble() < 0.5 ? new(ConditionKind.InLibrary) : new(ConditionKind.Declaration, Text: "近三年无重大安全事故"),
        };
        var rule = (i % 4) switch
        {
            0 => AmountRule.FixedAmount(random.Next(5, 100)),
            1 => new AmountRule(AmountRuleKind.Share, Figure: ReportFigure.RdExpense, Rate: 0.1m, Cap: 100),
            2 => new AmountRule(AmountRuleKind.GrowthShare, Figure: ReportFigure.RdExpense, Rate: 0.2m, Cap: 200),
            _ => new AmountRule(AmountRuleKind.Tiers, Figure: ReportFigure.Revenue, Tiers: [new(2000, 10), new(10_000, 30), new(50_000, 50)]),
        };
        return new BenefitItem
        {
            Id = Guid.NewGuid(), Name = $"事项 {i}", Type = (BenefitType)(i % 7), Rule = rule, PerEnterpriseLimit = i % 3 == 0 ? 50 : null,
            Conditions = Enumerable.Range(0, 1 + random.Next(4)).Select(k => Condition(k + i)).ToList(),
        };
    }
}
