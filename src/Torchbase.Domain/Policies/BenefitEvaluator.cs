using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Policies;

/// <summary>
/// What a benefit reads about one enterprise: the cultivation facts (reports, titles, declarations), its park and industry chain,
/// whether it is in the cultivation library, which of the item's declarations it has made (by condition index), and how much of
/// this item it has already received (against the per-enterprise limit).
/// </summary>
public sealed record BenefitFacts(
    EnterpriseFacts Facts,
    Guid ParkId,
    string Chain,
    bool InLibrary,
    IReadOnlySet<int>? Declared = null,
    decimal AlreadyReceived = 0);

/// <summary>
/// Eligible: every condition met. EligibleOnDeclaration: met but for declarations not made yet (the enterprise declares when it
/// applies). NearMiss: the failed conditions are figures short by at most <see cref="BenefitEvaluator.NearMissDistance"/>.
/// MissingData: a figure it needs was not reported. NotEligible: anything else.
/// </summary>
public enum BenefitVerdict { Eligible, EligibleOnDeclaration, NearMiss, MissingData, NotEligible }

/// <summary>
/// How the amount came about: the figure it was computed from (last year's, or its increase), the rate or tier, the raw result,
/// the cap, what the per-enterprise limit still allowed, and the amount. <see cref="Tier"/> is the index of the tier applied.
/// </summary>
public sealed record AmountExplanation(
    AmountRuleKind Kind,
    decimal? Base,
    decimal? Rate,
    decimal Computed,
    decimal? Cap,
    decimal? LimitLeft,
    decimal Amount,
    int? Tier = null)
{
    public bool Capped => Cap is { } c && Computed > c;
    public bool Limited => LimitLeft is { } l && Math.Min(Computed, Cap ?? Computed) > l;
}

/// <param name="Conditions">One result per condition of the item, in the item's order (the key names the kind).</param>
/// <param name="Amount">Null when a figure the rule needs is missing.</param>
/// <param name="Distance">The largest relative shortfall of the failed conditions; null when one cannot be measured.</param>
public sealed record BenefitEvaluation(
    BenefitVerdict Verdict,
    IReadOnlyList<CriterionResult> Conditions,
    decimal? Amount,
    AmountExplanation? Explanation,
    decimal? Distance)
{
    public bool Qualifies => Verdict is BenefitVerdict.Eligible or BenefitVerdict.EligibleOnDeclaration;
}

/// <summary>
/// Evaluates a benefit item for an enterprise with the cultivation engine's explained criteria: each condition met, not met,
/// missing or (for a declaration) unknown until declared, with the gap where one can be said; then the amount with its explanation.
/// </summary>
public static class BenefitEvaluator
{
    /// <summary>A failed figure within 30% of what is required counts as nearly qualifying (a platform setting, not a policy rule).</summary>
    public const decimal NearMissDistance = 0.3m;

    /// <summary>The unit of a declaration's result: met means the enterprise declared it (the reviewer confirms).</summary>
    public const string DeclarationUnit = "declaration";

    public static BenefitEvaluation Evaluate(BenefitItem item, BenefitFacts facts)
    {
        var results = item.Conditions.Select((c, i) => Check(c, i, facts)).ToList();
        var amount = Amount(item, facts);
        var decided = Checks.Decide(results);
        decimal? distance = 0;
        foreach (var r in results.Where(r => r.Status == CriterionStatus.NotMet))
            distance = r.Distance is { } d && distance is { } worst ? Math.Max(worst, d) : null;
        var openDeclarationsOnly = results.All(r => r.Status == CriterionStatus.Met || (r.Status == CriterionStatus.Unknown && r.Unit == DeclarationUnit));
        var verdict = decided switch
        {
            Verdict.Qualifies when amount is not null => BenefitVerdict.Eligible,
            Verdict.MissingData when openDeclarationsOnly && amount is not null => BenefitVerdict.EligibleOnDeclaration,
            Verdict.DoesNotQualify when distance is { } d && d <= NearMissDistance => BenefitVerdict.NearMiss,
            Verdict.DoesNotQualify => BenefitVerdict.NotEligible,
            _ => BenefitVerdict.MissingData,
        };
        if (verdict != BenefitVerdict.NearMiss && verdict != BenefitVerdict.NotEligible) distance = verdict == BenefitVerdict.MissingData ? null : 0;
        return new(verdict, results, amount?.Amount, amount, distance);
    }

