using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Tests.Enterprises;

public sealed class AboveDesignatedSizeTests
{
    [Theory]
    // industry reads main-business revenue; 2000 万元 is in, one fen less is out
    [InlineData("C3812", 2000, 100, SizeVerdict.Above, "industry")]
    [InlineData("C3812", 1999.99, 5000, SizeVerdict.Below, "industry")]
    [InlineData("B06", 2500, null, SizeVerdict.Above, "industry")]
    [InlineData("D44", null, 9000, SizeVerdict.Unknown, "industry")]
    [InlineData("C", 2100, null, SizeVerdict.Above, "industry")]
    // trade and hospitality: main-business revenue, their own thresholds
    [InlineData("F5141", 2000, null, SizeVerdict.Above, "wholesale")]
    [InlineData("F5211", 499, null, SizeVerdict.Below, "retail")]
    [InlineData("F5211", 500, null, SizeVerdict.Above, "retail")]
    [InlineData("H62", 200, null, SizeVerdict.Above, "hospitality")]
    // services read operating revenue (营业收入), three thresholds
    [InlineData("I65", 100, 2000, SizeVerdict.Above, "services")]
    [InlineData("I65", 5000, 1999, SizeVerdict.Below, "services")]
    [InlineData("M73", null, 1000, SizeVerdict.Above, "services")]
    [InlineData("K7020", null, 1000, SizeVerdict.Above, "services")]
    [InlineData("R88", null, 500, SizeVerdict.Above, "services")]
    [InlineData("Q84", null, 1999, SizeVerdict.Below, "services")]
    [InlineData("Q85", null, 500, SizeVerdict.Above, "services")]
    // what the records cannot decide: a licence, development activity
    [InlineData("E47", 90000, 90000, SizeVerdict.Declaration, "construction")]
    [InlineData("K7010", 90000, 90000, SizeVerdict.Declaration, "real-estate")]
    // codes too coarse to pick a rule, no code, and sectors without a designated-size scope
    [InlineData("F", 9000, 9000, SizeVerdict.Unknown, null)]
    [InlineData("K70", 9000, 9000, SizeVerdict.Unknown, null)]
    [InlineData("Q", 9000, 9000, SizeVerdict.Unknown, null)]
    [InlineData(null, 9000, 9000, SizeVerdict.Unknown, null)]
    [InlineData("A01", 9000, 9000, SizeVerdict.OutOfScope, null)]
    [InlineData("J66", 9000, 9000, SizeVerdict.OutOfScope, null)]
    public void Classifies_a_year_by_sector_figure_and_threshold(string? code, object? main, object? revenue, SizeVerdict verdict, string? cls)
    {
        var result = AboveDesignatedSize.Classify(code, 2025, Wan(main), Wan(revenue));
        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(cls, result.Class?.Code);
    }

