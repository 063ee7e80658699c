using Torchbase.Domain.Common;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Finance;

public enum FinancialProductKind { PointsLoan, IpPledgeLoan, TechLoan, CreditLoan, Other }

/// <summary>A bank's product in the financial supermarket (金融超市). Money in 万元, rates in % a year.</summary>
public sealed class FinancialProduct : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid BankId { get; set; }
    public required string Name { get; set; }
    public FinancialProductKind Kind { get; set; }
    public string? Description { get; set; }
    public double? MinPoints { get; set; }
    /// <summary>Lowest grade accepted ("B" accepts A and B).</summary>
    public string? MinGrade { get; set; }
    public QualificationType? RequiredQualification { get; set; }
    public decimal MaxAmount { get; set; }
    public decimal RateFrom { get; set; }
    public decimal RateTo { get; set; }
    public int MaxTermMonths { get; set; }
    public bool Active { get; set; } = true;
    public DateOnly PublishedOn { get; set; }
    public int Version { get; set; }
}

public enum FinancingStatus { Submitted, Offered, Approved, Disbursed, Declined, Withdrawn }

/// <summary>An enterprise's financing request for one product, and the bank's answer: offer, approval, disbursement.</summary>
public sealed class FinancingRequest : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid EnterpriseId { get; set; }
    public Guid ProductId { get; set; }
    public Guid BankId { get; set; }
    public decimal Amount { get; set; }
    public int TermMonths { get; set; }
    public string? Purpose { get; set; }
    public FinancingStatus Status { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public decimal? OfferedAmount { get; set; }
    public decimal? OfferedRate { get; set; }
    public int? OfferedTermMonths { get; set; }
    public DateOnly? OfferedOn { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    public decimal? DisbursedAmount { get; set; }
    public DateOnly? DisbursedOn { get; set; }
    public string? BankNote { get; set; }
    public int Version { get; set; }
}

/// <summary>A registered provider of services that innovation vouchers (科技创新券) pay for.</summary>
public sealed class VoucherProvider : IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public required string Name { get; set; }
    public required string Services { get; set; }
    public string? Contact { get; set; }
    public bool Active { get; set; } = true;
}

public enum VoucherStatus { Submitted, Approved, Rejected, Redeemed }

public sealed class VoucherApplication : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid EnterpriseId { get; set; }
    public Guid ProviderId { get; set; }
    public required string Service { get; set; }
    public int Year { get; set; }
    public decimal ContractAmount { get; set; }
    public decimal RequestedAmount { get; set; }
    public decimal? ApprovedAmount { get; set; }
    public decimal? RedeemedAmount { get; set; }
    public VoucherStatus Status { get; set; }
    public DateOnly AppliedOn { get; set; }
    public DateOnly? ReviewedOn { get; set; }
    public DateOnly? RedeemedOn { get; set; }
    public string? ReviewNote { get; set; }
    /// <summary>The benefit item (惠企政策) this record pays, when the bureau linked it: the policy statistics count it once.</summary>
    public Guid? PolicyItemId { get; set; }
    public int Version { get; set; }
}

public enum FundLevel { National, Provincial, Municipal }

public enum FundStatus { Applied, Approved, Rejected }

/// <summary>An application to a higher-level policy fund (国家/省/市级政策资金) and its outcome.</summary>
public sealed class PolicyFundApplication : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid EnterpriseId { get; set; }
    public required string FundName { get; set; }
    public FundLevel Level { get; set; }
    public int Year { get; set; }
    public decimal AppliedAmount { get; set; }
    public decimal? SecuredAmount { get; set; }
    public FundStatus Status { get; set; }
    public DateOnly AppliedOn { get; set; }
    public DateOnly? DecidedOn { get; set; }
    /// <summary>The benefit item (惠企政策) this record pays, when the bureau linked it: the policy statistics count it once.</summary>
    public Guid? PolicyItemId { get; set; }
    public int Version { get; set; }
}
