using Torchbase.Domain.Enterprises;
using Torchbase.Http;

namespace Torchbase.Features.Enterprises;

public sealed record EnterpriseListQuery(
    string? Search, Guid? ParkId, string? IndustryChain, EnterpriseScale? Scale, EnterpriseStatus? Status,
    QualificationType? Qualification, int? Page, int? PageSize, string? Sort, bool? Desc, SizeVerdict? AboveSize,
    string? Cursor = null)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record EnterpriseItem(
    Guid Id, string CreditCode, string Name, Guid ParkId, string ParkName, string IndustryChain, string? IndustryChainName,
    EnterpriseScale Scale, EnterpriseStatus Status, DateOnly RegisteredOn, QualificationType[] Qualifications,
    int? LatestYear, decimal? LatestRevenue, string? ContactName, string? ContactPhone, string? IndustryCode = null);

public sealed record EnterpriseDetail(
    Guid Id, Guid ZoneId, string CreditCode, string Name, Guid ParkId, string ParkName, string IndustryChain, string? IndustryChainName,
    string? IndustryLink, EnterpriseScale Scale, EnterpriseStatus Status, DateOnly RegisteredOn, string? Address,
    string? LegalRepresentative, string? ContactName, string? ContactPhone, bool IsDemo, int Version,
    QualificationType[] Qualifications, IReadOnlyList<AnnualReportDto> Reports,
    IReadOnlyList<QualificationDto> QualificationsHeld, IReadOnlyList<LifecycleDto> Lifecycle,
    string? IndustryCode = null, AboveSizeDto? AboveSize = null);

/// <summary>
/// 规上 / 限上 as the rules read the latest reported year: the verdict, the sector's rule and threshold, since when (上规入统
/// as the records show it), and the rule's note and source in both languages.
/// </summary>
public sealed record AboveSizeDto(
    int Year, SizeVerdict Verdict, string? ClassName, string? ClassNameEn, bool Industrial, decimal? Figure, string? FigureName,
    decimal? ThresholdWan, string? Declaration, string? DeclarationEn, int? Since, string Note, string NoteEn,
    string SourceTitle, string SourceUrl)
{
    /// <summary>Null when there is nothing to say: no report yet, or a year before the rules.</summary>
    public static AboveSizeDto? Of(string? industryCode, IReadOnlyCollection<AnnualReport> reports)
    {
        var accepted = reports.Where(r => r.Status == ReportStatus.Accepted).ToList();
        if (accepted.Count == 0) return null;
        var latest = accepted.Max(r => r.Year);
        if (AboveDesignatedSize.InForce(latest) is not { } rules) return null;
        var verdicts = accepted.ToDictionary(r => r.Year, r => AboveDesignatedSize.Of(industryCode, r.Year, r));
        var now = verdicts[latest];
        var source = rules.Sources[0];
        return new AboveSizeDto(latest, now.Verdict, now.Class?.Name, now.Class?.NameEn, now.Class?.Industrial ?? false, now.Figure,
            now.Class?.Figure, now.Class?.ThresholdWan, now.Class?.Declaration, now.Class?.DeclarationEn,
            AboveDesignatedSize.AboveSince(verdicts.ToDictionary(v => v.Key, v => v.Value.Verdict), latest),
            rules.Note, rules.NoteEn, source.Title, source.Url);
    }
}

public sealed record EnterpriseInput(
    string? CreditCode, string? Name, Guid? ParkId, string? IndustryChain, string? IndustryLink, EnterpriseScale? Scale,
    DateOnly? RegisteredOn, string? Address, string? LegalRepresentative, string? ContactName, string? ContactPhone, int? Version,
    string? IndustryCode = null);

public sealed record AnnualReportDto(
    int? Year, decimal? Revenue, decimal? HighTechRevenue, decimal? RdExpense, decimal? DomesticRdExpense, decimal? OperatingCost,
    decimal? NetAssets, decimal? TotalAssets, decimal? NetProfit, decimal? Taxes, int? Employees, int? TechStaff, int? RdStaff,
    int? InventionPatents, int? UtilityModels, int? DesignPatents, int? SoftwareCopyrights, int? OtherClassOneIp,
    decimal? MainBusinessRevenue = null, decimal? TotalLiabilities = null, int? HighValueClassOneIp = null, int? SelfDevelopedClassOneIp = null,
    decimal? EquityFinancing = null, int? GraduatesHired = null, bool? SizeDeclaration = null)
{
    public static AnnualReportDto From(AnnualReport r) => new(r.Year, r.Revenue, r.HighTechRevenue, r.RdExpense, r.DomesticRdExpense,
        r.OperatingCost, r.NetAssets, r.TotalAssets, r.NetProfit, r.Taxes, r.Employees, r.TechStaff, r.RdStaff,
        r.InventionPatents, r.UtilityModels, r.DesignPatents, r.SoftwareCopyrights, r.OtherClassOneIp,
        r.MainBusinessRevenue, r.TotalLiabilities, r.HighValueClassOneIp, r.SelfDevelopedClassOneIp, r.EquityFinancing, r.GraduatesHired,
        r.SizeDeclaration);

    public void ApplyTo(AnnualReport r)
    {
        (r.Revenue, r.HighTechRevenue, r.RdExpense, r.DomesticRdExpense, r.OperatingCost) =
            (Revenue, HighTechRevenue, RdExpense, DomesticRdExpense, OperatingCost);
        (r.NetAssets, r.TotalAssets, r.NetProfit, r.Taxes) = (NetAssets, TotalAssets, NetProfit, Taxes);
        (r.Employees, r.TechStaff, r.RdStaff) = (Employees, TechStaff, RdStaff);
        (r.InventionPatents, r.UtilityModels, r.DesignPatents, r.SoftwareCopyrights, r.OtherClassOneIp) =
            (InventionPatents, UtilityModels, DesignPatents, SoftwareCopyrights, OtherClassOneIp);
        (r.MainBusinessRevenue, r.TotalLiabilities, r.HighValueClassOneIp, r.SelfDevelopedClassOneIp) =
            (MainBusinessRevenue, TotalLiabilities, HighValueClassOneIp, SelfDevelopedClassOneIp);
        (r.EquityFinancing, r.GraduatesHired, r.SizeDeclaration) = (EquityFinancing, GraduatesHired, SizeDeclaration);
    }
}

public sealed record QualificationDto(
    Guid Id, QualificationType Type, string? Level, string? CertificateNo, DateOnly IssuedOn, DateOnly? ExpiresOn, bool InForce);

public sealed record QualificationInput(QualificationType? Type, string? Level, string? CertificateNo, DateOnly? IssuedOn, DateOnly? ExpiresOn);

public sealed record LifecycleDto(Guid Id, LifecycleKind Kind, DateOnly OccurredOn, string? Note);

public sealed record LifecycleInput(LifecycleKind? Kind, DateOnly? OccurredOn, string? Note);
