using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;
using Torchbase.Http;

namespace Torchbase.Features.Cultivation;

public sealed record RuleSetDto(string Id, QualificationType Tier, string Policy, int Year, string? Region, bool Current,
    IReadOnlyList<PolicyDocument> Documents, IReadOnlyList<string> Unverified, IReadOnlyList<string> Notes);

public sealed record LadderCardDto(Guid EnterpriseId, string Name, DateOnly AsOf, int LastYear,
    LadderTrackDto Innovation, LadderTrackDto Specialisation, IReadOnlyList<EvaluationDto> Evaluations);

public sealed record LadderTrackDto(IReadOnlyList<QualificationType> Tiers, QualificationType? Current, QualificationType? Next, CandidateBand? NextBand);

public sealed record EvaluationDto(string RuleSetId, QualificationType Tier, Verdict Verdict, CandidateBand Band, bool AlreadyHeld,
    decimal? Score, decimal? ScoreMax, decimal? PassScore, string? DirectPath, decimal? Distance, IReadOnlyList<CriterionResult> Criteria)
{
    public static EvaluationDto From(EvaluationResult r, decimal margin) => new(r.RuleSetId, r.Tier, r.Verdict, Candidates.Band(r, margin),
        r.AlreadyHeld, r.Score, r.ScoreMax, r.PassScore, r.DirectPath, r.Distance, r.Criteria);
}

public sealed record FunnelTier(QualificationType Tier, int Holds, int QualifiesNow, int WithinReach, int Far, int MissingData);

public sealed record FunnelDto(DateOnly? EvaluatedOn, decimal Margin, int Enterprises, IReadOnlyList<FunnelTier> Tiers);

public sealed record CandidateQuery(QualificationType? Tier, CandidateBand? Band, Guid? ParkId, string? Search, decimal? Margin,
    int? Page, int? PageSize, string? Sort, bool? Desc) : PageQuery(Page, PageSize, Sort, Desc);

/// <summary>Init-only properties, not a positional record: EF translates filters and sorts on a member-init projection.</summary>
public sealed record CandidateItem
{
    public Guid EnterpriseId { get; init; }
    public required string Name { get; init; }
    public required string ParkName { get; init; }
    public QualificationType Tier { get; init; }
    public Verdict Verdict { get; init; }
    public bool AlreadyHeld { get; init; }
    public decimal? Score { get; init; }
    public decimal? ScoreMax { get; init; }
    public decimal? Distance { get; init; }
    public string? Gaps { get; init; }
    public DateOnly EvaluatedOn { get; init; }
    public bool InLibrary { get; init; }
}

public sealed record CandidateRow(Guid EnterpriseId, string Name, string ParkName, QualificationType Tier, CandidateBand Band,
    decimal? Score, decimal? ScoreMax, decimal? Distance, string[] Gaps, DateOnly EvaluatedOn, bool InLibrary);

public sealed record EvaluateChunkInput(int? Offset, int? Size);

public sealed record DeclarationsInput(
    bool? IpCoreSupport, bool? InHighTechField, bool? NoMajorIncident, bool? NotRestrictedIndustry, int? IpAdvancementScore,
    int? IpCoreRoleScore, bool? IpSelfDeveloped, int? Conversions3Years, int? RdManagementScore, bool? LedStandard, bool? NationalAward,
    bool? ProvincialAward, bool? ProvincialRdInstitution, bool? HasRdInstitution, decimal? EquityFinancing2Years, decimal? EquityFinancing3Years,
    int? NicheYears, decimal? MainBusinessShare, bool? KeyFieldProduct, int? SpecializedScore, bool? MakerChinaTop500, bool? MakerChinaTop50,
    int? Version);

public sealed record LibraryQuery(int? Year, QualificationType? Tier, CultivationStatus? Status, Guid? ParkId, string? Search,
    int? Page, int? PageSize, string? Sort, bool? Desc) : PageQuery(Page, PageSize, Sort, Desc);

public sealed record LibraryItem
{
    public Guid Id { get; init; }
    public Guid EnterpriseId { get; init; }
    public required string EnterpriseName { get; init; }
    public Guid ParkId { get; init; }
    public required string ParkName { get; init; }
    public QualificationType TargetTier { get; init; }
    public int TargetYear { get; init; }
    public Guid? OfficerId { get; init; }
    public string? OfficerName { get; init; }
    public CultivationStatus Status { get; init; }
    public DateOnly AddedOn { get; init; }
    public DateOnly? LastActionOn { get; init; }
    public int Version { get; init; }
    /// <summary>The target tier's verdict today, evaluated live for the rows of the page.</summary>
    public Verdict? Verdict { get; init; }
    public decimal? Distance { get; init; }
}

public sealed record LibraryDetail(LibraryItem Entry, string? Note, IReadOnlyList<ActionDto> Actions, EvaluationDto? Evaluation);

public sealed record ActionDto(Guid Id, CultivationActionKind Kind, DateOnly OccurredOn, string? Note, string? CertificateNo, string? RecordedBy);

public sealed record LibraryInput(Guid? EnterpriseId, QualificationType? TargetTier, int? TargetYear, Guid? OfficerId, string? Note, int? Version);

public sealed record ActionInput(CultivationActionKind? Kind, DateOnly? OccurredOn, string? Note, string? CertificateNo, int? Version);

public sealed record OfficerDto(Guid Id, string DisplayName, Guid? ParkId);

public sealed record TargetRow(Guid? Id, Guid ParkId, string ParkName, int Year, QualificationType Tier, int Target, int Applied, int Approved,
    decimal? Completion, int Version);

public sealed record TargetInput(Guid? ParkId, int? Year, QualificationType? Tier, int? Target, int? Version);
