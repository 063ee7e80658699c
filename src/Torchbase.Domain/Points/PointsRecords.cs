using Torchbase.Domain.Common;

namespace Torchbase.Domain.Points;

/// <summary>
/// A stored version of a zone's indicator set. Never edited: saving a change adds the next <see cref="Number"/>, and each
/// stored score points at the version it was computed with.
/// </summary>
public sealed class IndicatorSetVersion : IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public int Number { get; set; }
    public required string Name { get; set; }
    /// <summary>The <see cref="IndicatorSet"/> as JSON (see <see cref="DefaultIndicatorSets.Serialize"/>).</summary>
    public required string Definition { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}

/// <summary>One scoring of a zone for a year with one set version; <see cref="InputHash"/> makes a repeated run a no-op.</summary>
public sealed class PointsRun : IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public int Year { get; set; }
    public Guid SetVersionId { get; set; }
    public int SetNumber { get; set; }
    public int Enterprises { get; set; }
    public required string InputHash { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
}

/// <summary>An enterprise's points for a year under one set version, with the per-indicator explanation as JSON.</summary>
public sealed class EnterpriseScore : IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid EnterpriseId { get; set; }
    public int Year { get; set; }
    public Guid SetVersionId { get; set; }
    public int SetNumber { get; set; }
    public double Total { get; set; }
    public double MaxTotal { get; set; }
    public int Rank { get; set; }
    public int Peers { get; set; }
    public double Percentile { get; set; }
    public required string Grade { get; set; }
    public int NotReported { get; set; }
    /// <summary>The <see cref="IndicatorScore"/> lines as JSON.</summary>
    public required string Details { get; set; }
}
