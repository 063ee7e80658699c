using Torchbase.Domain.Talent;

namespace Torchbase.Domain.Tests.Talent;

public class GlossaryEntryTests
{
    private static GlossaryEntry Entry(string term, string[]? synonyms = null, string[]? broader = null, string[]? narrower = null) => new()
    {
        Id = Guid.NewGuid(), Chain = "输变电装备", Term = term, Synonyms = [.. synonyms ?? []], Broader = [.. broader ?? []], Narrower = [.. narrower ?? []],
    };

    [Fact]
    public void Entries_become_concepts_with_their_synonyms_wider_and_narrower_terms()
    {
        var g = GlossaryEntries.ToGlossary([
            Entry("六氟化硫", ["SF6"], broader: ["绝缘气体"]), Entry("绝缘气体"), Entry("开关设备", narrower: ["GIS", "断路器"]), Entry("GIS", ["气体绝缘开关"]),
        ]);
        Assert.True(g.ConceptOf("sf6") >= 0);
        Assert.Equal(g.ConceptOf("SF6"), g.ConceptOf("六氟化硫"));
        Assert.Equal([g.ConceptOf("绝缘气体")], g.Ancestors(g.ConceptOf("SF6")));
        // A narrower term held by an entry makes that entry narrower; one held by none becomes a concept of its own.
        Assert.Equal([g.ConceptOf("开关设备")], g.Ancestors(g.ConceptOf("气体绝缘开关")));
        Assert.True(g.ConceptOf("断路器") >= 0);
        Assert.Equal([g.ConceptOf("开关设备")], g.Ancestors(g.ConceptOf("断路器")));
    }

    [Fact]
    public void The_shipped_glossary_as_entries_finds_what_the_shipped_file_finds()
    {
        var entries = GlossaryEntries.Shipped(Guid.NewGuid(), Guid.NewGuid).ToList();
        Assert.Equal(Glossary.ReadShipped().Concepts.Count, entries.Count);
        var g = GlossaryEntries.ToGlossary(entries);
        foreach (var (a, b) in new[] { ("PA66", "聚酰胺66"), ("SF6", "六氟化硫"), ("红薯", "甘薯") })
        {
            Assert.True(g.ConceptOf(a) >= 0, a);
            Assert.Equal(g.ConceptOf(a), g.ConceptOf(b));
        }
    }

    public static TheoryData<string?, string?, string[]?, string[]?, string[]?, string?> Cases => new()
    {
        { "输变电装备", "六氟化硫", ["SF6"], ["绝缘气体"], null, null },
        { "输变电装备", "  ", null, null, null, "term:required" },
        { "输变电装备", null, null, null, null, "term:required" },
        { "", "六氟化硫", null, null, null, "chain:required" },
        { "输变电装备", "硫", null, null, null, "term:glossary_term_length" },
        { "输变电装备", "六氟化硫", ["六氟化硫"], null, null, "synonyms:glossary_synonym_is_term" },
        { "输变电装备", "SF6", ["sf 6"], null, null, "synonyms:glossary_synonym_is_term" },
        { "输变电装备", "六氟化硫", ["SF6", "sf6"], null, null, "synonyms:glossary_repeated" },
        { "输变电装备", "六氟化硫", [""], null, null, "synonyms:glossary_term_length" },
        { "输变电装备", "六氟化硫", null, ["六氟化硫"], null, "broader:glossary_related_is_term" },
        { "输变电装备", "六氟化硫", null, null, ["六氟化硫"], "narrower:glossary_related_is_term" },
        { "输变电装备", "尼龙", null, null, null, "term:glossary_duplicate_term" },
        { "输变电装备", "聚酰胺", null, null, null, null },
        { "输变电装备", "聚酰胺", ["锦纶"], null, null, "synonyms:glossary_duplicate_term" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_entry_is_checked_field_by_field(string? chain, string? term, string[]? synonyms, string[]? broader, string[]? narrower,
        string? expected)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "尼龙", "锦纶" };
        var problems = GlossaryEntries.Check(chain, term, synonyms, broader, narrower, taken).Select(p => $"{p.Field}:{p.Code}").ToList();
        if (expected is null) Assert.Empty(problems);
        else Assert.Equal([expected], problems);
    }
}
