using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Tests.Enterprises;

public sealed class NameSearchTests
{
    [Theory]
    [InlineData("平顶山", "山 平 平顶 顶 顶山")]
    // punctuation and spaces break the runs: no pair across them, and they are not indexed
    [InlineData("河南（平高）电气", "平 平高 河 河南 南 电 电气 高 气")]
    [InlineData("a-b", "a b")]
    // letters lower-cased, full-width folded to their plain form
    [InlineData("ABC科技", "a ab b bc c c科 技 科 科技")]
    [InlineData("ＡＢ", "a ab b")]
    // a gram is kept once however often it occurs
    [InlineData("高高高", "高 高高")]
    [InlineData("", "")]
    [InlineData("（）", "")]
    public void A_name_is_indexed_as_its_characters_and_neighbouring_pairs(string name, string grams) =>
        Assert.Equal(Sorted(grams), Sorted(NameSearch.Grams(name)));

    [Theory]
    // one character: the character itself; two or more: the pairs
    [InlineData("平", "平")]
    [InlineData("平顶", "平顶")]
    [InlineData("平顶山", "平顶 顶山")]
    [InlineData("平顶 电气", "平顶 电气")]
    [InlineData("高 a", "高 a")]
    [InlineData("Ab", "ab")]
    [InlineData("——", "")]
    public void A_query_asks_for_its_pairs_or_its_single_character(string query, string grams) =>
        Assert.Equal(Sorted(grams), NameSearch.QueryGrams(query).Order(StringComparer.Ordinal).ToArray());

    [Theory]
    [InlineData("平顶山高新技术产业开发区", "高新")]
    [InlineData("平顶山高新技术产业开发区", "区")]
    [InlineData("平顶山高新技术产业开发区", "顶山高新技")]
    [InlineData("河南平高电气股份有限公司", "平高电气")]
    [InlineData("Torchbase 科技", "torch")]
    public void Every_gram_of_a_contained_query_is_among_the_names_grams(string name, string query)
    {
        var grams = NameSearch.Grams(name).Split(' ');
        Assert.NotEmpty(NameSearch.QueryGrams(query));
        Assert.All(NameSearch.QueryGrams(query), g => Assert.Contains(g, grams));
    }

    [Theory]
    [InlineData("平顶山高新技术产业开发区", "山平")]
    [InlineData("河南平高电气", "高平")]
    public void A_query_whose_pairs_the_name_lacks_is_not_a_candidate(string name, string query)
    {
        var grams = NameSearch.Grams(name).Split(' ');
        Assert.Contains(NameSearch.QueryGrams(query), g => !grams.Contains(g));
    }

    private static string[] Sorted(string grams) =>
        grams.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();
}
