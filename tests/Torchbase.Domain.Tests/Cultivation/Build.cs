using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Tests.Cultivation;

/// <summary>Small builders: an enterprise evaluated on 2026-03-01, so its last fiscal year is 2025.</summary>
internal static class Build
{
    public static readonly DateOnly AsOf = new(2026, 3, 1);
    public const int Y = 2025;

    public static AnnualReport Report(int year, decimal revenue, decimal rd, Action<AnnualReport>? tweak = null)
    {
        var r = new AnnualReport
        {
            Year = year, Revenue = revenue, MainBusinessRevenue = revenue * 0.9m, RdExpense = rd, DomesticRdExpense = rd, HighTechRevenue = revenue * 0.8m,
            OperatingCost = revenue * 0.9m, NetAssets = 1000, TotalAssets = 2000, NetProfit = 100, Taxes = 50,
            Employees = 100, TechStaff = 30, RdStaff = 20, InventionPatents = 1, UtilityModels = 5, DesignPatents = 0,
            SoftwareCopyrights = 0, OtherClassOneIp = 0,
        };
        tweak?.Invoke(r);
        return r;
    }

    /// <summary>Three equal years (2023–2025) of the same figures.</summary>
    public static List<AnnualReport> Flat(decimal revenue, decimal rd, Action<AnnualReport>? tweak = null) =>
        [Report(Y - 2, revenue, rd, tweak), Report(Y - 1, revenue, rd, tweak), Report(Y, revenue, rd, tweak)];

    public static EnterpriseFacts Facts(IReadOnlyList<AnnualReport> reports, EnterpriseDeclarations? declared = null,
        DateOnly? registered = null, params QualificationType[] held) =>
        new(registered ?? new DateOnly(2015, 5, 1), reports,
            held.Select(t => new HeldTitle(t, new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31))).ToList(), declared, AsOf);

    /// <summary>Every declaration favourable: isolates the reported figures under test.</summary>
    public static EnterpriseDeclarations AllGood() => new()
    {
        IpCoreSupport = true, InHighTechField = true, NoMajorIncident = true, NotRestrictedIndustry = true,
        IpAdvancementScore = 8, IpCoreRoleScore = 8, IpSelfDeveloped = true, Conversions3Years = 15, RdManagementScore = 20,
        LedStandard = false, NationalAward = false, ProvincialAward = false, ProvincialRdInstitution = false, HasRdInstitution = true,
        EquityFinancing2Years = 0, EquityFinancing3Years = 0, NicheYears = 5, MainBusinessShare = 0.9m, KeyFieldProduct = true,
        SpecializedScore = 75, MakerChinaTop500 = false, MakerChinaTop50 = false,
        ProductFieldLevel = 2, DigitalLevel = 3, QualityItems = 2, LocalIndicatorScore = 15, RdInstitutionLevel = 3,
        NicheMarketShare = 0.2m, NicheTopThreeInChina = false, MarketRanksWell = true, OwnBrand = true, CoreBusinessOnInformationSystem = true,
        ManagementCertification = true, KeyChainLink = true, DevelopmentScore = 70, DevelopmentScorePreviousYear = 70,
    };

    /// <summary>The same facts seen on another day.</summary>
    public static EnterpriseFacts On(this EnterpriseFacts facts, DateOnly day) => facts with { AsOf = day };

    public static RuleSet Rules(string id) => RuleSets.Find(id) ?? throw new InvalidOperationException(id);

    public static CriterionResult C(this EvaluationResult r, string key) => r.Criteria.Single(c => c.Key == key);
}
