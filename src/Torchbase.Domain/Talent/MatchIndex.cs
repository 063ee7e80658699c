namespace Torchbase.Domain.Talent;

/// <summary>One side of a match: an expert profile or an enterprise demand, reduced to what matching reads.</summary>
/// <param name="Text">Free text: the problem, the research direction, the achievements.</param>
/// <param name="Keywords">Tags the author chose; they count twice in the text score and are matched as whole terms.</param>
/// <param name="Fields">Industry fields (尼龙新材料, 电气装备…): never searched as text, only a tie-break between equal scores.</param>
public sealed record MatchDocument(Guid Id, string Text, IReadOnlyList<string> Keywords, IReadOnlyList<string> Fields);

/// <summary>Why a candidate ranks where it does: the UI shows these, the tests assert them.</summary>
/// <param name="Score">0–1: weighted sum of the two parts below.</param>
/// <param name="TextSimilarity">BM25 (character bigrams and glossary concepts) relative to the best candidate, 0–1.</param>
/// <param name="KeywordOverlap">
/// Share of the query's whole terms (its tags and the glossary terms in its text) the candidate has, weighted by rarity, 0–1.
/// </param>
/// <param name="SharedKeywords">Terms of the query found, in the same words, on the candidate as whole terms.</param>
/// <param name="SharedFields">Fields both sides declare (the tie-break).</param>
/// <param name="Expansions">
/// Terms found through the glossary: "query term = candidate's word" (synonym), "query term ⊃ candidate's word" (narrower),
/// "query term ~ candidate's word (wider concept)" (both under one wider concept).
/// </param>
public sealed record MatchResult(Guid Id, double Score, double TextSimilarity, double KeywordOverlap,
    IReadOnlyList<string> SharedKeywords, IReadOnlyList<string> SharedFields, IReadOnlyList<string> Expansions);

/// <summary>How the two signals are weighed, and where the list ends. Tuned on the hand-labelled set (tests/…/Talent/MatchingSet).</summary>
/// <param name="Floor">A candidate is listed only when its score is at least this share of the best candidate's.</param>
/// <param name="MinimumScore">…and at least this score; below it the list ends ("no further match").</param>
/// <param name="TextAlone">A candidate with no whole term in common is listed only when its text similarity reaches this.</param>
public sealed record MatchWeights(double Text = 0.3, double Keywords = 0.7, double Floor = 0.1, double MinimumScore = 0.05, double TextAlone = 0.4)
{
    public static readonly MatchWeights Default = new();
}

/// <summary>
/// An inverted index over candidate documents that ranks them for a query document and explains each rank. Terms are
/// character bigrams of the text and tags plus the glossary concepts found in them (synonyms and abbreviations share one
/// concept; a narrower concept also carries its broader ones), scored with BM25. The leaders are then re-scored by how
/// many of the query's whole terms they have, weighted by rarity (IDF). Fields are not searched: they only break ties.
/// Building is O(total terms); a query touches only the postings of its own terms.
/// Not thread-safe for concurrent <see cref="Match"/> calls (it reuses one score buffer); build one per request or lock.
/// </summary>
public sealed class MatchIndex
{
    private const double K1 = 1.2, B = 0.75;
    /// <summary>How many BM25 leaders are re-scored with whole terms; far more than any page shows.</summary>
    private const int Shortlist = 60;
    /// <summary>A concept is written into the term stream as this prefix and its number: no text can produce it.</summary>
    private const char ConceptMark = '\u0001';
    private const double TagWeight = 2;
    private const double WiderWeight = 0.5;

    private readonly MatchDocument[] _docs;
    private readonly Glossary _glossary;
    private readonly DocTerms[] _docTerms;
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _termLookup;
    private readonly int[][] _postingDocs;
    private readonly float[][] _postingWeights;
    private readonly float[] _scores;
    private readonly int[] _touched;
    private readonly HashSet<int> _queryTerms = [];

    /// <summary>A document's whole terms: glossary concepts (with the words that stand for them) and its tags.</summary>
    private sealed class DocTerms
    {
        public required string LowerText { get; init; }
        public required Dictionary<int, (string Surface, bool Narrower)> Concepts { get; init; }
        public required HashSet<string> Tags { get; init; }
    }

