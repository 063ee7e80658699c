using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Space;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Space;

/// <summary>
/// Leases of units to enterprises (from–to, area, rent, 先租后让). Leases of one unit never overlap; a unit let today is 已租, and
/// goes back to 空置 when its last lease covering today is removed.
/// </summary>
public static class LeaseEndpoints
{
    private static readonly Dictionary<string, Expression<Func<Lease, object?>>> SortKeys = new()
    {
        ["from"] = l => l.From, ["to"] = l => l.To, ["area"] = l => l.Area, ["monthlyRent"] = l => l.MonthlyRent, ["unit"] = l => l.UnitId,
        ["transferBy"] = l => l.TransferBy, ["rentPaidUntil"] = l => l.RentPaidUntil,
    };

    public static void MapLeaseEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/leases", ListLeases)
            .WithName(nameof(ListLeases))
            .WithSummary("Leases in the caller's scope (an enterprise: its own), filtered, sorted and paged");
        group.MapGet("/leases/export", ExportLeases)
            .WithName(nameof(ExportLeases))
            .WithSummary("The filtered leases as an Excel workbook");
        group.MapPost("/leases", CreateLease)
            .WithName(nameof(CreateLease))
            .WithSummary("Let a unit to an enterprise; a lease overlapping another of the same unit is refused")
            .RequireAuthorization(Permissions.SpaceWrite);
        group.MapPut("/leases/{id:guid}", UpdateLease)
            .WithName(nameof(UpdateLease))
            .WithSummary("Edit a lease's dates, area, rent or 先租后让 terms")
            .RequireAuthorization(Permissions.SpaceWrite);
        group.MapDelete("/leases/{id:guid}", DeleteLease)
            .WithName(nameof(DeleteLease))
            .WithSummary("Remove a lease entered by mistake")
            .RequireAuthorization(Permissions.SpaceWrite);
    }

    public static async Task<Ok<Paged<LeaseItem>>> ListLeases([AsParameters] LeaseQuery q, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await Items(api.Db, Filter(api.Db, q)).ToPagedAsync(q, api.Ct));

    public static async Task<FileContentHttpResult> ExportLeases([AsParameters] LeaseQuery q, [AsParameters] ApiServices api)
    {
        var items = await Items(api.Db, Filter(api.Db, q)).ToListAsync(api.Ct);
        return Export.Xlsx("租赁合同", ["所属园区", "所属楼宇", "单元", "承租企业", "起租日期", "到期日期", "租赁面积（平方米）", "月租金（元/平方米）", "先租后让",
                "约定转让日期", "租金缴至"],
            items.Select(l => (IReadOnlyList<object?>)[l.ParkName, l.BuildingName, l.UnitName, l.EnterpriseName, l.From, l.To, l.Area, l.MonthlyRent,
                l.LeaseThenTransfer ? "是" : "否", l.TransferBy, l.RentPaidUntil]),
            api.Clock);
    }

    public static async Task<Results<Created<LeaseItem>, ValidationProblem>> CreateLease(LeaseInput input, [AsParameters] ApiServices api)
    {
        var (errors, unit) = await ValidateAsync(api.Db, input, null, api.Ct);
        if (errors.Any) return Problems.Validation(errors);
        var lease = new Lease();
        Apply(lease, input, unit!);
        api.Db.Leases.Add(lease);
        await SyncStatusAsync(api, unit!, lease.Id, lease);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/space/leases/{lease.Id}", (await FindAsync(api.Db, lease.Id, api.Ct))!);
    }

    public static async Task<Results<Ok<LeaseItem>, ValidationProblem, ProblemHttpResult>> UpdateLease(
        Guid id, LeaseInput input, [AsParameters] ApiServices api)
    {
        var lease = await api.Db.Leases.FirstOrDefaultAsync(l => l.Id == id, api.Ct);
        if (lease is null) return Problems.NotFound();
        var (errors, unit) = await ValidateAsync(api.Db, input, id, api.Ct);
        if (input.Version is null) errors.Add("version", "required");
        if (unit is not null && unit.Id != lease.UnitId) errors.Add("unitId", "space.lease_unit_fixed");
        if (errors.Any) return Problems.Validation(errors);
        api.Db.ExpectVersion(lease, input.Version!.Value);
        Apply(lease, input, unit!);
        await SyncStatusAsync(api, unit!, lease.Id, lease);
        return await api.Db.SaveOrConflictAsync(() => FindAsync(api.Db, id, api.Ct), api.Ct);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteLease(Guid id, [AsParameters] ApiServices api)
    {
        var lease = await api.Db.Leases.FirstOrDefaultAsync(l => l.Id == id, api.Ct);
        if (lease is null) return Problems.NotFound();
        var unit = await api.Db.SpaceUnits.FirstAsync(u => u.Id == lease.UnitId, api.Ct);
        api.Db.Leases.Remove(lease);
        await SyncStatusAsync(api, unit, lease.Id, null);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.NoContent();
    }

    /// <summary>The lease <paramref name="changedId"/> counts as <paramref name="changed"/> (null: removed).
    /// A unit let today is 已租 (from 空置, 预留 or 闲置); a 已租 unit no lease covers today any more is 空置 again.</summary>
    private static async Task SyncStatusAsync(ApiServices api, SpaceUnit unit, Guid changedId, Lease? changed)
    {
        var today = api.Clock.Today();
        var others = await api.Db.Leases.AnyAsync(l => l.UnitId == unit.Id && l.Id != changedId && l.From <= today && l.To >= today, api.Ct);
        var let = others || (changed is not null && changed.From <= today && changed.To >= today);
        if (let && unit.Status is UnitStatus.Vacant or UnitStatus.Reserved or UnitStatus.Idle)
            (unit.Status, unit.ReservedForProjectId) = (UnitStatus.Leased, null);
        else if (!let && unit.Status == UnitStatus.Leased) unit.Status = UnitStatus.Vacant;
    }

    private static IQueryable<Lease> Filter(AppDbContext db, LeaseQuery q)
    {
        var query = db.Leases.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            query = query.Where(l => db.Enterprises.Any(e => e.Id == l.EnterpriseId && e.Name.Contains(s))
                                     || db.SpaceUnits.Any(u => u.Id == l.UnitId && u.Name.Contains(s)));
        }
        if (q.ParkId is { } park) query = query.Where(l => l.ParkId == park);
        if (q.BuildingId is { } building) query = query.Where(l => db.SpaceUnits.Any(u => u.Id == l.UnitId && u.BuildingId == building));
        if (q.UnitId is { } unit) query = query.Where(l => l.UnitId == unit);
        if (q.EnterpriseId is { } enterprise) query = query.Where(l => l.EnterpriseId == enterprise);
        if (q.ActiveOn is { } on) query = query.Where(l => l.From <= on && l.To >= on);
        if (q.LeaseThenTransfer is { } ltt) query = query.Where(l => l.LeaseThenTransfer == ltt);
        return query.SortBy(q.Sort, q.Desc ?? true, SortKeys, "from", l => l.Id);
    }

    /// <summary>Names through the filtered sets: an enterprise reads its own leases and the units and buildings it leases.</summary>
    private static IQueryable<LeaseItem> Items(AppDbContext db, IQueryable<Lease> query) =>
        from l in query
        join u in db.SpaceUnits on l.UnitId equals u.Id
        join b in db.Buildings on u.BuildingId equals b.Id
        select new LeaseItem(l.Id, l.UnitId, u.Name, b.Id, b.Name, l.ParkId, db.Parks.Where(p => p.Id == l.ParkId).Select(p => p.Name).First(),
            l.EnterpriseId, db.Enterprises.Where(e => e.Id == l.EnterpriseId).Select(e => e.Name).FirstOrDefault() ?? "",
            l.From, l.To, l.Area, l.MonthlyRent, l.LeaseThenTransfer, l.TransferBy, l.RentPaidUntil, l.Version);

    private static Task<LeaseItem?> FindAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        Items(db, db.Leases.AsNoTracking().Where(l => l.Id == id)).FirstOrDefaultAsync(ct);

    private static async Task<(Errors, SpaceUnit?)> ValidateAsync(AppDbContext db, LeaseInput input, Guid? id, CancellationToken ct)
    {
        var errors = new Errors().PositiveAmount("area", input.Area).Amount("monthlyRent", input.MonthlyRent);
        if (input.MonthlyRent is null) errors.Add("monthlyRent", "required");
        if (input.From is null) errors.Add("from", "required");
        if (input.To is null) errors.Add("to", "required");
        errors.LeaseDays(input.From, input.To, input.LeaseThenTransfer == true, input.TransferBy, input.RentPaidUntil);
        SpaceUnit? unit = null;
        if (input.UnitId is null) errors.Add("unitId", "required");
        else if ((unit = await db.SpaceUnits.FirstOrDefaultAsync(u => u.Id == input.UnitId, ct)) is null) errors.Add("unitId", "space.unknown_unit");
        if (unit is not null)
        {
            if (unit.Status == UnitStatus.Disposal) errors.Add("unitId", "space.unit_not_lettable");
            if (input.Area > unit.Area) errors.Add("area", "space.area_above_unit", unit.Area.ToString("0.##"));
            if (input.EnterpriseId is null) errors.Add("enterpriseId", "required");
            else if (!await db.Enterprises.AnyAsync(e => e.Id == input.EnterpriseId && e.ZoneId == unit.ZoneId, ct))
                errors.Add("enterpriseId", "unknown_enterprise");
            if (input.From is { } from && input.To is { } to && to >= from)
            {
                var overlap = await db.Leases.AsNoTracking().Where(l => l.UnitId == unit.Id && l.Id != id && l.From <= to && l.To >= from)
                    .OrderBy(l => l.From).Select(l => new { l.From, l.To }).FirstOrDefaultAsync(ct);
                if (overlap is not null)
                    errors.Add("from", "space.lease_overlaps", overlap.From.ToString("yyyy-MM-dd"), overlap.To.ToString("yyyy-MM-dd"));
            }
        }
        else if (input.EnterpriseId is null) errors.Add("enterpriseId", "required");
        return (errors, unit);
    }

    private static void Apply(Lease l, LeaseInput input, SpaceUnit unit)
    {
        (l.UnitId, l.ZoneId, l.ParkId) = (unit.Id, unit.ZoneId, unit.ParkId);
        l.EnterpriseId = input.EnterpriseId!.Value;
        l.From = input.From!.Value;
        l.To = input.To!.Value;
        l.Area = input.Area!.Value;
        l.MonthlyRent = input.MonthlyRent!.Value;
        l.LeaseThenTransfer = input.LeaseThenTransfer ?? false;
        l.TransferBy = l.LeaseThenTransfer ? input.TransferBy : null;
        l.RentPaidUntil = input.RentPaidUntil;
    }
}
