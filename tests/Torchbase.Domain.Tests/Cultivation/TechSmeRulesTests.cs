using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;
using static Torchbase.Domain.Tests.Cultivation.Build;

namespace Torchbase.Domain.Tests.Cultivation;

public class TechSmeRulesTests
{
    public static TheoryData<string> Versions => new() { "techsme-2017", "techsme-2017" };

    // 评价办法 附件: 科技人员 ≥30% 20; 25–30 16; 20–25 12; 15–20 8; 10–15 4; <10 0.
    [Theory]
    [InlineData(30, 20)] [InlineData(29, 16)] [InlineData(25, 16)] [InlineData(24, 12)] [InlineData(20, 12)]
    [InlineData(19, 8)] [InlineData(15, 8)] [InlineData(14, 4)] [InlineData(10, 4)] [InlineData(9, 0)]
    public void Staff_share_points(int techStaff, int points)
    {
        foreach (var v in new[] { "techsme-2017", "techsme-2017" })
            Assert.Equal((decimal)points, TechSmeRules.Evaluate(Rules(v), Facts(Flat(5000, 100, r => r.TechStaff = techStaff))).C("techStaffShare").Points);
    }

    // R&D/revenue: ≥6% 50; 5–6 40; 4–5 30; 3–4 20; 2–3 10; <2 0 (cost ratio kept below so revenue decides).
    [Theory]
    [InlineData(600, 50)] [InlineData(599, 40)] [InlineData(500, 40)] [InlineData(400, 30)] [InlineData(300, 20)]
    [InlineData(200, 10)] [InlineData(199, 0)]
    public void Rd_to_revenue_points(int rd, int points) =>
        Assert.Equal((decimal)points, TechSmeRules.Evaluate(Rules("techsme-2017"), Facts(Flat(10000, rd, r => r.OperatingCost = 1_000_000))).C("rdToRevenue").Points);

    // R&D/cost: ≥30% 50 … the higher of the two ratios counts.
    [Theory]
    [InlineData(1000, 50)] [InlineData(1001, 40)] [InlineData(1200, 40)] [InlineData(1500, 30)] [InlineData(2000, 20)] [InlineData(3000, 10)] [InlineData(3001, 0)]
    public void Rd_to_cost_counts_when_higher(int cost, int points)
    {
        var r = TechSmeRules.Evaluate(Rules("techsme-2017"), Facts(Flat(100000, 300, x => x.OperatingCost = cost)));
        var rd = r.Criteria.Single(c => c.Group == "rd");
        Assert.Equal((decimal)points, rd.Points);
        if (points > 0) Assert.Equal("rdToCost", rd.Key);
    }

    // 科技成果: ≥1 class I → 30; class II ≥4 → 24, 3 → 18, 2 → 12, 1 → 6, none 0.
    [Theory]
    [InlineData(1, 0, 30)] [InlineData(0, 4, 24)] [InlineData(0, 3, 18)] [InlineData(0, 2, 12)] [InlineData(0, 1, 6)] [InlineData(0, 0, 0)]
    public void Ip_points(int inventions, int utility, int points) =>
        Assert.Equal((decimal)points, TechSmeRules.Evaluate(Rules("techsme-2017"),
            Facts(Flat(5000, 100, r => { r.InventionPatents = inventions; r.UtilityModels = utility; }))).C("ip").Points);

    [Theory]
    [InlineData(500, 20000, 20000, Verdict.Qualifies)]
    [InlineData(501, 20000, 20000, Verdict.DoesNotQualify)]
    [InlineData(500, 20000.01, 20000, Verdict.DoesNotQualify)]
    [InlineData(500, 20000, 20000.01, Verdict.DoesNotQualify)]
    public void Size_limits_are_inclusive(int employees, double revenue, double assets, Verdict expected)
    {
        var rev = (decimal)revenue;
        var r = TechSmeRules.Evaluate(Rules("techsme-2017"), Facts(Flat(rev, rev * 0.06m, x =>
        {
            x.Employees = employees; x.TechStaff = employees / 2; x.TotalAssets = (decimal)assets;
        }), AllGood()));
        Assert.Equal(expected, r.Verdict);
    }

