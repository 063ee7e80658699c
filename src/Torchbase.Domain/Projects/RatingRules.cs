using System.Text.Json;

namespace Torchbase.Domain.Projects;

public sealed record RatingRuleSet(string Name, string Source, bool Verified, string Note, IReadOnlyList<RatingCriterion> Criteria,
    string? Policy = null, int? Year = null);

public sealed record ProjectRatingRules(string Version, RatingRuleSet Tour, RatingRuleSet ZoneEvaluation);

/// <summary>The rating rules shipped with the platform (embedded JSON: source, year, whether verified).</summary>
public static class RatingRules
{
    private static readonly Lazy<ProjectRatingRules> Current = new(() => RulesFile.Load<ProjectRatingRules>("project-rating-2022.json"));

    public static ProjectRatingRules Default => Current.Value;
}

/// <summary>The projects' rule files, embedded JSON under <c>Projects/Rules</c>.</summary>
internal static class RulesFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static T Load<T>(string file)
    {
        using var stream = typeof(RulesFile).Assembly.GetManifestResourceStream($"Torchbase.Domain.Projects.Rules.{file}")
            ?? throw new InvalidOperationException($"The project rules {file} are not embedded.");
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidDataException($"The project rules {file} are empty.");
    }
}
