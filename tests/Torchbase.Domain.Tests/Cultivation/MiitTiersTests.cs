using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;
using static Torchbase.Domain.Tests.Cultivation.Build;

namespace Torchbase.Domain.Tests.Cultivation;

/// <summary>创新型中小企业, 专精特新中小企业, 专精特新“小巨人” (工信部企业〔2022〕63号).</summary>
public class MiitTiersTests
{
    [Theory]
    [InlineData(100, 0.03, CriterionStatus.Met, CriterionStatus.Met)]
    [InlineData(99.99, 0.03, CriterionStatus.NotMet, CriterionStatus.Met)]
    [InlineData(100, 0.0299, CriterionStatus.Met, CriterionStatus.NotMet)]
    public void Specialized_rd_needs_one_million_and_three_percent(double rd, double ratio, CriterionStatus volume, CriterionStatus share)
    {
        var r = SpecializedRules.Evaluate(Rules("specialized-sme-2022"), Facts(Flat((decimal)(rd / ratio), (decimal)rd), AllGood()));
        Assert.Equal(volume, r.C("rdExpense").Status);
        Assert.Equal(share, r.C("rdRatio").Status);
    }

    [Theory]
    [InlineData(1000, null, CriterionStatus.Met)]
    [InlineData(999, 2000.0, CriterionStatus.Met)]       // small firm with enough equity financing
    [InlineData(999, 1999.0, CriterionStatus.NotMet)]
    [InlineData(999, null, CriterionStatus.Unknown)]   // nobody declared the financing
    public void Specialized_revenue_or_equity(double revenue, double? equity, CriterionStatus expected)
    {
        var d = AllGood(); d.EquityFinancing2Years = (decimal?)equity;
        var r = SpecializedRules.Evaluate(Rules("specialized-sme-2022"), Facts(Flat((decimal)revenue, 100), d));
        Assert.Equal(expected, r.C("revenue").Status);
    }


    [Theory]
    [InlineData(1000, "averageRdExpense")]   // average R&D of two years ≥ 1000万元
    [InlineData(999, null)]
    public void Specialized_direct_path_by_average_rd(int rd, string? path)
    {
        var d = Weak();
        var r = SpecializedRules.Evaluate(Rules("specialized-sme-2022"), Facts(Flat(20000, rd, x => x.NetProfit = 0), d));
        Assert.Equal(path, r.DirectPath);
        Assert.Equal(path is null ? Verdict.DoesNotQualify : Verdict.Qualifies, r.Verdict);
    }

    [Theory]
    [InlineData(6000, "equityFinancing")]
    [InlineData(5999, null)]
    public void Specialized_direct_path_by_equity(int equity, string? path)
    {
        var d = Weak(); d.EquityFinancing2Years = equity;
        Assert.Equal(path, SpecializedRules.Evaluate(Rules("specialized-sme-2022"), Facts(Flat(5000, 200), d)).DirectPath);
    }

    /// <summary>Declarations that leave the 2022 专精特新 table well short of 60 whatever the report says.</summary>
    private static EnterpriseDeclarations Weak()
    {
        var d = AllGood();
        (d.ProductFieldLevel, d.DigitalLevel, d.QualityItems, d.LocalIndicatorScore, d.RdInstitutionLevel, d.NicheYears) = (0, 1, 0, 0, 0, 2);
        return d;
    }

    // 小巨人 R&D: ≥1亿元 → 3% each year; 5000万–1亿元 → 6%; below 5000万 the equity/R&D-volume/R&D-staff path.
    [Theory]
    [InlineData(10000, 0.03, Verdict.Qualifies)]
    [InlineData(10000, 0.0299, Verdict.DoesNotQualify)]
    [InlineData(9999, 0.03, Verdict.DoesNotQualify)]   // below 1亿: needs 6%
    [InlineData(9999, 0.06, Verdict.Qualifies)]
    [InlineData(5000, 0.06, Verdict.Qualifies)]
    [InlineData(5000, 0.0599, Verdict.DoesNotQualify)]
    public void Little_giant_rd_by_revenue_band(double revenue, double ratio, Verdict expected)
    {
        var rev = (decimal)revenue;
        var reports = Flat(rev, rev * (decimal)ratio, x => { x.InventionPatents = 2; x.TotalAssets = 2000; x.NetAssets = 1000; });
        reports[2].Revenue = rev; reports[1].Revenue = rev / 1.06m; reports[0].Revenue = rev / 1.06m / 1.06m;
        foreach (var x in reports) x.MainBusinessRevenue = x.Revenue * 0.9m;
        reports[1].RdExpense = reports[1].Revenue * (decimal)ratio;
        var r = LittleGiantRules.Evaluate(Rules("little-giant-2022"), Facts(reports, AllGood(), null, QualificationType.Specialized));
        Assert.Equal(expected, r.Verdict);
    }

