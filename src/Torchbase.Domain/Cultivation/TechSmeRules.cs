using Torchbase.Domain.Enterprises;
using static Torchbase.Domain.Cultivation.Checks;

namespace Torchbase.Domain.Cultivation;

/// <summary>科技型中小企业评价: size and conduct conditions, then the 100-point score or a direct-qualification path.</summary>
public static class TechSmeRules
{
    public static EvaluationResult Evaluate(RuleSet rules, EnterpriseFacts facts)
    {
        var last = facts.Report(facts.LastYear);
        var d = facts.Declared;
        var criteria = new List<CriterionResult>
        {
            AtMost("employees", last?.Employees, rules.T("maxEmployees"), People),
            AtMost("revenue", last?.Revenue, rules.T("maxRevenue"), Wan),
            AtMost("totalAssets", last?.TotalAssets, rules.T("maxTotalAssets"), Wan),
            Declared("notRestrictedIndustry", d.NotRestrictedIndustry),
            Declared("noMajorIncident", d.NoMajorIncident),
        };

        var direct = DirectPath(facts);
        var items = ScoreItems(rules, last);
        var score = Score("score", items, rules.T("passScore"));
        var staff = items[0];
        if (direct is null)
        {
            criteria.Add(score);
            // The staff score must be above zero whatever the total.
            criteria.Add(staff.Status == CriterionStatus.Missing ? new("techStaffScoreAboveZero", CriterionStatus.Missing, Checks.Points)
                : new("techStaffScoreAboveZero", staff.Points > 0 ? CriterionStatus.Met : CriterionStatus.NotMet, Checks.Ratio, staff.Actual,
                    rules.Table("techStaffShare")[^2].AtLeast));
        }
        criteria.AddRange(items);
        return new EvaluationResult(rules.Id, rules.Tier, Decide(criteria), criteria, score.Points, score.PointsMax, rules.T("passScore"), direct,
            facts.Holds(QualificationType.TechSme));
    }

    /// <summary>Direct qualification: any one of these replaces the score.</summary>
    internal static string? DirectPath(EnterpriseFacts facts) =>
        facts.Holds(QualificationType.HighTech) ? "highTechCertificate"
        : facts.Declared.NationalAward == true ? "nationalAward"
        : facts.Declared.ProvincialRdInstitution == true ? "provincialRdInstitution"
        : facts.Declared.LedStandard == true ? "ledStandard"
        : null;

    private static List<CriterionResult> ScoreItems(RuleSet rules, AnnualReport? last)
    {
        var items = new List<CriterionResult>
        {
            BandItem("techStaffShare", "staff", rules.Table("techStaffShare"), Share(last?.TechStaff, last?.Employees), rules.T("techStaffMax"), Checks.Ratio),
        };
        var byRevenue = BandItem("rdToRevenue", "rd", rules.Table("rdToRevenue"), Share(last?.RdExpense, last?.Revenue), rules.T("rdMax"), Checks.Ratio);
        var byCost = BandItem("rdToCost", "rd", rules.Table("rdToCost"), Share(last?.RdExpense, last?.OperatingCost), rules.T("rdMax"), Checks.Ratio);
        // The higher of the two counts: keep the better one as the item, the other as zero-point context.
        var (best, other) = (byRevenue.Status, byCost.Status) switch
        {
            (CriterionStatus.Met, CriterionStatus.Met) => byRevenue.Points >= byCost.Points ? (byRevenue, byCost) : (byCost, byRevenue),
            (CriterionStatus.Met, _) when byRevenue.Points == rules.T("rdMax") => (byRevenue, byCost),
            (_, CriterionStatus.Met) when byCost.Points == rules.T("rdMax") => (byCost, byRevenue),
            (CriterionStatus.Met, _) => (byRevenue with { PointsMax = rules.T("rdMax"), Status = CriterionStatus.Missing }, byCost),
            (_, CriterionStatus.Met) => (byCost with { PointsMax = rules.T("rdMax"), Status = CriterionStatus.Missing }, byRevenue),
            _ => (byRevenue, byCost),
        };
        items.Add(best);
        items.Add(other with { Points = 0, PointsMax = 0, Group = "rdAlternative" });

        var ipMax = rules.T("ipMax");
        var classOne = Sum(last?.InventionPatents, last?.OtherClassOneIp);
        var classTwo = Sum(last?.UtilityModels, last?.DesignPatents, last?.SoftwareCopyrights);
        if (last is null) items.Add(Item("ip", "ip", 0, ipMax, ipMax, CriterionStatus.Missing));
        else if (classOne.Min >= 1) items.Add(Item("ip", "ip", rules.T("ipClassOnePoints"), rules.T("ipClassOnePoints"), ipMax, CriterionStatus.Met,
            classOne.Min, Count));
        else
        {
            var band = rules.Table("ipClassTwo").Find(classTwo.Min);
            var complete = classOne.Complete && classTwo.Complete;
            items.Add(Item("ip", "ip", band.Points, complete ? band.Points : ipMax, ipMax, complete ? CriterionStatus.Met : CriterionStatus.Missing,
                classTwo.Min, Count));
        }
        return items;
    }
}
