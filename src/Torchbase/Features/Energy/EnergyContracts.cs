using Torchbase.Domain.Energy;
using Torchbase.Http;

namespace Torchbase.Features.Energy;

public sealed record MeterQuery(string? Search, Guid? ParkId, Guid? BuildingId, MeterKind? Kind, MeterPurpose? Purpose, int? Page, int? PageSize,
    string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

/// <summary>A meter with its place, its baseline and its last reading.</summary>
public sealed record MeterItem(Guid Id, string Code, string Name, Guid ParkId, string ParkName, Guid? BuildingId, string? BuildingName, MeterKind Kind,
    MeterPurpose Purpose, MeterUnit Unit, bool Active, int? BaselineYear, decimal? BaselineMonthly, DateTimeOffset? LastReadingAt, decimal? LastValue,
    int Version);

public sealed record MeterInput(string? Code, string? Name, Guid? ParkId, Guid? BuildingId, MeterKind? Kind, MeterPurpose? Purpose, MeterUnit? Unit,
    bool? Active, int? BaselineYear, decimal? BaselineMonthly, int? Version);

public sealed record ReadingQuery(int? Page, int? PageSize, string? Sort, bool? Desc) : PageQuery(Page, PageSize, Sort, Desc);

public sealed record ReadingItem(DateTimeOffset At, decimal Value);

/// <summary>A reading entered by hand for a meter.</summary>
public sealed record ReadingInput(DateTimeOffset? At, decimal? Value);

/// <summary>Consumption and savings of the meters in scope (optionally one park, building, meter, kind or purpose) over a year.</summary>
public sealed record ConsumptionQuery(int? Year, Guid? ParkId, Guid? BuildingId, Guid? MeterId, MeterKind? Kind, MeterPurpose? Purpose);

/// <summary>
/// A year's consumption by month against the baseline, the savings, and the same by building. Meters of different units are never
/// added: the figures are for one kind (electricity by default).
/// </summary>
public sealed record ConsumptionReport(int Year, MeterKind Kind, MeterUnit Unit, int Meters, IReadOnlyList<MonthSavings> Months, decimal Consumption,
    decimal Baseline, decimal Saved, decimal? Percent, int MonthsCounted, IReadOnlyList<PlaceConsumption> Places);

/// <summary>One building's (or a park's meters outside buildings) year.</summary>
public sealed record PlaceConsumption(Guid ParkId, string ParkName, Guid? BuildingId, string? BuildingName, decimal? Consumption, decimal? Saved,
    decimal? Percent);

public sealed record AlertQuery(Guid? ParkId, MeterAlertKind? Kind, bool? Open, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record AlertItem(Guid Id, Guid MeterId, string MeterCode, string MeterName, Guid ParkId, string ParkName, MeterAlertKind Kind,
    DateTimeOffset At, decimal? Consumption, decimal? Typical, DateTimeOffset RaisedAt, DateTimeOffset? ClosedAt, int Version);

/// <summary>The thresholds in force: the zone's own choice, said so.</summary>
public sealed record AlertRulesItem(int SilentHours, decimal JumpFactor, int TypicalIntervals, int MinimumIntervals, bool Official, string Note,
    DateOnly From);

public sealed record AlertCheckResult(int Raised, int Closed);