    [Fact]
    public void Little_giant_small_firm_needs_equity_rd_volume_and_staff()
    {
        var reports = Flat(4999, 1500, x => { x.InventionPatents = 2; x.Employees = 100; x.RdStaff = 50; });
        for (var i = 0; i < 3; i++) { reports[i].Revenue = 4999 / (decimal)Math.Pow(1.06, 2 - i); reports[i].MainBusinessRevenue = reports[i].Revenue * 0.9m; }
        var d = AllGood(); d.EquityFinancing2Years = 8000;
        var facts = Facts(reports, d, null, QualificationType.Specialized);
        var r = LittleGiantRules.Evaluate(Rules("little-giant-2022"), facts);
        Assert.Equal(Verdict.Qualifies, r.Verdict);
        Assert.Equal(CriterionStatus.Met, r.C("rdExpense2Years").Status);
        d.EquityFinancing2Years = 7999;
        Assert.Equal(Verdict.DoesNotQualify, LittleGiantRules.Evaluate(Rules("little-giant-2022"), facts).Verdict);
    }

    [Theory]
    [InlineData(0.70, CriterionStatus.Met)]
    [InlineData(0.7001, CriterionStatus.NotMet)]
    public void Little_giant_liability_ratio_at_most_seventy(double ratio, CriterionStatus expected)
    {
        var r = LittleGiantRules.Evaluate(Rules("little-giant-2022"),
            Facts(Flat(20000, 1000, x => { x.TotalAssets = 10000; x.NetAssets = 10000 * (1 - (decimal)ratio); }), AllGood(), null, QualificationType.Specialized));
        Assert.Equal(expected, r.C("liabilityRatio").Status);
    }

    [Fact]
    public void Little_giant_needs_the_specialized_title()
    {
        var r = LittleGiantRules.Evaluate(Rules("little-giant-2022"), Facts(Flat(20000, 1000), AllGood()));
        Assert.Equal(CriterionStatus.NotMet, r.C("holdsSpecialized").Status);
    }

    // 创新型: R&D ratio ≥5% 20; 3–5 15; 2–3 10; 1–2 5; <1 0.
    [Theory]
    [InlineData(0.05, 20)] [InlineData(0.0499, 15)] [InlineData(0.03, 15)] [InlineData(0.02, 10)] [InlineData(0.01, 5)] [InlineData(0.0099, 0)]
    public void Innovative_rd_ratio_points(double ratio, int points) =>
        Assert.Equal((decimal)points, InnovativeSmeRules.Evaluate(Rules("innovative-sme-2022"), Facts(Flat(10000, 10000 * (decimal)ratio), AllGood())).C("rdRatio").Points);

    [Theory]
    [InlineData(0.55, 10)] [InlineData(0.5501, 5)] [InlineData(0.75, 5)] [InlineData(0.7501, 0)]
    public void Innovative_liability_points(double ratio, int points) =>
        Assert.Equal((decimal)points, InnovativeSmeRules.Evaluate(Rules("innovative-sme-2022"),
            Facts(Flat(10000, 500, x => { x.TotalAssets = 10000; x.TotalLiabilities = 10000 * (decimal)ratio; x.NetAssets = null; }), AllGood())).C("liabilityRatio").Points);

    [Fact]
    public void Innovative_direct_path_by_high_tech_certificate()
    {
        var r = InnovativeSmeRules.Evaluate(Rules("innovative-sme-2022"), Facts(Flat(10000, 0), AllGood(), null, QualificationType.HighTech));
        Assert.Equal("highTechCertificate", r.DirectPath);
        Assert.Equal(Verdict.Qualifies, r.Verdict);
    }

    // 瞪羚 (unverified thresholds): revenue ≥1000万元 and ≥20% a year over the last two growth years.
    [Theory]
    [InlineData(1000, 1440, Verdict.Qualifies, null)]
    [InlineData(1000, 1439, Verdict.DoesNotQualify, 1.0)]
    [InlineData(500, 999, Verdict.DoesNotQualify, null)]
    public void Gazelle_growth(double first, double last, Verdict expected, double? growthGap)
    {
        var reports = new List<AnnualReport> { Report(Y - 2, (decimal)first, 50), Report(Y - 1, (decimal)first * 1.2m, 50), Report(Y, (decimal)last, 50) };
        var r = GazelleRules.Evaluate(Rules("gazelle-henan-2019"), Facts(reports, null, new DateOnly(2020, 1, 1), QualificationType.HighTech));
        Assert.Equal(expected, r.Verdict);
        if (growthGap is { } g) Assert.Equal((decimal)g, Math.Round(r.C("revenueCagr").Gap!.Value, 2));
    }
}
