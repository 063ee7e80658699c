using Torchbase.Domain.Common;

namespace Torchbase.Domain.Space;

/// <summary>What a building is used for: 标准化厂房, 孵化器楼层, 办公楼, 其他.</summary>
public enum BuildingKind { StandardFactory, IncubatorFloor, Office, Other }

/// <summary>Who owns a building: 园区平台公司, 民营, 其他.</summary>
public enum BuildingOwner { ParkCompany, Private, Other }

/// <summary>Where a unit stands: 空置, 预留, 已租, 闲置, 处置中.</summary>
public enum UnitStatus { Vacant, Reserved, Leased, Idle, Disposal }

/// <summary>A building of a park (标准化厂房, incubator floors, offices) with its units.</summary>
public sealed class Building : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public required string Name { get; set; }
    public BuildingKind Kind { get; set; }
    public int Floors { get; set; }
    /// <summary>Gross floor area, m².</summary>
    public decimal GrossArea { get; set; }
    public BuildingOwner Owner { get; set; }
    public int Version { get; set; }
    public List<SpaceUnit> Units { get; set; } = [];
}

/// <summary>A lettable unit of a building: a floor, a bay, a suite. Zone and park repeat the building's, for the data scope.</summary>
public sealed class SpaceUnit : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public Guid BuildingId { get; set; }
    public required string Name { get; set; }
    public int? Floor { get; set; }
    /// <summary>Area, m².</summary>
    public decimal Area { get; set; }
    /// <summary>Floor load, kN/m² (unknown when null).</summary>
    public decimal? FloorLoad { get; set; }
    /// <summary>Power available, kVA (unknown when null).</summary>
    public decimal? PowerKva { get; set; }
    public UnitStatus Status { get; set; }
    /// <summary>The project the unit is reserved for (预留, from the project's page); cleared when the reservation is released.</summary>
    public Guid? ReservedForProjectId { get; set; }
    public int Version { get; set; }
    public List<Lease> Leases { get; set; } = [];
}

/// <summary>A lease of a unit to an enterprise, from one day to another (both included); 先租后让 with the day the transfer is due.</summary>
public sealed class Lease : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public Guid UnitId { get; set; }
    public Guid EnterpriseId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    /// <summary>Area let, m² (at most the unit's).</summary>
    public decimal Area { get; set; }
    /// <summary>Monthly rent, 元 per m².</summary>
    public decimal MonthlyRent { get; set; }
    /// <summary>先租后让: leased first, the land or building transferred to the tenant later.</summary>
    public bool LeaseThenTransfer { get; set; }
    public DateOnly? TransferBy { get; set; }
    /// <summary>Rent paid up to this day (included); unknown when null. Read for arrears by the zombie rules.</summary>
    public DateOnly? RentPaidUntil { get; set; }
    /// <summary>The disposal case that ended the lease on closing, if one did.</summary>
    public Guid? EndedByDisposalId { get; set; }
    public int Version { get; set; }
}
