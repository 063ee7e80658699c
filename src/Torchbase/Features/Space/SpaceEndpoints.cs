using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Space;
using Torchbase.Features.Carriers;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Space;

/// <summary>The parks' space (园区空间): buildings per park, with their units counted and this month's occupancy.</summary>
public static class SpaceEndpoints
{
    private static readonly Dictionary<string, Expression<Func<Building, object?>>> SortKeys = new()
    {
        ["name"] = b => b.Name, ["kind"] = b => b.Kind, ["floors"] = b => b.Floors, ["grossArea"] = b => b.GrossArea, ["park"] = b => b.ParkId,
        ["owner"] = b => b.Owner,
    };

    public static void MapSpaceEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/space").WithTags("Space").RequireAuthorization(Permissions.SpaceRead);

        group.MapGet("/buildings", ListBuildings)
            .WithName(nameof(ListBuildings))
            .WithSummary("Buildings in the caller's scope, filtered, sorted and paged, with their units and occupancy this month");
        group.MapGet("/buildings/export", ExportBuildings)
            .WithName(nameof(ExportBuildings))
            .WithSummary("The filtered buildings as an Excel workbook");
        group.MapPost("/buildings", CreateBuilding)
            .WithName(nameof(CreateBuilding))
            .WithSummary("Add a building to a park")
            .RequireAuthorization(Permissions.SpaceWrite);
        group.MapPut("/buildings/{id:guid}", UpdateBuilding)
            .WithName(nameof(UpdateBuilding))
            .WithSummary("Edit a building's particulars")
            .RequireAuthorization(Permissions.SpaceWrite);
        group.MapDelete("/buildings/{id:guid}", DeleteBuilding)
            .WithName(nameof(DeleteBuilding))
            .WithSummary("Remove a building that has no units left")
            .RequireAuthorization(Permissions.SpaceWrite);

