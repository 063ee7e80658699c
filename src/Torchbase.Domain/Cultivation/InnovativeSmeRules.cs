using Torchbase.Domain.Enterprises;
using static Torchbase.Domain.Cultivation.Checks;

namespace Torchbase.Domain.Cultivation;

/// <summary>创新型中小企业 (工信部企业〔2022〕63号 附件1): 100 points over innovation, growth and specialisation, or a direct path.</summary>
public static class InnovativeSmeRules
{
    public static EvaluationResult Evaluate(RuleSet rules, EnterpriseFacts facts)
    {
        var y = facts.LastYear;
        var last = facts.Report(y);
        var previous = facts.Report(y - 1);
        var d = facts.Declared;

        var items = new List<CriterionResult>
        {
            IpItem("ip", "innovation", rules, last, rules.T("ipMax")),
            BandItem("rdRatio", "innovation", rules.Table("rdRatio"), Share(last?.RdExpense, last?.Revenue), rules.T("rdMax"), Checks.Ratio),
        };
        // 主营业务收入增长率 and 主营业务收入占比 from the report's main-business revenue.
        var growth = last?.MainBusinessRevenue is { } r1 && previous?.MainBusinessRevenue is { } r0 && r0 > 0 ? r1 / r0 - 1 : (decimal?)null;
        items.Add(BandItem("mainBusinessGrowth", "growth", rules.Table("revenueGrowth"), growth, rules.T("growthMax"), Checks.Ratio));
        items.Add(BandItem("liabilityRatio", "growth", rules.Table("liabilityRatio"), DebtRatio(last), rules.T("liabilityMax"), Checks.Ratio));
        var keyMax = rules.T("keyFieldMax");
        items.Add(d.KeyFieldProduct switch
        {
            true => Item("keyFieldProduct", "specialisation", keyMax, keyMax, keyMax),
            false => Item("keyFieldProduct", "specialisation", rules.T("keyFieldOther"), rules.T("keyFieldOther"), keyMax),
            null => Item("keyFieldProduct", "specialisation", rules.T("keyFieldOther"), keyMax, keyMax),
        });
        var mainMax = rules.T("mainShareMax");
        items.Add((Share(last?.MainBusinessRevenue, last?.Revenue) ?? d.MainBusinessShare) is { } share
            ? BandItem("mainBusinessShare", "specialisation", rules.Table("mainBusinessShare"), share, mainMax, Checks.Ratio)
            : Item("mainBusinessShare", "specialisation", 0, mainMax, mainMax, CriterionStatus.Missing, unit: Checks.Ratio));

        var direct = DirectPath(rules, facts);
        var criteria = new List<CriterionResult>();
        var score = Score("score", items, rules.T("passScore"));
        if (direct is null)
        {
            criteria.Add(score);
            criteria.Add(Score("innovationGroup", items.Where(i => i.Group == "innovation"), rules.T("minInnovation")));
            criteria.Add(Score("growthGroup", items.Where(i => i.Group == "growth"), rules.T("minGrowth")));
            criteria.Add(Score("specialisationGroup", items.Where(i => i.Group == "specialisation"), rules.T("minSpecialisation")));
        }
        criteria.AddRange(items);
        return new EvaluationResult(rules.Id, rules.Tier, Decide(criteria), criteria, score.Points, score.PointsMax, rules.T("passScore"), direct,
            facts.Holds(QualificationType.InnovativeSme));
    }

    private static string? DirectPath(RuleSet rules, EnterpriseFacts facts) =>
        facts.Declared.NationalAward == true || facts.Declared.ProvincialAward == true ? "scienceAward"
        : facts.Holds(QualificationType.HighTech) ? "highTechCertificate"
        : facts.Declared.ProvincialRdInstitution == true ? "provincialRdInstitution"
        : EquityOver(facts, 3, facts.Declared.EquityFinancing3Years) >= rules.T("directEquity3Years") ? "equityFinancing"
        : null;
}
