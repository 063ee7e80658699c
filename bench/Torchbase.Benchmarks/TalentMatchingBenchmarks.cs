using BenchmarkDotNet.Attributes;
using Torchbase.Domain.Talent;

namespace Torchbase.Benchmarks;

/// <summary>
/// Matching 10,000 experts against 1,000 demands (top 10 each, with reasons), index build and the shipped glossary included.
/// Target: under 2 s. Texts are drawn from a 2,000-phrase vocabulary of Han characters, the size of a city's PhD library.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(iterationCount: 5, warmupCount: 2)]
public class TalentMatchingBenchmarks
{
    private MatchDocument[] _experts = [];
    private MatchDocument[] _demands = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        // Phrases of 2–4 common Han characters; fields group phrases so that texts of one field share vocabulary.
        var phrases = Enumerable.Range(0,
            2000).Select(_ => new string(Enumerable.Range(0, random.Next(2, 5)).Select(_ => (char)random.Next(0x4e00, 0x4e00 + 1500)).ToArray())).ToArray();
        string[] fields = ["尼龙新材料", "电气装备", "新能源", "装备制造", "生物医药", "检验检测"];
        MatchDocument Doc(int words, int keywords)
        {
            var f = random.Next(fields.Length);
            string Phrase() => phrases[f * 300 + random.Next(300) + (random.Next(5) == 0 ? random.Next(200) : 0)];
            var text = string.Join("，", Enumerable.Range(0, words).Select(_ => Phrase()));
            return new MatchDocument(Guid.NewGuid(), text, Enumerable.Range(0, keywords).Select(_ => Phrase()).ToList(), [fields[f]]);
        }
        _experts = Enumerable.Range(0, 10_000).Select(_ => Doc(40, 4)).ToArray();
        _demands = Enumerable.Range(0, 1_000).Select(_ => Doc(15, 3)).ToArray();
    }

    [Benchmark]
    public int Match1000DemandsAgainst10000Experts()
    {
        var index = new MatchIndex(_experts, Glossary.Shipped);
        var found = 0;
        foreach (var demand in _demands) found += index.Match(demand, 10).Count;
        return found;
    }
}
