using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Torchbase.Domain.Enterprises;

/// <summary>What the rules say of one enterprise's year: above the designated size (规上 / 限上), below, or not decidable.</summary>
public enum SizeVerdict
{
    /// <summary>The figure the rule reads reaches the threshold.</summary>
    Above,
    /// <summary>The figure is reported and below the threshold.</summary>
    Below,
    /// <summary>The rule depends on a declaration (a construction licence, development business) the year's report does not hold yet.</summary>
    Declaration,
    /// <summary>No industry code, a code too coarse to pick the rule (F alone: wholesale or retail?), or the figure not reported.</summary>
    Unknown,
    /// <summary>The sector has no designated-size scope (agriculture, finance, public administration…).</summary>
    OutOfScope,
}

/// <summary>One sector's rule: which industry codes it covers, the figure it reads and the threshold in 万元.</summary>
public sealed record SizeClass(
    string Code, string Name, string NameEn, IReadOnlyList<string> Prefixes, bool Industrial = false,
    string? Figure = null, decimal? ThresholdWan = null, string? Declaration = null, string? DeclarationEn = null);

public sealed record SizeRuleSource(string Title, string Issuer, string Date, string Url);

/// <summary>The rules in force from one date (inclusive) until another (exclusive; null: still in force).</summary>
public sealed record SizeRuleVersion(
    DateOnly From, DateOnly? Until, IReadOnlyList<SizeRuleSource> Sources, string Note, string NoteEn, IReadOnlyList<SizeClass> Classes)
{
    public bool InForceOn(DateOnly date) => From <= date && (Until is null || date < Until);

    /// <summary>The class whose longest prefix matches the code; null when none does.</summary>
    public (SizeClass? Class, bool TooCoarse) ClassOf(string code)
    {
        var match = Classes.SelectMany(c => c.Prefixes.Select(p => (Class: c, Prefix: p)))
            .Where(x => code.StartsWith(x.Prefix, StringComparison.Ordinal)).OrderByDescending(x => x.Prefix.Length).FirstOrDefault();
        if (match.Class is not null) return (match.Class, false);
        // "F" or "K70" is coarser than a rule's prefix ("F51", "K702"): the class cannot be told yet.
        return (null, Classes.Any(c => c.Prefixes.Any(p => p.StartsWith(code, StringComparison.Ordinal))));
    }
}

/// <summary>The verdict for a year with the class it came from (null when no class applies).</summary>
public sealed record SizeResult(SizeVerdict Verdict, SizeClass? Class, decimal? Figure);

