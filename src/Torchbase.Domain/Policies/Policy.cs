using Torchbase.Domain.Common;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Policies;

/// <summary>Who issued a policy: 国家, 省, 市, 区.</summary>
public enum PolicyLevel { National, Provincial, City, District }

/// <summary>A draft is edited by the bureau; a published policy is matched and applied for; a withdrawn one is neither.</summary>
public enum PolicyState { Draft, Published, Withdrawn }

/// <summary>奖励, 补贴, 贴息, 税费减免, 创新券, 荣誉, 资金申报.</summary>
public enum BenefitType { Reward, Subsidy, InterestSubsidy, TaxRelief, InnovationVoucher, Honour, FundApplication }

/// <summary>
/// A policy text (惠企政策) as the bureau records it: title, 文号, issuing body and level, the dates it is in force, the full text or a
/// link to it. Its benefit items are what an enterprise can get.
/// </summary>
public sealed class Policy : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public required string Title { get; set; }
    /// <summary>文号, e.g. 平高管〔2026〕12号.</summary>
    public string? DocumentNo { get; set; }
    public required string IssuingBody { get; set; }
    public PolicyLevel Level { get; set; }
    public DateOnly InForceFrom { get; set; }
    public DateOnly? InForceUntil { get; set; }
    public string? Text { get; set; }
    public string? Url { get; set; }
    public PolicyState State { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public int Version { get; set; }
    public List<BenefitItem> Items { get; set; } = [];

    public bool IsInForce(DateOnly day) => InForceFrom <= day && (InForceUntil is not { } until || day <= until);
}

/// <summary>
/// One benefit of a policy: its type, how the amount is computed, the per-enterprise limit and the total budget (万元), the
/// conditions as data, and whether it is paid without an application (免申即享). <see cref="Paid"/> is the budget already consumed.
/// </summary>
public sealed class BenefitItem
{
    public Guid Id { get; set; }
    public Guid PolicyId { get; set; }
    public required string Name { get; set; }
    public BenefitType Type { get; set; }
    public AmountRule Rule { get; set; } = AmountRule.FixedAmount(0);
    public decimal? PerEnterpriseLimit { get; set; }
    public decimal? Budget { get; set; }
    public decimal Paid { get; set; }
    public bool NoApplication { get; set; }
    public List<BenefitCondition> Conditions { get; set; } = [];
    public int SortOrder { get; set; }

    public decimal? Remaining => Budget is { } b ? b - Paid : null;
}
