using Torchbase.Domain.Cultivation;
using Torchbase.Http;

namespace Torchbase.Features.Cultivation;

public static class CultivationValidation
{
    public static Errors Validate(DeclarationsInput i)
    {
        var errors = new Errors();
        Range(errors, "ipAdvancementScore", i.IpAdvancementScore, 8);
        Range(errors, "ipCoreRoleScore", i.IpCoreRoleScore, 8);
        Range(errors, "rdManagementScore", i.RdManagementScore, 20);
        Range(errors, "specializedScore", i.SpecializedScore, 100);
        errors.NotNegative("conversions3Years", i.Conversions3Years).NotNegative("nicheYears", i.NicheYears)
            .Amount("equityFinancing2Years", i.EquityFinancing2Years).Amount("equityFinancing3Years", i.EquityFinancing3Years);
        if (i.MainBusinessShare is < 0 or > 1) errors.Add("mainBusinessShare", "between", 0, 1);
        if (i.NicheMarketShare is < 0 or > 1) errors.Add("nicheMarketShare", "between", 0, 1);
        Range(errors, "productFieldLevel", i.ProductFieldLevel, 2);
        Range(errors, "qualityItems", i.QualityItems, 4);
        Range(errors, "localIndicatorScore", i.LocalIndicatorScore, 15);
        Range(errors, "rdInstitutionLevel", i.RdInstitutionLevel, 4);
        Range(errors, "developmentScore", i.DevelopmentScore, 100);
        Range(errors, "developmentScorePreviousYear", i.DevelopmentScorePreviousYear, 100);
        if (i.DigitalLevel is { } level && (level < 1 || level > 4)) errors.Add("digitalLevel", "between", 1, 4);
        return errors;
    }

    private static void Range(Errors errors, string field, int? value, int max)
    {
        if (value is { } v && (v < 0 || v > max)) errors.Add(field, "between", 0, max);
    }

    public static void Apply(EnterpriseDeclarations d, DeclarationsInput i)
    {
        d.IpCoreSupport = i.IpCoreSupport; d.InHighTechField = i.InHighTechField; d.NoMajorIncident = i.NoMajorIncident;
        d.NotRestrictedIndustry = i.NotRestrictedIndustry; d.IpAdvancementScore = i.IpAdvancementScore; d.IpCoreRoleScore = i.IpCoreRoleScore;
        d.IpSelfDeveloped = i.IpSelfDeveloped; d.Conversions3Years = i.Conversions3Years; d.RdManagementScore = i.RdManagementScore;
        d.LedStandard = i.LedStandard; d.NationalAward = i.NationalAward; d.ProvincialAward = i.ProvincialAward;
        d.ProvincialRdInstitution = i.ProvincialRdInstitution; d.HasRdInstitution = i.HasRdInstitution;
        d.EquityFinancing2Years = i.EquityFinancing2Years; d.EquityFinancing3Years = i.EquityFinancing3Years; d.NicheYears = i.NicheYears;
        d.MainBusinessShare = i.MainBusinessShare; d.KeyFieldProduct = i.KeyFieldProduct; d.SpecializedScore = i.SpecializedScore;
        d.MakerChinaTop500 = i.MakerChinaTop500; d.MakerChinaTop50 = i.MakerChinaTop50;
        d.ProductFieldLevel = i.ProductFieldLevel; d.DigitalLevel = i.DigitalLevel; d.QualityItems = i.QualityItems;
        d.LocalIndicatorScore = i.LocalIndicatorScore; d.RdInstitutionLevel = i.RdInstitutionLevel; d.NicheMarketShare = i.NicheMarketShare;
        d.NicheTopThreeInChina = i.NicheTopThreeInChina; d.MarketRanksWell = i.MarketRanksWell; d.OwnBrand = i.OwnBrand;
        d.CoreBusinessOnInformationSystem = i.CoreBusinessOnInformationSystem; d.ManagementCertification = i.ManagementCertification;
        d.KeyChainLink = i.KeyChainLink; d.DevelopmentScore = i.DevelopmentScore; d.DevelopmentScorePreviousYear = i.DevelopmentScorePreviousYear;
    }

    public static Errors Validate(LibraryInput i, int thisYear, bool creating)
    {
        var errors = new Errors().MaxLength("note", i.Note, 500);
        if (creating && i.EnterpriseId is null) errors.Add("enterpriseId", "required");
        if (creating && i.TargetTier is null) errors.Add("targetTier", "required");
        if (i.TargetYear is null) errors.Add("targetYear", "required");
        else if (i.TargetYear < thisYear - 1 || i.TargetYear > thisYear + 5) errors.Add("targetYear", "between", thisYear - 1, thisYear + 5);
        if (!creating && i.Version is null) errors.Add("version", "required");
        return errors;
    }

    public static Errors Validate(ActionInput i, DateOnly today)
    {
        var errors = new Errors().MaxLength("note", i.Note, 500).MaxLength("certificateNo", i.CertificateNo, 60);
        if (i.Kind is null) errors.Add("kind", "required");
        if (i.OccurredOn is null) errors.Add("occurredOn", "required");
        else if (i.OccurredOn > today) errors.Add("occurredOn", "not_in_future");
        // A rejection without its reason teaches nothing for next year's application.
        if (i.Kind == CultivationActionKind.Rejected) errors.Required("note", i.Note);
        if (i.Version is null) errors.Add("version", "required");
        return errors;
    }
}