        group.MapSpaceUnitEndpoints();
        group.MapSpaceImport();
        group.MapProjectSpaceNeedEndpoints();
        group.MapLeaseEndpoints();
        group.MapOccupancyEndpoints();
        group.MapZombieEndpoints();
        group.MapDisposalEndpoints();
    }

    /// <summary>Sorts by figures computed from the units and leases rather than stored: the list sorts these in memory.</summary>
    private static readonly Dictionary<string, OccupancySort> OccupancySortKeys = new()
    {
        ["occupancy"] = OccupancySort.Rate, ["vacantArea"] = OccupancySort.VacantArea,
    };

    public static async Task<Ok<Paged<BuildingItem>>> ListBuildings([AsParameters] BuildingQuery q, [AsParameters] ApiServices api)
    {
        if (q.Sort is { } sort && OccupancySortKeys.TryGetValue(sort, out var by))
        {
            // A zone has hundreds of buildings, not millions: all of the filtered ones are measured, sorted, then paged.
            var all = await SortedByOccupancyAsync(api, q, by);
            return TypedResults.Ok(new Paged<BuildingItem>([.. all.Skip((q.PageNumber - 1) * q.Size).Take(q.Size)], all.Count, q.PageNumber, q.Size));
        }
        var page = await Rows(api.Db, Filter(api.Db, q)).ToPagedAsync(q, api.Ct);
        return TypedResults.Ok(page with { Items = await WithOccupancyAsync(api, page.Items) });
    }

    private static async Task<IReadOnlyList<BuildingItem>> SortedByOccupancyAsync(ApiServices api, BuildingQuery q, OccupancySort by) =>
        SpaceOrder.ByOccupancy(await WithOccupancyAsync(api, await Rows(api.Db, Filter(api.Db, q)).ToListAsync(api.Ct)),
            b => new BuildingOccupancy(b.Id, b.Name, b.Occupancy, b.VacantArea), by, q.Desc ?? false);

    public static async Task<FileContentHttpResult> ExportBuildings([AsParameters] BuildingQuery q, [AsParameters] ApiServices api)
    {
        var items = q.Sort is { } sort && OccupancySortKeys.TryGetValue(sort, out var by)
            ? await SortedByOccupancyAsync(api, q, by)
            : await WithOccupancyAsync(api, await Rows(api.Db, Filter(api.Db, q)).ToListAsync(api.Ct));
        return Export.Xlsx("园区楼宇", ["楼宇名称", "所属园区", "类型", "层数", "建筑面积（平方米）", "产权方", "单元数", "空置单元", "可租面积（平方米）",
                "已租面积（平方米）", "入驻率"],
            items.Select(b => (IReadOnlyList<object?>)[b.Name, b.ParkName, SpaceQueries.KindNames[b.Kind], b.Floors, b.GrossArea,
                SpaceQueries.OwnerNames[b.Owner], b.Units, b.VacantUnits, b.LettableArea, b.LeasedArea, b.Occupancy]),
            api.Clock);
    }

    public static async Task<Results<Created<BuildingItem>, ValidationProblem>> CreateBuilding(BuildingInput input, [AsParameters] ApiServices api)
    {
        var (errors, park) = await ValidateAsync(api.Db, input, null, api.Ct);
        if (errors.Any) return Problems.Validation(errors);
        var building = new Building { Name = "", ZoneId = park!.ZoneId };
        Apply(building, input);
        api.Db.Buildings.Add(building);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/space/buildings/{building.Id}", (await FindAsync(api, building.Id))!);
    }

    public static async Task<Results<Ok<BuildingItem>, ValidationProblem, ProblemHttpResult>> UpdateBuilding(
        Guid id, BuildingInput input, [AsParameters] ApiServices api)
    {
        var building = await api.Db.Buildings.FirstOrDefaultAsync(b => b.Id == id, api.Ct);
        if (building is null) return Problems.NotFound();
        var (errors, park) = await ValidateAsync(api.Db, input, id, api.Ct);
        if (input.Version is null) errors.Add("version", "required");
        if (park is not null && park.Id != building.ParkId && await api.Db.SpaceUnits.AnyAsync(u => u.BuildingId == id, api.Ct))
            errors.Add("parkId", "space.building_has_units");
        if (errors.Any) return Problems.Validation(errors);
        api.Db.ExpectVersion(building, input.Version!.Value);
        building.ZoneId = park!.ZoneId;
        Apply(building, input);
        return await api.Db.SaveOrConflictAsync(() => FindAsync(api, id), api.Ct);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteBuilding(Guid id, [AsParameters] ApiServices api)
    {
        var building = await api.Db.Buildings.FirstOrDefaultAsync(b => b.Id == id, api.Ct);
        if (building is null) return Problems.NotFound();
        if (await api.Db.SpaceUnits.AnyAsync(u => u.BuildingId == id, api.Ct)) return Problems.Conflict("space.building_has_units");
        api.Db.Buildings.Remove(building);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.NoContent();
    }

    private static IQueryable<Building> Filter(AppDbContext db, BuildingQuery q)
    {
        var query = db.Buildings.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search)) query = query.Where(b => b.Name.Contains(q.Search.Trim()));
        if (q.ParkId is { } park) query = query.Where(b => b.ParkId == park);
        if (q.Kind is { } kind) query = query.Where(b => b.Kind == kind);
        if (q.Owner is { } owner) query = query.Where(b => b.Owner == owner);
        return query.SortBy(q.Sort, q.Desc ?? false, SortKeys, "name", b => b.Id);
    }

    private static IQueryable<BuildingItem> Rows(AppDbContext db, IQueryable<Building> query) =>
        query.Select(b => new BuildingItem(b.Id, b.Name, b.ParkId, db.Parks.Where(p => p.Id == b.ParkId).Select(p => p.Name).First(),
            b.Kind, b.Floors, b.GrossArea, b.Owner, 0, 0, 0, 0, null, b.Version));

    /// <summary>Fills in each building's units and this month's occupancy (the domain's rule, over the units the caller sees).</summary>
    private static async Task<List<BuildingItem>> WithOccupancyAsync(ApiServices api, IReadOnlyList<BuildingItem> items)
    {
        var today = api.Clock.Today();
        var first = new DateOnly(today.Year, today.Month, 1);
        var ids = items.Select(b => b.Id).ToList();
        var (units, leases) = await SpaceQueries.LoadAsync(api.Db, api.Db.SpaceUnits.Where(u => ids.Contains(u.BuildingId)), first,
            first.AddMonths(1).AddDays(-1), api.Ct);
        var byBuilding = units.ToLookup(u => u.BuildingId, u => u.Unit);
        return items.Select(b =>
        {
            var own = byBuilding[b.Id].ToList();
            var r = Occupancy.Of(own, leases, today.Year, today.Month);
            return b with
            {
                Units = own.Count, VacantUnits = own.Count(u => u.Status == UnitStatus.Vacant), LettableArea = r.LettableArea, LeasedArea = r.LeasedArea,
                Occupancy = r.Rate, VacantArea = r.LettableArea - r.LeasedArea,
            };
        }).ToList();
    }

    private static async Task<BuildingItem?> FindAsync(ApiServices api, Guid id) =>
        await Rows(api.Db, api.Db.Buildings.AsNoTracking().Where(b => b.Id == id)).FirstOrDefaultAsync(api.Ct) is { } row
            ? (await WithOccupancyAsync(api, [row]))[0] : null;

    private static async Task<(Errors, Domain.Organisation.Park?)> ValidateAsync(AppDbContext db, BuildingInput input, Guid? id, CancellationToken ct)
    {
        var errors = new Errors().Required("name", input.Name).BuildingFields(input.Name, input.Floors, input.GrossArea);
        if (input.Kind is null) errors.Add("kind", "required");
        if (input.Owner is null) errors.Add("owner", "required");
        if (input.Floors is null) errors.Add("floors", "required");
        var park = await CarrierSupport.VisibleParkAsync(db, input.ParkId, errors, ct);
        if (park is not null && !string.IsNullOrWhiteSpace(input.Name)
            && await db.Buildings.AnyAsync(b => b.ParkId == park.Id && b.Name == input.Name.Trim() && b.Id != id, ct))
            errors.Add("name", "duplicate_name");
        return (errors, park);
    }

    private static void Apply(Building b, BuildingInput input)
    {
        b.Name = input.Name!.Trim();
        b.ParkId = input.ParkId!.Value;
        b.Kind = input.Kind!.Value;
        b.Floors = input.Floors!.Value;
        b.GrossArea = input.GrossArea!.Value;
        b.Owner = input.Owner!.Value;
    }
}
