using Torchbase.Domain.Common;

namespace Torchbase.Domain.Talent;

/// <summary>
/// One concept of a zone's matching glossary, kept by the bureau: the term, its synonyms and abbreviations (found as the same
/// concept), wider terms it is a kind of and narrower terms that are kinds of it, under an industry chain.
/// </summary>
public sealed class GlossaryEntry : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public required string Chain { get; set; }
    public required string Term { get; set; }
    public List<string> Synonyms { get; set; } = [];
    public List<string> Broader { get; set; } = [];
    public List<string> Narrower { get; set; } = [];
    public int Version { get; set; }
}

/// <summary>A zone's glossary entries as the matcher's <see cref="Glossary"/>, and the rules an entry must keep.</summary>
public static class GlossaryEntries
{
    public const int MaxChainLength = 50;
    public const int MaxRelated = 30;

    /// <summary>
    /// The matcher's glossary: each entry is a concept whose terms are the term and its synonyms; a narrower term makes the entry
    /// the wider concept of the entry holding that term, or, when no entry holds it, of a concept of its own.
    /// </summary>
    public static Glossary ToGlossary(IEnumerable<GlossaryEntry> entries)
    {
        var list = entries.OrderBy(e => e.Chain, StringComparer.Ordinal).ThenBy(e => e.Term, StringComparer.Ordinal).ToList();
        var owner = new Dictionary<string, GlossaryEntry>(StringComparer.Ordinal);
        foreach (var e in list)
            foreach (var t in e.Synonyms.Prepend(e.Term).Select(Glossary.Normalize))
                owner.TryAdd(t, e);
        var extraBroader = new Dictionary<GlossaryEntry, List<string>>();
        var ownConcepts = new List<GlossaryConcept>();
        foreach (var e in list)
            foreach (var n in e.Narrower)
            {
                if (owner.TryGetValue(Glossary.Normalize(n), out var narrower))
                {
                    if (!extraBroader.TryGetValue(narrower, out var wider)) extraBroader[narrower] = wider = [];
                    wider.Add(e.Term);
                }
                else ownConcepts.Add(new GlossaryConcept(e.Chain, [n], [e.Term]));
            }
        var concepts = list.Select(e => new GlossaryConcept(e.Chain, [e.Term, .. e.Synonyms],
            [.. e.Broader, .. extraBroader.GetValueOrDefault(e) ?? []]));
        return new Glossary(concepts.Concat(ownConcepts));
    }

    /// <summary>The shipped glossary as a new zone's entries.</summary>
    public static IEnumerable<GlossaryEntry> Shipped(Guid zoneId, Func<Guid> newId) =>
        Glossary.ReadShipped().Concepts.Select(c => new GlossaryEntry
        {
            Id = newId(), ZoneId = zoneId, Chain = c.Chain, Term = c.Terms[0], Synonyms = [.. c.Terms.Skip(1)], Broader = [.. c.Broader],
        });

    /// <summary>
    /// What is wrong with an entry, as (field, code): an empty or over-long term, a synonym, wider or narrower term that is the term
    /// itself or given twice, a term or synonym another entry of the zone already holds (<paramref name="takenElsewhere"/>, normalised).
    /// </summary>
    public static IEnumerable<(string Field, string Code)> Check(string? chain, string? term, IReadOnlyList<string>? synonyms,
        IReadOnlyList<string>? broader, IReadOnlyList<string>? narrower, IReadOnlySet<string> takenElsewhere)
    {
        if (string.IsNullOrWhiteSpace(chain)) yield return ("chain", "required");
        else if (chain.Trim().Length > MaxChainLength) yield return ("chain", "too_long");
        var own = Glossary.Normalize(term ?? "");
        if (own.Length == 0) yield return ("term", "required");
        else if (own.Length < 2 || own.Length > Glossary.MaxTermLength) yield return ("term", "glossary_term_length");
        else if (takenElsewhere.Contains(own)) yield return ("term", "glossary_duplicate_term");
        foreach (var (field, items) in new[] { ("synonyms", synonyms), ("broader", broader), ("narrower", narrower) })
        {
            if (items is null) continue;
            if (items.Count > MaxRelated) { yield return (field, "glossary_too_many"); continue; }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var raw in items)
            {
                var t = Glossary.Normalize(raw ?? "");
                if (t.Length < 2 || t.Length > Glossary.MaxTermLength) { yield return (field, "glossary_term_length"); break; }
                if (t == own) { yield return (field, field == "synonyms" ? "glossary_synonym_is_term" : "glossary_related_is_term"); break; }
                if (!seen.Add(t)) { yield return (field, "glossary_repeated"); break; }
                if (field == "synonyms" && takenElsewhere.Contains(t)) { yield return (field, "glossary_duplicate_term"); break; }
            }
        }
    }
}