/// <summary>
/// 规模（限额）以上: whether an enterprise is counted above the designated size in a year, from its industry code
/// (国民经济行业分类 GB/T 4754-2017: a section letter and up to four digits, e.g. <c>C3812</c>) and that year's report.
/// The thresholds are data (<c>Enterprises/SizeRules/above-designated-size.json</c>) with the dates they are in force.
/// </summary>
public static partial class AboveDesignatedSize
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly Lazy<IReadOnlyList<SizeRuleVersion>> Loaded = new(Load);

    public static IReadOnlyList<SizeRuleVersion> Versions => Loaded.Value;

    /// <summary>A GB/T 4754-2017 code as stored: a section letter A–T, then nothing or 2, 3 or 4 digits.</summary>
    [GeneratedRegex("^[A-T]([0-9]{2}([0-9]{1,2})?)?$")]
    public static partial Regex CodePattern();

    public static bool IsValidCode(string? code) => code is not null && CodePattern().IsMatch(code);

    /// <summary>The version in force at the end of the year; null for a year before the first.</summary>
    public static SizeRuleVersion? InForce(int year) => Versions.FirstOrDefault(v => v.InForceOn(new DateOnly(year, 12, 31)));

    /// <summary>
    /// The verdict for one year's figures (万元; null: not reported). For a sector whose rule is a declaration (建筑业 资质,
    /// 房地产开发经营), <paramref name="declared"/> decides: true above, false below, null not decidable until declared.
    /// </summary>
    public static SizeResult Classify(string? industryCode, int year, decimal? mainBusinessRevenue, decimal? revenue, bool? declared = null)
    {
        if (string.IsNullOrEmpty(industryCode) || InForce(year) is not { } rules) return new(SizeVerdict.Unknown, null, null);
        var (found, tooCoarse) = rules.ClassOf(industryCode);
        if (found is null) return new(tooCoarse ? SizeVerdict.Unknown : SizeVerdict.OutOfScope, null, null);
        if (found.Declaration is not null)
            return new(declared switch { true => SizeVerdict.Above, false => SizeVerdict.Below, null => SizeVerdict.Declaration }, found, null);
        var figure = found.Figure == nameof(AnnualReport.MainBusinessRevenue) ? mainBusinessRevenue : revenue;
        if (figure is not { } value) return new(SizeVerdict.Unknown, found, null);
        return new(value >= found.ThresholdWan ? SizeVerdict.Above : SizeVerdict.Below, found, value);
    }

    /// <summary>The verdict for a year from its report; without a report the sector is still named, but nothing is decided.</summary>
    public static SizeResult Of(string? industryCode, int year, AnnualReport? report)
    {
        if (report is not null) return Classify(industryCode, year, report.MainBusinessRevenue, report.Revenue, report.SizeDeclaration);
        var blank = Classify(industryCode, year, null, null);
        return blank.Verdict == SizeVerdict.OutOfScope ? blank : blank with { Verdict = SizeVerdict.Unknown };
    }

    /// <summary>
    /// The year the enterprise entered the scope (上规入统 as the records show it): the first year of its latest unbroken
    /// run of years above the size, up to <paramref name="year"/>; null when it is not above in that year. A year without a
    /// report, or below, breaks the run.
    /// </summary>
    public static int? AboveSince(IReadOnlyDictionary<int, SizeVerdict> verdicts, int year)
    {
        if (verdicts.GetValueOrDefault(year, SizeVerdict.Unknown) != SizeVerdict.Above) return null;
        var since = year;
        while (verdicts.GetValueOrDefault(since - 1, SizeVerdict.Unknown) == SizeVerdict.Above) since--;
        return since;
    }

    private static IReadOnlyList<SizeRuleVersion> Load()
    {
        using var stream = typeof(AboveDesignatedSize).Assembly.GetManifestResourceStream("Torchbase.Domain.Enterprises.above-designated-size.json")
            ?? throw new InvalidOperationException("Enterprises/SizeRules/above-designated-size.json is not embedded.");
        var file = JsonSerializer.Deserialize<RuleFile>(stream, Json) ?? throw new InvalidOperationException("The size rules are empty.");
        foreach (var c in file.Versions.SelectMany(v => v.Classes))
            if (c.Declaration is null && (c.ThresholdWan is null || c.Figure is not (nameof(AnnualReport.MainBusinessRevenue) or nameof(AnnualReport.Revenue))))
                throw new InvalidOperationException($"Size class {c.Code} needs a figure (MainBusinessRevenue or Revenue) and a threshold, or a declaration.");
        return file.Versions;
    }

    private sealed record RuleFile(string Name, string NameEn, IReadOnlyList<SizeRuleVersion> Versions);
}

/// <summary>
/// 规上工业企业研发活动覆盖率: of the industrial enterprises above the designated size in a year, the share that reported
/// R&amp;D expense above zero. An enterprise whose R&amp;D expense is not reported counts as without R&amp;D activity (the
/// statistic asks whether it had any) — the count of such reports is returned so the page can say so.
/// </summary>
public static class ResearchCoverage
{
    public sealed record Result(int IndustrialAbove, int WithResearch, int ResearchNotReported, decimal? Percent);

    public static Result Of(IEnumerable<(SizeResult Size, decimal? RdExpense)> enterprises)
    {
        int above = 0, with = 0, missing = 0;
        foreach (var (size, rd) in enterprises)
        {
            if (size.Verdict != SizeVerdict.Above || size.Class is not { Industrial: true }) continue;
            above++;
            if (rd is null) missing++;
            else if (rd > 0) with++;
        }
        return new(above, with, missing, above == 0 ? null : Math.Round(with * 100m / above, 2));
    }
}