    public static CriterionResult Check(BenefitCondition c, int index, BenefitFacts facts)
    {
        var f = facts.Facts;
        var key = char.ToLowerInvariant(c.Kind.ToString()[0]) + c.Kind.ToString()[1..];
        var last = f.Report(f.LastYear);
        switch (c.Kind)
        {
            case ConditionKind.TitleHeld:
                return Checks.Holds(key, f.Holds(c.Title!.Value));
            case ConditionKind.TitleGranted:
                return Checks.Holds(key, f.Held.Any(h => h.Type == c.Title && h.IssuedOn >= c.From && h.IssuedOn <= c.To));
            case ConditionKind.FigureAtLeast:
                return Checks.AtLeast(key, Figures.Read(last, c.Figure!.Value), c.Value!.Value, Figures.Unit(c.Figure.Value));
            case ConditionKind.FigureAtMost:
                return Checks.AtMost(key, Figures.Read(last, c.Figure!.Value), c.Value!.Value, Figures.Unit(c.Figure.Value));
            case ConditionKind.GrowthAtLeast:
            {
                var now = Figures.Read(last, c.Figure!.Value);
                var before = Figures.Read(f.Report(f.LastYear - 1), c.Figure.Value);
                if (now is not { } n || before is not { } b) return new(key, CriterionStatus.Missing, Checks.Ratio, Required: c.Value);
                if (b <= 0) return new(key, CriterionStatus.NotMet, Checks.Ratio, null, c.Value);
                var growth = (n - b) / b;
                // The gap is what the figure still lacks to reach the growth, in the figure's own unit.
                return growth >= c.Value ? new(key, CriterionStatus.Met, Checks.Ratio, growth, c.Value)
                    : new(key, CriterionStatus.NotMet, Checks.Ratio, growth, c.Value, Gap: b * (1 + c.Value!.Value) - n, GapUnit: Figures.Unit(c.Figure.Value));
            }
            case ConditionKind.InPark:
                return Checks.Holds(key, facts.ParkId == c.ParkId);
            case ConditionKind.InChain:
                return Checks.Holds(key, string.Equals(facts.Chain, c.Chain?.Trim(), StringComparison.Ordinal));
            case ConditionKind.InLibrary:
                return Checks.Holds(key, facts.InLibrary);
            case ConditionKind.AboveSize:
                return Checks.AboveSize(key, f.Size(c.SizeYear(f.LastYear)), c.SizeClass);
            case ConditionKind.BecameAboveSize:
            {
                var year = c.SizeYear(f.LastYear);
                return Checks.BecameAboveSize(key, f.Size(year), f.Size(year - 1), c.SizeClass);
            }
            case ConditionKind.Declaration:
                return Checks.Declared(key, facts.Declared?.Contains(index) == true ? true : null) with { Unit = DeclarationUnit };
            default:
                throw new ArgumentOutOfRangeException(nameof(c), c.Kind, null);
        }
    }

    /// <summary>The amount by the item's rule, capped, and within what the per-enterprise limit still allows; null when a figure is missing.</summary>
    public static AmountExplanation? Amount(BenefitItem item, BenefitFacts facts)
    {
        var rule = item.Rule;
        var f = facts.Facts;
        var last = rule.Figure is { } fig ? Figures.Read(f.Report(f.LastYear), fig) : null;
        decimal? baseValue = null, rate = null;
        int? tier = null;
        decimal computed;
        switch (rule.Kind)
        {
            case AmountRuleKind.Fixed:
                computed = rule.Fixed ?? 0;
                break;
            case AmountRuleKind.Share:
                if (last is not { } v) return null;
                (baseValue, rate, computed) = (v, rule.Rate, Math.Max(0, v) * (rule.Rate ?? 0));
                break;
            case AmountRuleKind.GrowthShare:
                var before = Figures.Read(f.Report(f.LastYear - 1), rule.Figure!.Value);
                if (last is not { } now || before is not { } b) return null;
                (baseValue, rate) = (now - b, rule.Rate);
                computed = Math.Max(0, now - b) * (rule.Rate ?? 0);
                break;
            case AmountRuleKind.Tiers:
                if (last is not { } x) return null;
                baseValue = x;
                var tiers = (rule.Tiers ?? []).Select((t, i) => (t, i)).Where(p => x >= p.t.From).OrderByDescending(p => p.t.From).ToList();
                if (tiers.Count > 0) tier = tiers[0].i;
                computed = tiers.Count > 0 ? tiers[0].t.Amount : 0;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(item), rule.Kind, null);
        }
        computed = Math.Round(computed, 2, MidpointRounding.AwayFromZero);
        var amount = rule.Cap is { } cap ? Math.Min(computed, cap) : computed;
        decimal? limitLeft = item.PerEnterpriseLimit is { } limit ? Math.Max(0, limit - facts.AlreadyReceived) : null;
        if (limitLeft is { } left) amount = Math.Min(amount, left);
        return new(rule.Kind, baseValue, rate, computed, rule.Cap, limitLeft, amount, tier);
    }
}

/// <summary>A payout never exceeds what is left of the budget; an item without a budget is not limited.</summary>
public static class BenefitBudget
{
    public static bool CanPay(decimal? budget, decimal paid, decimal amount) => amount > 0 && (budget is not { } b || b - paid >= amount);

    /// <summary>A batch (免申即享) is paid whole or not at all: the sum must fit what is left.</summary>
    public static bool CanPayBatch(decimal? budget, decimal paid, IEnumerable<decimal> amounts)
    {
        var list = amounts.ToList();
        return list.Count > 0 && list.All(a => a > 0) && CanPay(budget, paid, list.Sum());
    }
}
