using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Policies;

/// <summary>
/// "Does this enterprise qualify for this item now?" without building the explained evaluation: an item is read once (its
/// checked conditions, the chain trimmed), then each enterprise costs a few comparisons and no allocation. It answers exactly as
/// <c>BenefitEvaluator.Evaluate(item, facts).Qualifies</c> does (the tests compare them): every condition met, a declaration not yet
/// made being no obstacle, and the amount computable. Matching many enterprises filters with it and explains only the qualifying.
/// </summary>
public sealed class BenefitMatcher
{
    private readonly BenefitCondition[] _conditions;
    private readonly string?[] _chains;

    private BenefitMatcher(BenefitItem item)
    {
        Item = item;
        // A declaration is met once made and open until then: it never stops an enterprise from qualifying.
        _conditions = item.Conditions.Where(c => c.Kind != ConditionKind.Declaration).ToArray();
        _chains = _conditions.Select(c => c.Chain?.Trim()).ToArray();
    }

    public BenefitItem Item { get; }

    public static BenefitMatcher For(BenefitItem item) => new(item);

    /// <summary>
    /// For each item, the positions of the enterprises that qualify for it, in ascending order: the same answer as asking
    /// <see cref="Qualifies"/> for every pair in turn. Each item is compiled once and shared; the enterprises are cut into
    /// <paramref name="parts"/> contiguous ranges (by default one per core) matched side by side, each range collecting its own
    /// positions, which are then joined in range order — so no lock is taken and the order does not depend on the threads.
    /// </summary>
    public static int[][] MatchAll(IReadOnlyList<BenefitItem> items, IReadOnlyList<BenefitFacts> enterprises, int? parts = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts ?? 1, 1, nameof(parts));
        var matchers = items.Select(For).ToArray();
        var count = Math.Max(1, Math.Min(parts ?? Environment.ProcessorCount, enterprises.Count));
        var found = new List<int>[count][];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = count }, part =>
        {
            var (from, to) = ((int)((long)enterprises.Count * part / count), (int)((long)enterprises.Count * (part + 1) / count));
            var mine = matchers.Select(_ => new List<int>()).ToArray();
            for (var e = from; e < to; e++)
            {
                var facts = enterprises[e];
                for (var i = 0; i < matchers.Length; i++)
                    if (matchers[i].Qualifies(facts)) mine[i].Add(e);
            }
            found[part] = mine;
        });
        return Enumerable.Range(0, matchers.Length).Select(i => found.SelectMany(part => part[i]).ToArray()).ToArray();
    }

    public bool Qualifies(BenefitFacts facts)
    {
        var f = facts.Facts;
        var last = f.Report(f.LastYear);
        for (var i = 0; i < _conditions.Length; i++)
            if (!Met(_conditions[i], _chains[i], facts, last)) return false;
        return HasAmount(Item.Rule, f, last);
    }

    private static bool Met(BenefitCondition c, string? chain, BenefitFacts facts, AnnualReport? last)
    {
        var f = facts.Facts;
        switch (c.Kind)
        {
            case ConditionKind.TitleHeld:
                return f.Holds(c.Title!.Value);
            case ConditionKind.TitleGranted:
                for (var i = 0; i < f.Held.Count; i++)
                {
                    var h = f.Held[i];
                    if (h.Type == c.Title && h.IssuedOn >= c.From && h.IssuedOn <= c.To) return true;
                }
                return false;
            case ConditionKind.FigureAtLeast:
                return Figures.Read(last, c.Figure!.Value) is { } least && least >= c.Value!.Value;
            case ConditionKind.FigureAtMost:
                return Figures.Read(last, c.Figure!.Value) is { } most && most <= c.Value!.Value;
            case ConditionKind.GrowthAtLeast:
                if (Figures.Read(last, c.Figure!.Value) is not { } now || Figures.Read(f.Report(f.LastYear - 1), c.Figure.Value) is not { } before
                    || before <= 0) return false;
                return (now - before) / before >= c.Value;
            case ConditionKind.InPark:
                return facts.ParkId == c.ParkId;
            case ConditionKind.InChain:
                return string.Equals(facts.Chain, chain, StringComparison.Ordinal);
            case ConditionKind.InLibrary:
                return facts.InLibrary;
            case ConditionKind.AboveSize:
                return Cultivation.Checks.AboveSize("", f.Size(c.SizeYear(f.LastYear)), c.SizeClass).Status == Cultivation.CriterionStatus.Met;
            case ConditionKind.BecameAboveSize:
                var year = c.SizeYear(f.LastYear);
                return Cultivation.Checks.BecameAboveSize("", f.Size(year), f.Size(year - 1), c.SizeClass).Status == Cultivation.CriterionStatus.Met;
            default:
                throw new ArgumentOutOfRangeException(nameof(c), c.Kind, null);
        }
    }

    /// <summary>The amount can be computed: the figures its rule reads were reported (a fixed amount reads none).</summary>
    private static bool HasAmount(AmountRule rule, Cultivation.EnterpriseFacts f, AnnualReport? last) => rule.Kind switch
    {
        AmountRuleKind.Fixed => true,
        AmountRuleKind.GrowthShare => rule.Figure is { } g && Figures.Read(last, g) is not null && Figures.Read(f.Report(f.LastYear - 1), g) is not null,
        _ => rule.Figure is { } fig && Figures.Read(last, fig) is not null,
    };
}
