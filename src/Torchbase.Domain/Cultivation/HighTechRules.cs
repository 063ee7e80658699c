using Torchbase.Domain.Enterprises;
using static Torchbase.Domain.Cultivation.Checks;

namespace Torchbase.Domain.Cultivation;

/// <summary>高新技术企业: the eight conditions of 国科发火〔2016〕32号 and the 100-point evaluation of 工作指引 195号.</summary>
public static class HighTechRules
{
    public static EvaluationResult Evaluate(RuleSet rules, EnterpriseFacts facts)
    {
        var y = facts.LastYear;
        var last = facts.Report(y);
        var d = facts.Declared;
        // The R&D ratio runs over the last three fiscal years, or since founding when the firm is younger.
        var firstYear = Math.Max(y - 2, facts.RegisteredOn.Year);
        var years = Enumerable.Range(firstYear, Math.Max(1, y - firstYear + 1)).Select(facts.Report).ToList();

        var criteria = new List<CriterionResult>
        {
            AtLeast("registeredYears", YearsBetween(facts.RegisteredOn, facts.AsOf), rules.T("minYearsRegistered"), Years),
            Declared("ipCoreSupport", d.IpCoreSupport),
            Declared("inHighTechField", d.InHighTechField),
            RatioAtLeast("techStaffShare", last?.TechStaff, last?.Employees, rules.T("minTechStaffShare"), People),
        };

        var rdSum = SumOf(years, r => r.RdExpense);
        var revenueSum = SumOf(years, r => r.Revenue);
        var requiredRatio = last?.Revenue is { } rev ? rules.Table("rdRatioByRevenue").Find(rev).Points : (decimal?)null;
        criteria.Add(requiredRatio is { } rr
            ? RatioAtLeast("rdRatio3Years", rdSum, revenueSum, rr, Wan)
            : new CriterionResult("rdRatio3Years", CriterionStatus.Missing, Ratio));
        criteria.Add(RatioAtLeast("domesticRdShare", SumOf(years, r => r.DomesticRdExpense), rdSum, rules.T("minDomesticRdShare"), Wan));
        criteria.Add(RatioAtLeast("highTechRevenueShare", last?.HighTechRevenue, last?.Revenue, rules.T("minHighTechRevenueShare"), Wan));

        var items = ScoreItems(rules, facts, last);
        criteria.Add(Score("innovationScore", items, rules.T("passScore"), above: rules.Thresholds.GetValueOrDefault("passScoreExclusive") == 1));
        criteria.Add(Declared("noMajorIncident", d.NoMajorIncident));
        criteria.AddRange(items);

        var score = criteria.First(c => c.Key == "innovationScore");
        return new EvaluationResult(rules.Id, rules.Tier, Decide(criteria), criteria, score.Points, score.PointsMax, rules.T("passScore"),
            AlreadyHeld: facts.Holds(QualificationType.HighTech));
    }

