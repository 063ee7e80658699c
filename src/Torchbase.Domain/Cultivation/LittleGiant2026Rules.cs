using Torchbase.Domain.Enterprises;
using static Torchbase.Domain.Cultivation.Checks;

namespace Torchbase.Domain.Cultivation;

/// <summary>
/// 专精特新“小巨人” (工信部企业〔2026〕2号 附件2, from 2026-04-01): seven conditions. A current holder is reviewed (复核):
/// growth is not checked and the development score passes in either of the last two years.
/// </summary>
public static class LittleGiant2026Rules
{
    public static EvaluationResult Evaluate(RuleSet rules, EnterpriseFacts facts)
    {
        var y = facts.LastYear;
        var last = facts.Report(y);
        var previous = facts.Report(y - 1);
        var before = facts.Report(y - 2);
        var d = facts.Declared;
        var review = facts.Holds(rules.Tier);

        var criteria = new List<CriterionResult>
        {
            Holds("holdsSpecialized", facts.Holds(QualificationType.Specialized)),
            Undeclared(AtLeast("nicheYears", d.NicheYears, rules.T("minNicheYears"), Years)),
            AtLeast("revenue", last?.Revenue, rules.T("minRevenue"), Wan),
            LittleGiantRules.MainShare(rules.T("minMainShare"), last, d),
        };
        if (!review)
        {
            var growth = AtLeast("revenueCagr2Years", Cagr(before?.Revenue, last?.Revenue, 2), rules.T("minRevenueCagr"), Checks.Ratio);
            // Say the gap in money: the revenue that would have given the required growth.
            if (growth.Status == CriterionStatus.NotMet && before?.Revenue is { } f && last?.Revenue is { } l)
                growth = growth with { Gap = Math.Max(0, f * (1 + rules.T("minRevenueCagr")) * (1 + rules.T("minRevenueCagr")) - l), GapUnit = Wan };
            criteria.Add(growth);
        }
        criteria.Add(RatioAtMost("liabilityRatio", Liabilities(last), last?.TotalAssets, rules.T("maxLiabilityRatio")));

        // R&D: two-year total and the ratio in each year.
        criteria.Add(AtLeast("rdExpense2Years", Plus(last?.RdExpense, previous?.RdExpense), rules.T("minRd2Years"), Wan));
        criteria.Add(RatioAtLeast("rdRatioLastYear", last?.RdExpense, last?.Revenue, rules.T("minRdRatio"), Wan));
        criteria.Add(RatioAtLeast("rdRatioYearBefore", previous?.RdExpense, previous?.Revenue, rules.T("minRdRatio"), Wan));

        var ipWaived = d.NationalAward == true;
        if (!ipWaived) criteria.Add(LittleGiantRules.ClassOneAtLeast(last, rules.T("minClassOneIp")));

        // Niche share ≥ 10%, or top three in China.
        var share = AtLeast("nicheMarketShare", d.NicheMarketShare, rules.T("minNicheShare"), Checks.Ratio);
        criteria.Add(d.NicheTopThreeInChina == true ? share with { Status = CriterionStatus.Met, Gap = null } : Undeclared(share));
        criteria.Add(Declared("keyChainLink", d.KeyChainLink));
        criteria.Add(Specialized2026Rules.DevelopmentScore(rules.T("passScore"), d, review));

        return new EvaluationResult(rules.Id, rules.Tier, Decide(criteria), criteria, d.DevelopmentScore, d.DevelopmentScore, rules.T("passScore"),
            ipWaived ? "ipWaived" : null, review, review);
    }
}
