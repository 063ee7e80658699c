using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;
using static Torchbase.Domain.Tests.Cultivation.Build;

namespace Torchbase.Domain.Tests.Cultivation;

/// <summary>The standards in force by date (工信部企业〔2026〕2号 from 2026-04-01) and the corrected 2022 tables.</summary>
public class RulesInForceTests
{
    private static readonly DateOnly LastDay2022 = new(2026, 3, 31), FirstDay2026 = new(2026, 4, 1);

    private static EvaluationResult Tier(EnterpriseFacts facts, QualificationType tier) =>
        QualificationEngine.EvaluateAll(facts).Single(r => r.Tier == tier);

    // ---- the date gate --------------------------------------------------------------------------------------------------

    [Fact]
    public void Revenue_of_12_million_qualifies_under_2022_and_not_under_2026()
    {
        // 1200万元: above the 2022 floor (1000万元), below the 2026 one (1500万元); everything else is good.
        var facts = Facts(Flat(1200, 100), AllGood(), null, QualificationType.InnovativeSme);
        var before = Tier(facts.On(LastDay2022), QualificationType.Specialized);
        var after = Tier(facts.On(FirstDay2026), QualificationType.Specialized);
        Assert.Equal(("specialized-sme-2022", Verdict.Qualifies), (before.RuleSetId, before.Verdict));
        Assert.Equal(("specialized-sme-2026", Verdict.DoesNotQualify), (after.RuleSetId, after.Verdict));
        Assert.Equal(CriterionStatus.NotMet, after.C("revenue").Status);
        Assert.Equal(300m, after.C("revenue").Gap);
    }

    [Fact]
    public void A_firm_without_the_tier_below_qualifies_under_2022_only()
    {
        // The 2026 standard needs the 科技和创新型中小企业 title; the 2022 one did not.
        var facts = Facts(Flat(5000, 300), AllGood());
        Assert.Equal(Verdict.Qualifies, Tier(facts.On(LastDay2022), QualificationType.Specialized).Verdict);
        var after = Tier(facts.On(FirstDay2026), QualificationType.Specialized);
        Assert.Equal(CriterionStatus.NotMet, after.C("holdsInnovativeSme").Status);
        Assert.Equal(Verdict.DoesNotQualify, after.Verdict);
        Assert.Equal(Verdict.Qualifies, Tier(Facts(Flat(5000, 300), AllGood(), null, QualificationType.InnovativeSme).On(FirstDay2026), QualificationType.Specialized).Verdict);
    }

    [Fact]
    public void A_title_granted_under_2022_stays_held_until_it_expires_and_is_reviewed_under_2026()
    {
        var held = new List<HeldTitle> { new(QualificationType.Specialized, new DateOnly(2024, 5, 1), new DateOnly(2027, 4, 30)) };
        var facts = new EnterpriseFacts(new DateOnly(2015, 5, 1), Flat(5000, 300), held, AllGood(), FirstDay2026);
        var r = Tier(facts, QualificationType.Specialized);
        Assert.True(r.AlreadyHeld);
        Assert.True(r.Review);
        Assert.Equal(CriterionStatus.Met, Tier(facts, QualificationType.LittleGiant).C("holdsSpecialized").Status);
        Assert.False(Tier(facts with { AsOf = new DateOnly(2027, 5, 1) }, QualificationType.Specialized).AlreadyHeld);
    }

    // ---- 高企: above 70 --------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(70, false, CriterionStatus.Met)]
    [InlineData(70, true, CriterionStatus.NotMet)]
    [InlineData(71, true, CriterionStatus.Met)]
    [InlineData(69, false, CriterionStatus.NotMet)]
    public void Score_mark_inclusive_or_above(int points, bool above, CriterionStatus expected)
    {
        var s = Checks.Score("s", [Checks.Item("i", "g", points, points, 100)], 70, above: above);
        Assert.Equal(expected, s.Status);
        if (expected == CriterionStatus.NotMet) Assert.Equal(70 - points + (above ? 1 : 0), s.Gap);
    }

