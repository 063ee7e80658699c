using Torchbase.Domain.Common;

namespace Torchbase.Domain.Energy;

/// <summary>What a meter measures: 电, 水, 燃气.</summary>
public enum MeterKind { Electricity, Water, Gas }

/// <summary>What a meter's circuit or line serves: 总表, 照明回路, 空调, 生产, 其他.</summary>
public enum MeterPurpose { General, Lighting, AirConditioning, Production, Other }

/// <summary>The unit of a meter's register: kWh (度) or m³.</summary>
public enum MeterUnit { Kwh, CubicMetre }

/// <summary>Why a meter is flagged: it stopped reporting (离线), or an interval's consumption jumped (突增).</summary>
public enum MeterAlertKind { Silent, Jump }

/// <summary>
/// A meter of a park or of one of its buildings. <see cref="Code"/> is the name external feeds (workbooks, MQTT) use; it is unique
/// in the zone. The baseline is either the same month of <see cref="BaselineYear"/> or a fixed <see cref="BaselineMonthly"/> figure.
/// </summary>
public sealed class Meter : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public Guid? BuildingId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public MeterKind Kind { get; set; }
    public MeterPurpose Purpose { get; set; }
    public MeterUnit Unit { get; set; }
    /// <summary>A meter taken out of service keeps its readings but raises no more alerts.</summary>
    public bool Active { get; set; } = true;
    /// <summary>Baseline: the same month of this year (null when none or when a fixed figure is used).</summary>
    public int? BaselineYear { get; set; }
    /// <summary>Baseline: a fixed monthly consumption entered by the officer, in the meter's unit.</summary>
    public decimal? BaselineMonthly { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// A reading of a meter's cumulative register at an instant (UTC). One per meter and instant: the same reading received twice is
/// stored once.
/// </summary>
public sealed class MeterReading
{
    public Guid MeterId { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>The register's cumulative value, in the meter's unit.</summary>
    public decimal Value { get; set; }
}

/// <summary>
/// The daily rollup of a meter's readings: one row per meter and China-time day with readings (see <see cref="DayReadings"/>).
/// The reading store keeps it in the transaction that inserts the readings, recomputed from the day's readings, so readings that
/// arrive late or out of order still give the day's true first and last; consumption by month is read from it.
/// </summary>
public sealed class MeterDay
{
    public Guid MeterId { get; set; }
    public DateOnly Day { get; set; }
    public DateTimeOffset FirstAt { get; set; }
    public decimal FirstValue { get; set; }
    public DateTimeOffset LastAt { get; set; }
    public decimal LastValue { get; set; }
    /// <summary>The consumption of the intervals between the day's own readings, resets not counted.</summary>
    public decimal Consumption { get; set; }
    /// <summary>How many of the day's own intervals went down (a reset or a replaced meter).</summary>
    public int Resets { get; set; }
}

/// <summary>
/// An alert on a meter, raised once (the officers of its park are notified then) and closed when the meter reports again or the
/// officer closes it. <see cref="At"/> identifies the alert: the last reading before a silence, or the end of the jumping interval.
/// </summary>
public sealed class MeterAlert : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public Guid MeterId { get; set; }
    public MeterAlertKind Kind { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>Jump: the interval's consumption; silence: null.</summary>
    public decimal? Consumption { get; set; }
    /// <summary>Jump: the recent typical consumption of an interval of the same length; silence: null.</summary>
    public decimal? Typical { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public int Version { get; set; }
}
