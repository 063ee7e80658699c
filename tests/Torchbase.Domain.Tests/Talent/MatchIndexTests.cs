using Torchbase.Domain.Talent;
using Torchbase.Domain.Tests.Talent.MatchingSet;

namespace Torchbase.Domain.Tests.Talent;

public class MatchIndexTests
{
    private static readonly Guid Nylon = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Switchgear = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Battery = Guid.Parse("00000000-0000-0000-0000-000000000003");
    private static readonly Guid Inhibitor = Guid.Parse("00000000-0000-0000-0000-000000000004");
    private static readonly Guid Granules = Guid.Parse("00000000-0000-0000-0000-000000000005");

    private static MatchIndex Experts(Glossary? glossary = null) => new([
        new(Nylon, "主要从事尼龙改性与注塑成型研究，玻纤增强尼龙66", ["尼龙", "改性", "注塑"], ["尼龙新材料"]),
        new(Switchgear, "高压断路器灭弧室设计，六氟化硫气体绝缘开关", ["断路器", "灭弧室"], ["电气装备"]),
        new(Battery, "磷酸铁锂储能电池热失控预警与电池管理系统", ["储能", "热失控"], ["新能源"]),
        new(Inhibitor, "工业循环水缓蚀剂与微生物抑制剂复配", ["抑制剂", "循环水"], ["生物医药"]),
        new(Granules, "中药颗粒剂制剂工艺与湿法制粒", ["制剂", "颗粒剂"], ["生物医药"]),
    ], glossary ?? Glossary.Shipped);

    private static MatchDocument Query(string text, string keywords, string field = "") =>
        new(Guid.NewGuid(), text, TextTerms.SplitKeywords(keywords), field.Length == 0 ? [] : [field]);

    [Theory]
    [InlineData("注塑件用改性尼龙翘曲变形", "尼龙 改性 注塑", "尼龙新材料", 1)]
    [InlineData("开关柜断路器灭弧室烧蚀", "断路器", "电气装备", 2)]
    [InlineData("储能电站电池热失控", "热失控 储能", "新能源", 3)]
    public void The_expert_of_the_demand_s_topic_ranks_first(string problem, string keywords, string field, int expected)
    {
        var results = Experts().Match(Query(problem, keywords, field));
        Assert.NotEmpty(results);
        Assert.Equal(expected, results[0].Id.ToString()[^1] - '0');
        Assert.Equal(1.0, results[0].TextSimilarity);
    }

    [Fact]
    public void A_keyword_matches_as_a_whole_term_not_inside_a_longer_one()
    {
        // "制剂" lies inside "抑制剂": the inhibitor chemist does not share it, the granule formulator does.
        var results = Experts().Match(Query("中成药制剂", "制剂"));
        var granules = Assert.Single(results, r => r.Id == Granules);
        Assert.Contains("制剂", granules.SharedKeywords);
        Assert.DoesNotContain(results, r => r.Id == Inhibitor && r.SharedKeywords.Contains("制剂"));
    }

    [Theory]
    [InlineData("抑制剂", "制剂", false)]
    [InlineData("中药制剂工艺", "制剂", true)]
    [InlineData("pa66", "pa6", false)]
    [InlineData("pa6切片", "pa6", true)]
    [InlineData("玻纤增强pa66", "pa66", true)]
    public void Whole_terms_are_found_in_text_only_where_no_longer_term_holds_them(string text, string term, bool expected) =>
        Assert.Equal(expected, Glossary.Shipped.ContainsWholeTerm(text, term));

    [Fact]
    public void A_synonym_or_abbreviation_finds_the_expert_and_says_so()
    {
        // The demand writes SF6, the expert 六氟化硫: no bigram in common, the glossary makes them one term.
        var best = Experts().Match(Query("SF6泄漏", "SF6"))[0];
        Assert.Equal(Switchgear, best.Id);
        Assert.Contains("SF6 = 六氟化硫", best.Expansions);
        Assert.DoesNotContain(Experts(Glossary.Empty).Match(Query("SF6泄漏", "SF6")), r => r.Id == Switchgear);
    }

