using Torchbase.Domain.Talent;

namespace Torchbase.Domain.Tests.Talent.MatchingSet;

/// <summary>An expert or a demand of the hand-labelled set, as the matcher sees it, with the set's own id (E001, D01).</summary>
public sealed record LabelledDocument(string Key, MatchDocument Document);

public sealed record LabelledDemand(string Key, bool Hard, MatchDocument Document, IReadOnlyDictionary<string, int> Grades);

/// <summary>Reads experts.tsv and demands.tsv (see README.md in this folder).</summary>
public sealed class EvaluationSet
{
    public required IReadOnlyList<LabelledDocument> Experts { get; init; }
    public required IReadOnlyList<LabelledDemand> Demands { get; init; }

    public static EvaluationSet Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Talent", "MatchingSet");
        var experts = Rows(Path.Combine(folder, "experts.tsv"), 4)
            .Select(c => new LabelledDocument(c[0], new MatchDocument(IdOf(c[0]), c[3], Split(c[2]), [c[1]]))).ToList();
        var demands = Rows(Path.Combine(folder, "demands.tsv"), 7)
            .Select(c => new LabelledDemand(c[0], c[1] == "1", new MatchDocument(IdOf(c[0]), c[4] + "。" + c[5], Split(c[3]), [c[2]]),
                c[6].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(':')).ToDictionary(p => p[0], p => int.Parse(p[1]))))
            .ToList();
        return new EvaluationSet { Experts = experts, Demands = demands };
    }

    public static Guid IdOf(string key) => new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));

    private static List<string> Split(string cell) => cell.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static IEnumerable<string[]> Rows(string path, int columns) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var cells = l.Split('\t');
            if (cells.Length != columns) throw new InvalidDataException($"{Path.GetFileName(path)}: {cells.Length} columns in \"{l}\"");
            return cells;
        });
}

/// <summary>
/// The baseline the matcher must beat: Okapi BM25 (k1 1.2, b 0.75) over character bigrams of the text and the tags, nothing else.
/// </summary>
public sealed class BigramBm25(IEnumerable<MatchDocument> documents)
{
    private readonly List<(Guid Id, Dictionary<string, int> Tf, int Length)> _docs = documents
        .Select(d => (d.Id, TextTerms.Of(d.Text + "。" + string.Join('。', d.Keywords)).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count()),
            0)).Select(d => (d.Id, d.Item2, d.Item2.Values.Sum())).ToList();

    public IReadOnlyList<Guid> Rank(MatchDocument query, int top)
    {
        var n = _docs.Count;
        var average = _docs.Average(d => (double)d.Length);
        var terms = TextTerms.Of(query.Text + "。" + string.Join('。', query.Keywords)).Distinct().ToList();
        var idf = terms.ToDictionary(t => t, t =>
        {
            var df = _docs.Count(d => d.Tf.ContainsKey(t));
            return Math.Log(1 + (n - df + 0.5) / (df + 0.5));
        });
        return _docs.Select(d => (d.Id, Score: terms.Sum(t => d.Tf.TryGetValue(t, out var tf)
                ? idf[t] * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * d.Length / average)) : 0)))
            .Where(x => x.Score > 0).OrderByDescending(x => x.Score).ThenBy(x => x.Id).Take(top).Select(x => x.Id).ToList();
    }
}

/// <summary>Graded ranking metrics over one ranked list.</summary>
public static class RankingMetrics
{
    public static double PrecisionAt(IReadOnlyList<int> grades, int k) => grades.Take(k).Count(g => g > 0) / (double)k;

    public static double RecallAt(IReadOnlyList<int> grades, int k, int relevant) => relevant == 0 ? 1 : grades.Take(k).Count(g => g > 0) / (double)relevant;

    public static double ReciprocalRank(IReadOnlyList<int> grades)
    {
        for (var i = 0; i < grades.Count; i++) if (grades[i] > 0) return 1.0 / (i + 1);
        return 0;
    }

    /// <summary>nDCG with gains 2^grade − 1 against the ideal order of all labelled experts.</summary>
    public static double NdcgAt(IReadOnlyList<int> grades, int k, IEnumerable<int> allGrades)
    {
        static double Dcg(IEnumerable<int> g, int k) => g.Take(k).Select((x, i) => (Math.Pow(2, x) - 1) / Math.Log2(i + 2)).Sum();
        var ideal = Dcg(allGrades.OrderByDescending(g => g), k);
        return ideal == 0 ? 1 : Dcg(grades, k) / ideal;
    }
}
