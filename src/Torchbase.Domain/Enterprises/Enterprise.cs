using Torchbase.Domain.Common;

namespace Torchbase.Domain.Enterprises;

public sealed class Enterprise : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public required string CreditCode { get; set; }
    public required string Name { get; set; }

    /// <summary>What name search reads: <see cref="NameSearch.Grams"/> of the name, derived from it, never set by hand.</summary>
    public string SearchGrams
    {
        get
        {
            if (!ReferenceEquals(_gramsOfName, Name)) (_gramsOfName, _grams) = (Name, NameSearch.Grams(Name));
            return _grams!;
        }
        private set { } // read back from the database: the name decides it
    }

    private string? _gramsOfName;
    private string? _grams;

    public required string IndustryChain { get; set; }
    public string? IndustryLink { get; set; }
    /// <summary>国民经济行业分类 (GB/T 4754-2017) code: a section letter and up to four digits, e.g. <c>C3812</c>. Decides the size rule.</summary>
    public string? IndustryCode { get; set; }
    public EnterpriseScale Scale { get; set; }
    public EnterpriseStatus Status { get; set; }
    public DateOnly RegisteredOn { get; set; }
    public string? Address { get; set; }
    public string? LegalRepresentative { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    public List<AnnualReport> Reports { get; set; } = [];
    public List<QualificationHeld> Qualifications { get; set; } = [];
    public List<LifecycleEvent> Lifecycle { get; set; } = [];
    public List<DataSharingConsent> Consents { get; set; } = [];
}

/// <summary>One year's figures. Money in 万元. A null figure was not reported: never read it as zero.</summary>
public sealed class AnnualReport : IVersioned
{
    public Guid Id { get; set; }
    public Guid EnterpriseId { get; set; }
    public int Year { get; set; }
    public decimal? Revenue { get; set; }
    /// <summary>主营业务收入: revenue from the main business (part of <see cref="Revenue"/>).</summary>
    public decimal? MainBusinessRevenue { get; set; }
    public decimal? HighTechRevenue { get; set; }
    public decimal? RdExpense { get; set; }
    public decimal? DomesticRdExpense { get; set; }
    public decimal? OperatingCost { get; set; }
    public decimal? NetAssets { get; set; }
    public decimal? TotalAssets { get; set; }
    /// <summary>负债总额 at year-end.</summary>
    public decimal? TotalLiabilities { get; set; }
    public decimal? NetProfit { get; set; }
    public decimal? Taxes { get; set; }
    public int? Employees { get; set; }
    public int? TechStaff { get; set; }
    public int? RdStaff { get; set; }
    public int? InventionPatents { get; set; }
    public int? UtilityModels { get; set; }
    public int? DesignPatents { get; set; }
    public int? SoftwareCopyrights { get; set; }
    /// <summary>Other class-I IP: plant varieties, new drugs, IC layouts, national new-product certificates…</summary>
    public int? OtherClassOneIp { get; set; }
    /// <summary>Of the class-I IP (invention patents and other class-I): how many are high-value (高价值), how many self-developed (自主研发).</summary>
    public int? HighValueClassOneIp { get; set; }
    public int? SelfDevelopedClassOneIp { get; set; }
    /// <summary>Equity financing received in the year (new paid-in capital from qualified investors), 万元.</summary>
    public decimal? EquityFinancing { get; set; }
    /// <summary>University graduates of the year hired (吸纳高校应届毕业生).</summary>
    public int? GraduatesHired { get; set; }
    /// <summary>
    /// For the sectors whose 规上 test is not a figure (E 建筑业: holds a general or specialised contracting licence; K701
    /// 房地产开发经营: carried on development business in the year), what the enterprise declared: true or false; null when
    /// not declared. Read only by <see cref="AboveDesignatedSize"/> for those sectors.
    /// </summary>
    public bool? SizeDeclaration { get; set; }

    /// <summary>
    /// Whether the figures count. Entered or imported by the park or the bureau: accepted at once. Filed by the enterprise
    /// itself: pending until the park officer accepts it or returns it with a reason; only accepted reports enter any figure.
    /// </summary>
    public ReportStatus Status { get; set; } = ReportStatus.Accepted;
    public DateTimeOffset? SubmittedAt { get; set; }
    public Guid? SubmittedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public Guid? ReviewedBy { get; set; }
    public string? ReturnReason { get; set; }
    public int Version { get; set; }
}

/// <summary>Where a yearly report stands: only <see cref="Accepted"/> figures count.</summary>
public enum ReportStatus { Accepted, Pending, Returned }

public sealed class QualificationHeld
{
    public Guid Id { get; set; }
    public Guid EnterpriseId { get; set; }
    public QualificationType Type { get; set; }
    public string? Level { get; set; }
    public string? CertificateNo { get; set; }
    public DateOnly IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    /// <summary>The end date the last renewal reminder was sent for, and its step (days ahead; 0 = ended): each step goes out once.</summary>
    public DateOnly? RemindedFor { get; set; }
    public int? RemindedStep { get; set; }
}

public sealed class LifecycleEvent
{
    public Guid Id { get; set; }
    public Guid EnterpriseId { get; set; }
    public LifecycleKind Kind { get; set; }
    public DateOnly OccurredOn { get; set; }
    public string? Note { get; set; }
}

/// <summary>An enterprise's consent that a bank may see its data (金融超市). Revocable.</summary>
public sealed class DataSharingConsent
{
    public Guid Id { get; set; }
    public Guid EnterpriseId { get; set; }
    public Guid BankId { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
