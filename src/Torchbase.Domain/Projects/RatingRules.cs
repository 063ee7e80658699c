using System.Text.Json;

namespace Torchbase.Domain.Projects;

public sealed record RatingRuleSet(string Name, string Source, bool Verified, string Note, IReadOnlyList<RatingCriterion> Criteria,
    string? Policy = null, int? Year = null);

public sealed record ProjectRatingRules(string Version, RatingRuleSet Tour, RatingRuleSet ZoneEvaluation);

/// <summary>The rating rules shipped with the platform (embedded JSON: source, year, whether verified).</summary>
public static class RatingRules
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<ProjectRatingRules> Current = new(() =>
    {
        using var stream = typeof(RatingRules).Assembly.GetManifestResourceStream("Torchbase.Domain.Projects.Rules.project-rating-2022.json")
            ?? throw new InvalidOperationException("The project rating rules are not embedded.");
        return JsonSerializer.Deserialize<ProjectRatingRules>(stream, Json)!;
    });

    public static ProjectRatingRules Default => Current.Value;
}