    [Fact]
    public void High_tech_score_of_at_most_70_fails()
    {
        // IP 30 at best, no conversions, management 20, growth 35% a year (9–10 each): the best possible total is exactly 70.
        var reports = new List<AnnualReport>();
        decimal revenue = 4000, assets = 1000;
        for (var y = Y - 2; y <= Y; y++, revenue *= 1.35m, assets *= 1.35m)
            reports.Add(Report(y, revenue, revenue * 0.06m, x => x.NetAssets = assets));
        var d = AllGood(); d.Conversions3Years = 0; d.LedStandard = false;
        var r = HighTechRules.Evaluate(Rules("hightech-2016"), Facts(reports, d));
        var score = r.C("innovationScore");
        Assert.Equal(70m, score.PointsMax);
        Assert.Equal(CriterionStatus.NotMet, score.Status);
        Assert.Equal(1m, score.Gap);
        Assert.Equal(Verdict.DoesNotQualify, r.Verdict);
    }

    // ---- the corrected and new tables, every band edge --------------------------------------------------------------------

    [Theory]
    // 创新型 main-business share: ≥70% 20; 60–70% 15; 55–60% 10; 50–55% 5; below 0
    [InlineData("innovative-sme-2022", "mainBusinessShare", 0.70, 20)] [InlineData("innovative-sme-2022", "mainBusinessShare", 0.6999, 15)]
    [InlineData("innovative-sme-2022", "mainBusinessShare", 0.60, 15)] [InlineData("innovative-sme-2022", "mainBusinessShare", 0.5999, 10)]
    [InlineData("innovative-sme-2022", "mainBusinessShare", 0.55, 10)] [InlineData("innovative-sme-2022", "mainBusinessShare", 0.5499, 5)]
    [InlineData("innovative-sme-2022", "mainBusinessShare", 0.50, 5)] [InlineData("innovative-sme-2022", "mainBusinessShare", 0.4999, 0)]
    // 专精特新 2022: main-business share ≥80% 5; 70–80% 3; 60–70% 1; <60% 0
    [InlineData("specialized-sme-2022", "mainBusinessShare", 0.80, 5)] [InlineData("specialized-sme-2022", "mainBusinessShare", 0.7999, 3)]
    [InlineData("specialized-sme-2022", "mainBusinessShare", 0.70, 3)] [InlineData("specialized-sme-2022", "mainBusinessShare", 0.6999, 1)]
    [InlineData("specialized-sme-2022", "mainBusinessShare", 0.60, 1)] [InlineData("specialized-sme-2022", "mainBusinessShare", 0.5999, 0)]
    // two-year average main-business growth ≥10% 10; 8–10 8; 6–8 6; 4–6 4; 0–4 2; <0 0
    [InlineData("specialized-sme-2022", "mainGrowth", 0.10, 10)] [InlineData("specialized-sme-2022", "mainGrowth", 0.0999, 8)]
    [InlineData("specialized-sme-2022", "mainGrowth", 0.08, 8)] [InlineData("specialized-sme-2022", "mainGrowth", 0.0799, 6)]
    [InlineData("specialized-sme-2022", "mainGrowth", 0.06, 6)] [InlineData("specialized-sme-2022", "mainGrowth", 0.0599, 4)]
    [InlineData("specialized-sme-2022", "mainGrowth", 0.04, 4)] [InlineData("specialized-sme-2022", "mainGrowth", 0.0399, 2)]
    [InlineData("specialized-sme-2022", "mainGrowth", 0, 2)] [InlineData("specialized-sme-2022", "mainGrowth", -0.0001, 0)]
    // net profit margin ≥10% 10; 8–10 8; 6–8 6; 4–6 4; 2–4 2; <2 0
    [InlineData("specialized-sme-2022", "netProfitMargin", 0.10, 10)] [InlineData("specialized-sme-2022", "netProfitMargin", 0.0999, 8)]
    [InlineData("specialized-sme-2022", "netProfitMargin", 0.08, 8)] [InlineData("specialized-sme-2022", "netProfitMargin", 0.0799, 6)]
    [InlineData("specialized-sme-2022", "netProfitMargin", 0.06, 6)] [InlineData("specialized-sme-2022", "netProfitMargin", 0.0599, 4)]
    [InlineData("specialized-sme-2022", "netProfitMargin", 0.04, 4)] [InlineData("specialized-sme-2022", "netProfitMargin", 0.0399, 2)]
    [InlineData("specialized-sme-2022", "netProfitMargin", 0.02, 2)] [InlineData("specialized-sme-2022", "netProfitMargin", 0.0199, 0)]
    // debt ratio <50% 5; 50–60 3; 60–70 1; >70 0 (an edge earns the better band)
    [InlineData("specialized-sme-2022", "liabilityRatio", 0.50, 5)] [InlineData("specialized-sme-2022", "liabilityRatio", 0.5001, 3)]
    [InlineData("specialized-sme-2022", "liabilityRatio", 0.60, 3)] [InlineData("specialized-sme-2022", "liabilityRatio", 0.6001, 1)]
    [InlineData("specialized-sme-2022", "liabilityRatio", 0.70, 1)] [InlineData("specialized-sme-2022", "liabilityRatio", 0.7001, 0)]
    // R&D amount ≥500万 10; 400 8; 300 6; 200 4; 100 2; else 0 — and ratio ≥10% 10; 8 8; 6 6; 4 4; 3 2; else 0
    [InlineData("specialized-sme-2022", "rdAmount", 500, 10)] [InlineData("specialized-sme-2022", "rdAmount", 499.99, 8)]
    [InlineData("specialized-sme-2022", "rdAmount", 400, 8)] [InlineData("specialized-sme-2022", "rdAmount", 399.99, 6)]
    [InlineData("specialized-sme-2022", "rdAmount", 300, 6)] [InlineData("specialized-sme-2022", "rdAmount", 299.99, 4)]
    [InlineData("specialized-sme-2022", "rdAmount", 200, 4)] [InlineData("specialized-sme-2022", "rdAmount", 199.99, 2)]
    [InlineData("specialized-sme-2022", "rdAmount", 100, 2)] [InlineData("specialized-sme-2022", "rdAmount", 99.99, 0)]
    [InlineData("specialized-sme-2022", "rdRatio", 0.10, 10)] [InlineData("specialized-sme-2022", "rdRatio", 0.0999, 8)]
    [InlineData("specialized-sme-2022", "rdRatio", 0.08, 8)] [InlineData("specialized-sme-2022", "rdRatio", 0.0799, 6)]
    [InlineData("specialized-sme-2022", "rdRatio", 0.06, 6)] [InlineData("specialized-sme-2022", "rdRatio", 0.0599, 4)]
    [InlineData("specialized-sme-2022", "rdRatio", 0.04, 4)] [InlineData("specialized-sme-2022", "rdRatio", 0.0399, 2)]
    [InlineData("specialized-sme-2022", "rdRatio", 0.03, 2)] [InlineData("specialized-sme-2022", "rdRatio", 0.0299, 0)]
    // R&D staff ≥20% 5; 10–20 3; 5–10 1; <5 0
    [InlineData("specialized-sme-2022", "rdStaffShare", 0.20, 5)] [InlineData("specialized-sme-2022", "rdStaffShare", 0.1999, 3)]
    [InlineData("specialized-sme-2022", "rdStaffShare", 0.10, 3)] [InlineData("specialized-sme-2022", "rdStaffShare", 0.0999, 1)]
    [InlineData("specialized-sme-2022", "rdStaffShare", 0.05, 1)] [InlineData("specialized-sme-2022", "rdStaffShare", 0.0499, 0)]
    // declared levels: product field 2/1/0 → 5/3/0; digital level ≥3 5, 2 3, 1 0; R&D institution national 10, provincial 8, city 4, below 2, none 0
    [InlineData("specialized-sme-2022", "productField", 2, 5)] [InlineData("specialized-sme-2022", "productField", 1, 3)] [InlineData("specialized-sme-2022", "productField", 0, 0)]
    [InlineData("specialized-sme-2022", "digitalLevel", 3, 5)] [InlineData("specialized-sme-2022", "digitalLevel", 2, 3)] [InlineData("specialized-sme-2022", "digitalLevel", 1, 0)]
    [InlineData("specialized-sme-2022", "rdInstitution", 4, 10)] [InlineData("specialized-sme-2022", "rdInstitution", 3, 8)]
    [InlineData("specialized-sme-2022", "rdInstitution", 2, 4)] [InlineData("specialized-sme-2022", "rdInstitution", 1, 2)] [InlineData("specialized-sme-2022", "rdInstitution", 0, 0)]
    public void Band_edges(string ruleSet, string table, double value, int points) =>
        Assert.Equal((decimal)points, Rules(ruleSet).Table(table).Find((decimal)value).Points);

