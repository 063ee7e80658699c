using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Talent;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Talent;

public sealed record DemandQuery(string? Search, string? Field, DemandStatus? Status, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record DemandItem(Guid Id, string Title, string Problem, string Field, List<string> Keywords, decimal? BudgetWan, DateOnly? Deadline,
    DateOnly PostedOn, string? PostedBy, Guid? EnterpriseId, string? EnterpriseName, DemandStatus Status, int MatchCount, int SignedCount, int Version);

public sealed record DemandInput(string? Title, string? Problem, string? Field, List<string>? Keywords, decimal? BudgetWan, DateOnly? Deadline,
    Guid? EnterpriseId, DemandStatus? Status, Guid? ZoneId, int? Version);

/// <summary>The 项目合作需求信息库: an enterprise posts its own demands; the bureau curates all and may post for an enterprise.</summary>
internal static class DemandEndpoints
{
    private static readonly Dictionary<string, Expression<Func<TechDemand, object?>>> SortKeys = new()
    {
        ["postedOn"] = d => d.PostedOn, ["title"] = d => d.Title, ["field"] = d => d.Field, ["deadline"] = d => d.Deadline, ["budgetWan"] = d => d.BudgetWan,
        ["status"] = d => d.Status,
    };

    public static void MapDemandEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/demands", ListTechDemands)
            .WithName(nameof(ListTechDemands))
            .WithSummary("The cooperation demand library, searched, filtered, sorted and paged");
        group.MapGet("/demands/export", ExportTechDemands)
            .WithName(nameof(ExportTechDemands))
            .WithSummary("The cooperation demands as an .xlsx");
        group.MapGet("/demands/{id:guid}", GetTechDemand)
            .WithName(nameof(GetTechDemand))
            .WithSummary("One cooperation demand with its pairing counts");
        group.MapGet("/demands/{id:guid}/experts", RecommendExpertsForDemand)
            .WithName(nameof(RecommendExpertsForDemand))
            .WithSummary("The zone's experts ranked for a demand, with the reasons for each rank");
        group.MapPost("/demands", PostTechDemand)
            .WithName(nameof(PostTechDemand))
            .WithSummary("Post a demand: an enterprise for itself, a curator for an enterprise of the zone");
        group.MapPut("/demands/{id:guid}", UpdateTechDemand)
            .WithName(nameof(UpdateTechDemand))
            .WithSummary("Edit a demand or change its status");
    }

    public static async Task<Ok<Paged<DemandItem>>> ListTechDemands([AsParameters] DemandQuery q, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await Items(api.Db, Filter(api.Db, q)).ToPagedAsync(q, api.Ct));

    public static async Task<IResult> ExportTechDemands([AsParameters] DemandQuery q, [AsParameters] ApiServices api)
    {
        var items = await Items(api.Db, Filter(api.Db, q)).ToListAsync(api.Ct);
        var ids = items.Select(d => d.EnterpriseId).OfType<Guid>().Distinct().ToList();
        var codes = new Dictionary<Guid, string>();
        foreach (var chunk in ids.Chunk(1000))
            foreach (var e in await api.Db.Enterprises.AsNoTracking().Where(e => chunk.Contains(e.Id))
                         .Select(e => new { e.Id, e.CreditCode }).ToListAsync(api.Ct))
                codes[e.Id] = e.CreditCode;
        // The import's columns, so an exported file can be edited and imported back.
        return Export.Xlsx("合作需求库", new DemandSheet(api.Clock.Today()).Headers,
            items.Select(d => (IReadOnlyList<object?>)[d.Title, d.Problem, d.Field, string.Join("、", d.Keywords), d.BudgetWan, d.Deadline, d.PostedOn,
                d.EnterpriseId is { } id ? codes.GetValueOrDefault(id) : null, d.EnterpriseName, TalentLabels.DemandStatus[d.Status],
                d.MatchCount, d.SignedCount]), api.Clock);
    }

    public static async Task<Results<Ok<DemandItem>, ProblemHttpResult>> GetTechDemand(Guid id, [AsParameters] ApiServices api) =>
        await Find(api.Db, id) is { } item ? TypedResults.Ok(item) : Problems.NotFound();

    public static async Task<Results<Ok<List<RecommendedExpert>>, ProblemHttpResult>> RecommendExpertsForDemand(Guid id, int? top,
        [AsParameters] ApiServices api) =>
        await Recommendations.ExpertsForDemandAsync(api.Db, id, Math.Clamp(top ?? 10, 1, 50), api.User.UserId(),
            api.Ct) is { } list ? TypedResults.Ok(list) : Problems.NotFound();

    public static async Task<Results<Created<DemandItem>, ValidationProblem, ProblemHttpResult>> PostTechDemand(DemandInput input,
        [AsParameters] ApiServices api)
    {
        var (db, user, ct) = (api.Db, api.User, api.Ct);
        if (!user.IsCurator() && !(user.IsContributor() && db.Scope.EnterpriseId is not null)) return TalentSupport.Forbidden();
        var errors = Validate(input, api.Clock.Today(), isNew: true);
        // An enterprise user posts for itself whatever it sends; the bureau may name an enterprise of its zone.
        var enterpriseId = db.Scope.EnterpriseId ?? input.EnterpriseId;
        var zone = TalentSupport.ZoneFor(db, input.ZoneId);
        if (enterpriseId is { } eid)
        {
            var enterpriseZone = await db.Enterprises.Where(e => e.Id == eid).Select(e => (Guid?)e.ZoneId).FirstOrDefaultAsync(ct);
            if (enterpriseZone is null) errors.Add("enterpriseId", "unknown_enterprise");
            zone ??= enterpriseZone;
        }
        if (zone is null) errors.Add("zoneId", "required");
        if (errors.Any) return Problems.Validation(errors);
        var demand = new TechDemand
        {
            Title = "", Problem = "", Field = "", ZoneId = zone!.Value, EnterpriseId = enterpriseId, PostedOn = api.Clock.Today(),
            PostedBy = user.FindFirst(ScopeClaims.DisplayName)?.Value ?? user.Identity?.Name, Status = DemandStatus.Open,
        };
        Apply(demand, input);
        db.TechDemands.Add(demand);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/talent/demands/{demand.Id}", (await Find(db, demand.Id))!);
    }

    public static async Task<Results<Ok<DemandItem>, ValidationProblem, ProblemHttpResult>> UpdateTechDemand(Guid id, DemandInput input,
        [AsParameters] ApiServices api)
    {
        var (db, user) = (api.Db, api.User);
        // The query filter already limits an enterprise user to its own demands.
        var demand = await db.TechDemands.FirstOrDefaultAsync(d => d.Id == id, api.Ct);
        if (demand is null) return Problems.NotFound();
        if (!user.IsCurator() && !(user.IsContributor() && db.Scope.EnterpriseId is not null)) return TalentSupport.Forbidden();
        var errors = Validate(input, api.Clock.Today(), isNew: false);
        db.Expect(demand, input.Version, errors);
        if (errors.Any) return Problems.Validation(errors);
        Apply(demand, input);
        if (input.Status is { } status) demand.Status = status;
        return await db.SaveOrConflictAsync(() => Find(db, id), api.Ct);
    }

    private static IQueryable<TechDemand> Filter(AppDbContext db, DemandQuery q)
    {
        var query = db.TechDemands.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            query = query.Where(d => d.Title.Contains(s) || d.Problem.Contains(s) || d.Keywords.Any(k => k.Contains(s)));
        }
        if (!string.IsNullOrWhiteSpace(q.Field)) query = query.Where(d => d.Field == q.Field);
        if (q.Status is { } status) query = query.Where(d => d.Status == status);
        return query.SortBy(q.Sort, q.Desc ?? true, SortKeys, "postedOn", d => d.Id);
    }

    private static IQueryable<DemandItem> Items(AppDbContext db, IQueryable<TechDemand> query) =>
        query.Select(d => new DemandItem(d.Id, d.Title, d.Problem, d.Field, d.Keywords, d.BudgetWan, d.Deadline, d.PostedOn, d.PostedBy, d.EnterpriseId,
            db.Enterprises.Where(e => e.Id == d.EnterpriseId).Select(e => e.Name).FirstOrDefault(), d.Status,
            db.Matchmakings.Count(m => m.DemandId == d.Id), db.Matchmakings.Count(m => m.DemandId == d.Id && m.Stage == MatchStage.Signed), d.Version));

    private static Task<DemandItem?> Find(AppDbContext db, Guid id) => Items(db, db.TechDemands.AsNoTracking().Where(d => d.Id == id)).FirstOrDefaultAsync();

    internal static Errors Validate(DemandInput input, DateOnly today, bool isNew)
    {
        var errors = new Errors().Required("title", input.Title).MaxLength("title", input.Title, 200)
            .Required("problem", input.Problem).MaxLength("problem", input.Problem, 2000)
            .Required("field", input.Field).MaxLength("field", input.Field, 50).Amount("budgetWan", input.BudgetWan);
        if (input.Keywords is not { Count: > 0 }) errors.Add("keywords", "required");
        else if (input.Keywords.Count > 20) errors.Add("keywords", "too_many", 20);
        if (isNew && input.Deadline < today) errors.Add("deadline", "past_date");
        return errors;
    }

    internal static void Apply(TechDemand d, DemandInput input)
    {
        d.Title = input.Title!.Trim();
        d.Problem = input.Problem!.Trim();
        d.Field = input.Field!.Trim();
        d.Keywords = input.Keywords!.SelectMany(TextTerms.SplitKeywords).Distinct().ToList();
        d.BudgetWan = input.BudgetWan;
        d.Deadline = input.Deadline;
    }
}