    [Fact]
    public void A_wider_term_of_the_demand_reaches_a_narrower_one_of_the_expert()
    {
        var nylon = Experts().Match(Query("聚酰胺材料开发", "聚酰胺")).Single(r => r.Id == Nylon);
        Assert.Contains(nylon.SharedKeywords.Concat(nylon.Expansions), r => r.StartsWith("聚酰胺", StringComparison.Ordinal));
    }

    [Fact]
    public void The_field_only_breaks_ties_and_never_brings_an_expert_in()
    {
        // Filed under 新能源, about circuit breakers: the battery expert shares the field, nothing else, and is not listed.
        var results = Experts().Match(Query("断路器灭弧室", "断路器", "新能源"));
        Assert.Equal(Switchgear, results[0].Id);
        Assert.DoesNotContain(results, r => r.Id == Battery);
    }

    [Fact]
    public void Below_the_relevance_floor_the_list_ends_instead_of_padding()
    {
        var results = Experts().Match(Query("断路器灭弧室烧蚀", "断路器 灭弧室", "生物医药"), top: 5);
        Assert.Equal([Switchgear], results.Select(r => r.Id));
        Assert.Empty(Experts().Match(Query("Hello", "")));
    }

    [Fact]
    public void The_index_is_reusable_between_queries()
    {
        var index = Experts();
        var first = index.Match(Query("断路器", ""));
        var again = index.Match(Query("断路器", ""));
        Assert.NotEmpty(first);
        Assert.Equal(first.Select(r => (r.Id, r.Score)), again.Select(r => (r.Id, r.Score)));
    }

    [Fact]
    public void Every_reason_shown_on_the_labelled_set_is_true()
    {
        var set = EvaluationSet.Load();
        var experts = set.Experts.ToDictionary(e => e.Document.Id, e => e.Document);
        var glossary = Glossary.Shipped;
        var index = new MatchIndex(experts.Values, glossary);
        static string Lower(MatchDocument d) => (d.Text + "\n" + string.Join('\n', d.Keywords)).ToLowerInvariant();
        var checkedReasons = 0;
        foreach (var demand in set.Demands)
        {
            var query = Lower(demand.Document);
            foreach (var r in index.Match(demand.Document, 10))
            {
                var expert = Lower(experts[r.Id]);
                foreach (var k in r.SharedKeywords)
                {
                    var term = Glossary.Normalize(k);
                    Assert.True(glossary.ContainsWholeTerm(query, term), $"{demand.Key}: {k} is not in the demand");
                    Assert.True(glossary.ContainsWholeTerm(expert, term), $"{demand.Key}: {k} is not in {r.Id}");
                    checkedReasons++;
                }
                foreach (var e in r.Expansions)
                {
                    var parts = e.Split(' ');
                    Assert.True(glossary.ContainsWholeTerm(query, Glossary.Normalize(parts[0])), $"{demand.Key}: {e}");
                    Assert.True(glossary.ContainsWholeTerm(expert, Glossary.Normalize(parts[2])), $"{demand.Key}: {e}");
                    var (a, b) = (glossary.ConceptOf(parts[0]), glossary.ConceptOf(parts[2]));
                    Assert.True(parts[1] switch
                    {
                        "=" => a == b,
                        "⊃" => glossary.Ancestors(b).Contains(a),
                        _ => glossary.Ancestors(a).Intersect(glossary.Ancestors(b).Append(b)).Any(),
                    }, $"{demand.Key}: {e}");
                    checkedReasons++;
                }
                foreach (var f in r.SharedFields) Assert.Contains(f, demand.Document.Fields);
            }
        }
        Assert.True(checkedReasons > 100, $"only {checkedReasons} reasons checked");
    }
}
