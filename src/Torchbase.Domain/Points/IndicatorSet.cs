using System.Text.Json.Serialization;

namespace Torchbase.Domain.Points;

/// <summary>The three groups of the Torch Center core indicators, plus the zone's own 特色指标.</summary>
public enum IndicatorGroup { TechnologyInnovation, GrowthOperation, Auxiliary, Local }

public enum IndicatorDirection { HigherIsBetter, LowerIsBetter }

/// <summary>How a raw value becomes a share of the indicator's weight, always among the zone's reporting peers of the same year.</summary>
public enum Normalisation
{
    /// <summary>Share of the other reporting peers whose value is no better than this one (ties share the higher position).</summary>
    Percentile,
    /// <summary>(value − min) / (max − min) among the reporting peers.</summary>
    MinMax,
    /// <summary>z = (value − mean) / sd, capped to ±<see cref="IndicatorDefinition.ZCap"/>, mapped linearly onto 0…1.</summary>
    CappedZScore,
}

/// <summary>
/// One indicator: what it measures (a formula over the annual report, see <see cref="IndicatorFormula"/>), how much it weighs
/// (its weight is the points it can give) and how a value is compared with the peers.
/// </summary>
public sealed record IndicatorDefinition(
    string Code,
    string Name,
    IndicatorGroup Group,
    double Weight,
    string Formula,
    IndicatorDirection Direction = IndicatorDirection.HigherIsBetter,
    Normalisation Normalisation = Normalisation.Percentile,
    string? Unit = null,
    double ZCap = 3,
    /// <summary>False when the indicator's presence or weight could not be checked against the published text.</summary>
    bool Verified = false);

/// <summary>A grade awarded when the total reaches <see cref="MinTotal"/>; bands are tried from the highest down.</summary>
public sealed record GradeBand(string Grade, double MinTotal);

/// <summary>
/// A version of a zone's indicator system. Immutable: a change is a new version, and every stored score names the version
/// it was computed with, so an old score is always explained by the rules that produced it.
/// </summary>
public sealed record IndicatorSet(
    string Name,
    string Policy,
    int PolicyYear,
    string Source,
    string? SourceUrl,
    string? Note,
    IReadOnlyList<IndicatorDefinition> Indicators,
    IReadOnlyList<GradeBand> Grades)
{
    [JsonIgnore]
    public double MaxTotal => Indicators.Sum(i => i.Weight);

    public string GradeOf(double total) => GradeOf(Grades.OrderByDescending(b => b.MinTotal).ToArray(), total);

    /// <summary>The first band the total reaches, bands highest first; below every band, the lowest band's grade.</summary>
    public static string GradeOf(GradeBand[] bandsHighFirst, double total)
    {
        foreach (var band in bandsHighFirst)
            if (total >= band.MinTotal) return band.Grade;
        return bandsHighFirst.Length > 0 ? bandsHighFirst[^1].Grade : "";
    }

    /// <summary>Problems that make the set unusable, as (field, message key) pairs; empty when it can be used.</summary>
    public IReadOnlyList<(string Field, string Key)> Check()
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(Name)) problems.Add(("name", "required"));
        if (Indicators.Count == 0) problems.Add(("indicators", "required"));
        if (Grades.Count == 0) problems.Add(("grades", "required"));
        var codes = new HashSet<string>();
        for (var i = 0; i < Indicators.Count; i++)
        {
            var d = Indicators[i];
            var at = $"indicators[{i}]";
            if (string.IsNullOrWhiteSpace(d.Code) || !codes.Add(d.Code)) problems.Add(($"{at}.code", "points_duplicate_code"));
            if (string.IsNullOrWhiteSpace(d.Name)) problems.Add(($"{at}.name", "required"));
            if (!(d.Weight > 0 && d.Weight <= 100)) problems.Add(($"{at}.weight", "points_weight_range"));
            if (d.ZCap <= 0) problems.Add(($"{at}.zCap", "points_weight_range"));
            if (!IndicatorFormula.TryParse(d.Formula, out _)) problems.Add(($"{at}.formula", "points_bad_formula"));
        }
        return problems;
    }
}
