using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Finance;
using Torchbase.Http;

namespace Torchbase.Features.Finance;

public sealed record ProductListQuery(string? Search, FinancialProductKind? Kind, Guid? BankId, bool? Active, int? Page, int? PageSize, string? Sort,
    bool? Desc) : PageQuery(Page, PageSize, Sort, Desc);

public sealed record ProductItem(
    Guid Id, Guid BankId, string BankName, string Name, FinancialProductKind Kind, string? Description, double? MinPoints, string? MinGrade,
    QualificationType? RequiredQualification, decimal MaxAmount, decimal RateFrom, decimal RateTo, int MaxTermMonths, bool Active,
    DateOnly PublishedOn, int Version, Eligibility? Eligibility = null);

public sealed record ProductInput(
    string? Name, FinancialProductKind? Kind, string? Description, double? MinPoints, string? MinGrade, QualificationType? RequiredQualification,
    decimal? MaxAmount, decimal? RateFrom, decimal? RateTo, int? MaxTermMonths, bool? Active, int? Version);

public sealed record ConsentItem(Guid BankId, string BankName, bool Granted, DateTimeOffset? GrantedAt, DateTimeOffset? RevokedAt);

public sealed record RequestListQuery(string? Search, FinancingStatus? Status, Guid? BankId, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record RequestItem(
    Guid Id, Guid EnterpriseId, string EnterpriseName, Guid ProductId, string ProductName, FinancialProductKind Kind, Guid BankId, string BankName,
    decimal Amount, int TermMonths, string? Purpose, FinancingStatus Status, DateOnly SubmittedOn,
    decimal? OfferedAmount, decimal? OfferedRate, int? OfferedTermMonths, DateOnly? OfferedOn, DateOnly? ApprovedOn,
    decimal? DisbursedAmount, DateOnly? DisbursedOn, string? BankNote, double? Points, string? Grade, int Version);

public sealed record RequestInput(Guid? ProductId, decimal? Amount, int? TermMonths, string? Purpose);

public sealed record OfferInput(decimal? Amount, decimal? Rate, int? TermMonths, string? Note, int? Version);

public sealed record DisburseInput(decimal? Amount, DateOnly? DisbursedOn, int? Version);

public sealed record StepInput(string? Note, int? Version);

public sealed record ProviderItem(Guid Id, string Name, string Services, string? Contact, bool Active);

public sealed record ProviderInput(string? Name, string? Services, string? Contact);

public sealed record VoucherListQuery(string? Search, VoucherStatus? Status, int? Year, Guid? ParkId, Guid? PolicyItemId, int? Page, int? PageSize,
    string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record VoucherItem(
    Guid Id, Guid EnterpriseId, string EnterpriseName, Guid ProviderId, string ProviderName, string Service, int Year,
    decimal ContractAmount, decimal RequestedAmount, decimal? ApprovedAmount, decimal? RedeemedAmount, VoucherStatus Status,
    DateOnly AppliedOn, DateOnly? ReviewedOn, DateOnly? RedeemedOn, string? ReviewNote, Guid? PolicyItemId, string? PolicyItemName, int Version);

public sealed record VoucherInput(Guid? ProviderId, string? Service, decimal? ContractAmount, decimal? RequestedAmount, Guid? PolicyItemId);

/// <summary>PolicyItemId, when given, links the voucher to the benefit item it pays (left out: the link stays as it is).</summary>
public sealed record VoucherReviewInput(bool? Approve, decimal? Amount, string? Note, int? Version, Guid? PolicyItemId);

public sealed record VoucherRedeemInput(decimal? Amount, int? Version);

public sealed record FundListQuery(string? Search, FundStatus? Status, FundLevel? Level, int? Year, Guid? ParkId, Guid? PolicyItemId, int? Page,
    int? PageSize, string? Sort,
    bool? Desc) : PageQuery(Page, PageSize, Sort, Desc);

public sealed record FundItem(
    Guid Id, Guid EnterpriseId, string EnterpriseName, string FundName, FundLevel Level, int Year, decimal AppliedAmount,
    decimal? SecuredAmount, FundStatus Status, DateOnly AppliedOn, DateOnly? DecidedOn, Guid? PolicyItemId, string? PolicyItemName, int Version);

public sealed record FundInput(Guid? EnterpriseId, string? FundName, FundLevel? Level, int? Year, decimal? AppliedAmount, Guid? PolicyItemId);

public sealed record FundDecisionInput(bool? Approved, decimal? SecuredAmount, int? Version);

public sealed record AmountByKey(string Key, int Count, decimal Amount);

public sealed record FinanceStats(
    int Products, int Requests, decimal CreditGranted, decimal Disbursed, decimal PointsLoanDisbursed, IReadOnlyList<AmountByKey> DisbursedByBank,
    int VoucherEnterprises, decimal VouchersApproved, decimal VouchersRedeemed, decimal FundsSecured, int FundsApproved);
