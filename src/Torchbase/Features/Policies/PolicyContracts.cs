using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Policies;
using Torchbase.Features.ServiceDesk;
using Torchbase.Http;

namespace Torchbase.Features.Policies;

public sealed record ConditionInput(ConditionKind? Kind, QualificationType? Title, ReportFigure? Figure, decimal? Value, DateOnly? From, DateOnly? To,
    Guid? ParkId, string? Chain, string? Text, int? Year = null, string? SizeClass = null);

public sealed record TierInput(decimal? From, decimal? Amount);

public sealed record AmountRuleInput(AmountRuleKind? Kind, decimal? Fixed, ReportFigure? Figure, decimal? Rate, decimal? Cap, List<TierInput>? Tiers);

/// <param name="NoApplication">免申即享: paid to those who qualify without an application.</param>
public sealed record BenefitItemInput(string? Name, BenefitType? Type, AmountRuleInput? Rule, decimal? PerEnterpriseLimit, decimal? Budget,
    bool? NoApplication, List<ConditionInput>? Conditions);

/// <param name="ZoneId">Only on create, for a caller who works across zones; otherwise the caller's zone.</param>
public sealed record PolicyInput(Guid? ZoneId, string? Title, string? DocumentNo, string? IssuingBody, PolicyLevel? Level, DateOnly? InForceFrom,
    DateOnly? InForceUntil, string? Text, string? Url, List<BenefitItemInput>? Items, int? Version);

public sealed record VersionInput(int? Version);

public sealed record PolicyQuery(PolicyState? State, PolicyLevel? Level, string? Search, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record PolicySummary(Guid Id, string Title, string? DocumentNo, string IssuingBody, PolicyLevel Level, DateOnly InForceFrom,
    DateOnly? InForceUntil, PolicyState State, DateOnly? PublishedOn, int Items, int Version);

/// <summary>A benefit item to pick when a voucher or fund names what it pays.</summary>
public sealed record BenefitItemOption(Guid Id, string Name, BenefitType Type, Guid PolicyId, string PolicyTitle, PolicyLevel Level, PolicyState State);

public sealed record BenefitItemView(Guid Id, string Name, BenefitType Type, AmountRule Rule, decimal? PerEnterpriseLimit, decimal? Budget, decimal Paid,
    decimal? Remaining, bool NoApplication, IReadOnlyList<BenefitCondition> Conditions);

public sealed record PolicyDetail(Guid Id, Guid ZoneId, string Title, string? DocumentNo, string IssuingBody, PolicyLevel Level, DateOnly InForceFrom,
    DateOnly? InForceUntil, string? Text, string? Url, PolicyState State, DateOnly? PublishedOn, IReadOnlyList<BenefitItemView> Items, int Version);

/// <summary>One condition's verdict with its reason in the caller's language; Index names it in a declaration.</summary>
public sealed record ConditionView(int Index, ConditionKind Kind, CriterionStatus Status, string Reason, decimal? Actual, decimal? Required, decimal? Gap,
    string? GapUnit);

/// <summary>One benefit for one enterprise: the verdict, the amount with its explanation, each condition, and its application if any.</summary>
public sealed record BenefitMatch(Guid PolicyId, string PolicyTitle, string? DocumentNo, PolicyLevel Level, Guid ItemId, string ItemName,
    BenefitType Type, bool NoApplication, BenefitVerdict Verdict, decimal? Amount, string? AmountExplanation, decimal? Distance,
    IReadOnlyList<ConditionView> Conditions, Guid? ApplicationId, ApplicationStatus? ApplicationStatus);

/// <summary>政策计算器 for one enterprise: what it can get now, and what it nearly gets.</summary>
public sealed record EnterpriseMatching(Guid EnterpriseId, string EnterpriseName, DateOnly AsOf, IReadOnlyList<BenefitMatch> Qualifies,
    IReadOnlyList<BenefitMatch> Nearly);

public sealed record ItemMatchRow(Guid EnterpriseId, string EnterpriseName, Guid ParkId, BenefitVerdict Verdict, decimal? Amount, string? AmountExplanation);

/// <summary>Per benefit: the enterprises that qualify now and the total that would be paid, against what is left of the budget.</summary>
public sealed record ItemMatching(Guid ItemId, string ItemName, DateOnly AsOf, int Qualifying, decimal Total, decimal? Budget, decimal? Remaining,
    IReadOnlyList<ItemMatchRow> Enterprises);

public sealed record ApplyInput(List<int>? Declared);

public sealed record ParkReviewInput(bool? Approved, string? Note, int? Version);

/// <param name="NoticeFrom">First day of the 公示; it runs <paramref name="NoticeDays"/> working days on the zone's calendar.</param>
public sealed record BureauReviewInput(bool? Approved, string? Note, decimal? Amount, DateOnly? NoticeFrom, int? NoticeDays, int? Version);

public sealed record ObjectionInput(string? Text);

public sealed record ObjectionDecisionInput(bool? Upheld, string? Note);

public sealed record PayoutInput(decimal? Amount, DateOnly? PaidOn, int? Version);

/// <param name="EnterpriseIds">The qualifying enterprises the bureau reviewed and pays (免申即享).</param>
public sealed record BatchPayoutInput(List<Guid>? EnterpriseIds, DateOnly? PaidOn);

public sealed record BatchResult(int Paid, decimal Total, decimal? Remaining);

public sealed record ApplicationQuery(ApplicationStatus? Status, Guid? ItemId, string? Search, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record ObjectionView(Guid Id, DateOnly RecordedOn, string Text, ObjectionDecision Decision, DateOnly? DecidedOn, string? DecisionNote);

public sealed record ApplicationItem(Guid Id, Guid EnterpriseId, string EnterpriseName, Guid PolicyId, string PolicyTitle, Guid ItemId, string ItemName,
    ApplicationStatus Status, bool NoApplication, decimal Amount, DateOnly AppliedOn, string? ParkReviewer, DateOnly? ParkReviewedOn,
    string? BureauReviewer, DateOnly? BureauReviewedOn, string? ReviewNote, DateOnly? NoticeFrom, DateOnly? NoticeUntil, decimal? PaidAmount,
    DateOnly? PaidOn, IReadOnlyList<int> Declared, IReadOnlyList<ObjectionView> Objections, IReadOnlyList<AttachmentItem> Attachments, int Version);
