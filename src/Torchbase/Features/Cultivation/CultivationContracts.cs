using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;
using Torchbase.Http;

namespace Torchbase.Features.Cultivation;

/// <summary>
/// A rule set as users see it: the policy, its number and year, the days it is in force, the documents (title, number, URL, whether
/// checked against the official text) and plain notes per language. Maintainers' notes stay in the rule files.
/// </summary>
public sealed record RuleSetDto(string Id, QualificationType Tier, string Policy, string? ShortName, int Year, DateOnly InForceFrom,
    DateOnly? InForceUntil, bool InForce, string? Region, IReadOnlyList<DocumentDto> Documents, bool Verified,
    IReadOnlyDictionary<string, List<string>> UserNotes)
{
    public static RuleSetDto From(RuleSet r, DateOnly on) => new(r.Id, r.Tier, r.Policy, r.ShortName, r.Year, r.InForceFrom, r.InForceUntil,
        r.IsInForce(on), r.Region, r.Documents.Select(d => new DocumentDto(d.Title, d.Number, d.Url, d.Verified)).ToList(),
        r.Documents.All(d => d.Verified) && r.Unverified.Count == 0, r.UserNotes);
}

public sealed record DocumentDto(string Title, string? Number, string? Url, bool Verified);

/// <param name="AlsoInForce">In a year of transition, the verdicts under the other standard of the same year (e.g. 2022 and 2026).</param>
public sealed record LadderCardDto(Guid EnterpriseId, string Name, DateOnly AsOf, int LastYear,
    LadderTrackDto Innovation, LadderTrackDto Specialisation, IReadOnlyList<EvaluationDto> Evaluations, IReadOnlyList<EvaluationDto> AlsoInForce);

public sealed record LadderTrackDto(IReadOnlyList<QualificationType> Tiers, QualificationType? Current, QualificationType? Next, CandidateBand? NextBand);

/// <param name="RuleSetId">The version used; <paramref name="ShortName"/> the policy's number as users know it.</param>
/// <param name="Review">Judged by the review (复核) standard of a current holder.</param>
public sealed record EvaluationDto(string RuleSetId, string? ShortName, int RuleSetYear, DateOnly InForceFrom, DateOnly? InForceUntil,
    QualificationType Tier, Verdict Verdict, CandidateBand Band, bool AlreadyHeld, bool Review,
    decimal? Score, decimal? ScoreMax, decimal? PassScore, string? DirectPath, decimal? Distance, IReadOnlyList<CriterionResult> Criteria)
{
    public static EvaluationDto From(EvaluationResult r, decimal margin)
    {
        var rules = RuleSets.Find(r.RuleSetId)!;
        return new(r.RuleSetId, rules.ShortName, rules.Year, rules.InForceFrom, rules.InForceUntil, r.Tier, r.Verdict, Candidates.Band(r, margin),
            r.AlreadyHeld, r.Review, r.Score, r.ScoreMax, r.PassScore, r.DirectPath, r.Distance, r.Criteria);
    }
}

public sealed record FunnelTier(QualificationType Tier, int Holds, int QualifiesNow, int WithinReach, int Far, int MissingData);

/// <param name="RuleSets">The versions the stored results were judged by.</param>
public sealed record FunnelDto(DateOnly? EvaluatedOn, decimal Margin, int Enterprises, IReadOnlyList<FunnelTier> Tiers, IReadOnlyList<RuleSetRef> RuleSets);

/// <summary>A rule-set version named the way users know it.</summary>
public sealed record RuleSetRef(string Id, QualificationType Tier, string? ShortName, int Year)
{
    public static RuleSetRef? Of(string id) => RuleSets.Find(id) is { } r ? new(r.Id, r.Tier, r.ShortName, r.Year) : null;
}

/// <param name="AsOf">Evaluate live as of this day (needs a tier) instead of reading the last batch run.</param>
public sealed record CandidateQuery(QualificationType? Tier, CandidateBand? Band, Guid? ParkId, string? Search, decimal? Margin,
    int? Page, int? PageSize, string? Sort, bool? Desc, DateOnly? AsOf = null) : PageQuery(Page, PageSize, Sort, Desc);

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
    public string RuleSetId { get; init; } = "";
}

public sealed record CandidateRow(Guid EnterpriseId, string Name, string ParkName, QualificationType Tier, CandidateBand Band,
    decimal? Score, decimal? ScoreMax, decimal? Distance, string[] Gaps, DateOnly EvaluatedOn, bool InLibrary, string RuleSetId, string? ShortName);

/// <param name="AsOf">The evaluation date (default: today in China).</param>
public sealed record EvaluateChunkInput(int? Offset, int? Size, DateOnly? AsOf = null);

public sealed record DeclarationsInput(
    bool? IpCoreSupport, bool? InHighTechField, bool? NoMajorIncident, bool? NotRestrictedIndustry, int? IpAdvancementScore,
    int? IpCoreRoleScore, bool? IpSelfDeveloped, int? Conversions3Years, int? RdManagementScore, bool? LedStandard, bool? NationalAward,
    bool? ProvincialAward, bool? ProvincialRdInstitution, bool? HasRdInstitution, decimal? EquityFinancing2Years, decimal? EquityFinancing3Years,
    int? NicheYears, decimal? MainBusinessShare, bool? KeyFieldProduct, int? SpecializedScore, bool? MakerChinaTop500, bool? MakerChinaTop50,
    int? Version,
    int? ProductFieldLevel = null, int? DigitalLevel = null, int? QualityItems = null, int? LocalIndicatorScore = null, int? RdInstitutionLevel = null,
    decimal? NicheMarketShare = null, bool? NicheTopThreeInChina = null, bool? MarketRanksWell = null, bool? OwnBrand = null,
    bool? CoreBusinessOnInformationSystem = null, bool? ManagementCertification = null, bool? KeyChainLink = null,
    int? DevelopmentScore = null, int? DevelopmentScorePreviousYear = null);

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
    /// <summary>The version the verdict was judged by, and its policy number.</summary>
    public string? RuleSetId { get; init; }
    public string? ShortName { get; init; }
}

public sealed record LibraryDetail(LibraryItem Entry, string? Note, IReadOnlyList<ActionDto> Actions, EvaluationDto? Evaluation);

public sealed record ActionDto(Guid Id, CultivationActionKind Kind, DateOnly OccurredOn, string? Note, string? CertificateNo, string? RecordedBy);

public sealed record LibraryInput(Guid? EnterpriseId, QualificationType? TargetTier, int? TargetYear, Guid? OfficerId, string? Note, int? Version);

public sealed record ActionInput(CultivationActionKind? Kind, DateOnly? OccurredOn, string? Note, string? CertificateNo, int? Version);

public sealed record OfficerDto(Guid Id, string DisplayName, Guid? ParkId);

public sealed record TargetRow(Guid? Id, Guid ParkId, string ParkName, int Year, QualificationType Tier, int Target, int Applied, int Approved,
    decimal? Completion, int Version);

public sealed record TargetInput(Guid? ParkId, int? Year, QualificationType? Tier, int? Target, int? Version);
