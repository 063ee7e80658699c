using Torchbase.Domain.Enterprises;
using static Torchbase.Domain.Cultivation.Checks;

namespace Torchbase.Domain.Cultivation;

/// <summary>瞪羚企业: high growth after start-up, on top of a 高企 or 科小 title. The province's definition is in the rule set.</summary>
public static class GazelleRules
{
    public static EvaluationResult Evaluate(RuleSet rules, EnterpriseFacts facts)
    {
        var y = facts.LastYear;
        var last = facts.Report(y);
        var first = facts.Report(y - 2);
        var criteria = new List<CriterionResult>
        {
            Holds("holdsHighTechOrTechSme", facts.Holds(QualificationType.HighTech) || facts.Holds(QualificationType.TechSme)),
            AtMost("registeredYears", HighTechRules.YearsBetween(facts.RegisteredOn, facts.AsOf), rules.T("maxYearsRegistered"), Years),
            AtLeast("revenue", last?.Revenue, rules.T("minRevenue"), Wan),
        };
        var cagr = Cagr(first?.Revenue, last?.Revenue, 2);
        var growth = AtLeast("revenueCagr", cagr, rules.T("minCagr"), Checks.Ratio);
        // Say the gap in money: the revenue that would have given the required growth.
        if (growth.Status == CriterionStatus.NotMet && first?.Revenue is { } f && last?.Revenue is { } l)
        {
            var needed = f * (1 + rules.T("minCagr")) * (1 + rules.T("minCagr"));
            growth = growth with { Gap = Math.Max(0, needed - l), GapUnit = Wan };
        }
        criteria.Add(growth);
        return new EvaluationResult(rules.Id, rules.Tier, Decide(criteria), criteria, AlreadyHeld: facts.Holds(QualificationType.Gazelle));
    }
}
