using Torchbase.Domain.Talent;

namespace Torchbase.Domain.Tests.Talent;

public class TextTermsTests
{
    [Theory]
    [InlineData("改性尼龙", "改性 性尼 尼龙")]
    [InlineData("尼龙66切片", "尼龙 66 切片")]
    [InlineData("SF6断路器", "sf6 断路 路器")]
    [InlineData("电，网", "电 网")]
    [InlineData("", "")]
    [InlineData("PLC、MES系统", "plc mes 系统")]
    public void Han_runs_give_bigrams_and_latin_runs_give_words(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', TextTerms.Of(text)));

    [Theory]
    [InlineData("尼龙 改性，注塑", new[] { "尼龙", "改性", "注塑" })]
    [InlineData("尼龙、尼龙；PLC", new[] { "尼龙", "PLC" })]
    [InlineData("  ", new string[0])]
    public void Keywords_split_on_any_separator_and_deduplicate(string text, string[] expected) =>
        Assert.Equal(expected, TextTerms.SplitKeywords(text));
}
