using Torchbase.Domain.Enterprises;
using static Torchbase.Domain.Cultivation.Checks;

namespace Torchbase.Domain.Cultivation;

/// <summary>专精特新“小巨人” (工信部企业〔2022〕63号 附件3, until 2026-03-31): specialisation, refinement and innovation thresholds on top of 专精特新.</summary>
public static class LittleGiantRules
{
    public static EvaluationResult Evaluate(RuleSet rules, EnterpriseFacts facts)
    {
        var y = facts.LastYear;
        var last = facts.Report(y);
        var previous = facts.Report(y - 1);
        var before = facts.Report(y - 2);
        var d = facts.Declared;

        var main = new[] { before, previous, last }.Select(r => r?.MainBusinessRevenue).ToArray();
        var criteria = new List<CriterionResult>
        {
            Holds("holdsSpecialized", facts.Holds(QualificationType.Specialized)),
            Undeclared(AtLeast("nicheYears", d.NicheYears, rules.T("minNicheYears"), Years)),
            MainShare(rules.T("minMainShare"), last, d),
            AtLeast("mainBusinessGrowth2Years", GrowthRate(main[0], main[1], main[2]), rules.T("minMainGrowth"), Checks.Ratio),
            Declared("coreBusinessOnInformationSystem", d.CoreBusinessOnInformationSystem),
            Declared("managementCertification", d.ManagementCertification),
            RatioAtMost("liabilityRatio", Liabilities(last), last?.TotalAssets, rules.T("maxLiabilityRatio")),
            Undeclared(AtLeast("nicheMarketShare", d.NicheMarketShare, rules.T("minNicheShare"), Checks.Ratio)),
            Declared("ownBrand", d.OwnBrand),
        };

        var direct = d.NationalAward == true ? "nationalAward" : d.MakerChinaTop50 == true ? "makerChina" : null;
        if (direct is null)
        {
            criteria.AddRange(RdCondition(rules, last, previous, EquityOver(facts, 2, d.EquityFinancing2Years)));
            criteria.Add(Declared("hasRdInstitution", d.HasRdInstitution is true || d.ProvincialRdInstitution is true ? true : d.HasRdInstitution));
            criteria.Add(ClassOneAtLeast(last, rules.T("minClassOneIp")));
        }
        return new EvaluationResult(rules.Id, rules.Tier, Decide(criteria), criteria, DirectPath: direct, AlreadyHeld: facts.Holds(QualificationType.LittleGiant));
    }

    /// <summary>R&D by revenue band: ≥1亿元 → 3% in each of two years; 5000万–1亿元 → 6%; smaller firms need equity, R&D volume and R&D staff.</summary>
    private static IEnumerable<CriterionResult> RdCondition(RuleSet rules, AnnualReport? last, AnnualReport? previous, decimal? equity2)
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
        yield return Undeclared(AtLeast("equityFinancing2Years", equity2, rules.T("smallEquity2Years"), Wan));
        yield return AtLeast("rdExpense2Years", last.RdExpense + previous?.RdExpense, rules.T("smallRd2Years"), Wan);
        yield return RatioAtLeast("rdStaffShare", last.RdStaff, last.Employees, rules.T("smallRdStaffShare"), People);
    }

    /// <summary>Main-business share from the report's main-business revenue; the declared share when the report has none.</summary>
    internal static CriterionResult MainShare(decimal required, AnnualReport? last, EnterpriseDeclarations d) =>
        Share(last?.MainBusinessRevenue, last?.Revenue) is { } share ? AtLeast("mainBusinessShare", share, required, Checks.Ratio)
        : Undeclared(AtLeast("mainBusinessShare", d.MainBusinessShare, required, Checks.Ratio));

    /// <summary>Enough class-I IP: decided when the count reaches the mark or every part of it was reported.</summary>
    internal static CriterionResult ClassOneAtLeast(AnnualReport? last, decimal required) =>
        AtLeast("classOneIp", ClassOne(last) is var one && (one.Complete || one.Min >= required) ? one.Min : null, required, Count);
}
