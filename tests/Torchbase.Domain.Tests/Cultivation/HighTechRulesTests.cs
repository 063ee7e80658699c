using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;
using static Torchbase.Domain.Tests.Cultivation.Build;

namespace Torchbase.Domain.Tests.Cultivation;

public class HighTechRulesTests
{
    private static readonly RuleSet Rules = Build.Rules("hightech-2016");

    // 国科发火〔2016〕32号 第十一条(五): ≤5000万元 → 5%; 5000万–2亿元 (含) → 4%; >2亿元 → 3%. Revenue in 万元.
    [Theory]
    [InlineData(5000, 0.05, CriterionStatus.Met, 0.05)]
    [InlineData(5000, 0.04, CriterionStatus.NotMet, 0.05)]   // exactly 5000万 is still the 5% band
    [InlineData(5000.01, 0.04, CriterionStatus.Met, 0.04)]
    [InlineData(20000, 0.04, CriterionStatus.Met, 0.04)]     // exactly 2亿 is the 4% band
    [InlineData(20000, 0.039, CriterionStatus.NotMet, 0.04)]
    [InlineData(20000, 0.03, CriterionStatus.NotMet, 0.04)]
    [InlineData(20000.01, 0.03, CriterionStatus.Met, 0.03)]
    [InlineData(100000, 0.0299, CriterionStatus.NotMet, 0.03)]
    [InlineData(3000, 0.0499, CriterionStatus.NotMet, 0.05)]
    public void Rd_ratio_band_follows_last_year_revenue(double revenue, double ratio, CriterionStatus expected, double required)
    {
        var rev = (decimal)revenue;
        var result = HighTechRules.Evaluate(Rules, Facts(Flat(rev, rev * (decimal)ratio)));
        var c = result.C("rdRatio3Years");
        Assert.Equal(expected, c.Status);
        Assert.Equal((decimal)required, c.Required);
    }

    [Fact]
    public void Rd_gap_is_the_missing_expense_over_three_years()
    {
        // 3.2% of 5000万 a year for three years; needs 5%: 15000 × 1.8% = 270万元 more.
        var c = HighTechRules.Evaluate(Rules, Facts(Flat(5000, 160))).C("rdRatio3Years");
        Assert.Equal(CriterionStatus.NotMet, c.Status);
        Assert.Equal(270m, c.Gap);
        Assert.Equal(Checks.Wan, c.GapUnit);
    }

    [Theory]
    [InlineData(100, 10, CriterionStatus.Met, null)]
    [InlineData(100, 9, CriterionStatus.NotMet, 1.0)]
    [InlineData(101, 10, CriterionStatus.NotMet, 1.0)] // 10.1 people needed: one more person
    [InlineData(55, 5, CriterionStatus.NotMet, 1.0)]
    public void Tech_staff_must_be_ten_percent(int employees, int techStaff, CriterionStatus expected, double? gap)
    {
        var c = HighTechRules.Evaluate(Rules, Facts(Flat(8000, 400, r => { r.Employees = employees; r.TechStaff = techStaff; }))).C("techStaffShare");
        Assert.Equal(expected, c.Status);
        Assert.Equal((decimal?)gap, c.Gap);
    }

    [Theory]
    [InlineData(0.60, CriterionStatus.Met)]
    [InlineData(0.5999, CriterionStatus.NotMet)]
    public void High_tech_revenue_must_be_sixty_percent(double share, CriterionStatus expected) =>
        Assert.Equal(expected, HighTechRules.Evaluate(Rules,
            Facts(Flat(8000, 400, r => r.HighTechRevenue = 8000 * (decimal)share))).C("highTechRevenueShare").Status);

    [Theory]
    [InlineData(0.60, CriterionStatus.Met)]
    [InlineData(0.59, CriterionStatus.NotMet)]
    public void Domestic_rd_must_be_sixty_percent(double share, CriterionStatus expected) =>
        Assert.Equal(expected, HighTechRules.Evaluate(Rules,
            Facts(Flat(8000, 400, r => r.DomesticRdExpense = 400 * (decimal)share))).C("domesticRdShare").Status);

    // 工作指引 growth table: ≥35% 9–10; ≥25% 7–8; ≥15% 5–6; ≥5% 3–4; >0 1–2; ≤0 0.
    [Theory]
    [InlineData(0.35, 9, 10)]
    [InlineData(0.3499, 7, 8)]
    [InlineData(0.25, 7, 8)]
    [InlineData(0.15, 5, 6)]
    [InlineData(0.1499, 3, 4)]
    [InlineData(0.05, 3, 4)]
    [InlineData(0.0499, 1, 2)]
    [InlineData(0.0001, 1, 2)]
    [InlineData(0, 0, 0)]
    [InlineData(-0.1, 0, 0)]
    public void Revenue_growth_points_by_band(double rate, int low, int high)
    {
        // y1 = y2 = 10000, y3 = 10000·(1 + 2r) gives a growth rate of exactly r.
        var reports = new List<AnnualReport>
        {
            Report(Y - 2, 10000, 500), Report(Y - 1, 10000, 500), Report(Y, 10000 * (1 + 2 * (decimal)rate), 500),
        };
        var c = HighTechRules.Evaluate(Rules, Facts(reports)).C("revenueGrowth");
        Assert.Equal((decimal)low, c.Points);
        Assert.Equal((decimal)high, c.PointsMax);
    }