    private static decimal? Wan(object? figure) => figure is null ? null : Convert.ToDecimal(figure, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Only_industry_is_industrial_and_the_rules_cite_where_they_come_from()
    {
        var rules = AboveDesignatedSize.InForce(2025)!;
        Assert.Equal(["industry"], rules.Classes.Where(c => c.Industrial).Select(c => c.Code));
        Assert.Equal(new DateOnly(2011, 1, 1), rules.From);
        Assert.NotEmpty(rules.Sources);
        Assert.All(rules.Sources, s => Assert.StartsWith("http", s.Url));
        Assert.Null(AboveDesignatedSize.InForce(2010));
        Assert.Equal(SizeVerdict.Unknown, AboveDesignatedSize.Classify("C38", 2010, 9000, 9000).Verdict);
    }

    [Theory]
    [InlineData("C", true)]
    [InlineData("C38", true)]
    [InlineData("C381", true)]
    [InlineData("C3812", true)]
    [InlineData("c38", false)]
    [InlineData("C3", false)]
    [InlineData("C38121", false)]
    [InlineData("U", false)]
    [InlineData("3812", false)]
    [InlineData("", false)]
    public void Accepts_GB_T_4754_codes_only(string code, bool valid) => Assert.Equal(valid, AboveDesignatedSize.IsValidCode(code));

    [Theory]
    // years: verdicts from 2021 on; the run that reaches the year asked for gives the year it began
    [InlineData("AAAA", 2024, 2021)]
    [InlineData("ABAA", 2024, 2023)]
    [InlineData("AA-A", 2024, 2024)]
    [InlineData("AAAB", 2024, null)]
    [InlineData("AAA-", 2024, null)]
    [InlineData("BBBA", 2024, 2024)]
    [InlineData("AAAA", 2022, 2021)]
    public void Tracks_the_year_an_enterprise_entered_the_scope(string years, int asked, int? since)
    {
        var verdicts = years.Select((c, i) => (Year: 2021 + i, c))
            .Where(x => x.c != '-').ToDictionary(x => x.Year, x => x.c == 'A' ? SizeVerdict.Above : SizeVerdict.Below);
        Assert.Equal(since, AboveDesignatedSize.AboveSince(verdicts, asked));
    }

    [Fact]
    public void Research_coverage_counts_industrial_enterprises_above_the_size_only()
    {
        SizeResult Of(string code, decimal main) => AboveDesignatedSize.Classify(code, 2025, main, main);
        var result = ResearchCoverage.Of([
            (Of("C38", 3000), 120m), (Of("C38", 3000), 0m), (Of("C39", 2500), null), (Of("C39", 2500), 1m),
            (Of("C38", 1500), 80m), // below the size
            (Of("I65", 9000), 500m), // services: not industrial
        ]);
        Assert.Equal(new ResearchCoverage.Result(4, 2, 1, 50m), result);
        Assert.Equal(new ResearchCoverage.Result(0, 0, 0, null), ResearchCoverage.Of([(Of("I65", 9000), 500m)]));
    }

    [Theory]
    // 建筑业 and 房地产开发: the report's declaration decides, whatever the revenue; not declared stays open
    [InlineData("E47", true, SizeVerdict.Above)]
    [InlineData("E4710", false, SizeVerdict.Below)]
    [InlineData("E47", null, SizeVerdict.Declaration)]
    [InlineData("K7010", true, SizeVerdict.Above)]
    [InlineData("K701", false, SizeVerdict.Below)]
    [InlineData("K701", null, SizeVerdict.Declaration)]
    // another sector's rule is its figure: a declaration there changes nothing
    [InlineData("C38", true, SizeVerdict.Below)]
    [InlineData("K7020", true, SizeVerdict.Below)]
    public void A_declaration_decides_construction_and_real_estate_only(string code, bool? declared, SizeVerdict verdict) =>
        Assert.Equal(verdict, AboveDesignatedSize.Classify(code, 2025, 10, 10, declared).Verdict);

    [Fact]
    public void Without_a_report_the_sector_is_named_but_nothing_decided()
    {
        var none = AboveDesignatedSize.Of("C38", 2025, null);
        Assert.Equal((SizeVerdict.Unknown, "industry"), (none.Verdict, none.Class?.Code));
        Assert.Equal(SizeVerdict.OutOfScope, AboveDesignatedSize.Of("J66", 2025, null).Verdict);
        var report = new AnnualReport { Year = 2025, MainBusinessRevenue = 2000, Revenue = 100 };
        Assert.Equal((SizeVerdict.Above, 2000m), (AboveDesignatedSize.Of("C38", 2025, report).Verdict, AboveDesignatedSize.Of("C38", 2025, report).Figure));
        Assert.Equal(SizeVerdict.Above, AboveDesignatedSize.Of("E47", 2025, new AnnualReport { Year = 2025, SizeDeclaration = true }).Verdict);
    }

    [Fact]
    public void The_declared_sectors_cite_the_statistical_rules_wording()
    {
        var rules = AboveDesignatedSize.InForce(2025)!;
        Assert.Contains("总承包或专业承包资质", rules.Classes.Single(c => c.Code == "construction").Declaration);
        Assert.Contains("开发经营活动", rules.Classes.Single(c => c.Code == "real-estate").Declaration);
        Assert.Contains(rules.Sources, s => s.Title.Contains("建筑业", StringComparison.Ordinal));
        Assert.Contains(rules.Sources, s => s.Title.Contains("房地产开发", StringComparison.Ordinal));
        Assert.Contains("未取得国家统计局网站原文", rules.Note, StringComparison.Ordinal);
    }
}
