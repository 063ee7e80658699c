using Torchbase.Domain.Enterprises;
using static Torchbase.Domain.Cultivation.Checks;

namespace Torchbase.Domain.Cultivation;

/// <summary>专精特新“小巨人” (工信部企业〔2022〕63号 附件3): specialisation, refinement and innovation thresholds on top of 专精特新.</summary>
public static class LittleGiantRules
{
    public static EvaluationResult Evaluate(RuleSet rules, EnterpriseFacts facts)
    {
        var y = facts.LastYear;
        var last = facts.Report(y);
        var previous = facts.Report(y - 1);
        var before = facts.Report(y - 2);
        var d = facts.Declared;

        var criteria = new List<CriterionResult>
        {
            Holds("holdsSpecialized", facts.Holds(QualificationType.Specialized)),
            Undeclared(AtLeast("nicheYears", d.NicheYears, rules.T("minNicheYears"), Years)),
            Undeclared(AtLeast("mainBusinessShare", d.MainBusinessShare, rules.T("minMainShare"), Checks.Ratio)),
            AtLeast("revenueGrowth2Years", AverageGrowth(before?.Revenue, previous?.Revenue, last?.Revenue), rules.T("minMainGrowth"), Checks.Ratio),
        };
        var liabilities = last?.TotalAssets is { } ta && last.NetAssets is { } na ? ta - na : (decimal?)null;
        criteria.Add(RatioAtMost("liabilityRatio", liabilities, last?.TotalAssets, rules.T("maxLiabilityRatio")));

        var direct = d.NationalAward == true ? "nationalAward" : d.MakerChinaTop50 == true ? "makerChina" : null;
        if (direct is null)
        {
            criteria.AddRange(RdCondition(rules, last, previous, d));
            criteria.Add(Declared("hasRdInstitution", d.HasRdInstitution is true || d.ProvincialRdInstitution is true ? true : d.HasRdInstitution));
            criteria.Add(AtLeast("classOneIp",
                Sum(last?.InventionPatents, last?.OtherClassOneIp) is var one && (one.Complete || one.Min >= rules.T("minClassOneIp")) ? one.Min : null,
                rules.T("minClassOneIp"), Count));
        }
        return new EvaluationResult(rules.Id, rules.Tier, Decide(criteria), criteria, DirectPath: direct,
            AlreadyHeld: facts.Holds(QualificationType.LittleGiant));
    }

    /// <summary>R&D by revenue band: ≥1亿元 → 3% in each of two years; 5000万–1亿元 → 6%; smaller firms need equity, R&D volume and R&D staff.</summary>
    private static IEnumerable<CriterionResult> RdCondition(RuleSet rules, AnnualReport? last, AnnualReport? previous, EnterpriseDeclarations d)
    {
        if (last?.Revenue is not { } revenue)
        {
            yield return new CriterionResult("rdRatioLastYear", CriterionStatus.Missing, Checks.Ratio);
            yield break;
        }
        if (revenue >= rules.T("midRevenue"))
        {
            var required = revenue >= rules.T("bigRevenue") ? rules.T("bigRdRatio") : rules.T("midRdRatio");
            yield return RatioAtLeast("rdRatioLastYear", last.RdExpense, last.Revenue, required, Wan);
            yield return RatioAtLeast("rdRatioYearBefore", previous?.RdExpense, previous?.Revenue, required, Wan);
            yield break;
        }
        yield return Undeclared(AtLeast("equityFinancing2Years", d.EquityFinancing2Years, rules.T("smallEquity2Years"), Wan));
        yield return AtLeast("rdExpense2Years", last.RdExpense + previous?.RdExpense, rules.T("smallRd2Years"), Wan);
        yield return RatioAtLeast("rdStaffShare", last.RdStaff, last.Employees, rules.T("smallRdStaffShare"), People);
    }

    private static decimal? AverageGrowth(decimal? y1, decimal? y2, decimal? y3) => GrowthRate(y1, y2, y3);
}