    private static List<CriterionResult> ScoreItems(RuleSet rules, EnterpriseFacts facts, AnnualReport? last)
    {
        var d = facts.Declared;
        var items = new List<CriterionResult>();

        // Knowledge property (≤ 30 with the standards bonus).
        items.Add(Expert("ipAdvancement", "ip", d.IpAdvancementScore, rules.T("ipAdvancementMax")));
        items.Add(Expert("ipCoreRole", "ip", d.IpCoreRoleScore, rules.T("ipCoreRoleMax")));
        var classOne = Sum(last?.InventionPatents, last?.OtherClassOneIp);
        var classTwo = Sum(last?.UtilityModels, last?.DesignPatents, last?.SoftwareCopyrights);
        items.Add(IpQuantity(rules, last is null ? null : classOne, classTwo));
        var hasIp = classOne.Min + classTwo.Min > 0;
        var noIp = classOne.Complete && classTwo.Complete && !hasIp;
        var acquisitionMax = rules.T("ipAcquisitionMax");
        items.Add(noIp ? Item("ipAcquisition", "ip", 0, 0, acquisitionMax)
            : d.IpSelfDeveloped switch
            {
                true => Item("ipAcquisition", "ip", 1, acquisitionMax, acquisitionMax, CriterionStatus.Met),
                false => Item("ipAcquisition", "ip", 1, rules.T("ipAcquisitionLicensedMax"), acquisitionMax, CriterionStatus.Met),
                null => Item("ipAcquisition", "ip", hasIp ? 1 : 0, acquisitionMax, acquisitionMax),
            });
        var bonus = rules.T("standardBonusMax");
        items.Add(d.LedStandard switch
        {
            true => Item("standardBonus", "ip", 1, bonus, bonus, CriterionStatus.Met),
            false => Item("standardBonus", "ip", 0, 0, bonus),
            null => Item("standardBonus", "ip", 0, bonus, bonus),
        });
        // The IP group is capped: fold the overflow into the bonus so the items still add up to the capped total.
        var cap = rules.T("ipCap");
        var ipLow = items.Sum(i => i.Points ?? 0); var ipHigh = items.Sum(i => i.PointsMax ?? 0);
        if (ipLow > cap || ipHigh > cap)
        {
            var b = items[^1];
            items[^1] = b with { Points = Math.Max(0, (b.Points ?? 0) - Math.Max(0, ipLow - cap)), PointsMax = Math.Max(0, (b.PointsMax ?? 0) - Math.Max(0, ipHigh - cap)) };
        }

        var conversionMax = rules.T("conversionMax");
        items.Add(d.Conversions3Years is { } n
            ? BandItem("conversions", "conversion", rules.Table("conversionsPerYear"), n / 3m, conversionMax, Count)
            : Item("conversions", "conversion", 0, conversionMax, conversionMax));
        items.Add(Expert("rdManagement", "management", d.RdManagementScore, rules.T("managementMax")));

        var growthMax = rules.T("growthItemMax");
        items.Add(Growth(rules, facts, "netAssetGrowth", r => r.NetAssets, growthMax));
        items.Add(Growth(rules, facts, "revenueGrowth", r => r.Revenue, growthMax));
        return items;
    }

    private static CriterionResult IpQuantity(RuleSet rules, (int Min, bool Complete)? classOne, (int Min, bool Complete) classTwo)
    {
        var max = rules.T("ipQuantityMax");
        if (classOne is not { } one) return Item("ipQuantity", "ip", 0, max, max, CriterionStatus.Missing);
        if (one.Min >= 1) return BandItem("ipQuantity", "ip", rules.Table("ipQuantityClassOne"), one.Min, max, Count);
        var two = rules.Table("ipQuantityClassTwo").Find(classTwo.Min);
        // Unreported counts could still lift the item up to the class-I band: leave it open.
        var high = one.Complete && classTwo.Complete ? two.High : max;
        return Item("ipQuantity", "ip", two.Points, high, max, one.Complete && classTwo.Complete ? CriterionStatus.Met : CriterionStatus.Missing, classTwo.Min, Count);
    }

    /// <summary>Growth over the last three years; a firm with fewer than three years, or a non-positive base, scores 0.</summary>
    private static CriterionResult Growth(RuleSet rules, EnterpriseFacts facts, string key, Func<AnnualReport, decimal?> figure, decimal max)
    {
        var y = facts.LastYear;
        if (facts.RegisteredOn.Year > y - 2) return Item(key, "growth", 0, 0, max, CriterionStatus.Met, unit: Ratio);
        var values = new[] { y - 2, y - 1, y }.Select(facts.Report).Select(r => r is null ? null : figure(r)).ToArray();
        if (values.Any(v => v is null)) return Item(key, "growth", 0, max, max, CriterionStatus.Missing, unit: Ratio);
        var rate = GrowthRate(values[0], values[1], values[2]);
        return rate is { } g ? BandItem(key, "growth", rules.Table("growthRate"), g, max, Ratio) : Item(key, "growth", 0, 0, max, CriterionStatus.Met, unit: Ratio);
    }

    private static CriterionResult Expert(string key, string group, int? score, decimal max) =>
        score is { } s ? Item(key, group, Math.Clamp(s, 0, max), Math.Clamp(s, 0, max), max) : Item(key, group, 0, max, max);

    internal static decimal? SumOf(IEnumerable<AnnualReport?> reports, Func<AnnualReport, decimal?> figure)
    {
        decimal total = 0;
        foreach (var r in reports)
        {
            if (r is null || figure(r) is not { } v) return null;
            total += v;
        }
        return total;
    }

    internal static decimal YearsBetween(DateOnly from, DateOnly to)
    {
        var years = to.Year - from.Year;
        if (to < from.AddYears(years)) years--;
        return years;
    }
}