    [Theory]
    // high-value, self-developed (of the class-I), invention patents, utility models → points low–high
    [InlineData(1, 0, 1, 0, 20, 20)]
    [InlineData(0, 1, 1, 0, 15, 15)]
    [InlineData(0, 0, 1, 0, 10, 10)]
    [InlineData(0, 0, 0, 1, 5, 5)]
    [InlineData(0, 0, 0, 0, 0, 0)]
    [InlineData(null, null, 1, 0, 10, 20)]   // the split not reported: open between the bands it could reach
    [InlineData(0, null, 1, 0, 10, 15)]
    [InlineData(null, 1, 1, 0, 15, 20)]
    public void Innovative_ip_bands(int? highValue, int? selfDeveloped, int invention, int utility, int low, int high)
    {
        var r = InnovativeSmeRules.Evaluate(Rules("innovative-sme-2022"), Facts(Flat(10000, 500, x =>
        {
            x.HighValueClassOneIp = highValue; x.SelfDevelopedClassOneIp = selfDeveloped; x.InventionPatents = invention; x.UtilityModels = utility;
        }), AllGood()));
        Assert.Equal(((decimal)low, (decimal)high), (r.C("ip").Points!.Value, r.C("ip").PointsMax!.Value));
    }

    [Theory]
    [InlineData(7000, 20)] [InlineData(6999, 15)] [InlineData(5000, 5)] [InlineData(4999, 0)]
    public void Innovative_main_business_share_reads_the_report(double mainRevenue, int points) =>
        Assert.Equal((decimal)points, InnovativeSmeRules.Evaluate(Rules("innovative-sme-2022"),
            Facts(Flat(10000, 500, x => x.MainBusinessRevenue = (decimal)mainRevenue), AllGood())).C("mainBusinessShare").Points);

