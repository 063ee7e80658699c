using Torchbase.Domain.Enterprises;
using static Torchbase.Domain.Cultivation.Checks;

namespace Torchbase.Domain.Cultivation;

/// <summary>
/// 专精特新中小企业 (工信部企业〔2026〕2号 附件1, from 2026-04-01): six conditions, no point table and no direct routes.
/// A current holder is reviewed (复核): the development score passes in either of the last two years.
/// </summary>
public static class Specialized2026Rules
{
    public static EvaluationResult Evaluate(RuleSet rules, EnterpriseFacts facts)
    {
        var y = facts.LastYear;
        var last = facts.Report(y);
        var previous = facts.Report(y - 1);
        var d = facts.Declared;
        var review = facts.Holds(rules.Tier);

        var criteria = new List<CriterionResult>
        {
            // ① the tier below, and the niche
            Holds("holdsInnovativeSme", facts.Holds(QualificationType.InnovativeSme)),
            Undeclared(AtLeast("nicheYears", d.NicheYears, rules.T("minNicheYears"), Years)),
        };

        // ② revenue ≥ 1500万元 or equity ≥ 2000万元 in two years; main-business share; debt ratio
        var revenue = AtLeast("revenue", last?.Revenue, rules.T("minRevenue"), Wan);
        var equity2 = EquityOver(facts, 2, d.EquityFinancing2Years);
        if (revenue.Status == CriterionStatus.NotMet)
            revenue = equity2 is { } e ? (e >= rules.T("minEquityIfSmall") ? revenue with { Status = CriterionStatus.Met, Gap = null } : revenue)
                : revenue with { Status = CriterionStatus.Unknown };
        criteria.Add(revenue);
        criteria.Add(LittleGiantRules.MainShare(rules.T("minMainShare"), last, d));
        criteria.Add(RatioAtMost("liabilityRatio", Liabilities(last), last?.TotalAssets, rules.T("maxLiabilityRatio")));

        // ③ R&D in each of the last two years
        criteria.Add(AtLeast("rdExpense", last?.RdExpense, rules.T("minRdExpense"), Wan));
        criteria.Add(RatioAtLeast("rdRatio", last?.RdExpense, last?.Revenue, rules.T("minRdRatio"), Wan));
        criteria.Add(AtLeast("rdExpenseYearBefore", previous?.RdExpense, rules.T("minRdExpense"), Wan));
        criteria.Add(RatioAtLeast("rdRatioYearBefore", previous?.RdExpense, previous?.Revenue, rules.T("minRdRatio"), Wan));

        // ④ class-I IP, waived for a 省部级 award (top three) or a 省部级 R&D institution
        var ipWaived = d.NationalAward == true || d.ProvincialAward == true || d.ProvincialRdInstitution == true;
        if (!ipWaived) criteria.Add(LittleGiantRules.ClassOneAtLeast(last, rules.T("minClassOneIp")));

        // ⑤ ranks well in the niche: the text has no number
        criteria.Add(Declared("marketRanksWell", d.MarketRanksWell));

        // ⑥ the development evaluation
        criteria.Add(DevelopmentScore(rules.T("passScore"), d, review));

        return new EvaluationResult(rules.Id, rules.Tier, Decide(criteria), criteria, d.DevelopmentScore, d.DevelopmentScore, rules.T("passScore"),
            ipWaived ? "ipWaived" : null, review, review);
    }

    /// <summary>This year's 专精特新发展评价 score ≥ the mark; on review, either of the last two years.</summary>
    internal static CriterionResult DevelopmentScore(decimal pass, EnterpriseDeclarations d, bool review)
    {
        var best = review ? Max(d.DevelopmentScore, d.DevelopmentScorePreviousYear) : d.DevelopmentScore;
        if (best is { } s && s >= pass) return new("developmentScore", CriterionStatus.Met, Checks.Points, s, pass);
        // On review one year's failure is not final while the other year is unknown.
        if (review && (d.DevelopmentScore is null || d.DevelopmentScorePreviousYear is null))
            return new("developmentScore", CriterionStatus.Unknown, Checks.Points, best, pass);
        return best is { } b ? new("developmentScore", CriterionStatus.NotMet, Checks.Points, b, pass, Gap: pass - b, GapUnit: Checks.Points)
            : new("developmentScore", CriterionStatus.Unknown, Checks.Points, Required: pass);
    }

    private static int? Max(int? a, int? b) => a is { } x ? (b is { } y ? Math.Max(x, y) : x) : b;
}
