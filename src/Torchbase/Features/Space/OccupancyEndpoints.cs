using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Space;
using Torchbase.Http;

namespace Torchbase.Features.Space;

/// <summary>Occupancy (入驻率) by park, building and month, and vacant units matched to a space need.</summary>
public static class OccupancyEndpoints
{
    public static void MapOccupancyEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/occupancy", GetOccupancy)
            .WithName(nameof(GetOccupancy))
            .WithSummary("Occupancy in a month (this one by default) by park and by building, and the months leading up to it, in the caller's scope");
        group.MapGet("/match", MatchSpace)
            .WithName(nameof(MatchSpace))
            .WithSummary("Units ranked against a space need (area, floor load, power): vacant ones that fit first, least area left over, with the reasons");
    }

    public static async Task<Results<Ok<OccupancyReport>, ValidationProblem>> GetOccupancy(
        int? year, int? month, Guid? parkId, Guid? buildingId, int? months, [AsParameters] ApiServices api)
    {
        var today = api.Clock.Today();
        var errors = new Errors();
        if (year is < 2000 or > 2100) errors.Add("year", "year_range", 2000, 2100);
        if (month is < 1 or > 12) errors.Add("month", "invalid_value");
        if (months is < 1 or > 36) errors.Add("months", "space.months_range", 1, 36);
        if (errors.Any) return Problems.Validation(errors);
        var last = new DateOnly(year ?? today.Year, month ?? (year is null ? today.Month : 12), 1);
        var first = last.AddMonths(1 - (months ?? 12));
        var units = api.Db.SpaceUnits.AsQueryable();
        if (parkId is { } p) units = units.Where(u => u.ParkId == p);
        if (buildingId is { } b) units = units.Where(u => u.BuildingId == b);
        var (rows, leases) = await SpaceQueries.LoadAsync(api.Db, units, first, last.AddMonths(1).AddDays(-1), api.Ct);
        var all = rows.Select(r => r.Unit).ToList();
        var parkIds = rows.Select(r => r.ParkId).Distinct().ToList();
        var buildingIds = rows.Select(r => r.BuildingId).Distinct().ToList();
        var parkNames = await api.Db.Parks.AsNoTracking().Where(x => parkIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, api.Ct);
        var buildingNames = await api.Db.Buildings.AsNoTracking().Where(x => buildingIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, api.Ct);
        var (y, m) = (last.Year, last.Month);
        return TypedResults.Ok(new OccupancyReport(y, m,
            SpaceQueries.Row(null, "", parkId, Occupancy.Of(all, leases, y, m)),
            rows.GroupBy(r => r.ParkId).Select(g => SpaceQueries.Row(g.Key, parkNames.GetValueOrDefault(g.Key, ""), g.Key,
                Occupancy.Of(g.Select(r => r.Unit), leases, y, m))).OrderBy(r => r.Name, StringComparer.Ordinal).ToList(),
            rows.GroupBy(r => (r.BuildingId, r.ParkId)).Select(g => SpaceQueries.Row(g.Key.BuildingId, buildingNames.GetValueOrDefault(g.Key.BuildingId, ""),
                g.Key.ParkId, Occupancy.Of(g.Select(r => r.Unit), leases, y, m))).OrderBy(r => r.Name, StringComparer.Ordinal).ToList(),
            Occupancy.Series(all, leases, first.Year, first.Month, y, m)));
    }

    public static async Task<Results<Ok<List<SpaceMatchItem>>, ValidationProblem>> MatchSpace(
        decimal? area, decimal? floorLoad, decimal? powerKva, Guid? parkId, bool? all, [AsParameters] ApiServices api)
    {
        var errors = new Errors().PositiveAmount("area", area).Amount("floorLoad", floorLoad).Amount("powerKva", powerKva);
        if (errors.Any) return Problems.Validation(errors);
        var units = api.Db.SpaceUnits.AsNoTracking().Where(u => u.Status != UnitStatus.Disposal);
        if (all != true) units = units.Where(u => u.Status == UnitStatus.Vacant);
        if (parkId is { } p) units = units.Where(u => u.ParkId == p);
        var items = await SpaceUnitEndpoints.Items(api.Db, units, api.Clock.Today()).ToListAsync(api.Ct);
        var byId = items.ToDictionary(i => i.Id);
        var ranked = SpaceMatching.Rank(new SpaceNeed(area!.Value, floorLoad, powerKva),
            items.Select(i => new SpaceCandidate(i.Id, i.Name, i.Status, i.Area, i.FloorLoad, i.PowerKva)));
        return TypedResults.Ok(ranked.Take(50).Select(r => new SpaceMatchItem(byId[r.Unit.Id], r.Fits, r.SpareArea, r.Reasons)).ToList());
    }
}