    [Fact]
    public void Specialized_2022_computes_the_table_from_the_report()
    {
        var r = SpecializedRules.Evaluate(Rules("specialized-sme-2022"), Facts(Flat(1200, 100, x => x.HighValueClassOneIp = 1), AllGood()));
        // 5 + 2 + 2 + 5 | 5 + 5 + 8 + 5 | 15 | 10 + 8 + 5 + 8
        Assert.Equal(83m, r.Score);
        Assert.Equal(83m, r.ScoreMax);
        Assert.Equal(13, r.Criteria.Count(c => c.Group is not null));
        Assert.Equal(8m, r.C("rdInput").Points);   // ratio 8.3% beats amount 100万元
        var none = SpecializedRules.Evaluate(Rules("specialized-sme-2022"), Facts(Flat(1200, 100, x => x.HighValueClassOneIp = 1), new EnterpriseDeclarations { NicheYears = 5 }));
        Assert.Equal(CriterionStatus.Unknown, none.C("specializedScore").Status);   // undeclared items keep it open
    }

    [Theory]
    [InlineData(0.10, CriterionStatus.Met)]
    [InlineData(0.0999, CriterionStatus.NotMet)]
    [InlineData(null, CriterionStatus.Unknown)]
    public void Little_giant_2022_needs_ten_percent_of_the_niche(double? share, CriterionStatus expected)
    {
        var d = AllGood(); d.NicheMarketShare = (decimal?)share;
        Assert.Equal(expected, LittleGiantRules.Evaluate(Rules("little-giant-2022"), Facts(Flat(20000, 1000), d, null, QualificationType.Specialized)).C("nicheMarketShare").Status);
    }

