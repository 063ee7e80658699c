using Torchbase.Domain.Talent;

namespace Torchbase.Domain.Tests.Talent;

public class GlossaryTests
{
    [Theory]
    [InlineData("PA66", "聚酰胺66")]
    [InlineData("尼龙66", "锦纶66")]
    [InlineData("SF6", "六氟化硫")]
    [InlineData("红薯", "甘薯")]
    [InlineData("地基下沉", "地表沉陷")]
    [InlineData("溜子", "刮板输送机")]
    public void The_shipped_glossary_makes_synonyms_one_concept(string a, string b)
    {
        var g = Glossary.Shipped;
        Assert.True(g.ConceptOf(a) >= 0, a);
        Assert.Equal(g.ConceptOf(a), g.ConceptOf(b));
    }

    [Fact]
    public void Narrower_concepts_carry_their_wider_ones_transitively()
    {
        var g = new Glossary([
            new("c", ["PA6T"], ["高温尼龙"]), new("c", ["高温尼龙"], ["尼龙"]), new("c", ["尼龙", "锦纶"], []),
        ]);
        Assert.Equal([g.ConceptOf("高温尼龙"), g.ConceptOf("锦纶")], g.Ancestors(g.ConceptOf("pa6t")));
    }

    [Fact]
    public void Scanning_keeps_the_longest_term_and_respects_latin_word_ends()
    {
        var g = new Glossary([new("c", ["制剂"], []), new("c", ["抑制剂"], []), new("c", ["PA6"], []), new("c", ["PA66"], [])]);
        var found = new List<string>();
        const string text = "植物生长抑制剂与中药制剂，pa66与pa6t，pa6切片";
        g.Scan(text, (c, s, l) => found.Add(text.Substring(s, l)));
        Assert.Equal(["抑制剂", "制剂", "pa66", "pa6"], found);
    }

    [Fact]
    public void The_shipped_file_has_a_version_a_date_and_its_source()
    {
        var (version, publishedOn, source, concepts) = Glossary.ReadShipped();
        Assert.False(string.IsNullOrWhiteSpace(version));
        Assert.True(publishedOn.Year >= 2026);
        Assert.False(string.IsNullOrWhiteSpace(source));
        Assert.True(concepts.Count > 100, $"{concepts.Count} concepts");
        // Every wider term named must exist, or the link would silently do nothing.
        Assert.NotEmpty(concepts.SelectMany(c => c.Broader));
        Assert.All(concepts.SelectMany(c => c.Broader), b => Assert.True(Glossary.Shipped.ConceptOf(b) >= 0, b));
    }
}
