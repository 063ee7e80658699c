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

public sealed record PlatformInput(string? Name, PlatformKind? Kind, PlatformLevel? Level, Guid? ParkId, Guid? EnterpriseId, string? Field,
    DateOnly? ApprovedOn, int? Version);

/// <summary>The registry of innovation platforms (创新平台): laboratories, centres, pilot bases, workstations.</summary>
public static class PlatformEndpoints
{
    private static readonly Dictionary<string, Expression<Func<InnovationPlatform, object?>>> SortKeys = new()
    {
        ["name"] = p => p.Name, ["kind"] = p => p.Kind, ["level"] = p => p.Level, ["approvedOn"] = p => p.ApprovedOn, ["park"] = p => p.ParkId,
    };

    public static readonly Dictionary<PlatformKind, string> KindNames = new()
    {
        [PlatformKind.KeyLab] = "重点实验室", [PlatformKind.EngineeringCenter] = "工程技术研究中心",
        [PlatformKind.EnterpriseTechCenter] = "企业技术中心",
        [PlatformKind.ResearchInstitute] = "研究院", [PlatformKind.NewRdInstitution] = "新型研发机构", [PlatformKind.PilotBase] = "中试基地",
        [PlatformKind.AcademicianWorkstation] = "院士工作站", [PlatformKind.PostdocStation] = "博士后工作站",
        [PlatformKind.TechTransferOrg] = "技术转移机构",
    };

    public static readonly Dictionary<PlatformLevel, string> LevelNames = new()
    {
        [PlatformLevel.National] = "国家级", [PlatformLevel.Provincial] = "省级", [PlatformLevel.Municipal] = "市级",
    };

    public static void MapPlatformEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/platforms").WithTags("Platforms").RequireAuthorization(Permissions.PlatformsRead);

        group.MapGet("/", ListPlatforms)
            .WithName(nameof(ListPlatforms))
            .WithSummary("Innovation platforms in the caller's scope, filtered, sorted and paged");
        group.MapGet("/export", ExportPlatforms)
            .WithName(nameof(ExportPlatforms))
            .WithSummary("The filtered platforms as an Excel workbook");
        group.MapPost("/", CreatePlatform)
            .WithName(nameof(CreatePlatform))
            .WithSummary("Register an innovation platform in a park")
            .RequireAuthorization(Permissions.PlatformsWrite);
        group.MapPut("/{id:guid}", UpdatePlatform)
            .WithName(nameof(UpdatePlatform))
            .WithSummary("Edit a platform's particulars")
            .RequireAuthorization(Permissions.PlatformsWrite);
        group.MapDelete("/{id:guid}", DeletePlatform)
            .WithName(nameof(DeletePlatform))
            .WithSummary("Remove a platform from the registry")
            .RequireAuthorization(Permissions.PlatformsWrite);
    }

    public static async Task<Ok<Paged<PlatformItem>>> ListPlatforms([AsParameters] PlatformQuery q, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await Items(api.Db, Filter(api.Db, q)).ToPagedAsync(q, api.Ct));

    public static async Task<FileContentHttpResult> ExportPlatforms([AsParameters] PlatformQuery q, [AsParameters] ApiServices api)
    {
        var items = await Items(api.Db, Filter(api.Db, q)).ToListAsync(api.Ct);
        return Export.Xlsx("创新平台", ["平台名称", "类别", "级别", "所属园区", "依托企业", "领域", "认定日期"],
            items.Select(p => (IReadOnlyList<object?>)[p.Name, KindNames[p.Kind], LevelNames[p.Level], p.ParkName, p.EnterpriseName, p.Field, p.ApprovedOn]),
            api.Clock);
    }

    public static async Task<Results<Created<PlatformItem>, ValidationProblem>> CreatePlatform(PlatformInput input, [AsParameters] ApiServices api)
    {
        var (errors, park) = await ValidateAsync(api.Db, input, api.Ct);
        if (errors.Any) return Problems.Validation(errors);
        var platform = new InnovationPlatform { Name = "", ZoneId = park!.ZoneId };
        Apply(platform, input);
        api.Db.Platforms.Add(platform);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/platforms/{platform.Id}", (await Find(api.Db, platform.Id))!);
    }

    public static async Task<Results<Ok<PlatformItem>, ValidationProblem, ProblemHttpResult>> UpdatePlatform(
        Guid id, PlatformInput input, [AsParameters] ApiServices api)
    {
        var platform = await api.Db.Platforms.FirstOrDefaultAsync(p => p.Id == id, api.Ct);
        if (platform is null) return Problems.NotFound();
        var (errors, park) = await ValidateAsync(api.Db, input, api.Ct);
        if (input.Version is null) errors.Add("version", "required");
        if (errors.Any) return Problems.Validation(errors);
        api.Db.ExpectVersion(platform, input.Version!.Value);
        platform.ZoneId = park!.ZoneId;
        Apply(platform, input);
        return await api.Db.SaveOrConflictAsync(() => Find(api.Db, id), api.Ct);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeletePlatform(Guid id, [AsParameters] ApiServices api)
    {
        var platform = await api.Db.Platforms.FirstOrDefaultAsync(p => p.Id == id, api.Ct);
        if (platform is null) return Problems.NotFound();
        api.Db.Platforms.Remove(platform);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.NoContent();
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
