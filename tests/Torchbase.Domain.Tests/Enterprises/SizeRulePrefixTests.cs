using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Tests.Enterprises;

/// <summary>The size rules as the database holds them: a row per prefix, deciding the same years the rule versions do.</summary>
public class SizeRulePrefixTests
{
    private static SizeRuleVersion Version(string from, string? until, params SizeClass[] classes) =>
        new(DateOnly.Parse(from), until is null ? null : DateOnly.Parse(until), [], "", "", classes);

    private static readonly SizeClass Industry = new("industry", "工业", "Industry", ["B", "C", "D"], true, "MainBusinessRevenue", 2000);
    private static readonly SizeClass Builder = new("construction", "建筑业", "Construction", ["E"], Declaration: "资质", DeclarationEn: "licence");

    [Theory]
    // A version ending on 1 January leaves the year before to it; one ending within a year leaves that year to the next.
    [InlineData("2011-01-01", "2026-01-01", "2026-01-01")]
    [InlineData("2011-01-01", "2025-06-01", "2025-06-01")]
    [InlineData("2011-03-15", "2025-12-31", "2025-12-31")]
    [InlineData("2011-12-31", "2024-01-01", "2024-01-01")]
    public void A_row_decides_exactly_the_years_its_version_is_in_force_on_31_December(string from, string until, string next)
    {
        var versions = new[] { Version(from, until, Industry), Version(next, null, Industry) };
        var rows = SizeRulePrefix.Of(versions);
        for (var year = 2005; year <= 2035; year++)
        {
            var inForce = versions.FirstOrDefault(v => v.InForceOn(new DateOnly(year, 12, 31)));
            var deciding = rows.Where(r => r.Decides(year)).Select(r => r.FromYear).Distinct().ToList();
            Assert.Equal(inForce is null ? [] : new[] { inForce.From.Year }, deciding);
        }
    }

    [Fact]
    public void Each_prefix_is_a_row_and_a_declared_class_reads_no_figure()
    {
        var rows = SizeRulePrefix.Of([Version("2011-01-01", null, Industry, Builder)]);
        Assert.Equal(["2011-:B:True:MainBusinessRevenue:2000", "2011-:C:True:MainBusinessRevenue:2000", "2011-:D:True:MainBusinessRevenue:2000",
            "2011-:E:False::"], rows.Select(r => r.ToString()));
    }

    [Fact]
    public void The_rules_file_gives_a_row_for_every_prefix_of_every_version()
    {
        var rows = SizeRulePrefix.Of(AboveDesignatedSize.Versions);
        Assert.Equal(AboveDesignatedSize.Versions.Sum(v => v.Classes.Sum(c => c.Prefixes.Count)), rows.Count);
        Assert.Contains(rows, r => r is { Prefix: "C", Industrial: true, Figure: "MainBusinessRevenue", ThresholdWan: 2000m });
    }
}
