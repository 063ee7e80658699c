using Torchbase.Domain.Enterprises;
using static Torchbase.Domain.Cultivation.Checks;

namespace Torchbase.Domain.Cultivation;

/// <summary>专精特新中小企业 (工信部企业〔2022〕63号 附件2): four conditions, the last one a score or a direct path.</summary>
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
        var revenue = AtLeast("revenue", last?.Revenue, rules.T("minRevenue"), Wan);
        if (revenue.Status == CriterionStatus.NotMet && d.EquityFinancing2Years is { } equity)
            revenue = equity >= rules.T("minEquityIfSmall") ? revenue with { Status = CriterionStatus.Met, Gap = null } : revenue;
        else if (revenue.Status == CriterionStatus.NotMet && d.EquityFinancing2Years is null)
            revenue = revenue with { Status = CriterionStatus.Unknown };
        criteria.Add(revenue);

        var direct = DirectPath(rules, facts, last, previous);
        if (direct is null)
            criteria.Add(d.SpecializedScore is { } s
                ? AtLeast("specializedScore", s, rules.T("passScore"), Checks.Points)
                : new CriterionResult("specializedScore", CriterionStatus.Unknown, Checks.Points, Required: rules.T("passScore")));

        return new EvaluationResult(rules.Id, rules.Tier, Decide(criteria), criteria, d.SpecializedScore, d.SpecializedScore, rules.T("passScore"), direct,
            facts.Holds(QualificationType.Specialized));
    }

    private static string? DirectPath(RuleSet rules, EnterpriseFacts facts, AnnualReport? last, AnnualReport? previous)
    {
        var d = facts.Declared;
        if (d.NationalAward == true || d.ProvincialAward == true) return "scienceAward";
        if (last?.RdExpense is { } a && previous?.RdExpense is { } b && (a + b) / 2 >= rules.T("directAvgRd2Years")) return "averageRdExpense";
        if (d.EquityFinancing2Years >= rules.T("directEquity2Years")) return "equityFinancing";
        if (d.MakerChinaTop500 == true) return "makerChina";
        return null;
    }
}
