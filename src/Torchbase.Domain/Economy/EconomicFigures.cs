using Torchbase.Domain.Common;

namespace Torchbase.Domain.Economy;

/// <summary>A zone's cumulative figure of one indicator for January to <see cref="Month"/> of a year (1—N月累计). Null: not reported.</summary>
public sealed class EconomicFigure : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public required string IndicatorCode { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public decimal? Value { get; set; }
    public int Version { get; set; }
}

/// <summary>A zone's annual target for one indicator: an amount, a growth rate (percent), or both.</summary>
public sealed class EconomicTarget : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public required string IndicatorCode { get; set; }
    public int Year { get; set; }
    public decimal? TargetValue { get; set; }
    public decimal? TargetGrowthPercent { get; set; }
    public int Version { get; set; }
}
