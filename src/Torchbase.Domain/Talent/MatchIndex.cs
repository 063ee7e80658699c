namespace Torchbase.Domain.Talent;

/// <summary>One side of a match: an expert profile or an enterprise demand, reduced to what matching reads.</summary>
/// <param name="Text">Free text: the problem, the research direction, the achievements.</param>
/// <param name="Keywords">Tags the author chose; they count twice in the text score and drive the shared-keyword reason.</param>
/// <param name="Fields">Industry fields (尼龙新材料, 电气装备…).</param>
public sealed record MatchDocument(Guid Id, string Text, IReadOnlyList<string> Keywords, IReadOnlyList<string> Fields);

/// <summary>Why a candidate ranks where it does: the UI shows these, the tests assert them.</summary>
/// <param name="Score">0–1: weighted sum of the three parts below.</param>
/// <param name="TextSimilarity">BM25 of the candidate for this query relative to the best candidate (0–1).</param>
/// <param name="KeywordOverlap">Share of the query's keywords found in the candidate (as tags or in its text), 0–1.</param>
/// <param name="SharedKeywords">The keywords found on both sides (from either side's tags).</param>
/// <param name="SharedFields">Fields both sides declare.</param>
public sealed record MatchResult(Guid Id, double Score, double TextSimilarity, double KeywordOverlap,
    IReadOnlyList<string> SharedKeywords, IReadOnlyList<string> SharedFields);

/// <summary>How the three signals are weighed. Defaults were tuned on the demo corpus's labelled pairs (see the quality test).</summary>
public sealed record MatchWeights(double Text = 0.55, double Keywords = 0.30, double Field = 0.15)
{
    public static readonly MatchWeights Default = new();
}

/// <summary>
/// An inverted index over candidate documents (character bigrams, BM25) that ranks them for a query document and
/// explains each rank. Building is O(total terms); a query touches only the postings of its own terms, so matching
/// 1,000 demands against 10,000 experts costs the postings walked, not 10 million pairwise comparisons.
/// Not thread-safe for concurrent <see cref="Match"/> calls (it reuses one score buffer); build one per request or lock.
/// </summary>
public sealed class MatchIndex
{
    private const double K1 = 1.2, B = 0.75;
    /// <summary>How many BM25 leaders are re-scored with keywords and fields; far more than any page shows.</summary>
    private const int Shortlist = 60;

    private readonly MatchDocument[] _docs;
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _termLookup;
    private readonly int[][] _postingDocs;
    private readonly float[][] _postingWeights;
    private readonly float[] _scores;
    private readonly int[] _touched;
    private readonly HashSet<int> _queryTerms = [];

