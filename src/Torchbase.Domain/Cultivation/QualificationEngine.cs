using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Cultivation;

/// <summary>Evaluates an enterprise against rule sets; each rule set's kind picks the evaluator that reads its numbers.</summary>
public static class QualificationEngine
{
    public static EvaluationResult Evaluate(RuleSet rules, EnterpriseFacts facts) => rules.Kind switch
    {
        "hightech" => HighTechRules.Evaluate(rules, facts),
        "techsme" => TechSmeRules.Evaluate(rules, facts),
        "innovativesme" => InnovativeSmeRules.Evaluate(rules, facts),
        "specialized" => SpecializedRules.Evaluate(rules, facts),
        "littlegiant" => LittleGiantRules.Evaluate(rules, facts),
        "specialized2026" => Specialized2026Rules.Evaluate(rules, facts),
        "littlegiant2026" => LittleGiant2026Rules.Evaluate(rules, facts),
        "gazelle" => GazelleRules.Evaluate(rules, facts),
        _ => throw new NotSupportedException($"Rule set kind '{rules.Kind}'"),
    };

    /// <summary>Every tier, each by the version in force on the facts' evaluation date (or by the given versions).</summary>
    public static IReadOnlyList<EvaluationResult> EvaluateAll(EnterpriseFacts facts, IReadOnlyList<RuleSet>? ruleSets = null)
    {
        var sets = ruleSets ?? RuleSets.InForce(facts.AsOf);
        var results = new EvaluationResult[sets.Count];
        for (var i = 0; i < sets.Count; i++) results[i] = Evaluate(sets[i], facts);
        return results;
    }
}
