namespace Torchbase.Domain.Policies;

/// <summary>
/// Fixed: a set amount. Share: a share of last year's figure. GrowthShare: a share of the figure's increase over the year before
/// (研发费用增量的 10%). Tiers: the amount of the highest tier whose threshold last year's figure reaches.
/// </summary>
public enum AmountRuleKind { Fixed, Share, GrowthShare, Tiers }

/// <summary>A tier: from this figure on (inclusive), this amount (万元).</summary>
public sealed record AmountTier(decimal From, decimal Amount);

/// <summary>How a benefit's amount is computed (万元). <see cref="Cap"/> bounds a share (最高 100 万元).</summary>
public sealed record AmountRule(
    AmountRuleKind Kind,
    decimal? Fixed = null,
    ReportFigure? Figure = null,
    decimal? Rate = null,
    decimal? Cap = null,
    IReadOnlyList<AmountTier>? Tiers = null)
{
    public static AmountRule FixedAmount(decimal amount) => new(AmountRuleKind.Fixed, Fixed: amount);

    /// <summary>What is wrong with the rule as data, or null.</summary>
    public (string Field, string Error)? Problem()
    {
        if (Cap < 0) return ("cap", "not_negative");
        return Kind switch
        {
            AmountRuleKind.Fixed when Fixed is null => ("fixed", "required"),
            AmountRuleKind.Fixed when Fixed < 0 => ("fixed", "not_negative"),
            AmountRuleKind.Share or AmountRuleKind.GrowthShare when Figure is null => ("figure", "required"),
            AmountRuleKind.Share or AmountRuleKind.GrowthShare when Rate is not (> 0 and <= 1) => ("rate", "policy_bad_rate"),
            AmountRuleKind.Tiers when Figure is null => ("figure", "required"),
            AmountRuleKind.Tiers when Tiers is not { Count: > 0 } => ("tiers", "required"),
            AmountRuleKind.Tiers when Tiers.Any(t => t.Amount < 0) => ("tiers", "not_negative"),
            AmountRuleKind.Tiers when Tiers.Select(t => t.From).Distinct().Count() != Tiers.Count => ("tiers", "policy_duplicate_tier"),
            _ => null,
        };
    }
}
