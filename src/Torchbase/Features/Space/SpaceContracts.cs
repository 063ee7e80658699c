using Torchbase.Domain.Space;
using Torchbase.Http;

namespace Torchbase.Features.Space;

public sealed record BuildingQuery(string? Search, Guid? ParkId, BuildingKind? Kind, BuildingOwner? Owner, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

/// <summary>A building with its units counted and its occupancy this month.</summary>
public sealed record BuildingItem(Guid Id, string Name, Guid ParkId, string ParkName, BuildingKind Kind, int Floors, decimal GrossArea,
    BuildingOwner Owner, int Units, int VacantUnits, decimal LettableArea, decimal LeasedArea, decimal? Occupancy, int Version);

public sealed record BuildingInput(string? Name, Guid? ParkId, BuildingKind? Kind, int? Floors, decimal? GrossArea, BuildingOwner? Owner, int? Version);

public sealed record SpaceUnitQuery(string? Search, Guid? ParkId, Guid? BuildingId, UnitStatus? Status, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record SpaceUnitItem(Guid Id, string Name, Guid BuildingId, string BuildingName, Guid ParkId, string ParkName, int? Floor,
    decimal Area, decimal? FloorLoad, decimal? PowerKva, UnitStatus Status, string? Tenant, DateOnly? LeasedUntil, int Version);

public sealed record SpaceUnitInput(string? Name, Guid? BuildingId, int? Floor, decimal? Area, decimal? FloorLoad, decimal? PowerKva, UnitStatus? Status,
    int? Version);

public sealed record LeaseQuery(string? Search, Guid? ParkId, Guid? BuildingId, Guid? UnitId, Guid? EnterpriseId, DateOnly? ActiveOn,
    bool? LeaseThenTransfer, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record LeaseItem(Guid Id, Guid UnitId, string UnitName, Guid BuildingId, string BuildingName, Guid ParkId, string ParkName,
    Guid EnterpriseId, string EnterpriseName, DateOnly From, DateOnly To, decimal Area, decimal MonthlyRent, bool LeaseThenTransfer,
    DateOnly? TransferBy, int Version);

public sealed record LeaseInput(Guid? UnitId, Guid? EnterpriseId, DateOnly? From, DateOnly? To, decimal? Area, decimal? MonthlyRent,
    bool? LeaseThenTransfer, DateOnly? TransferBy, int? Version);

/// <summary>One place's occupancy in the month: a building, a park or the whole scope.</summary>
public sealed record OccupancyRow(Guid? Id, string Name, Guid? ParkId, decimal LettableArea, decimal LeasedArea, decimal? Rate);

/// <summary>A month's occupancy in the caller's scope by park and by building, and the months up to it.</summary>
public sealed record OccupancyReport(int Year, int Month, OccupancyRow Total, IReadOnlyList<OccupancyRow> Parks, IReadOnlyList<OccupancyRow> Buildings,
    IReadOnlyList<OccupancyResult> Months);

/// <summary>A unit against a space need: the unit, whether it fits, the area left over and why.</summary>
public sealed record SpaceMatchItem(SpaceUnitItem Unit, bool Fits, decimal SpareArea, IReadOnlyList<MatchReason> Reasons);