    [Fact]
    public void A_firm_younger_than_three_years_scores_no_growth() =>
        Assert.Equal(0m, HighTechRules.Evaluate(Rules, Facts(Flat(8000, 400), registered: new DateOnly(2024, 2, 1))).C("revenueGrowth").PointsMax);

    [Theory]
    [InlineData(2025, 3, 1, CriterionStatus.Met)]   // one year to the day
    [InlineData(2025, 3, 2, CriterionStatus.NotMet)]
    public void Registered_for_at_least_one_year(int y, int m, int d, CriterionStatus expected) =>
        Assert.Equal(expected, HighTechRules.Evaluate(Rules, Facts(Flat(8000, 400), registered: new DateOnly(y, m, d))).C("registeredYears").Status);

    [Fact]
    public void Everything_declared_and_reported_qualifies()
    {
        // Growing 20% a year: growth items 5–6 each lift the low end of the score past 70.
        var reports = new List<AnnualReport> { Report(Y - 2, 6000, 300), Report(Y - 1, 7200, 360), Report(Y, 8640, 432) };
        foreach (var (r0, k) in reports.Select((r0, k) => (r0, k))) r0.NetAssets = 1000 * (1 + 0.2m * k);
        var r = HighTechRules.Evaluate(Rules, Facts(reports, AllGood()));
        Assert.Equal(Verdict.Qualifies, r.Verdict);
        Assert.True(r.Score >= 70);

        // Flat figures leave the low end at 69: the experts' choice within the bands decides, so the verdict stays open.
        Assert.Equal(Verdict.MissingData, HighTechRules.Evaluate(Rules, Facts(Flat(8000, 400), AllGood())).Verdict);
    }

    [Fact]
    public void Undeclared_expert_items_leave_the_verdict_open_not_failed()
    {
        var r = HighTechRules.Evaluate(Rules, Facts(Flat(8000, 400)));
        Assert.Equal(Verdict.MissingData, r.Verdict);
        Assert.Equal(CriterionStatus.Unknown, r.C("ipCoreSupport").Status);
        Assert.True(r.ScoreMax >= 70 && r.Score < 70);
    }

    [Fact]
    public void A_declaration_of_no_core_ip_fails()
    {
        var d = AllGood(); d.IpCoreSupport = false;
        Assert.Equal(Verdict.DoesNotQualify, HighTechRules.Evaluate(Rules, Facts(Flat(8000, 400), d)).Verdict);
    }

    [Fact]
    public void Unreported_revenue_is_missing_never_zero()
    {
        var r = HighTechRules.Evaluate(Rules, Facts(Flat(8000, 400, x => x.Revenue = null), AllGood()));
        Assert.Equal(Verdict.MissingData, r.Verdict);
        Assert.Equal(CriterionStatus.Missing, r.C("rdRatio3Years").Status);
        Assert.Null(r.Distance);
    }

    [Fact]
    public void A_missing_year_report_is_missing_data()
    {
        var reports = Flat(8000, 400).Where(x => x.Year != Y - 1).ToList();
        Assert.Equal(CriterionStatus.Missing, HighTechRules.Evaluate(Rules, Facts(reports, AllGood())).C("rdRatio3Years").Status);
    }

    [Theory]
    [InlineData(14, 19, 24)] // 14/3 = 4.67 a year: ≥4 band
    [InlineData(15, 25, 30)] // 5 a year
    [InlineData(3, 1, 6)]
    [InlineData(2, 0, 0)]    // 0.67 a year
    public void Conversions_scored_by_yearly_average(int conversions, int low, int high)
    {
        var d = AllGood(); d.Conversions3Years = conversions;
        var c = HighTechRules.Evaluate(Rules, Facts(Flat(8000, 400), d)).C("conversions");
        Assert.Equal((decimal)low, c.Points);
        Assert.Equal((decimal)high, c.PointsMax);
    }

    [Fact]
    public void Ip_group_is_capped_at_thirty()
    {
        var d = AllGood(); d.LedStandard = true;
        var r = HighTechRules.Evaluate(Rules, Facts(Flat(8000, 400), d));
        Assert.Equal(30m, r.Criteria.Where(c => c.Group == "ip").Sum(c => c.PointsMax));
    }
}
