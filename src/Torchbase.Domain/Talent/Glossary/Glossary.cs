using System.Text.Json;

namespace Torchbase.Domain.Talent;

/// <summary>
/// One concept of the matching glossary: its terms are synonyms or abbreviations of each other (the first is the preferred
/// label), <paramref name="Broader"/> names terms of wider concepts ("PA66" is a kind of "尼龙").
/// </summary>
public sealed record GlossaryConcept(string Chain, IReadOnlyList<string> Terms, IReadOnlyList<string> Broader);

/// <summary>
/// The domain glossary matching expands queries and documents through. Terms are found in text as whole terms: at each
/// position the longest glossary term wins, and a term lying inside a longer glossary term is not counted ("制剂" inside
/// "抑制剂"); a term that begins or ends with a Latin letter or digit must not continue a Latin word ("PA6" inside "PA66").
/// </summary>
public sealed class Glossary
{
    public const int MaxTermLength = 16;

    private readonly Dictionary<string, int> _conceptOfTerm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[][] _ancestors;
    private readonly HashSet<char> _firstChars = [];

    public Glossary(IEnumerable<GlossaryConcept> concepts, string version = "")
    {
        Version = version;
        _lookup = _conceptOfTerm.GetAlternateLookup<ReadOnlySpan<char>>();
        var list = new List<GlossaryConcept>();
        foreach (var concept in concepts)
        {
            var terms = concept.Terms.Select(Normalize).Where(t => t.Length >= 2 && t.Length <= MaxTermLength && !_conceptOfTerm.ContainsKey(t))
                .Distinct().ToList();
            if (terms.Count == 0) continue;
            foreach (var t in terms)
            {
                _conceptOfTerm[t] = list.Count;
                _firstChars.Add(t[0]);
            }
            list.Add(concept);
        }
        Concepts = list;
        // Broader links resolved to concepts, then closed transitively (cycles are cut by the visited set).
        var parents = list.Select(c => c.Broader.Select(b => ConceptOf(b)).Where(p => p >= 0).Distinct().ToArray()).ToArray();
        _ancestors = new int[list.Count][];
        for (var c = 0; c < list.Count; c++)
        {
            var seen = new HashSet<int> { c };
            var queue = new Queue<int>(parents[c]);
            var result = new List<int>();
            while (queue.TryDequeue(out var p))
            {
                if (!seen.Add(p)) continue;
                result.Add(p);
                foreach (var q in parents[p]) queue.Enqueue(q);
            }
            _ancestors[c] = result.ToArray();
        }
    }

    public static Glossary Empty { get; } = new([]);

    private static readonly Lazy<Glossary> ShippedGlossary = new(LoadShipped);

    /// <summary>The glossary shipped with the platform (Talent/Glossary/glossary.json); a zone starts from it and edits its own copy.</summary>
    public static Glossary Shipped => ShippedGlossary.Value;

    public string Version { get; }
    public IReadOnlyList<GlossaryConcept> Concepts { get; }

    public string Label(int concept) => Concepts[concept].Terms[0];

    /// <summary>The concepts wider than <paramref name="concept"/>, nearest first.</summary>
    public IReadOnlyList<int> Ancestors(int concept) => _ancestors[concept];

    /// <summary>The concept a whole term belongs to, or −1.</summary>
    public int ConceptOf(string term) => _conceptOfTerm.GetValueOrDefault(Normalize(term), -1);

    /// <summary>Lower-case, trimmed, inner whitespace removed: "GB 3836" and "gb3836" are one term.</summary>
    public static string Normalize(string term) => string.Concat(term.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();

    public delegate void OccurrenceHandler(int concept, int start, int length);

    /// <summary>Every whole glossary term in <paramref name="lowerText"/> (already lower-cased), in order of position.</summary>
    public void Scan(string lowerText, OccurrenceHandler handle)
    {
        var coveredTo = 0;
        for (var i = 0; i < lowerText.Length; i++)
        {
            if (!_firstChars.Contains(lowerText[i])) continue;
            if (IsLatin(lowerText[i]) && i > 0 && IsLatin(lowerText[i - 1])) continue;
            for (var length = Math.Min(MaxTermLength, lowerText.Length - i); length >= 2; length--)
            {
                if (!_lookup.TryGetValue(lowerText.AsSpan(i, length), out var concept)) continue;
                var end = i + length;
                if (IsLatin(lowerText[end - 1]) && end < lowerText.Length && IsLatin(lowerText[end])) continue;
                if (end > coveredTo)
                {
                    handle(concept, i, length);
                    coveredTo = end;
                }
                break;
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="term"/> (lower-cased) occurs in <paramref name="lowerText"/> as a whole term, not inside a longer glossary term.
    /// </summary>
    public bool ContainsWholeTerm(string lowerText, string term)
    {
        if (term.Length == 0) return false;
        var blocked = new List<(int Start, int End)>();
        Scan(lowerText, (_, s, l) => { if (l > term.Length) blocked.Add((s, s + l)); });
        for (var at = lowerText.IndexOf(term, StringComparison.Ordinal); at >= 0; at = lowerText.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            var end = at + term.Length;
            if (IsLatin(term[0]) && at > 0 && IsLatin(lowerText[at - 1])) continue;
            if (IsLatin(term[^1]) && end < lowerText.Length && IsLatin(lowerText[end])) continue;
            if (!blocked.Any(b => b.Start <= at && end <= b.End)) return true;
        }
        return false;
    }

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c);

    private sealed record FileChain(string Chain, List<FileConcept> Concepts);
    private sealed record FileConcept(List<string> Terms, List<string>? Broader);
    private sealed record GlossaryFile(string Version, DateOnly PublishedOn, string Source, List<FileChain> Chains);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>The shipped file's concepts, flattened with their chain (what a zone's glossary table starts from).</summary>
    public static (string Version, DateOnly PublishedOn, string Source, IReadOnlyList<GlossaryConcept> Concepts) ReadShipped()
    {
        using var stream = typeof(Glossary).Assembly.GetManifestResourceStream("Torchbase.Domain.Talent.glossary.json")
            ?? throw new InvalidOperationException("glossary.json is not embedded");
        var file = JsonSerializer.Deserialize<GlossaryFile>(stream, Json) ?? throw new InvalidDataException("glossary.json is empty");
        var concepts = file.Chains.SelectMany(ch => ch.Concepts.Select(c => new GlossaryConcept(ch.Chain, c.Terms, c.Broader ?? []))).ToList();
        return (file.Version, file.PublishedOn, file.Source, concepts);
    }

    private static Glossary LoadShipped()
    {
        var (version, _, _, concepts) = ReadShipped();
        return new Glossary(concepts, version);
    }
}