    [Theory]
    [InlineData(2, CriterionStatus.Met)]
    [InlineData(1, CriterionStatus.NotMet)]
    public void Little_giant_2022_needs_two_class_one_ip(int patents, CriterionStatus expected) =>
        Assert.Equal(expected, LittleGiantRules.Evaluate(Rules("little-giant-2022"),
            Facts(Flat(20000, 1000, x => x.InventionPatents = patents), AllGood(), null, QualificationType.Specialized)).C("classOneIp").Status);

    // ---- 专精特新 2026 ---------------------------------------------------------------------------------------------------

    private static EvaluationResult Specialized2026(List<AnnualReport> reports, EnterpriseDeclarations d, params QualificationType[] held) =>
        Specialized2026Rules.Evaluate(Rules("specialized-sme-2026"), Facts(reports, d, null, held.Length == 0 ? [QualificationType.InnovativeSme] : held).On(FirstDay2026));

    [Theory]
    [InlineData("revenue", 1500, CriterionStatus.Met)] [InlineData("revenue", 1499, CriterionStatus.NotMet)]
    [InlineData("mainBusinessShare", 0.80, CriterionStatus.Met)] [InlineData("mainBusinessShare", 0.7999, CriterionStatus.NotMet)]
    [InlineData("liabilityRatio", 0.80, CriterionStatus.Met)] [InlineData("liabilityRatio", 0.8001, CriterionStatus.NotMet)]
    [InlineData("rdExpenseYearBefore", 100, CriterionStatus.Met)] [InlineData("rdExpenseYearBefore", 99.99, CriterionStatus.NotMet)]
    [InlineData("rdRatioYearBefore", 0.03, CriterionStatus.Met)] [InlineData("rdRatioYearBefore", 0.0299, CriterionStatus.NotMet)]
    [InlineData("classOneIp", 1, CriterionStatus.Met)] [InlineData("classOneIp", 0, CriterionStatus.NotMet)]
    [InlineData("developmentScore", 50, CriterionStatus.Met)] [InlineData("developmentScore", 49, CriterionStatus.NotMet)]
    public void Specialized_2026_edges(string key, double value, CriterionStatus expected)
    {
        var v = (decimal)value;
        var d = AllGood();
        var reports = Flat(5000, 300);
        switch (key)
        {
            case "revenue": foreach (var r in reports) { r.Revenue = v; r.MainBusinessRevenue = v * 0.9m; r.RdExpense = 100; } d.EquityFinancing2Years = 0; break;
            case "mainBusinessShare": reports[2].MainBusinessRevenue = 5000 * v; break;
            case "liabilityRatio": reports[2].TotalLiabilities = 2000 * v; break;
            case "rdExpenseYearBefore": reports[1].RdExpense = v; reports[1].Revenue = 1000; break;
            case "rdRatioYearBefore": reports[1].RdExpense = 10000 * v; reports[1].Revenue = 10000; break;
            case "classOneIp": reports[2].InventionPatents = (int)v; break;
            case "developmentScore": d.DevelopmentScore = (int)v; break;
        }
        var result = Specialized2026(reports, d);
        Assert.Equal(expected, result.C(key).Status);
        Assert.Equal(expected == CriterionStatus.Met ? Verdict.Qualifies : Verdict.DoesNotQualify, result.Verdict);
    }

