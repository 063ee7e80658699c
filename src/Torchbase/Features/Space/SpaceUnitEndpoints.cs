using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Space;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Space;

/// <summary>The units of the parks' buildings: area, floor load, power and status (空置, 预留, 已租, 闲置, 处置中).</summary>
public static class SpaceUnitEndpoints
{
    private static readonly Dictionary<string, Expression<Func<SpaceUnit, object?>>> SortKeys = new()
    {
        ["name"] = u => u.Name, ["floor"] = u => u.Floor, ["area"] = u => u.Area, ["floorLoad"] = u => u.FloorLoad, ["powerKva"] = u => u.PowerKva,
        ["status"] = u => u.Status, ["building"] = u => u.BuildingId,
    };

    public static void MapSpaceUnitEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/space-units", ListSpaceUnits)
            .WithName(nameof(ListSpaceUnits))
            .WithSummary("Units in the caller's scope, filtered by park, building and status, sorted and paged, with today's tenant");
        group.MapGet("/space-units/export", ExportSpaceUnits)
            .WithName(nameof(ExportSpaceUnits))
            .WithSummary("The filtered units as an Excel workbook");
        group.MapPost("/space-units", CreateSpaceUnit)
            .WithName(nameof(CreateSpaceUnit))
            .WithSummary("Add a unit to a building")
            .RequireAuthorization(Permissions.SpaceWrite);
        group.MapPut("/space-units/{id:guid}", UpdateSpaceUnit)
            .WithName(nameof(UpdateSpaceUnit))
            .WithSummary("Edit a unit or change its status; a unit under lease today cannot be set vacant")
            .RequireAuthorization(Permissions.SpaceWrite);
        group.MapPost("/space-units/{id:guid}/reserve", ReserveSpaceUnit)
            .WithName(nameof(ReserveSpaceUnit))
            .WithSummary("Reserve a vacant unit for a project (预留): the unit is reserved and linked to the project")
            .RequireAuthorization(Permissions.SpaceWrite);
        group.MapPost("/space-units/{id:guid}/release", ReleaseSpaceUnit)
            .WithName(nameof(ReleaseSpaceUnit))
            .WithSummary("Release a unit reserved for a project: it is vacant again")
            .RequireAuthorization(Permissions.SpaceWrite);
        group.MapDelete("/space-units/{id:guid}", DeleteSpaceUnit)
            .WithName(nameof(DeleteSpaceUnit))
            .WithSummary("Remove a unit that has never been leased")
            .RequireAuthorization(Permissions.SpaceWrite);
    }

    public static async Task<Ok<Paged<SpaceUnitItem>>> ListSpaceUnits([AsParameters] SpaceUnitQuery q, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await Items(api.Db, Filter(api.Db, q), api.Clock.Today()).ToPagedAsync(q, api.Ct));

    public static async Task<FileContentHttpResult> ExportSpaceUnits([AsParameters] SpaceUnitQuery q, [AsParameters] ApiServices api)
    {
        var items = await Items(api.Db, Filter(api.Db, q), api.Clock.Today()).ToListAsync(api.Ct);
        return Export.Xlsx("房源单元", ["单元", "所属楼宇", "所属园区", "楼层", "面积（平方米）", "楼面荷载（kN/m²）", "供电容量（kVA）", "状态", "承租企业", "租期至"],
            items.Select(u => (IReadOnlyList<object?>)[u.Name, u.BuildingName, u.ParkName, u.Floor, u.Area, u.FloorLoad, u.PowerKva,
                SpaceQueries.StatusNames[u.Status], u.Tenant, u.LeasedUntil]),
            api.Clock);
    }

    public static async Task<Results<Created<SpaceUnitItem>, ValidationProblem>> CreateSpaceUnit(SpaceUnitInput input, [AsParameters] ApiServices api)
    {
        var (errors, building) = await ValidateAsync(api.Db, input, null, api.Ct);
        if (input.Status is UnitStatus.Leased) errors.Add("status", "space.leased_needs_lease");
        if (errors.Any) return Problems.Validation(errors);
        var unit = new SpaceUnit { Name = "" };
        Apply(unit, input, building!);
        api.Db.SpaceUnits.Add(unit);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/space/space-units/{unit.Id}", (await FindAsync(api, unit.Id))!);
    }

    public static async Task<Results<Ok<SpaceUnitItem>, ValidationProblem, ProblemHttpResult>> UpdateSpaceUnit(
        Guid id, SpaceUnitInput input, [AsParameters] ApiServices api)
    {
        var unit = await api.Db.SpaceUnits.FirstOrDefaultAsync(u => u.Id == id, api.Ct);
        if (unit is null) return Problems.NotFound();
        var (errors, building) = await ValidateAsync(api.Db, input, id, api.Ct);
        if (input.Version is null) errors.Add("version", "required");
        var today = api.Clock.Today();
        var leasedToday = await api.Db.Leases.AnyAsync(l => l.UnitId == id && l.From <= today && l.To >= today, api.Ct);
        if (leasedToday && input.Status is UnitStatus.Vacant or UnitStatus.Reserved) errors.Add("status", "space.unit_under_lease");
        if (!leasedToday && input.Status is UnitStatus.Leased && unit.Status != UnitStatus.Leased) errors.Add("status", "space.leased_needs_lease");
        if (building is not null && building.Id != unit.BuildingId && await api.Db.Leases.AnyAsync(l => l.UnitId == id, api.Ct))
            errors.Add("buildingId", "space.unit_has_leases");
        if (input.Area is { } area && await api.Db.Leases.AnyAsync(l => l.UnitId == id && l.To >= today && l.Area > area, api.Ct))
            errors.Add("area", "space.area_below_lease");
        if (errors.Any) return Problems.Validation(errors);
        api.Db.ExpectVersion(unit, input.Version!.Value);
        Apply(unit, input, building!);
        return await api.Db.SaveOrConflictAsync(() => FindAsync(api, id), api.Ct);
    }

    public static async Task<Results<Ok<SpaceUnitItem>, ValidationProblem, ProblemHttpResult>> ReserveSpaceUnit(
        Guid id, UnitReservationInput input, [AsParameters] ApiServices api)
    {
        var unit = await api.Db.SpaceUnits.FirstOrDefaultAsync(u => u.Id == id, api.Ct);
        if (unit is null) return Problems.NotFound();
        var errors = new Errors();
        if (input.Version is null) errors.Add("version", "required");
        if (input.ProjectId is null) errors.Add("projectId", "required");
        else if (!await api.Db.Projects.AnyAsync(p => p.Id == input.ProjectId && p.ZoneId == unit.ZoneId, api.Ct))
            errors.Add("projectId", "space.unknown_project");
        if (errors.Any) return Problems.Validation(errors);
        api.Db.ExpectVersion(unit, input.Version!.Value);
        if (unit.Status != UnitStatus.Vacant) return Problems.Conflict("space.unit_not_vacant");
        (unit.Status, unit.ReservedForProjectId) = (UnitStatus.Reserved, input.ProjectId);
        return await api.Db.SaveOrConflictAsync(() => FindAsync(api, id), api.Ct);
    }

    public static async Task<Results<Ok<SpaceUnitItem>, ValidationProblem, ProblemHttpResult>> ReleaseSpaceUnit(
        Guid id, UnitReservationInput input, [AsParameters] ApiServices api)
    {
        var unit = await api.Db.SpaceUnits.FirstOrDefaultAsync(u => u.Id == id, api.Ct);
        if (unit is null) return Problems.NotFound();
        if (input.Version is null) return Problems.Validation(new Errors().Add("version", "required"));
        api.Db.ExpectVersion(unit, input.Version.Value);
        if (unit.Status != UnitStatus.Reserved || unit.ReservedForProjectId is null) return Problems.Conflict("space.unit_not_reserved");
        (unit.Status, unit.ReservedForProjectId) = (UnitStatus.Vacant, null);
        return await api.Db.SaveOrConflictAsync(() => FindAsync(api, id), api.Ct);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteSpaceUnit(Guid id, [AsParameters] ApiServices api)
    {
        var unit = await api.Db.SpaceUnits.FirstOrDefaultAsync(u => u.Id == id, api.Ct);
        if (unit is null) return Problems.NotFound();
        if (await api.Db.Leases.AnyAsync(l => l.UnitId == id, api.Ct)) return Problems.Conflict("space.unit_has_leases");
        api.Db.SpaceUnits.Remove(unit);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.NoContent();
    }

    private static IQueryable<SpaceUnit> Filter(AppDbContext db, SpaceUnitQuery q)
    {
        var query = db.SpaceUnits.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search)) query = query.Where(u => u.Name.Contains(q.Search.Trim()));
        if (q.ParkId is { } park) query = query.Where(u => u.ParkId == park);
        if (q.BuildingId is { } building) query = query.Where(u => u.BuildingId == building);
        if (q.Status is { } status) query = query.Where(u => u.Status == status);
        if (q.ProjectId is { } project) query = query.Where(u => u.ReservedForProjectId == project);
        return query.SortBy(q.Sort, q.Desc ?? false, SortKeys, "name", u => u.Id);
    }

    internal static IQueryable<SpaceUnitItem> Items(AppDbContext db, IQueryable<SpaceUnit> query, DateOnly today) =>
        query.Select(u => new SpaceUnitItem(u.Id, u.Name, u.BuildingId, db.Buildings.Where(b => b.Id == u.BuildingId).Select(b => b.Name).First(),
            u.ParkId, db.Parks.Where(p => p.Id == u.ParkId).Select(p => p.Name).First(), u.Floor, u.Area, u.FloorLoad, u.PowerKva, u.Status,
            db.Leases.Where(l => l.UnitId == u.Id && l.From <= today && l.To >= today).OrderBy(l => l.From)
                .Select(l => db.Enterprises.Where(e => e.Id == l.EnterpriseId).Select(e => e.Name).FirstOrDefault()).FirstOrDefault(),
            db.Leases.Where(l => l.UnitId == u.Id && l.From <= today && l.To >= today).Max(l => (DateOnly?)l.To),
            u.ReservedForProjectId, db.Projects.Where(p => p.Id == u.ReservedForProjectId).Select(p => p.Name).FirstOrDefault(), u.Version));

    private static Task<SpaceUnitItem?> FindAsync(ApiServices api, Guid id) =>
        Items(api.Db, api.Db.SpaceUnits.AsNoTracking().Where(u => u.Id == id), api.Clock.Today()).FirstOrDefaultAsync(api.Ct);

    private static async Task<(Errors, Building?)> ValidateAsync(AppDbContext db, SpaceUnitInput input, Guid? id, CancellationToken ct)
    {
        var errors = new Errors().Required("name", input.Name)
            .UnitFields(input.Name, input.Floor, input.Area, input.FloorLoad, input.PowerKva);
        if (input.Status is null) errors.Add("status", "required");
        Building? building = null;
        if (input.BuildingId is null) errors.Add("buildingId", "required");
        else if ((building = await db.Buildings.AsNoTracking().FirstOrDefaultAsync(b => b.Id == input.BuildingId, ct)) is null)
            errors.Add("buildingId", "space.unknown_building");
        if (building is not null && !string.IsNullOrWhiteSpace(input.Name)
            && await db.SpaceUnits.AnyAsync(u => u.BuildingId == building.Id && u.Name == input.Name.Trim() && u.Id != id, ct))
            errors.Add("name", "duplicate_name");
        return (errors, building);
    }

    private static void Apply(SpaceUnit u, SpaceUnitInput input, Building building)
    {
        u.Name = input.Name!.Trim();
        (u.BuildingId, u.ZoneId, u.ParkId) = (building.Id, building.ZoneId, building.ParkId);
        u.Floor = input.Floor;
        u.Area = input.Area!.Value;
        u.FloorLoad = input.FloorLoad;
        u.PowerKva = input.PowerKva;
        u.Status = input.Status!.Value;
        if (u.Status != UnitStatus.Reserved) u.ReservedForProjectId = null;
    }
}
