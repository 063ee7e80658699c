using Torchbase.Domain.Common;

namespace Torchbase.Domain.Talent;

/// <summary>An expert or PhD in the 博士人才信息库. Contact details are shown only with <see cref="ConsentToContact"/>.</summary>
public sealed class ExpertProfile : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    /// <summary>The expert's own login, if any: that user may edit this profile (the Expert role has no data scope of its own).</summary>
    public Guid? UserId { get; set; }
    public required string Name { get; set; }
    public required string Institution { get; set; }
    /// <summary>职称: 教授, 副教授, 研究员, 高级工程师…</summary>
    public string? Title { get; set; }
    public ExpertDegree Degree { get; set; }
    public List<string> Fields { get; set; } = [];
    public List<string> Keywords { get; set; } = [];
    public string? ResearchSummary { get; set; }
    public string? Achievements { get; set; }
    public ExpertAvailability Availability { get; set; }
    public bool ConsentToContact { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public int Version { get; set; }

    public MatchDocument ToMatchDocument() =>
        new(Id, string.Join('。', new[] { ResearchSummary, Achievements }.Where(s => !string.IsNullOrWhiteSpace(s))), Keywords, Fields);
}

/// <summary>An enterprise's technical problem in the 项目合作需求信息库.</summary>
public sealed class TechDemand : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid? EnterpriseId { get; set; }
    public required string Title { get; set; }
    public required string Problem { get; set; }
    public required string Field { get; set; }
    public List<string> Keywords { get; set; } = [];
    /// <summary>万元.</summary>
    public decimal? BudgetWan { get; set; }
    public DateOnly? Deadline { get; set; }
    public DateOnly PostedOn { get; set; }
    public string? PostedBy { get; set; }
    public DemandStatus Status { get; set; }
    public int Version { get; set; }

    public MatchDocument ToMatchDocument() => new(Id, Title + "。" + Problem, Keywords, [Field]);
}

/// <summary>What the zone offers talent: housing, subsidies, lab access… (服务保障库).</summary>
public sealed class ServiceGuarantee : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public required string Name { get; set; }
    public GuaranteeCategory Category { get; set; }
    public required string Description { get; set; }
    public string? Provider { get; set; }
    public string? Contact { get; set; }
    public int Version { get; set; }
}

/// <summary>One demand–expert pairing on its way from recommendation to an agreement (产学研合作协议).</summary>
public sealed class Matchmaking : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid DemandId { get; set; }
    /// <summary>The demand's enterprise, copied so that the enterprise's data scope applies without a join.</summary>
    public Guid? EnterpriseId { get; set; }
    public Guid ExpertId { get; set; }
    public MatchStage Stage { get; set; }
    public double Score { get; set; }
    public DateOnly RecommendedOn { get; set; }
    public DateOnly? ContactedOn { get; set; }
    public DateOnly? MeetingOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    /// <summary>万元, when an agreement is signed.</summary>
    public decimal? AgreementAmountWan { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
}

/// <summary>A released technology achievement (e.g. at 火炬科技成果直通车) and the interest it drew.</summary>
public sealed class TechAchievement : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public required string Title { get; set; }
    public required string Owner { get; set; }
    public required string Field { get; set; }
    public string? EventName { get; set; }
    public DateOnly ReleasedOn { get; set; }
    /// <summary>Enterprises that negotiated on it.</summary>
    public int InterestedEnterprises { get; set; }
    public bool CooperationIntent { get; set; }
    public int Version { get; set; }
}

/// <summary>A registered technology contract (技术合同认定登记).</summary>
public sealed class TechContract : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public required string RegistrationNo { get; set; }
    public DateOnly RegisteredOn { get; set; }
    public DateOnly SignedOn { get; set; }
    public TechContractType Type { get; set; }
    public required string Subject { get; set; }
    public required string Seller { get; set; }
    public required string Buyer { get; set; }
    public Guid? SellerEnterpriseId { get; set; }
    public Guid? BuyerEnterpriseId { get; set; }
    public string? Field { get; set; }
    /// <summary>万元.</summary>
    public decimal AmountWan { get; set; }
    /// <summary>技术交易额, 万元: the technology part of the contract amount.</summary>
    public decimal TechTransactionWan { get; set; }
    public int Version { get; set; }
}

/// <summary>A recognised talent or team (高层次创新创业人才（团队）).</summary>
public sealed class TalentTeam : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public required string Name { get; set; }
    public TalentCategory Category { get; set; }
    public Guid? EnterpriseId { get; set; }
    public string? Field { get; set; }
    public string? Programme { get; set; }
    /// <summary>万元 of funding received.</summary>
    public decimal FundingWan { get; set; }
    public DateOnly? RecognisedOn { get; set; }
    public int Version { get; set; }
}

/// <summary>A workstation: 院士工作站, 博士后工作站, 中原学者工作站, or a 星期天顾问 engagement.</summary>
public sealed class Workstation : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public required string Name { get; set; }
    public WorkstationKind Kind { get; set; }
    public Guid? EnterpriseId { get; set; }
    public string? ExpertName { get; set; }
    public string? Institution { get; set; }
    public DateOnly? EstablishedOn { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// An officer's judgement of one recommended expert for one demand (合适 / 不合适), one per officer, kept as a labelled pair
/// the bureau can export to measure and tune the matching.
/// </summary>
public sealed class RecommendationFeedback : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid DemandId { get; set; }
    /// <summary>The demand's enterprise, copied so that the enterprise's data scope applies without a join.</summary>
    public Guid? EnterpriseId { get; set; }
    public Guid ExpertId { get; set; }
    public Guid UserId { get; set; }
    public required string UserName { get; set; }
    public bool Fits { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset MarkedAt { get; set; }
    public int Version { get; set; }
}
