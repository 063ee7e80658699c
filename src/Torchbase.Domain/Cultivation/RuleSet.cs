using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Cultivation;

/// <summary>
/// One policy's rules as data: thresholds and point tables from the official text, with the document they come from.
/// Next year's revision is a new JSON file under RuleSets/, not new code.
/// </summary>
public sealed class RuleSet
{
    public required string Id { get; init; }
    public required QualificationType Tier { get; init; }
    /// <summary>Which evaluator reads this rule set's numbers.</summary>
    public required string Kind { get; init; }
    public required string Policy { get; init; }
    /// <summary>The policy's short name as users know it (e.g. 工信部企业〔2026〕2号), shown next to every verdict.</summary>
    public string? ShortName { get; init; }
    public int Year { get; init; }
    /// <summary>First day the standard applies (the document's 施行 date).</summary>
    public DateOnly InForceFrom { get; init; }
    /// <summary>Last day the standard applies; null while it is in force.</summary>
    public DateOnly? InForceUntil { get; init; }
    /// <summary>Region whose definition this is, for titles that provinces define themselves (瞪羚).</summary>
    public string? Region { get; init; }
    public List<PolicyDocument> Documents { get; init; } = [];
    /// <summary>Numbers that could not be checked against the official text; shown to the user next to the verdict.</summary>
    public List<string> Unverified { get; init; } = [];
    /// <summary>Maintainers' notes: how the text was read. Not shown to users.</summary>
    public List<string> Notes { get; init; } = [];
    /// <summary>Plain notes for users, per language ("zh-CN", "en"): what is not confirmed, what is declared instead of computed.</summary>
    public Dictionary<string, List<string>> UserNotes { get; init; } = [];
    public Dictionary<string, decimal> Thresholds { get; init; } = [];
    public Dictionary<string, List<Band>> Tables { get; init; } = [];

    public decimal T(string key) => Thresholds.TryGetValue(key, out var v) ? v : throw new KeyNotFoundException($"{Id}: threshold '{key}' missing");
    public bool IsInForce(DateOnly on) => on >= InForceFrom && (InForceUntil is not { } until || on <= until);

    /// <summary>Whether any day of <paramref name="year"/> falls in the standard's period.</summary>
    public bool InForceDuring(int year) => InForceFrom.Year <= year && (InForceUntil is not { } until || until.Year >= year);

    public List<Band> Table(string key) => Tables.TryGetValue(key, out var v) ? v : throw new KeyNotFoundException($"{Id}: table '{key}' missing");
}

public sealed record PolicyDocument(string Title, string? Number, string? Url, bool Verified, string? VerifiedBy);

/// <summary>
/// A row of a point table. Rows are read top to bottom; the first whose lower bound the value reaches wins.
/// <see cref="AtLeast"/> is inclusive (以上/不低于), <see cref="Above"/> exclusive, <see cref="AtMost"/> an upper bound (以下, for tables where less is better); a row with none is the floor.
/// Where the official table gives a range of points the experts choose from (e.g. 7–8), Points is the low end and PointsMax the high end.
/// </summary>
public sealed record Band(decimal? AtLeast = null, decimal? Above = null, decimal? AtMost = null, decimal Points = 0, decimal? PointsMax = null)
{
    public bool Matches(decimal value) =>
        AtLeast is { } a ? value >= a : Above is { } b ? value > b : AtMost is not { } m || value <= m;
    public decimal High => PointsMax ?? Points;
}

public static class Bands
{
    public static Band Find(this IReadOnlyList<Band> table, decimal value) =>
        table.FirstOrDefault(b => b.Matches(value)) ?? new Band();

    /// <summary>The next better row than the one matched: what the value would have to reach for more points.</summary>
    public static Band? Next(this IReadOnlyList<Band> table, decimal value)
    {
        var index = -1;
        for (var i = 0; i < table.Count; i++) if (table[i].Matches(value)) { index = i; break; }
        return index > 0 ? table[index - 1] : index == -1 && table.Count > 0 ? table[^1] : null;
    }
}

/// <summary>The rule sets shipped with the platform, loaded once from the embedded JSON files.</summary>
public static class RuleSets
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly Lazy<IReadOnlyList<RuleSet>> Loaded = new(Load);

    public static IReadOnlyList<RuleSet> All => Loaded.Value;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, IReadOnlyList<RuleSet>> ByDate = new();

    /// <summary>
    /// The version of each tier in force on <paramref name="on"/>: what an enterprise is judged by that day. A tier with no version
    /// in force that day (before its first standard) is left out.
    /// </summary>
    public static IReadOnlyList<RuleSet> InForce(DateOnly on) => ByDate.GetOrAdd(on, d => All
        .Where(r => r.IsInForce(d))
        .GroupBy(r => r.Tier)
        .Select(g => g.MaxBy(r => r.InForceFrom)!)
        .OrderBy(r => r.Tier)
        .ToList());

    /// <summary>The version of one tier in force on a date.</summary>
    public static RuleSet? InForce(QualificationType tier, DateOnly on)
    {
        foreach (var r in InForce(on)) if (r.Tier == tier) return r;
        return null;
    }

    /// <summary>
    /// Versions not in force on <paramref name="on"/> but in force on another day of the same year (a year of transition, such as
    /// 2026 for 专精特新 and 小巨人): the enterprise is shown both verdicts side by side.
    /// </summary>
    public static IReadOnlyList<RuleSet> AlsoInForceThisYear(DateOnly on)
    {
        var current = InForce(on);
        return All.Where(r => !current.Contains(r) && r.InForceDuring(on.Year) && current.Any(c => c.Tier == r.Tier)).OrderBy(r => r.Tier).ToList();
    }

    public static RuleSet? Find(string id) => All.FirstOrDefault(r => r.Id == id);

    private static IReadOnlyList<RuleSet> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        return assembly.GetManifestResourceNames()
            .Where(n => n.Contains(".Cultivation.RuleSets.") && n.EndsWith(".json"))
            .Order()
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                return JsonSerializer.Deserialize<RuleSet>(stream, Json) ?? throw new InvalidDataException(n);
            })
            .ToList();
    }
}
