using Torchbase.Domain.Talent;
using Torchbase.Domain.Tests.Talent.MatchingSet;
using Xunit.Abstractions;

namespace Torchbase.Domain.Tests.Talent;

/// <summary>
/// Matching quality on the hand-labelled set (Talent/MatchingSet): the matcher against plain character-bigram BM25,
/// side by side. The thresholds are the targets the matcher is held to whenever demands or experts are added.
/// </summary>
public class MatchingQualityTests(ITestOutputHelper output)
{
    private sealed record Scores(double P5, double Ndcg10, double Recall10, double Mrr);

    private static Scores Evaluate(LabelledDemand demand, IReadOnlyList<Guid> ranked, Dictionary<Guid, string> keyOf)
    {
        var grades = ranked.Select(id => demand.Grades.GetValueOrDefault(keyOf[id])).ToList();
        return new Scores(RankingMetrics.PrecisionAt(grades, 5), RankingMetrics.NdcgAt(grades, 10, demand.Grades.Values),
            RankingMetrics.RecallAt(grades, 10, demand.Grades.Count), RankingMetrics.ReciprocalRank(grades));
    }

    private static Scores Mean(IEnumerable<Scores> all)
    {
        var list = all.ToList();
        return new Scores(list.Average(s => s.P5), list.Average(s => s.Ndcg10), list.Average(s => s.Recall10), list.Average(s => s.Mrr));
    }

    [Fact]
    public void The_set_is_big_enough_and_every_label_names_a_known_expert()
    {
        var set = EvaluationSet.Load();
        Assert.True(set.Experts.Count >= 120, $"{set.Experts.Count} experts");
        Assert.True(set.Demands.Count >= 40, $"{set.Demands.Count} demands");
        Assert.True(set.Demands.Count(d => d.Hard) >= 10, $"{set.Demands.Count(d => d.Hard)} hard demands");
        var keys = set.Experts.Select(e => e.Key).ToHashSet();
        Assert.Equal(set.Experts.Count, keys.Count);
        Assert.All(set.Demands, d => Assert.Contains(d.Grades, g => g.Value == 2));
        Assert.All(set.Demands.SelectMany(d => d.Grades), g => Assert.Contains(g.Key, keys));
    }

    [Fact]
    public void The_matcher_beats_bigram_BM25_and_meets_the_targets()
    {
        var set = EvaluationSet.Load();
        var keyOf = set.Experts.ToDictionary(e => e.Document.Id, e => e.Key);
        var matcher = new MatchIndex(set.Experts.Select(e => e.Document), Glossary.Shipped);
        var baseline = new BigramBm25(set.Experts.Select(e => e.Document));

        var rows = set.Demands.Select(d => (Demand: d,
            Matcher: Evaluate(d, matcher.Match(d.Document, 10).Select(r => r.Id).ToList(), keyOf),
            Baseline: Evaluate(d, baseline.Rank(d.Document, 10), keyOf))).ToList();

        output.WriteLine("demand  hard  nDCG@10 matcher / BM25");
        foreach (var r in rows) output.WriteLine($"{r.Demand.Key}     {(r.Demand.Hard ? "H" : " ")}    {r.Matcher.Ndcg10:F3} / {r.Baseline.Ndcg10:F3}");
        void Print(string name, Func<(LabelledDemand Demand, Scores Matcher, Scores Baseline), bool> which)
        {
            var m = Mean(rows.Where(which).Select(r => r.Matcher));
            var b = Mean(rows.Where(which).Select(r => r.Baseline));
            output.WriteLine($"{name,-8} P@5 {m.P5:F3} / {b.P5:F3}   nDCG@10 {m.Ndcg10:F3} / {b.Ndcg10:F3}   " +
                $"Recall@10 {m.Recall10:F3} / {b.Recall10:F3}   MRR {m.Mrr:F3} / {b.Mrr:F3}   (matcher / BM25)");
        }
        Print("all", _ => true);
        Print("hard", r => r.Demand.Hard);

        var overall = Mean(rows.Select(r => r.Matcher)).Ndcg10;
        var hard = Mean(rows.Where(r => r.Demand.Hard).Select(r => r.Matcher)).Ndcg10;
        var bm25 = Mean(rows.Select(r => r.Baseline)).Ndcg10;
        var worst = rows.MinBy(r => r.Matcher.Ndcg10);
        Assert.True(overall >= 0.92, $"nDCG@10 {overall:F3} < 0.92");
        Assert.True(hard >= 0.85, $"nDCG@10 on hard demands {hard:F3} < 0.85");
        Assert.True(worst.Matcher.Ndcg10 >= 0.6, $"{worst.Demand.Key}: nDCG@10 {worst.Matcher.Ndcg10:F3} < 0.6");
        Assert.True(overall - bm25 >= 0.06, $"margin over BM25 {overall - bm25:F3} < 0.06 ({overall:F3} vs {bm25:F3})");
    }
}