    [Theory]
    // staff 20 (≥30%) + R&D 30 (4%) + IP 6 (1 class II) = 56 → fails; + IP 12 = 62 → passes; exactly 60 passes.
    [InlineData(30, 400, 1, Verdict.DoesNotQualify, 56)]
    [InlineData(30, 400, 2, Verdict.Qualifies, 62)]
    [InlineData(20, 400, 3, Verdict.Qualifies, 60)]
    [InlineData(20, 400, 2, Verdict.DoesNotQualify, 54)]
    public void Pass_at_sixty(int techStaff, int rd, int classTwo, Verdict expected, int score)
    {
        var r = TechSmeRules.Evaluate(Rules("techsme-2017"), Facts(Flat(10000, rd, x =>
        {
            x.TechStaff = techStaff; x.InventionPatents = 0; x.UtilityModels = classTwo; x.OperatingCost = 1_000_000;
        }), AllGood()));
        Assert.Equal((decimal)score, r.Score);
        Assert.Equal(expected, r.Verdict);
    }

    [Fact]
    public void Zero_staff_score_fails_even_above_sixty()
    {
        // staff 0 + R&D 50 + IP 30 = 80, but the staff score must be above zero.
        var r = TechSmeRules.Evaluate(Rules("techsme-2017"), Facts(Flat(10000, 600, x => x.TechStaff = 9), AllGood()));
        Assert.Equal(80m, r.Score);
        Assert.Equal(CriterionStatus.NotMet, r.C("techStaffScoreAboveZero").Status);
        Assert.Equal(Verdict.DoesNotQualify, r.Verdict);
    }

    public static TheoryData<string, Action<EnterpriseDeclarations>, QualificationType[]> DirectPaths => new()
    {
        { "highTechCertificate", _ => { }, [QualificationType.HighTech] },
        { "nationalAward", d => d.NationalAward = true, [] },
        { "provincialRdInstitution", d => d.ProvincialRdInstitution = true, [] },
        { "ledStandard", d => d.LedStandard = true, [] },
    };

    [Theory]
    [MemberData(nameof(DirectPaths))]
    public void Direct_qualification_replaces_the_score(string path, Action<EnterpriseDeclarations> declare, QualificationType[] held)
    {
        var d = AllGood(); declare(d);
        // No tech staff, no R&D, no IP: the score alone would fail.
        var reports = Flat(5000, 0, x => { x.TechStaff = 0; x.InventionPatents = 0; x.UtilityModels = 0; });
        foreach (var version in new[] { "techsme-2017", "techsme-2017" })
        {
            var r = TechSmeRules.Evaluate(Rules(version), Facts(reports, d, null, held));
            Assert.Equal(path, r.DirectPath);
            Assert.Equal(Verdict.Qualifies, r.Verdict);
        }
        Assert.Equal(Verdict.DoesNotQualify, TechSmeRules.Evaluate(Rules("techsme-2017"), Facts(reports, AllGood())).Verdict);
    }

    [Fact]
    public void Direct_path_still_needs_the_size_conditions()
    {
        var d = AllGood(); d.NationalAward = true;
        Assert.Equal(Verdict.DoesNotQualify, TechSmeRules.Evaluate(Rules("techsme-2017"), Facts(Flat(30000, 0), d)).Verdict);
    }

    [Fact]
    public void Missing_report_is_missing_data()
    {
        var r = TechSmeRules.Evaluate(Rules("techsme-2017"), Facts([], AllGood()));
        Assert.Equal(Verdict.MissingData, r.Verdict);
        Assert.Equal(CriterionStatus.Missing, r.C("employees").Status);
    }
}