    [Theory]
    [InlineData(1499, 2000.0, CriterionStatus.Met)]
    [InlineData(1499, 1999.0, CriterionStatus.NotMet)]
    [InlineData(1499, null, CriterionStatus.Unknown)]
    public void Specialized_2026_small_revenue_with_equity(double revenue, double? equity, CriterionStatus expected)
    {
        var d = AllGood(); d.EquityFinancing2Years = (decimal?)equity;
        Assert.Equal(expected, Specialized2026(Flat((decimal)revenue, 100), d).C("revenue").Status);
    }

    [Fact]
    public void Specialized_2026_equity_is_read_from_the_reports_when_they_have_it()
    {
        var d = AllGood(); d.EquityFinancing2Years = null;
        Assert.Equal(CriterionStatus.Met, Specialized2026(Flat(1499, 100, x => x.EquityFinancing = 1000), d).C("revenue").Status);
        Assert.Equal(CriterionStatus.NotMet, Specialized2026(Flat(1499, 100, x => x.EquityFinancing = 999.99m), d).C("revenue").Status);
    }

    [Fact]
    public void Specialized_2026_ip_waived_for_a_provincial_award_or_institution()
    {
        var d = AllGood(); d.ProvincialRdInstitution = true;
        var r = Specialized2026(Flat(5000, 300, x => x.InventionPatents = 0), d);
        Assert.Equal(Verdict.Qualifies, r.Verdict);
        Assert.Equal("ipWaived", r.DirectPath);
        Assert.DoesNotContain(r.Criteria, c => c.Key == "classOneIp");
    }

    [Fact]
    public void Specialized_2026_market_rank_is_a_declaration()
    {
        var d = AllGood(); d.MarketRanksWell = null;
        var r = Specialized2026(Flat(5000, 300), d);
        Assert.Equal(CriterionStatus.Unknown, r.C("marketRanksWell").Status);
        Assert.Equal(Verdict.MissingData, r.Verdict);
    }

    [Theory]
    [InlineData(40, 50, false, CriterionStatus.NotMet)]   // new application: this year's score
    [InlineData(40, 50, true, CriterionStatus.Met)]       // review: either of the last two years
    [InlineData(40, 49, true, CriterionStatus.NotMet)]
    [InlineData(40, null, true, CriterionStatus.Unknown)]
    public void Specialized_2026_review_takes_either_year(int thisYear, int? lastYear, bool holder, CriterionStatus expected)
    {
        var d = AllGood(); d.DevelopmentScore = thisYear; d.DevelopmentScorePreviousYear = lastYear;
        var held = holder ? new[] { QualificationType.InnovativeSme, QualificationType.Specialized } : [QualificationType.InnovativeSme];
        var r = Specialized2026(Flat(5000, 300), d, held);
        Assert.Equal(holder, r.Review);
        Assert.Equal(expected, r.C("developmentScore").Status);
    }

    // ---- 小巨人 2026 -----------------------------------------------------------------------------------------------------

    /// <summary>1亿元 last year after 5% a year, 4 class-I IP, R&amp;D 7% each year.</summary>
    private static List<AnnualReport> Giant(Action<AnnualReport>? tweak = null)
    {
        var reports = new List<AnnualReport>();
        for (var i = 0; i < 3; i++)
        {
            var revenue = 10000m / (decimal)Math.Pow(1.05, 2 - i);
            reports.Add(Report(Y - 2 + i, revenue, revenue * 0.07m, x => { x.InventionPatents = 4; x.MainBusinessRevenue = revenue * 0.95m; tweak?.Invoke(x); }));
        }
        return reports;
    }

