using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Carriers;

public sealed record IncubatorQuery(string? Search, Guid? ParkId, IncubatorKind? Kind, IncubatorLevel? Level, int? Page, int? PageSize, string? Sort,
    bool? Desc) : PageQuery(Page, PageSize, Sort, Desc);

public sealed record IncubatorItem(Guid Id, string Name, IncubatorKind Kind, IncubatorLevel Level, Guid ParkId, string ParkName,
    string? OperatorName, decimal? AreaSqm, DateOnly? ApprovedOn, int TenantCount, int GraduatedCount, int Version);

public sealed record IncubatorInput(string? Name, IncubatorKind? Kind, IncubatorLevel? Level, Guid? ParkId, string? OperatorName, decimal? AreaSqm,
    DateOnly? ApprovedOn, int? Version);

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
        [IncubatorKind.MakerSpace] = "众创空间", [IncubatorKind.Incubator] = "孵化器", [IncubatorKind.Accelerator] = "加速器",
        [IncubatorKind.IndustrialPark] = "产业园",
    };

    public static readonly Dictionary<IncubatorLevel, string> LevelNames = new()
    {
        [IncubatorLevel.National] = "国家级", [IncubatorLevel.Provincial] = "省级", [IncubatorLevel.Municipal] = "市级",
        [IncubatorLevel.None] = "未认定",
    };

    public static void MapIncubatorEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/incubators").WithTags("Incubators").RequireAuthorization(Permissions.PlatformsRead);

        group.MapGet("/", ListIncubators)
            .WithName(nameof(ListIncubators))
            .WithSummary("Incubation carriers in the caller's scope, filtered, sorted and paged, with tenants incubating and graduated");
        group.MapGet("/export", ExportIncubators)
            .WithName(nameof(ExportIncubators))
            .WithSummary("The filtered carriers as an Excel workbook");
        group.MapGet("/{id:guid}/tenants", ListIncubatorTenants)
            .WithName(nameof(ListIncubatorTenants))
            .WithSummary("The enterprises a carrier incubates or incubated");
        group.MapPost("/", CreateIncubator)
            .WithName(nameof(CreateIncubator))
            .WithSummary("Register an incubation carrier in a park")
            .RequireAuthorization(Permissions.PlatformsWrite);
        group.MapPut("/{id:guid}", UpdateIncubator)
            .WithName(nameof(UpdateIncubator))
            .WithSummary("Edit a carrier's particulars")
            .RequireAuthorization(Permissions.PlatformsWrite);
        group.MapDelete("/{id:guid}", DeleteIncubator)
            .WithName(nameof(DeleteIncubator))
            .WithSummary("Remove a carrier and its tenancies from the registry")
            .RequireAuthorization(Permissions.PlatformsWrite);
        group.MapPost("/{id:guid}/tenants", AddIncubatorTenant)
            .WithName(nameof(AddIncubatorTenant))
            .WithSummary("An enterprise of the carrier's zone enters the carrier")
            .RequireAuthorization(Permissions.PlatformsWrite);
        group.MapPut("/{id:guid}/tenants/{tenantId:guid}", UpdateIncubatorTenant)
            .WithName(nameof(UpdateIncubatorTenant))
            .WithSummary("A tenant graduates, leaves or is incubating again")
            .RequireAuthorization(Permissions.PlatformsWrite);
    }

    public static async Task<Ok<Paged<IncubatorItem>>> ListIncubators([AsParameters] IncubatorQuery q, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await Items(api.Db, Filter(api.Db, q)).ToPagedAsync(q, api.Ct));

    public static async Task<FileContentHttpResult> ExportIncubators([AsParameters] IncubatorQuery q, [AsParameters] ApiServices api)
    {
        var items = await Items(api.Db, Filter(api.Db, q)).ToListAsync(api.Ct);
        return Export.Xlsx("孵化载体", ["载体名称", "类别", "级别", "所属园区", "运营机构", "面积（㎡）", "认定日期", "在孵企业", "毕业企业"],
            items.Select(c => (IReadOnlyList<object?>)[c.Name, KindNames[c.Kind], LevelNames[c.Level], c.ParkName, c.OperatorName, c.AreaSqm, c.ApprovedOn,
                c.TenantCount, c.GraduatedCount]), api.Clock);
    }

    public static async Task<Results<Ok<List<TenantItem>>, ProblemHttpResult>> ListIncubatorTenants(Guid id, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        if (!await db.IncubationCarriers.AnyAsync(c => c.Id == id, api.Ct)) return Problems.NotFound();
        return TypedResults.Ok(await db.IncubationTenancies.AsNoTracking().Where(t => t.CarrierId == id)
            .OrderBy(t => t.Status).ThenByDescending(t => t.EnteredOn)
            .Select(t => new TenantItem(t.Id, t.EnterpriseId, db.Enterprises.Where(e => e.Id == t.EnterpriseId).Select(e => e.Name).FirstOrDefault(),
                t.EnteredOn, t.LeftOn, t.Status))
            .ToListAsync(api.Ct));
    }

    public static async Task<Results<Created<IncubatorItem>, ValidationProblem>> CreateIncubator(IncubatorInput input, [AsParameters] ApiServices api)
    {
        var (errors, park) = await ValidateAsync(api.Db, input, api.Ct);
        if (errors.Any) return Problems.Validation(errors);
        var carrier = new IncubationCarrier { Name = "", ZoneId = park!.ZoneId };
        Apply(carrier, input);
        api.Db.IncubationCarriers.Add(carrier);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/incubators/{carrier.Id}", (await Find(api.Db, carrier.Id))!);
    }

    public static async Task<Results<Ok<IncubatorItem>, ValidationProblem, ProblemHttpResult>> UpdateIncubator(
        Guid id, IncubatorInput input, [AsParameters] ApiServices api)
    {
        var carrier = await api.Db.IncubationCarriers.FirstOrDefaultAsync(c => c.Id == id, api.Ct);
        if (carrier is null) return Problems.NotFound();
        var (errors, park) = await ValidateAsync(api.Db, input, api.Ct);
        if (input.Version is null) errors.Add("version", "required");
        if (errors.Any) return Problems.Validation(errors);
        api.Db.ExpectVersion(carrier, input.Version!.Value);
        carrier.ZoneId = park!.ZoneId;
        Apply(carrier, input);
        return await api.Db.SaveOrConflictAsync(() => Find(api.Db, id), api.Ct);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteIncubator(Guid id, [AsParameters] ApiServices api)
    {
        var carrier = await api.Db.IncubationCarriers.Include(c => c.Tenancies).FirstOrDefaultAsync(c => c.Id == id, api.Ct);
        if (carrier is null) return Problems.NotFound();
        api.Db.IncubationCarriers.Remove(carrier);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Created<TenantItem>, ValidationProblem, ProblemHttpResult>> AddIncubatorTenant(
        Guid id, TenantInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var carrier = await db.IncubationCarriers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (carrier is null) return Problems.NotFound();
        var errors = new Errors();
        if (input.EnteredOn is null) errors.Add("enteredOn", "required");
        var enterprise = input.EnterpriseId is { } eid
            ? await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eid && e.ZoneId == carrier.ZoneId, ct) : null;
        if (enterprise is null) errors.Add("enterpriseId", input.EnterpriseId is null ? "required" : "unknown_enterprise");
        else if (await db.IncubationTenancies.AnyAsync(t => t.CarrierId == id && t.EnterpriseId == enterprise.Id && t.Status == TenantStatus.Incubating, ct))
            errors.Add("enterpriseId", "tenant_exists");
        if (errors.Any) return Problems.Validation(errors);
        var tenancy = new IncubationTenancy
        {
            CarrierId = id, EnterpriseId = enterprise!.Id, EnteredOn = input.EnteredOn!.Value, Status = TenantStatus.Incubating,
        };
        db.IncubationTenancies.Add(tenancy);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/incubators/{id}/tenants/{tenancy.Id}",
            new TenantItem(tenancy.Id, enterprise.Id, enterprise.Name, tenancy.EnteredOn, null, tenancy.Status));
    }

    public static async Task<Results<Ok<TenantItem>, ValidationProblem, ProblemHttpResult>> UpdateIncubatorTenant(
        Guid id, Guid tenantId, TenantUpdate input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
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

    private static Task<IncubatorItem?> Find(AppDbContext db, Guid id) =>
        Items(db, db.IncubationCarriers.AsNoTracking().Where(c => c.Id == id)).FirstOrDefaultAsync();

    private static async Task<(Errors, Domain.Organisation.Park?)> ValidateAsync(AppDbContext db, IncubatorInput input, CancellationToken ct)
    {
        var errors = new Errors().Required("name", input.Name).MaxLength("name", input.Name, 200).MaxLength("operatorName", input.OperatorName, 200)
            .Amount("areaSqm", input.AreaSqm);
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
