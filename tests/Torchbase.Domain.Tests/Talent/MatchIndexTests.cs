using Torchbase.Domain.Talent;

namespace Torchbase.Domain.Tests.Talent;

public class MatchIndexTests
{
    private static readonly Guid Nylon = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Switchgear = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid Battery = Guid.Parse("00000000-0000-0000-0000-000000000003");

    private static MatchIndex Experts() => new([
        new(Nylon, "主要从事尼龙改性与注塑成型研究，玻纤增强尼龙66", ["尼龙", "改性", "注塑"], ["尼龙新材料"]),
        new(Switchgear, "高压断路器灭弧室设计，SF6气体绝缘开关", ["断路器", "灭弧室"], ["电气装备"]),
        new(Battery, "磷酸铁锂储能电池热失控预警与电池管理系统", ["储能", "热失控"], ["新能源"]),
    ]);

    [Theory]
    [InlineData("注塑件用改性尼龙翘曲变形", "尼龙 改性 注塑", "尼龙新材料", 1)]
    [InlineData("开关柜断路器灭弧室烧蚀", "断路器", "电气装备", 2)]
    [InlineData("储能电站电池热失控", "热失控 储能", "新能源", 3)]
    public void The_expert_of_the_demand_s_topic_ranks_first(string problem, string keywords, string field, int expected)
    {
        var results = Experts().Match(new MatchDocument(Guid.NewGuid(), problem, TextTerms.SplitKeywords(keywords), [field]));
        Assert.Equal(expected, results[0].Id.ToString()[^1] - '0');
        Assert.Equal(1.0, results[0].TextSimilarity);
    }

    [Fact]
    public void Reasons_name_the_shared_keywords_and_field()
    {
        var best = Experts().Match(new MatchDocument(Guid.NewGuid(), "改性尼龙注塑件翘曲", ["尼龙", "改性", "注塑"], ["尼龙新材料"]))[0];
        Assert.Equal(Nylon, best.Id);
        Assert.Equal(["尼龙", "改性", "注塑"], best.SharedKeywords);
        Assert.Equal(["尼龙新材料"], best.SharedFields);
        Assert.Equal(1.0, best.KeywordOverlap);
        Assert.Equal(1.0, best.Score, 3);
    }

    [Fact]
    public void A_keyword_found_only_in_the_other_side_s_text_counts_as_shared()
    {
        // The expert never tagged 玻纤增强, but wrote it in the profile: that is still a reason.
        var best = Experts().Match(new MatchDocument(Guid.NewGuid(), "玻纤增强材料", ["玻纤增强"], []))[0];
        Assert.Equal(Nylon, best.Id);
        Assert.Contains("玻纤增强", best.SharedKeywords);
    }

    [Fact]
    public void Nothing_in_common_gives_no_candidates_and_the_index_is_reusable()
    {
        var index = Experts();
        Assert.Empty(index.Match(new MatchDocument(Guid.NewGuid(), "Hello", [], [])));
        // The score buffer is reset between queries: a second query is not polluted by the first.
        var first = index.Match(new MatchDocument(Guid.NewGuid(), "断路器", [], []));
        var again = index.Match(new MatchDocument(Guid.NewGuid(), "断路器", [], []));
        Assert.Equal(first.Select(r => (r.Id, r.Score)), again.Select(r => (r.Id, r.Score)));
    }
}
