using Torchbase.Domain.Space;
using Torchbase.Http;

namespace Torchbase.Features.Space;

public sealed record BuildingQuery(string? Search, Guid? ParkId, BuildingKind? Kind, BuildingOwner? Owner, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

/// <summary>A building with its units counted and its occupancy this month (vacant area: lettable less let, m²).</summary>
public sealed record BuildingItem(Guid Id, string Name, Guid ParkId, string ParkName, BuildingKind Kind, int Floors, decimal GrossArea,
    BuildingOwner Owner, int Units, int VacantUnits, decimal LettableArea, decimal LeasedArea, decimal? Occupancy, int Version, decimal VacantArea = 0);

public sealed record BuildingInput(string? Name, Guid? ParkId, BuildingKind? Kind, int? Floors, decimal? GrossArea, BuildingOwner? Owner, int? Version);

public sealed record SpaceUnitQuery(string? Search, Guid? ParkId, Guid? BuildingId, UnitStatus? Status, Guid? ProjectId, int? Page, int? PageSize,
    string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record SpaceUnitItem(Guid Id, string Name, Guid BuildingId, string BuildingName, Guid ParkId, string ParkName, int? Floor,
    decimal Area, decimal? FloorLoad, decimal? PowerKva, UnitStatus Status, string? Tenant, DateOnly? LeasedUntil, Guid? ReservedForProjectId,
    string? ReservedForProject, int Version);

/// <summary>Reserve a vacant unit for a project (projectId), or release it (version only).</summary>
public sealed record UnitReservationInput(Guid? ProjectId, int? Version);

public sealed record SpaceUnitInput(string? Name, Guid? BuildingId, int? Floor, decimal? Area, decimal? FloorLoad, decimal? PowerKva, UnitStatus? Status,
    int? Version);

public sealed record LeaseQuery(string? Search, Guid? ParkId, Guid? BuildingId, Guid? UnitId, Guid? EnterpriseId, DateOnly? ActiveOn,
    bool? LeaseThenTransfer, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record LeaseItem(Guid Id, Guid UnitId, string UnitName, Guid BuildingId, string BuildingName, Guid ParkId, string ParkName,
    Guid EnterpriseId, string EnterpriseName, DateOnly From, DateOnly To, decimal Area, decimal MonthlyRent, bool LeaseThenTransfer,
    DateOnly? TransferBy, DateOnly? RentPaidUntil, int Version);

public sealed record LeaseInput(Guid? UnitId, Guid? EnterpriseId, DateOnly? From, DateOnly? To, decimal? Area, decimal? MonthlyRent,
    bool? LeaseThenTransfer, DateOnly? TransferBy, DateOnly? RentPaidUntil, int? Version);

/// <summary>One place's occupancy in the month: a building, a park or the whole scope.</summary>
public sealed record OccupancyRow(Guid? Id, string Name, Guid? ParkId, decimal LettableArea, decimal LeasedArea, decimal? Rate);

/// <summary>A month's occupancy in the caller's scope by park and by building, and the months up to it.</summary>
public sealed record OccupancyReport(int Year, int Month, OccupancyRow Total, IReadOnlyList<OccupancyRow> Parks, IReadOnlyList<OccupancyRow> Buildings,
    IReadOnlyList<OccupancyResult> Months);

/// <summary>A unit against a space need: the unit, whether it fits, the area left over and why.</summary>
public sealed record SpaceMatchItem(SpaceUnitItem Unit, bool Fits, decimal SpareArea, IReadOnlyList<MatchReason> Reasons);

public sealed record ZombieQuery(string? Search, Guid? ParkId, ZombieDecision? Decision, bool? Undecided, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

/// <summary>An enterprise the zombie rules flag (or an officer has decided on): the reasons today, the decision if any, its current space.</summary>
public sealed record ZombieItem(Guid EnterpriseId, string EnterpriseName, Guid ParkId, string ParkName, bool Flagged, IReadOnlyList<ZombieReason> Reasons,
    decimal LeasedArea, ZombieDecision? Decision, string? Note, DateTimeOffset? DecidedAt, int? ReviewVersion, Guid? OpenCaseId);

/// <summary>Confirm or dismiss a flag, with a note; the review's version when one exists already.</summary>
public sealed record ZombieReviewInput(ZombieDecision? Decision, string? Note, int? Version);

public sealed record DisposalQuery(string? Search, Guid? ParkId, DisposalStage? Stage, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record DisposalItem(Guid Id, Guid EnterpriseId, string EnterpriseName, Guid ParkId, string ParkName, DisposalStage Stage, DateOnly VerifiedOn,
    DateOnly? InterviewedOn, DateOnly? NegotiatedOn, DateOnly? JudicialOn, DateOnly? RevitalizedOn, string? NextTenant, decimal RecoveredArea,
    string? Note, int Version);

/// <summary>Open a case (核查) for a confirmed enterprise on a day.</summary>
public sealed record DisposalInput(Guid? EnterpriseId, DateOnly? VerifiedOn, string? Note);

/// <summary>Move a case to its next step on a day; on 盘活 the enterprise's leases end that day and who takes the space next may be named.</summary>
public sealed record DisposalStepInput(DisposalStage? Stage, DateOnly? On, string? NextTenant, string? Note, int? Version);

public sealed record DisposalStageCount(DisposalStage Stage, int Cases);

/// <summary>Cases by their current step, and the space recovered by the closed ones (m²).</summary>
public sealed record DisposalStats(IReadOnlyList<DisposalStageCount> ByStage, int Open, int Closed, decimal RecoveredArea);