    public MatchIndex(IEnumerable<MatchDocument> documents)
    {
        _docs = documents.ToArray();
        _termLookup = _termIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _scores = new float[_docs.Length];
        _touched = new int[_docs.Length];

        // Pass 1: term frequencies per document, appended to each term's postings (terms interned to ids, no string per occurrence).
        var docs = new List<List<int>>();
        var freqs = new List<List<int>>();
        var lengths = new int[_docs.Length];
        var counts = new Dictionary<int, int>();
        for (var d = 0; d < _docs.Length; d++)
        {
            counts.Clear();
            ForEachTerm(_docs[d], term =>
            {
                if (!_termLookup.TryGetValue(term, out var id))
                {
                    id = _termIds.Count;
                    _termLookup[term] = id;
                    docs.Add([]);
                    freqs.Add([]);
                }
                counts[id] = counts.GetValueOrDefault(id) + 1;
            });
            foreach (var (id, tf) in counts)
            {
                docs[id].Add(d);
                freqs[id].Add(tf);
                lengths[d] += tf;
            }
        }

        // Pass 2: the BM25 contribution of each term in each document, precomputed so that a query only adds floats.
        var averageLength = _docs.Length == 0 ? 1 : Math.Max(1, lengths.Average());
        _postingDocs = new int[docs.Count][];
        _postingWeights = new float[docs.Count][];
        for (var t = 0; t < docs.Count; t++)
        {
            var list = docs[t];
            var idf = Math.Log(1 + (_docs.Length - list.Count + 0.5) / (list.Count + 0.5));
            var weights = new float[list.Count];
            for (var i = 0; i < list.Count; i++)
            {
                double tf = freqs[t][i];
                weights[i] = (float)(idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[list[i]] / averageLength)));
            }
            _postingDocs[t] = list.ToArray();
            _postingWeights[t] = weights;
        }
    }

    public int Count => _docs.Length;

    /// <summary>The best <paramref name="top"/> candidates for <paramref name="query"/>, best first, each with its reasons.</summary>
    public IReadOnlyList<MatchResult> Match(MatchDocument query, int top = 10, MatchWeights? weights = null)
    {
        weights ??= MatchWeights.Default;
        var touchedCount = 0;
        _queryTerms.Clear();
        ForEachTerm(query, term =>
        {
            if (_termLookup.TryGetValue(term, out var id)) _queryTerms.Add(id);
        });
        foreach (var t in _queryTerms)
        {
            var docs = _postingDocs[t];
            var w = _postingWeights[t];
            for (var i = 0; i < docs.Length; i++)
            {
                var d = docs[i];
                if (_scores[d] == 0) _touched[touchedCount++] = d;
                _scores[d] += w[i];
            }
        }

        // Fields are indexed as terms too, so a short demand still reaches its field's experts through BM25.
        var shortlist = TopByScore(touchedCount, Shortlist);
        var best = shortlist.Count == 0 ? 0 : _scores[shortlist[0]];
        var queryFields = new HashSet<string>(query.Fields, StringComparer.OrdinalIgnoreCase);
        var results = new List<MatchResult>(shortlist.Count);
        foreach (var d in shortlist)
        {
            var doc = _docs[d];
            var text = best > 0 ? _scores[d] / best : 0;
            var shared = SharedKeywords(query, doc);
            var denominator = Math.Max(1, query.Keywords.Count);
            var fromQuery = query.Keywords.Count(k => shared.Contains(k, StringComparer.OrdinalIgnoreCase));
            var keywordOverlap = Math.Min(1, (double)fromQuery / denominator);
            var sharedFields = doc.Fields.Where(queryFields.Contains).ToList();
            var score = weights.Text * text + weights.Keywords * keywordOverlap + weights.Field * (sharedFields.Count > 0 ? 1 : 0);
            results.Add(new MatchResult(doc.Id, Math.Round(score, 4), Math.Round(text, 4), Math.Round(keywordOverlap, 4), shared, sharedFields));
        }
        for (var i = 0; i < touchedCount; i++) _scores[_touched[i]] = 0;
        return results.OrderByDescending(r => r.Score).ThenBy(r => r.Id).Take(top).ToList();
    }

    private List<int> TopByScore(int touchedCount, int k)
    {
        // A bounded min-heap keeps this O(n log k) over the touched documents.
        var heap = new PriorityQueue<int, float>(k + 1);
        for (var i = 0; i < touchedCount; i++)
        {
            var d = _touched[i];
            heap.Enqueue(d, _scores[d]);
            if (heap.Count > k) heap.Dequeue();
        }
        var list = new List<int>(heap.Count);
        while (heap.TryDequeue(out var d, out _)) list.Add(d);
        list.Reverse();
        return list;
    }

    /// <summary>Keywords of either side that the other side has as a tag or in its text, in the query's order first.</summary>
    private static List<string> SharedKeywords(MatchDocument query, MatchDocument doc)
    {
        var shared = new List<string>();
        foreach (var k in query.Keywords)
            if (Has(doc, k)) shared.Add(k);
        foreach (var k in doc.Keywords)
            if (!shared.Contains(k, StringComparer.OrdinalIgnoreCase) && Has(query, k)) shared.Add(k);
        return shared;
    }

    private static bool Has(MatchDocument doc, string keyword) =>
        doc.Keywords.Contains(keyword, StringComparer.OrdinalIgnoreCase) || doc.Text.Contains(keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>Text, keywords and fields; keywords count twice because an author's own tags say more than a sentence.</summary>
    private static void ForEachTerm(MatchDocument doc, TextTerms.TermHandler handle)
    {
        TextTerms.ForEach(doc.Text, handle);
        foreach (var k in doc.Keywords)
        {
            TextTerms.ForEach(k, handle);
            TextTerms.ForEach(k, handle);
        }
        foreach (var f in doc.Fields) TextTerms.ForEach(f, handle);
    }
}
