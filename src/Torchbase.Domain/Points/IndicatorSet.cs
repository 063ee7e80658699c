using System.Text.Json.Serialization;

namespace Torchbase.Domain.Points;

/// <summary>
/// Indicator groups: the three of the 2024 guide (技术创新 / 成长经营 / 辅助), the zone's own 特色指标, and the four of guide 2.0
/// (创新投入 / 创新产出 / 创新发展 / 创新影响).
/// </summary>
public enum IndicatorGroup { TechnologyInnovation, GrowthOperation, Auxiliary, Local, Input, Output, Development, Influence }

/// <summary>An enterprise's stage, which picks the weights of a set that has stage weights: 初创期 / 成长期 / 稳定期.</summary>
public enum EnterpriseStage { Startup, Growth, Mature }

/// <summary>
/// How an enterprise's stage is told, from its age at the end of the scored year: up to <see cref="StartupMaxYears"/> years
/// 初创期, up to <see cref="GrowthMaxYears"/> 成长期, older 稳定期. <see cref="Verified"/> is false when the cut-offs were not
/// confirmed against the published text (then the page says so).
/// </summary>
public sealed record StageRule(int StartupMaxYears, int GrowthMaxYears, string? Source = null, bool Verified = false)
{
    public EnterpriseStage StageOf(DateOnly registeredOn, DateOnly asOf)
    {
        var years = asOf.Year - registeredOn.Year - (asOf.DayOfYear < registeredOn.DayOfYear ? 1 : 0);
        return years <= StartupMaxYears ? EnterpriseStage.Startup : years <= GrowthMaxYears ? EnterpriseStage.Growth : EnterpriseStage.Mature;
    }
}

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
    bool Verified = false,
    /// <summary>Weights by enterprise stage (the set's <see cref="IndicatorSet.Stages"/> tells the stage); missing stages use <see cref="Weight"/>.</summary>
    IReadOnlyDictionary<EnterpriseStage, double>? StageWeights = null,
    /// <summary>A bonus (加分) indicator: its points are added on top of the base total, up to the set's <see cref="IndicatorSet.BonusCap"/>.</summary>
    bool Bonus = false)
{
    public double WeightFor(EnterpriseStage? stage) =>
        stage is { } s && StageWeights is not null && StageWeights.TryGetValue(s, out var w) ? w : Weight;
}

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
    IReadOnlyList<GradeBand> Grades,
    /// <summary>When set, the base (non-bonus) weights must add up to this, for every stage.</summary>
    double? BaseTotal = null,
    /// <summary>The most the bonus indicators can add together; null = their weights' sum.</summary>
    double? BonusCap = null,
    /// <summary>When set, the enterprise's stage picks each indicator's <see cref="IndicatorDefinition.StageWeights"/>.</summary>
    StageRule? Stages = null,
    /// <summary>The first day the published set applies (the policy's date); informative.</summary>
    DateOnly? InForceFrom = null)
{
    private static readonly EnterpriseStage[] AllStages = Enum.GetValues<EnterpriseStage>();

    /// <summary>The stages whose weights count: all three when the set has a stage rule, else just "no stage".</summary>
    [JsonIgnore]
    public IReadOnlyList<EnterpriseStage?> WeightStages => Stages is null ? [null] : [.. AllStages.Select(s => (EnterpriseStage?)s)];

    public double BaseTotalFor(EnterpriseStage? stage) => Indicators.Where(i => !i.Bonus).Sum(i => i.WeightFor(stage));

    public double BonusTotalFor(EnterpriseStage? stage)
    {
        var sum = Indicators.Where(i => i.Bonus).Sum(i => i.WeightFor(stage));
        return BonusCap is { } cap ? Math.Min(cap, sum) : sum;
    }

    /// <summary>The most an enterprise can score: base plus capped bonus, for the stage that allows the most.</summary>
    [JsonIgnore]
    public double MaxTotal => WeightStages.Max(s => Math.Round(BaseTotalFor(s) + BonusTotalFor(s), 2));

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
            foreach (var (stage, w) in d.StageWeights ?? new Dictionary<EnterpriseStage, double>())
                if (!(w >= 0 && w <= 100)) problems.Add(($"{at}.stageWeights.{stage}", "points_stage_weight_range"));
        }
        if (BaseTotal is { } total)
        {
            if (!(total > 0 && total <= 1000)) problems.Add(("baseTotal", "points_weight_range"));
            else
                foreach (var stage in WeightStages)
                    if (Math.Abs(BaseTotalFor(stage) - total) > 0.005)
                        problems.Add((stage is { } s ? $"weights.{s}" : "weights", "points_weight_sum"));
        }
        if (BonusCap is { } bonusCap && !(bonusCap >= 0 && bonusCap <= 1000)) problems.Add(("bonusCap", "points_weight_range"));
        if (Stages is { } rule && !(rule.StartupMaxYears >= 0 && rule.GrowthMaxYears > rule.StartupMaxYears && rule.GrowthMaxYears <= 100))
            problems.Add(("stages.growthMaxYears", "points_stage_order"));
        var max = Indicators.Count == 0 ? 0 : MaxTotal;
        for (var i = 0; i < Grades.Count; i++)
        {
            var band = Grades[i];
            if (string.IsNullOrWhiteSpace(band.Grade)) problems.Add(($"grades[{i}].grade", "required"));
            if (!(band.MinTotal >= 0 && band.MinTotal <= max)) problems.Add(($"grades[{i}].minTotal", "points_band_range"));
            // Bands are listed from the highest grade down, each threshold strictly below the one before.
            else if (i > 0 && !(band.MinTotal < Grades[i - 1].MinTotal)) problems.Add(($"grades[{i}].minTotal", "points_band_order"));
        }
        return problems;
    }
}
