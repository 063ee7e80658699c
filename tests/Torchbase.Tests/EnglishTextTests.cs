using System.Text.RegularExpressions;
using Torchbase.Localization;

namespace Torchbase.Tests;

/// <summary>The server's English texts are English: no Chinese characters or full-width punctuation in them.</summary>
public partial class EnglishTextTests
{
    [GeneratedRegex(@"[\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]")]
    internal static partial Regex Cjk();

    [Fact]
    public void Every_english_server_message_is_free_of_chinese()
    {
        var keys = Text.Keys.ToList();
        Assert.NotEmpty(keys);
        var leaks = keys.Where(k => Cjk().IsMatch(Text.Both(k).En)).Select(k => $"{k}: {Text.Both(k).En}").ToList();
        Assert.Empty(leaks);
    }

    [Fact]
    public void A_part_larger_than_its_whole_names_the_whole_in_the_readers_language()
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("en");
            var report = new Features.Enterprises.AnnualReportDto(
                2025, 100, 200, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
            var message = Assert.Single(Features.Enterprises.EnterpriseValidation.Validate(2025, report, 2026).All).Message;
            Assert.Equal("Must not exceed the operating revenue", message);
            Assert.DoesNotMatch(Cjk(), message);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}
