using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Carriers;

public sealed record IncubatorQuery(string? Search, Guid? ParkId, IncubatorKind? Kind, IncubatorLevel? Level, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record IncubatorItem(Guid Id, string Name, IncubatorKind Kind, IncubatorLevel Level, Guid ParkId, string ParkName,
    string? OperatorName, decimal? AreaSqm, DateOnly? ApprovedOn, int TenantCount, int GraduatedCount, int Version);

public sealed record IncubatorInput(string? Name, IncubatorKind? Kind, IncubatorLevel? Level, Guid? ParkId, string? OperatorName, decimal? AreaSqm, DateOnly? ApprovedOn, int? Version);

public sealed record TenantItem(Guid Id, Guid EnterpriseId, string? EnterpriseName, DateOnly EnteredOn, DateOnly? LeftOn, TenantStatus Status);
public sealed record TenantInput(Guid? EnterpriseId, DateOnly? EnteredOn);
public sealed record TenantUpdate(TenantStatus? Status, DateOnly? LeftOn);

/// <summary>The incubation chain (众创空间 → 孵化器 → 加速器 → 产业园) and the enterprises each carrier incubates.</summary>
public static class IncubatorEndpoints
{
    private static readonly Dictionary<string, Expression<Func<IncubationCarrier, object?>>> SortKeys = new()
    {
        ["name"] = c => c.Name, ["kind"] = c => c.Kind, ["level"] = c => c.Level, ["approvedOn"] = c => c.ApprovedOn,
        ["tenantCount"] = c => c.Tenancies.Count(t => t.Status == TenantStatus.Incubating),
    };

    public static readonly Dictionary<IncubatorKind, string> KindNames = new()
    {
        [IncubatorKind.MakerSpace] = "众创空间", [IncubatorKind.Incubator] = "孵化器", [IncubatorKind.Accelerator] = "加速器", [IncubatorKind.IndustrialPark] = "产业园",
    };

    public static readonly Dictionary<IncubatorLevel, string> LevelNames = new()
    {
        [IncubatorLevel.National] = "国家级", [IncubatorLevel.Provincial] = "省级", [IncubatorLevel.Municipal] = "市级", [IncubatorLevel.None] = "未认定",
    };

    public static void MapIncubatorEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/incubators").WithTags("Incubators").RequireAuthorization(Permissions.PlatformsRead);

        group.MapGet("/", async ([AsParameters] IncubatorQuery q, AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await Items(db, Filter(db, q)).ToPagedAsync(q, ct)));

        group.MapGet("/export", async ([AsParameters] IncubatorQuery q, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var items = await Items(db, Filter(db, q)).ToListAsync(ct);
            return Export.Xlsx("孵化载体", ["载体名称", "类别", "级别", "所属园区", "运营机构", "面积（㎡）", "认定日期", "在孵企业", "毕业企业"],
                items.Select(c => (IReadOnlyList<object?>)[c.Name, KindNames[c.Kind], LevelNames[c.Level], c.ParkName, c.OperatorName, c.AreaSqm, c.ApprovedOn, c.TenantCount, c.GraduatedCount]), clock);
        });

        group.MapGet("/{id:guid}/tenants", async Task<Results<Ok<List<TenantItem>>, ProblemHttpResult>> (Guid id, AppDbContext db, CancellationToken ct) =>
        {
            if (!await db.IncubationCarriers.AnyAsync(c => c.Id == id, ct)) return Problems.NotFound();
            return TypedResults.Ok(await db.IncubationTenancies.AsNoTracking().Where(t => t.CarrierId == id)
                .OrderBy(t => t.Status).ThenByDescending(t => t.EnteredOn)
                .Select(t => new TenantItem(t.Id, t.EnterpriseId, db.Enterprises.Where(e => e.Id == t.EnterpriseId).Select(e => e.Name).FirstOrDefault(), t.EnteredOn, t.LeftOn, t.Status))
                .ToListAsync(ct));
        });

        var write = group.MapGroup("").RequireAuthorization(Permissions.PlatformsWrite);

        write.MapPost("/", async Task<Results<Created<IncubatorItem>, ValidationProblem>> (IncubatorInput input, AppDbContext db, CancellationToken ct) =>
        {
            var (errors, park) = await ValidateAsync(db, input, ct);
            if (errors.Any) return Problems.Validation(errors);
            var carrier = new IncubationCarrier { Name = "", ZoneId = park!.ZoneId };
            Apply(carrier, input);
            db.IncubationCarriers.Add(carrier);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/incubators/{carrier.Id}", (await Find(db, carrier.Id))!);
        });

        write.MapPut("/{id:guid}", async Task<Results<Ok<IncubatorItem>, ValidationProblem, ProblemHttpResult>> (Guid id, IncubatorInput input, AppDbContext db, CancellationToken ct) =>
        {
            var carrier = await db.IncubationCarriers.FirstOrDefaultAsync(c => c.Id == id, ct);
            if (carrier is null) return Problems.NotFound();
            var (errors, park) = await ValidateAsync(db, input, ct);
            if (input.Version is null) errors.Add("version", "required");
            if (errors.Any) return Problems.Validation(errors);
            db.ExpectVersion(carrier, input.Version!.Value);
            carrier.ZoneId = park!.ZoneId;
            Apply(carrier, input);
            return await db.SaveOrConflictAsync(() => Find(db, id), ct);
        });

        write.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, AppDbContext db, CancellationToken ct) =>
        {
            var carrier = await db.IncubationCarriers.Include(c => c.Tenancies).FirstOrDefaultAsync(c => c.Id == id, ct);
            if (carrier is null) return Problems.NotFound();
            db.IncubationCarriers.Remove(carrier);
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        });

        write.MapPost("/{id:guid}/tenants", async Task<Results<Created<TenantItem>, ValidationProblem, ProblemHttpResult>> (Guid id, TenantInput input, AppDbContext db, CancellationToken ct) =>
        {
            var carrier = await db.IncubationCarriers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
            if (carrier is null) return Problems.NotFound();
            var errors = new Errors();
            if (input.EnteredOn is null) errors.Add("enteredOn", "required");
            var enterprise = input.EnterpriseId is { } eid ? await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eid && e.ZoneId == carrier.ZoneId, ct) : null;
            if (enterprise is null) errors.Add("enterpriseId", input.EnterpriseId is null ? "required" : "unknown_enterprise");
            else if (await db.IncubationTenancies.AnyAsync(t => t.CarrierId == id && t.EnterpriseId == enterprise.Id && t.Status == TenantStatus.Incubating, ct))
                errors.Add("enterpriseId", "tenant_exists");
            if (errors.Any) return Problems.Validation(errors);
            var tenancy = new IncubationTenancy { CarrierId = id, EnterpriseId = enterprise!.Id, EnteredOn = input.EnteredOn!.Value, Status = TenantStatus.Incubating };
            db.IncubationTenancies.Add(tenancy);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/incubators/{id}/tenants/{tenancy.Id}", new TenantItem(tenancy.Id, enterprise.Id, enterprise.Name, tenancy.EnteredOn, null, tenancy.Status));
        });

        write.MapPut("/{id:guid}/tenants/{tenantId:guid}", async Task<Results<Ok<TenantItem>, ValidationProblem, ProblemHttpResult>> (Guid id, Guid tenantId, TenantUpdate input, AppDbContext db, CancellationToken ct) =>
        {
            if (!await db.IncubationCarriers.AnyAsync(c => c.Id == id, ct)) return Problems.NotFound();
            var tenancy = await db.IncubationTenancies.FirstOrDefaultAsync(t => t.Id == tenantId && t.CarrierId == id, ct);
            if (tenancy is null) return Problems.NotFound();
            var errors = new Errors();
            if (input.Status is null) errors.Add("status", "required");
            if (input.Status is TenantStatus.Graduated or TenantStatus.Left && input.LeftOn is null) errors.Add("leftOn", "required");
            if (input.LeftOn < tenancy.EnteredOn) errors.Add("leftOn", "invalid_date");
            if (errors.Any) return Problems.Validation(errors);
            tenancy.Status = input.Status!.Value;
            tenancy.LeftOn = tenancy.Status == TenantStatus.Incubating ? null : input.LeftOn;
            await db.SaveChangesAsync(ct);
            var name = await db.Enterprises.IgnoreQueryFilters().Where(e => e.Id == tenancy.EnterpriseId).Select(e => e.Name).FirstAsync(ct);
            return TypedResults.Ok(new TenantItem(tenancy.Id, tenancy.EnterpriseId, name, tenancy.EnteredOn, tenancy.LeftOn, tenancy.Status));
        });
    }

    private static IQueryable<IncubationCarrier> Filter(AppDbContext db, IncubatorQuery q)
    {
        var query = db.IncubationCarriers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search)) query = query.Where(c => c.Name.Contains(q.Search.Trim()));
        if (q.ParkId is { } park) query = query.Where(c => c.ParkId == park);
        if (q.Kind is { } kind) query = query.Where(c => c.Kind == kind);
        if (q.Level is { } level) query = query.Where(c => c.Level == level);
        return query.SortBy(q.Sort, q.Desc ?? false, SortKeys, "name", c => c.Id);
    }

    private static IQueryable<IncubatorItem> Items(AppDbContext db, IQueryable<IncubationCarrier> query) =>
        query.Select(c => new IncubatorItem(c.Id, c.Name, c.Kind, c.Level, c.ParkId,
            db.Parks.Where(p => p.Id == c.ParkId).Select(p => p.Name).First(),
            c.OperatorName, c.AreaSqm, c.ApprovedOn,
            c.Tenancies.Count(t => t.Status == TenantStatus.Incubating), c.Tenancies.Count(t => t.Status == TenantStatus.Graduated), c.Version));

    private static Task<IncubatorItem?> Find(AppDbContext db, Guid id) => Items(db, db.IncubationCarriers.AsNoTracking().Where(c => c.Id == id)).FirstOrDefaultAsync();

    private static async Task<(Errors, Domain.Organisation.Park?)> ValidateAsync(AppDbContext db, IncubatorInput input, CancellationToken ct)
    {
        var errors = new Errors().Required("name", input.Name).MaxLength("name", input.Name, 200).MaxLength("operatorName", input.OperatorName, 200).Amount("areaSqm", input.AreaSqm);
        if (input.Kind is null) errors.Add("kind", "required");
        if (input.Level is null) errors.Add("level", "required");
        var park = await CarrierSupport.VisibleParkAsync(db, input.ParkId, errors, ct);
        return (errors, park);
    }

    private static void Apply(IncubationCarrier c, IncubatorInput input)
    {
        c.Name = input.Name!.Trim();
        c.Kind = input.Kind!.Value;
        c.Level = input.Level!.Value;
        c.ParkId = input.ParkId!.Value;
        c.OperatorName = input.OperatorName?.Trim();
        c.AreaSqm = input.AreaSqm;
        c.ApprovedOn = input.ApprovedOn;
    }
}