    private static EvaluationResult LittleGiant2026(List<AnnualReport> reports, EnterpriseDeclarations d, bool holder = false) =>
        LittleGiant2026Rules.Evaluate(Rules("little-giant-2026"), Facts(reports, d, null,
            holder ? [QualificationType.Specialized, QualificationType.LittleGiant] : [QualificationType.Specialized]).On(FirstDay2026));

    [Fact]
    public void Little_giant_2026_qualifies_on_the_good_case()
    {
        var r = LittleGiant2026(Giant(), AllGood());
        Assert.Equal("", string.Join(",", r.Gaps.Select(g => g.Key)));
        Assert.Equal(Verdict.Qualifies, r.Verdict);
    }

    [Theory]
    [InlineData("revenue", 5000, CriterionStatus.Met)] [InlineData("revenue", 4999, CriterionStatus.NotMet)]
    [InlineData("mainBusinessShare", 0.90, CriterionStatus.Met)] [InlineData("mainBusinessShare", 0.8999, CriterionStatus.NotMet)]
    [InlineData("liabilityRatio", 0.75, CriterionStatus.Met)] [InlineData("liabilityRatio", 0.7501, CriterionStatus.NotMet)]
    [InlineData("rdExpense2Years", 1200, CriterionStatus.Met)] [InlineData("rdExpense2Years", 1199.99, CriterionStatus.NotMet)]
    [InlineData("classOneIp", 4, CriterionStatus.Met)] [InlineData("classOneIp", 3, CriterionStatus.NotMet)]
    [InlineData("nicheMarketShare", 0.10, CriterionStatus.Met)] [InlineData("nicheMarketShare", 0.0999, CriterionStatus.NotMet)]
    [InlineData("developmentScore", 60, CriterionStatus.Met)] [InlineData("developmentScore", 59, CriterionStatus.NotMet)]
    public void Little_giant_2026_edges(string key, double value, CriterionStatus expected)
    {
        var v = (decimal)value;
        var d = AllGood();
        var reports = Giant();
        switch (key)
        {
            case "revenue": reports[2].Revenue = v; reports[2].MainBusinessRevenue = v; reports[2].RdExpense = v * 0.1m; break;
            case "mainBusinessShare": reports[2].MainBusinessRevenue = reports[2].Revenue * v; break;
            case "liabilityRatio": reports[2].TotalLiabilities = 2000 * v; break;
            case "rdExpense2Years": reports[2].RdExpense = v / 2; reports[1].RdExpense = v / 2; reports[1].Revenue = reports[2].Revenue = 10000; break;
            case "classOneIp": reports[2].InventionPatents = (int)v; break;
            case "nicheMarketShare": d.NicheMarketShare = v; break;
            case "developmentScore": d.DevelopmentScore = (int)v; break;
        }
        Assert.Equal(expected, LittleGiant2026(reports, d).C(key).Status);
    }

    [Theory]
    [InlineData(0.05, false, CriterionStatus.Met)]
    [InlineData(0.0499, false, CriterionStatus.NotMet)]
    [InlineData(0.0499, true, null)]   // review: growth is not checked
    public void Little_giant_2026_growth_not_checked_on_review(double cagr, bool holder, CriterionStatus? expected)
    {
        var reports = Giant();
        reports[0].Revenue = 10000m / (decimal)Math.Pow(1 + cagr, 2);
        var r = LittleGiant2026(reports, AllGood(), holder);
        Assert.Equal(expected, r.Criteria.SingleOrDefault(c => c.Key == "revenueCagr2Years")?.Status);
        Assert.Equal(holder, r.Review);
    }

    [Fact]
    public void Little_giant_2026_top_three_in_china_replaces_the_share()
    {
        var d = AllGood(); d.NicheMarketShare = 0.05m; d.NicheTopThreeInChina = true;
        Assert.Equal(CriterionStatus.Met, LittleGiant2026(Giant(), d).C("nicheMarketShare").Status);
    }
}
