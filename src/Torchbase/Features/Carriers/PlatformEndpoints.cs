using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Carriers;

public sealed record PlatformQuery(string? Search, Guid? ParkId, PlatformKind? Kind, PlatformLevel? Level, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record PlatformItem(Guid Id, string Name, PlatformKind Kind, PlatformLevel Level, Guid ParkId, string ParkName,
    Guid? EnterpriseId, string? EnterpriseName, string? Field, DateOnly? ApprovedOn, int Version);

public sealed record PlatformInput(string? Name, PlatformKind? Kind, PlatformLevel? Level, Guid? ParkId, Guid? EnterpriseId, string? Field, DateOnly? ApprovedOn, int? Version);

/// <summary>The registry of innovation platforms (创新平台): laboratories, centres, pilot bases, workstations.</summary>
public static class PlatformEndpoints
{
    private static readonly Dictionary<string, Expression<Func<InnovationPlatform, object?>>> SortKeys = new()
    {
        ["name"] = p => p.Name, ["kind"] = p => p.Kind, ["level"] = p => p.Level, ["approvedOn"] = p => p.ApprovedOn, ["park"] = p => p.ParkId,
    };

    public static readonly Dictionary<PlatformKind, string> KindNames = new()
    {
        [PlatformKind.KeyLab] = "重点实验室", [PlatformKind.EngineeringCenter] = "工程技术研究中心", [PlatformKind.EnterpriseTechCenter] = "企业技术中心",
        [PlatformKind.ResearchInstitute] = "研究院", [PlatformKind.NewRdInstitution] = "新型研发机构", [PlatformKind.PilotBase] = "中试基地",
        [PlatformKind.AcademicianWorkstation] = "院士工作站", [PlatformKind.PostdocStation] = "博士后工作站", [PlatformKind.TechTransferOrg] = "技术转移机构",
    };

    public static readonly Dictionary<PlatformLevel, string> LevelNames = new()
    {
        [PlatformLevel.National] = "国家级", [PlatformLevel.Provincial] = "省级", [PlatformLevel.Municipal] = "市级",
    };

    public static void MapPlatformEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/platforms").WithTags("Platforms").RequireAuthorization(Permissions.PlatformsRead);

        group.MapGet("/", async ([AsParameters] PlatformQuery q, AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await Items(db, Filter(db, q)).ToPagedAsync(q, ct)));

        group.MapGet("/export", async ([AsParameters] PlatformQuery q, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var items = await Items(db, Filter(db, q)).ToListAsync(ct);
            return Export.Xlsx("创新平台", ["平台名称", "类别", "级别", "所属园区", "依托企业", "领域", "认定日期"],
                items.Select(p => (IReadOnlyList<object?>)[p.Name, KindNames[p.Kind], LevelNames[p.Level], p.ParkName, p.EnterpriseName, p.Field, p.ApprovedOn]), clock);
        });

        var write = group.MapGroup("").RequireAuthorization(Permissions.PlatformsWrite);

        write.MapPost("/", async Task<Results<Created<PlatformItem>, ValidationProblem>> (PlatformInput input, AppDbContext db, CancellationToken ct) =>
        {
            var (errors, park) = await ValidateAsync(db, input, ct);
            if (errors.Any) return Problems.Validation(errors);
            var platform = new InnovationPlatform { Name = "", ZoneId = park!.ZoneId };
            Apply(platform, input);
            db.Platforms.Add(platform);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/platforms/{platform.Id}", (await Find(db, platform.Id))!);
        });

        write.MapPut("/{id:guid}", async Task<Results<Ok<PlatformItem>, ValidationProblem, ProblemHttpResult>> (Guid id, PlatformInput input, AppDbContext db, CancellationToken ct) =>
        {
            var platform = await db.Platforms.FirstOrDefaultAsync(p => p.Id == id, ct);
            if (platform is null) return Problems.NotFound();
            var (errors, park) = await ValidateAsync(db, input, ct);
            if (input.Version is null) errors.Add("version", "required");
            if (errors.Any) return Problems.Validation(errors);
            db.ExpectVersion(platform, input.Version!.Value);
            platform.ZoneId = park!.ZoneId;
            Apply(platform, input);
            return await db.SaveOrConflictAsync(() => Find(db, id), ct);
        });

        write.MapDelete("/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, AppDbContext db, CancellationToken ct) =>
        {
            var platform = await db.Platforms.FirstOrDefaultAsync(p => p.Id == id, ct);
            if (platform is null) return Problems.NotFound();
            db.Platforms.Remove(platform);
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        });
    }

    private static IQueryable<InnovationPlatform> Filter(AppDbContext db, PlatformQuery q)
    {
        var query = db.Platforms.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search)) query = query.Where(p => p.Name.Contains(q.Search.Trim()));
        if (q.ParkId is { } park) query = query.Where(p => p.ParkId == park);
        if (q.Kind is { } kind) query = query.Where(p => p.Kind == kind);
        if (q.Level is { } level) query = query.Where(p => p.Level == level);
        return query.SortBy(q.Sort, q.Desc ?? false, SortKeys, "name", p => p.Id);
    }

    private static IQueryable<PlatformItem> Items(AppDbContext db, IQueryable<InnovationPlatform> query) =>
        query.Select(p => new PlatformItem(p.Id, p.Name, p.Kind, p.Level, p.ParkId,
            db.Parks.Where(x => x.Id == p.ParkId).Select(x => x.Name).First(),
            p.EnterpriseId, db.Enterprises.Where(e => e.Id == p.EnterpriseId).Select(e => e.Name).FirstOrDefault(),
            p.Field, p.ApprovedOn, p.Version));

    private static Task<PlatformItem?> Find(AppDbContext db, Guid id) => Items(db, db.Platforms.AsNoTracking().Where(p => p.Id == id)).FirstOrDefaultAsync();

    private static async Task<(Errors, Domain.Organisation.Park?)> ValidateAsync(AppDbContext db, PlatformInput input, CancellationToken ct)
    {
        var errors = new Errors().Required("name", input.Name).MaxLength("name", input.Name, 200).MaxLength("field", input.Field, 100);
        if (input.Kind is null) errors.Add("kind", "required");
        if (input.Level is null) errors.Add("level", "required");
        var park = await CarrierSupport.VisibleParkAsync(db, input.ParkId, errors, ct);
        if (park is not null && input.EnterpriseId is { } e && !await db.Enterprises.AnyAsync(x => x.Id == e && x.ZoneId == park.ZoneId, ct))
            errors.Add("enterpriseId", "unknown_enterprise");
        return (errors, park);
    }

    private static void Apply(InnovationPlatform p, PlatformInput input)
    {
        p.Name = input.Name!.Trim();
        p.Kind = input.Kind!.Value;
        p.Level = input.Level!.Value;
        p.ParkId = input.ParkId!.Value;
        p.EnterpriseId = input.EnterpriseId;
        p.Field = input.Field?.Trim();
        p.ApprovedOn = input.ApprovedOn;
    }
}