    public MatchIndex(IEnumerable<MatchDocument> documents, Glossary? glossary = null)
    {
        _docs = documents.ToArray();
        _glossary = glossary ?? Glossary.Empty;
        _termLookup = _termIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _scores = new float[_docs.Length];
        _touched = new int[_docs.Length];
        _docTerms = new DocTerms[_docs.Length];

        // Pass 1: term frequencies per document, appended to each term's postings (terms interned to ids, no string per occurrence).
        var docs = new List<List<int>>();
        var freqs = new List<List<int>>();
        var lengths = new int[_docs.Length];
        var counts = new Dictionary<int, int>();
        Span<char> concept = stackalloc char[12];
        for (var d = 0; d < _docs.Length; d++)
        {
            counts.Clear();
            var weight = 1;
            void Count(ReadOnlySpan<char> term)
            {
                if (!_termLookup.TryGetValue(term, out var id))
                {
                    id = _termIds.Count;
                    _termLookup[term] = id;
                    docs.Add([]);
                    freqs.Add([]);
                }
                counts[id] = counts.GetValueOrDefault(id) + weight;
            }
            TextTerms.ForEach(_docs[d].Text, Count);
            weight = 2;
            foreach (var k in _docs[d].Keywords) TextTerms.ForEach(k, Count);
            var terms = _docTerms[d] = TermsOf(_docs[d]);
            foreach (var (c, (_, narrower)) in terms.Concepts)
            {
                weight = narrower ? 1 : 2;
                Count(ConceptTerm(c, concept));
            }
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
            var idf = Idf(list.Count);
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

    private double Idf(int df) => Math.Log(1 + (_docs.Length - df + 0.5) / (df + 0.5));

    private static ReadOnlySpan<char> ConceptTerm(int concept, Span<char> buffer)
    {
        buffer[0] = ConceptMark;
        concept.TryFormat(buffer[1..], out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
        return buffer[..(written + 1)];
    }

    private DocTerms TermsOf(MatchDocument doc)
    {
        // Tags on lines of their own so that no glossary term spans a tag and the text.
        var original = doc.Keywords.Count == 0 ? doc.Text : doc.Text + "\n" + string.Join('\n', doc.Keywords);
        var lower = original.ToLowerInvariant();
        var concepts = new Dictionary<int, (string, bool)>();
        _glossary.Scan(lower, (c, start, length) =>
        {
            var surface = original.Substring(start, length);
            if (!concepts.TryGetValue(c, out var had) || had.Item2) concepts[c] = (surface, false);
            foreach (var a in _glossary.Ancestors(c)) concepts.TryAdd(a, (surface, true));
        });
        var tags = doc.Keywords.Select(Glossary.Normalize).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        return new DocTerms { LowerText = lower, Concepts = concepts, Tags = tags };
    }

    /// <summary>A whole term of the query: a glossary concept or a tag the glossary does not know.</summary>
    /// <param name="WiderOf">For a wider concept the query reached through its own terms: those terms (empty for a term of the query itself).</param>
    private sealed record QueryTerm(int Concept, string Surface, string Literal, double Weight, int[] WiderOf)
    {
        public bool Wider => WiderOf.Length > 0;
    }

    /// <summary>
    /// The best candidates for <paramref name="query"/>, best first, each with its reasons; at most <paramref name="top"/>,
    /// fewer when the rest fall below the relevance floor (no same-field padding).
    /// </summary>
    public IReadOnlyList<MatchResult> Match(MatchDocument query, int top = 10, MatchWeights? weights = null)
    {
        weights ??= MatchWeights.Default;
        var touchedCount = 0;
        _queryTerms.Clear();
        void Add(ReadOnlySpan<char> term)
        {
            if (_termLookup.TryGetValue(term, out var id)) _queryTerms.Add(id);
        }
        TextTerms.ForEach(query.Text, Add);
        foreach (var k in query.Keywords) TextTerms.ForEach(k, Add);
        var queryTerms = TermsOf(query);
        Span<char> buffer = stackalloc char[12];
        foreach (var c in queryTerms.Concepts.Where(c => !c.Value.Narrower).Select(c => c.Key)) Add(ConceptTerm(c, buffer));
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

        var shortlist = TopByScore(touchedCount, Shortlist);
        var best = shortlist.Count == 0 ? 0 : _scores[shortlist[0]];
        var wholeTerms = WholeTerms(query, queryTerms);
        var totalWeight = wholeTerms.Sum(t => t.Weight);
        var queryFields = new HashSet<string>(query.Fields, StringComparer.OrdinalIgnoreCase);
        var scored = new List<(MatchResult Result, bool SameField)>(shortlist.Count);
        foreach (var d in shortlist)
        {
            var doc = _docs[d];
            var text = best > 0 ? _scores[d] / best : 0;
            var shared = new List<string>();
            var expansions = new List<string>();
            var matched = 0.0;
            foreach (var term in wholeTerms)
            {
                if (!Has(_docTerms[d], term, out var surface, out var narrower)) continue;
                // A wider concept adds nothing when the narrower term it came from is already there.
                if (term.Wider && term.WiderOf.Any(_docTerms[d].Concepts.ContainsKey)) continue;
                matched += term.Weight;
                if (string.Equals(surface, term.Surface, StringComparison.OrdinalIgnoreCase)) shared.Add(term.Surface);
                else expansions.Add(term.Wider ? $"{term.Surface} ~ {surface} ({_glossary.Label(term.Concept)})"
                    : $"{term.Surface} {(narrower ? "⊃" : "=")} {surface}");
            }
            var overlap = totalWeight > 0 ? matched / totalWeight : 0;
            var score = weights.Text * text + weights.Keywords * overlap;
            var sharedFields = doc.Fields.Where(queryFields.Contains).ToList();
            scored.Add((new MatchResult(doc.Id, Math.Round(score, 4), Math.Round(text, 4), Math.Round(overlap, 4), shared.Distinct().ToList(),
                sharedFields, expansions.Distinct().ToList()), sharedFields.Count > 0));
        }
        for (var i = 0; i < touchedCount; i++) _scores[_touched[i]] = 0;

        var leader = scored.Count == 0 ? 0 : scored.Max(s => s.Result.Score);
        var floor = Math.Max(weights.MinimumScore, weights.Floor * leader);
        // The field only breaks ties: candidates whose scores round to the same hundredth, all above the floor.
        // Listed only with evidence: a whole term in common, or text clearly alike (a bigram or two in common is not).
        return scored.Where(s => s.Result.Score >= floor && (s.Result.KeywordOverlap > 0 || s.Result.TextSimilarity >= weights.TextAlone))
            .OrderByDescending(s => Math.Round(s.Result.Score, 2)).ThenByDescending(s => s.SameField).ThenByDescending(s => s.Result.Score)
            .ThenBy(s => s.Result.Id).Take(top).Select(s => s.Result).ToList();
    }

    /// <summary>The query's whole terms, each weighted by its rarity among the candidates.</summary>
    private List<QueryTerm> WholeTerms(MatchDocument query, DocTerms terms)
    {
        var list = new List<QueryTerm>();
        Span<char> buffer = stackalloc char[12];
        // What the officer tagged the demand with says more than a word in passing: tagged terms weigh double.
        var tagged = new HashSet<int>();
        foreach (var keyword in query.Keywords) _glossary.Scan(keyword.ToLowerInvariant(), (c, _, _) => tagged.Add(c));
        foreach (var (c, (surface, wider)) in terms.Concepts)
        {
            // A wider concept of the query's own (废水 for 淀粉加工废水) reaches related candidates at half weight.
            var df = _termLookup.TryGetValue(ConceptTerm(c, buffer), out var id) ? _postingDocs[id].Length : 0;
            if (df == 0) continue;
            var sources = wider ? terms.Concepts.Where(x => !x.Value.Narrower && _glossary.Ancestors(x.Key).Contains(c)).Select(x => x.Key).ToArray() : [];
            list.Add(new QueryTerm(c, surface, "", Idf(df) * (tagged.Contains(c) ? TagWeight : 1) * (wider ? WiderWeight : 1), sources));
        }
        foreach (var keyword in query.Keywords)
        {
            var literal = Glossary.Normalize(keyword);
            if (literal.Length == 0 || _glossary.ConceptOf(literal) >= 0) continue;
            // A tag the glossary does not know: its rarity is bounded by its rarest bigram.
            var df = int.MaxValue;
            TextTerms.ForEach(literal, t => df = Math.Min(df, _termLookup.TryGetValue(t, out var id) ? _postingDocs[id].Length : 0));
            if (df is > 0 and < int.MaxValue) list.Add(new QueryTerm(-1, keyword.Trim(), literal, Idf(df) * TagWeight, []));
        }
        return list;
    }

    private bool Has(DocTerms doc, QueryTerm term, out string surface, out bool narrower)
    {
        if (term.Concept >= 0)
        {
            var found = doc.Concepts.TryGetValue(term.Concept, out var hit);
            (surface, narrower) = hit;
            return found;
        }
        (surface, narrower) = (term.Surface, false);
        return doc.Tags.Contains(term.Literal) || _glossary.ContainsWholeTerm(doc.LowerText, term.Literal);
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
}
