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

        var items = new List<CriterionResult>();
        var ipMax = rules.T("ipMax");
        var classOne = Sum(last?.InventionPatents, last?.OtherClassOneIp);
        var classTwo = Sum(last?.UtilityModels, last?.DesignPatents, last?.SoftwareCopyrights);
        if (last is null) items.Add(Item("ip", "innovation", 0, ipMax, ipMax, CriterionStatus.Missing));
        else if (classOne.Min >= 1)
        {
            // 10–20: high-value or self-developed class-I IP earns more; the report does not say which.
            var band = rules.Table("ip").Find(classOne.Min);
            items.Add(Item("ip", "innovation", band.Points, band.High, ipMax, CriterionStatus.Unknown, classOne.Min, Count));
        }
        else
        {
            var band = rules.Table("ipClassTwo").Find(classTwo.Min);
            var complete = classOne.Complete && classTwo.Complete;
            items.Add(Item("ip", "innovation", band.Points, complete ? band.Points : ipMax, ipMax, complete ? CriterionStatus.Met : CriterionStatus.Missing,
                classTwo.Min, Count));
        }
        items.Add(BandItem("rdRatio", "innovation", rules.Table("rdRatio"), Share(last?.RdExpense, last?.Revenue), rules.T("rdMax"), Checks.Ratio));
        var growth = last?.Revenue is { } r1 && previous?.Revenue is { } r0 && r0 > 0 ? r1 / r0 - 1 : (decimal?)null;
        items.Add(BandItem("revenueGrowth", "growth", rules.Table("revenueGrowth"), growth, rules.T("growthMax"), Checks.Ratio));
        var liabilities = last?.TotalAssets is { } ta && last.NetAssets is { } na ? ta - na : (decimal?)null;
        items.Add(BandItem("liabilityRatio", "growth", rules.Table("liabilityRatio"), Share(liabilities, last?.TotalAssets), rules.T("liabilityMax"),
            Checks.Ratio));
        var keyMax = rules.T("keyFieldMax");
        items.Add(d.KeyFieldProduct switch
        {
            true => Item("keyFieldProduct", "specialisation", keyMax, keyMax, keyMax),
            false => Item("keyFieldProduct", "specialisation", rules.T("keyFieldOther"), rules.T("keyFieldOther"), keyMax),
            null => Item("keyFieldProduct", "specialisation", rules.T("keyFieldOther"), keyMax, keyMax),
        });
        var mainMax = rules.T("mainShareMax");
        items.Add(d.MainBusinessShare is { } share
            ? BandItem("mainBusinessShare", "specialisation", rules.Table("mainBusinessShare"), share, mainMax, Checks.Ratio)
            : Item("mainBusinessShare", "specialisation", 0, mainMax, mainMax));

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
        : facts.Declared.EquityFinancing3Years >= rules.T("directEquity3Years") ? "equityFinancing"
        : null;
}
