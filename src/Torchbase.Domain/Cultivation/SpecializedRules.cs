using Torchbase.Domain.Enterprises;
using static Torchbase.Domain.Cultivation.Checks;

namespace Torchbase.Domain.Cultivation;

/// <summary>
/// 专精特新中小企业 (工信部企业〔2022〕63号 附件2, until 2026-03-31): four conditions, the last one the 13-indicator 100-point table
/// (computed from the yearly report where it holds the data, declared for the rest) or a direct route.
/// </summary>
public static class SpecializedRules
{
    public static EvaluationResult Evaluate(RuleSet rules, EnterpriseFacts facts)
    {
        var y = facts.LastYear;
        var last = facts.Report(y);
        var previous = facts.Report(y - 1);
        var d = facts.Declared;
        var criteria = new List<CriterionResult>
        {
            Undeclared(AtLeast("nicheYears", d.NicheYears, rules.T("minNicheYears"), Years)),
            AtLeast("rdExpense", last?.RdExpense, rules.T("minRdExpense"), Wan),
            RatioAtLeast("rdRatio", last?.RdExpense, last?.Revenue, rules.T("minRdRatio"), Wan),
        };

        // Revenue ≥ 1000万元, or a smaller firm with enough equity financing.
        var equity2 = EquityOver(facts, 2, d.EquityFinancing2Years);
        var revenue = AtLeast("revenue", last?.Revenue, rules.T("minRevenue"), Wan);
        if (revenue.Status == CriterionStatus.NotMet && equity2 is { } equity)
            revenue = equity >= rules.T("minEquityIfSmall") ? revenue with { Status = CriterionStatus.Met, Gap = null } : revenue;
        else if (revenue.Status == CriterionStatus.NotMet && equity2 is null)
            revenue = revenue with { Status = CriterionStatus.Unknown };
        criteria.Add(revenue);

        var items = ScoreItems(rules, facts, last);
        var score = Score("specializedScore", items, rules.T("passScore"));
        var direct = DirectPath(rules, facts, last, previous, equity2);
        if (direct is null) criteria.Add(score);
        criteria.AddRange(items);
        return new EvaluationResult(rules.Id, rules.Tier, Decide(criteria), criteria, score.Points, score.PointsMax, rules.T("passScore"), direct,
            facts.Holds(QualificationType.Specialized));
    }

    /// <summary>The 13 indicators in four groups: 专业化 25, 精细化 25, 特色化 15, 创新能力 35.</summary>
    private static List<CriterionResult> ScoreItems(RuleSet rules, EnterpriseFacts facts, AnnualReport? last)
    {
        var d = facts.Declared;
        var y = facts.LastYear;
        var main = new[] { y - 2, y - 1, y }.Select(facts.Report).Select(r => r?.MainBusinessRevenue).ToArray();
        var items = new List<CriterionResult>
        {
            BandItem("mainBusinessShare", "specialisation", rules.Table("mainBusinessShare"), Share(last?.MainBusinessRevenue, last?.Revenue), rules.T("mainShareMax"), Ratio),
            BandItem("mainBusinessGrowth2Years", "specialisation", rules.Table("mainGrowth"), GrowthRate(main[0], main[1], main[2]), rules.T("mainGrowthMax"), Ratio),
            d.NicheYears is { } n
                ? Item("nicheYearsPoints", "specialisation", Math.Min(rules.T("nicheMax"), Math.Floor(n / rules.T("nicheYearsPerPoint"))),
                    Math.Min(rules.T("nicheMax"), Math.Floor(n / rules.T("nicheYearsPerPoint"))), rules.T("nicheMax"), CriterionStatus.Met, n, Years)
                : Item("nicheYearsPoints", "specialisation", 0, rules.T("nicheMax"), rules.T("nicheMax")),
            Declared("productField", "specialisation", rules.Table("productField"), d.ProductFieldLevel, rules.T("productFieldMax")),

            Declared("digitalLevel", "refinement", rules.Table("digitalLevel"), d.DigitalLevel, rules.T("digitalMax")),
            d.QualityItems is { } q
                ? Item("qualityManagement", "refinement", Math.Min(rules.T("qualityMax"), q * rules.T("qualityPerItem")),
                    Math.Min(rules.T("qualityMax"), q * rules.T("qualityPerItem")), rules.T("qualityMax"), CriterionStatus.Met, q, Count)
                : Item("qualityManagement", "refinement", 0, rules.T("qualityMax"), rules.T("qualityMax")),
            BandItem("netProfitMargin", "refinement", rules.Table("netProfitMargin"), Share(last?.NetProfit, last?.Revenue), rules.T("profitMax"), Ratio),
            BandItem("liabilityRatio", "refinement", rules.Table("liabilityRatio"), DebtRatio(last), rules.T("liabilityMax"), Ratio),

            d.LocalIndicatorScore is { } local
                ? Item("localIndicators", "characteristic", Math.Clamp(local, 0, rules.T("localMax")), Math.Clamp(local, 0, rules.T("localMax")), rules.T("localMax"))
                : Item("localIndicators", "characteristic", 0, rules.T("localMax"), rules.T("localMax")),

            IpItem("ip", "innovation", rules, last, rules.T("ipMax")),
            RdItem(rules, last),
            BandItem("rdStaffShare", "innovation", rules.Table("rdStaffShare"), Share(last?.RdStaff, last?.Employees), rules.T("rdStaffMax"), Ratio),
            Declared("rdInstitutionLevel", "innovation", rules.Table("rdInstitution"), d.RdInstitutionLevel, rules.T("institutionMax")),
        };
        return items;
    }

    /// <summary>Last-year R&amp;D: the better of the amount band and the ratio band.</summary>
    private static CriterionResult RdItem(RuleSet rules, AnnualReport? last)
    {
        var max = rules.T("rdMax");
        if (last?.RdExpense is not { } rd) return Item("rdInput", "innovation", 0, max, max, CriterionStatus.Missing, unit: Wan);
        var byAmount = rules.Table("rdAmount").Find(rd).Points;
        var ratio = Share(rd, last.Revenue);
        var byRatio = ratio is { } r ? rules.Table("rdRatio").Find(r).Points : (decimal?)null;
        var best = Math.Max(byAmount, byRatio ?? 0);
        return byRatio is null && byAmount < max
            ? Item("rdInput", "innovation", best, max, max, CriterionStatus.Missing, rd, Wan)
            : Item("rdInput", "innovation", best, best, max, CriterionStatus.Met, rd, Wan);
    }

    /// <summary>A declared level scored by its table; open over the whole item until declared.</summary>
    private static CriterionResult Declared(string key, string group, IReadOnlyList<Band> table, int? level, decimal max) =>
        level is { } l ? Item(key, group, table.Find(l).Points, table.Find(l).Points, max, CriterionStatus.Met, l, Count) : Item(key, group, 0, max, max);

    private static string? DirectPath(RuleSet rules, EnterpriseFacts facts, AnnualReport? last, AnnualReport? previous, decimal? equity2)
    {
        var d = facts.Declared;
        if (d.NationalAward == true || d.ProvincialAward == true) return "scienceAward";
        if (last?.RdExpense is { } a && previous?.RdExpense is { } b && (a + b) / 2 >= rules.T("directAvgRd2Years")) return "averageRdExpense";
        if (equity2 >= rules.T("directEquity2Years")) return "equityFinancing";
        if (d.MakerChinaTop500 == true) return "makerChina";
        return null;
    }
}
