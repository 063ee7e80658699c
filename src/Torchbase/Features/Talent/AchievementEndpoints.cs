using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Talent;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Talent;

public sealed record AchievementQuery(string? Search, string? Field, string? EventName, bool? Intent, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record AchievementItem(Guid Id, string Title, string Owner, string Field, string? EventName, DateOnly ReleasedOn,
    int InterestedEnterprises, bool CooperationIntent, int Version);

public sealed record AchievementInput(string? Title, string? Owner, string? Field, string? EventName, DateOnly? ReleasedOn,
    int? InterestedEnterprises, bool? CooperationIntent, Guid? ZoneId, int? Version);

public sealed record AchievementStats(int Released, int WithInterest, int Negotiations, int Intents, List<string> Events);

/// <summary>Released technology achievements (e.g. 火炬科技成果直通车: 304 released, 126 with cooperation intent).</summary>
internal static class AchievementEndpoints
{
    private static readonly Dictionary<string, Expression<Func<TechAchievement, object?>>> SortKeys = new()
    {
        ["releasedOn"] = a => a.ReleasedOn, ["title"] = a => a.Title, ["owner"] = a => a.Owner,
        ["field"] = a => a.Field, ["interestedEnterprises"] = a => a.InterestedEnterprises,
    };

    public static void MapAchievementEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/achievements", ListAchievements)
            .WithName(nameof(ListAchievements))
            .WithSummary("Released technology achievements, searched, filtered, sorted and paged");
        group.MapGet("/achievements/export", ExportAchievements)
            .WithName(nameof(ExportAchievements))
            .WithSummary("The released achievements as an .xlsx");
        group.MapGet("/achievements/stats", GetAchievementStats)
            .WithName(nameof(GetAchievementStats))
            .WithSummary("Released, with interest, negotiations and intents, for all events or one");

        var write = group.MapGroup("").RequireAuthorization(Permissions.TalentWrite);
        write.MapPost("/achievements", CreateAchievement)
            .WithName(nameof(CreateAchievement))
            .WithSummary("Record a released achievement");
        write.MapPut("/achievements/{id:guid}", UpdateAchievement)
            .WithName(nameof(UpdateAchievement))
            .WithSummary("Edit a released achievement");
    }

    public static async Task<Ok<Paged<AchievementItem>>> ListAchievements([AsParameters] AchievementQuery q, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await Items(Filter(api.Db, q)).ToPagedAsync(q, api.Ct));

    public static async Task<IResult> ExportAchievements([AsParameters] AchievementQuery q, [AsParameters] ApiServices api)
    {
        var items = await Items(Filter(api.Db, q)).ToListAsync(api.Ct);
        return Export.Xlsx("科技成果", ["成果名称", "完成单位", "领域", "发布活动", "发布日期", "对接企业数", "达成合作意向"],
            items.Select(a => (IReadOnlyList<object?>)[a.Title, a.Owner, a.Field, a.EventName, a.ReleasedOn, a.InterestedEnterprises,
                a.CooperationIntent ? "是" : "否"]), api.Clock);
    }

    public static async Task<Ok<AchievementStats>> GetAchievementStats(string? eventName, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var ct = api.Ct;
        var query = db.TechAchievements.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(eventName)) query = query.Where(a => a.EventName == eventName);
        var released = await query.CountAsync(ct);
        var withInterest = await query.CountAsync(a => a.InterestedEnterprises > 0, ct);
        var negotiations = await query.SumAsync(a => a.InterestedEnterprises, ct);
        var intents = await query.CountAsync(a => a.CooperationIntent, ct);
        var events = await db.TechAchievements.AsNoTracking().Where(a => a.EventName != null).Select(a => a.EventName!).Distinct().OrderBy(e => e)
            .ToListAsync(ct);
        return TypedResults.Ok(new AchievementStats(released, withInterest, negotiations, intents, events));
    }

    public static async Task<Results<Created<AchievementItem>, ValidationProblem>> CreateAchievement(AchievementInput input, [AsParameters] ApiServices api)
    {
        var errors = Validate(input);
        var zone = TalentSupport.ZoneFor(api.Db, input.ZoneId);
        if (zone is null) errors.Add("zoneId", "required");
        if (errors.Any) return Problems.Validation(errors);
        var achievement = new TechAchievement { Title = "", Owner = "", Field = "", ZoneId = zone!.Value };
        Apply(achievement, input);
        api.Db.TechAchievements.Add(achievement);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/talent/achievements/{achievement.Id}", (await Find(api.Db, achievement.Id))!);
    }

    public static async Task<Results<Ok<AchievementItem>, ValidationProblem, ProblemHttpResult>> UpdateAchievement(Guid id, AchievementInput input,
        [AsParameters] ApiServices api)
    {
        var achievement = await api.Db.TechAchievements.FirstOrDefaultAsync(a => a.Id == id, api.Ct);
        if (achievement is null) return Problems.NotFound();
        var errors = Validate(input);
        api.Db.Expect(achievement, input.Version, errors);
        if (errors.Any) return Problems.Validation(errors);
        Apply(achievement, input);
        return await api.Db.SaveOrConflictAsync(() => Find(api.Db, id), api.Ct);
    }

    private static IQueryable<TechAchievement> Filter(AppDbContext db, AchievementQuery q)
    {
        var query = db.TechAchievements.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search)) query = query.Where(a => a.Title.Contains(q.Search.Trim()) || a.Owner.Contains(q.Search.Trim()));
        if (!string.IsNullOrWhiteSpace(q.Field)) query = query.Where(a => a.Field == q.Field);
        if (!string.IsNullOrWhiteSpace(q.EventName)) query = query.Where(a => a.EventName == q.EventName);
        if (q.Intent is { } intent) query = query.Where(a => a.CooperationIntent == intent);
        return query.SortBy(q.Sort, q.Desc ?? true, SortKeys, "releasedOn", a => a.Id);
    }

    private static IQueryable<AchievementItem> Items(IQueryable<TechAchievement> query) =>
        query.Select(a => new AchievementItem(a.Id, a.Title, a.Owner, a.Field, a.EventName, a.ReleasedOn, a.InterestedEnterprises,
            a.CooperationIntent, a.Version));

    private static Task<AchievementItem?> Find(AppDbContext db,
        Guid id) => Items(db.TechAchievements.AsNoTracking().Where(a => a.Id == id)).FirstOrDefaultAsync();

    private static Errors Validate(AchievementInput input)
    {
        var errors = new Errors().Required("title", input.Title).MaxLength("title", input.Title, 200).Required("owner",
            input.Owner).MaxLength("owner", input.Owner, 100)
            .Required("field", input.Field).MaxLength("field", input.Field, 50).MaxLength("eventName", input.EventName,
                100).NotNegative("interestedEnterprises", input.InterestedEnterprises);
        if (input.ReleasedOn is null) errors.Add("releasedOn", "required");
        return errors;
    }

    private static void Apply(TechAchievement a, AchievementInput input)
    {
        a.Title = input.Title!.Trim();
        a.Owner = input.Owner!.Trim();
        a.Field = input.Field!.Trim();
        a.EventName = string.IsNullOrWhiteSpace(input.EventName) ? null : input.EventName.Trim();
        a.ReleasedOn = input.ReleasedOn!.Value;
        a.InterestedEnterprises = input.InterestedEnterprises ?? 0;
        a.CooperationIntent = input.CooperationIntent ?? false;
    }
}
