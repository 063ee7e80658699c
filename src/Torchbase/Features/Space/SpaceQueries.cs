using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Space;

namespace Torchbase.Features.Space;

/// <summary>Reads shared by the space handlers, the dashboard card and the annual report; always through the filtered sets.</summary>
internal static class SpaceQueries
{
    public static readonly Dictionary<BuildingKind, string> KindNames = new()
    {
        [BuildingKind.StandardFactory] = "标准化厂房", [BuildingKind.IncubatorFloor] = "孵化器楼层", [BuildingKind.Office] = "办公楼",
        [BuildingKind.Other] = "其他",
    };

    public static readonly Dictionary<BuildingOwner, string> OwnerNames = new()
    {
        [BuildingOwner.ParkCompany] = "园区平台公司", [BuildingOwner.Private] = "民营", [BuildingOwner.Other] = "其他",
    };

    public static readonly Dictionary<UnitStatus, string> StatusNames = new()
    {
        [UnitStatus.Vacant] = "空置", [UnitStatus.Reserved] = "预留", [UnitStatus.Leased] = "已租", [UnitStatus.Idle] = "闲置",
        [UnitStatus.Disposal] = "处置中",
    };

    /// <summary>The units and the leases touching the month, of the given units' query, as occupancy reads them.</summary>
    public static async Task<(List<(OccupancyUnit Unit, Guid BuildingId, Guid ParkId)> Units, List<OccupancyLease> Leases)> LoadAsync(
        AppDbContext db, IQueryable<SpaceUnit> units, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var unitRows = await units.AsNoTracking().Select(u => new { u.Id, u.Area, u.Status, u.BuildingId, u.ParkId }).ToListAsync(ct);
        var ids = unitRows.Select(u => u.Id).ToList();
        var leases = await db.Leases.AsNoTracking().Where(l => l.From <= to && l.To >= from && units.Any(u => u.Id == l.UnitId))
            .Select(l => new OccupancyLease(l.UnitId, l.From, l.To, l.Area)).ToListAsync(ct);
        return (unitRows.Select(u => (new OccupancyUnit(u.Id, u.Area, u.Status), u.BuildingId, u.ParkId)).ToList(), leases);
    }

    /// <summary>Each park's occupancy in the month, for the parks the caller sees that have space.</summary>
    public static async Task<List<OccupancyRow>> ByParkAsync(AppDbContext db, Guid? zoneId, int year, int month, CancellationToken ct)
    {
        var first = new DateOnly(year, month, 1);
        var units = zoneId is { } z ? db.SpaceUnits.Where(u => u.ZoneId == z) : db.SpaceUnits;
        var (unitRows, leases) = await LoadAsync(db, units, first, first.AddMonths(1).AddDays(-1), ct);
        var parkIds = unitRows.Select(u => u.ParkId).Distinct().ToList();
        var names = await db.Parks.AsNoTracking().Where(p => parkIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return unitRows.GroupBy(u => u.ParkId)
            .Select(g => Row(g.Key, names.GetValueOrDefault(g.Key, ""), g.Key, Occupancy.Of(g.Select(u => u.Unit), leases, year, month)))
            .OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
    }

    public static OccupancyRow Row(Guid? id, string name, Guid? parkId, OccupancyResult r) => new(id, name, parkId, r.LettableArea, r.LeasedArea, r.Rate);
}
