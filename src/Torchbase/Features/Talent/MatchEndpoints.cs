using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Talent;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Talent;

public sealed record MatchQuery(Guid? DemandId, Guid? ExpertId, MatchStage? Stage, string? Search, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record MatchItem(Guid Id, Guid DemandId, string DemandTitle, string Field, string? EnterpriseName, Guid ExpertId, string ExpertName,
    string Institution,
    MatchStage Stage, double Score, DateOnly RecommendedOn, DateOnly? ContactedOn, DateOnly? MeetingOn, DateOnly? ClosedOn,
    decimal? AgreementAmountWan, string? Note, int Version);

public sealed record MatchInput(Guid? DemandId, Guid? ExpertId);
public sealed record MatchStageInput(MatchStage? Stage, decimal? AgreementAmountWan, string? Note, int? Version);

public sealed record FieldFunnel(string Field, int Recommended, int Signed);
public sealed record MatchStats(MatchFunnel Funnel, double SignRate, List<FieldFunnel> ByField);

/// <summary>Matchmaking: recommend → contact → meeting → agreement signed (or declined), and its funnel.</summary>
internal static class MatchEndpoints
{
    private static readonly Dictionary<string, Expression<Func<Matchmaking, object?>>> SortKeys = new()
    {
        ["recommendedOn"] = m => m.RecommendedOn, ["stage"] = m => m.Stage, ["score"] = m => m.Score, ["closedOn"] = m => m.ClosedOn,
    };

    public static void MapMatchEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/matches", ListMatchmakings)
            .WithName(nameof(ListMatchmakings))
            .WithSummary("Demand-expert pairings, searched, filtered, sorted and paged");
        group.MapGet("/matches/export", ExportMatchmakings)
            .WithName(nameof(ExportMatchmakings))
            .WithSummary("The pairings as an .xlsx");
        group.MapGet("/matches/stats", GetMatchStats)
            .WithName(nameof(GetMatchStats))
            .WithSummary("The matchmaking funnel, sign rate and pairings by field");
        group.MapPost("/matches", RecommendExpertToDemand)
            .WithName(nameof(RecommendExpertToDemand))
            .WithSummary("Pair an expert with a demand, scored against the zone's library");
        group.MapPut("/matches/{id:guid}/stage", AdvanceMatchmaking)
            .WithName(nameof(AdvanceMatchmaking))
            .WithSummary("Move a pairing on: contacted, meeting, signed or declined");
    }

    public static async Task<Ok<Paged<MatchItem>>> ListMatchmakings([AsParameters] MatchQuery q, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await Items(api.Db, Filter(api.Db, q)).ToPagedAsync(q, api.Ct));

    public static async Task<IResult> ExportMatchmakings([AsParameters] MatchQuery q, [AsParameters] ApiServices api)
    {
        var items = await Items(api.Db, Filter(api.Db, q)).ToListAsync(api.Ct);
        return Export.Xlsx("产学研对接", ["需求", "领域", "企业", "专家", "单位", "阶段", "匹配度", "推荐日期", "联系日期", "洽谈日期", "办结日期", "协议金额（万元）", "备注"],
            items.Select(m => (IReadOnlyList<object?>)[m.DemandTitle, m.Field, m.EnterpriseName, m.ExpertName, m.Institution, TalentLabels.Stage[m.Stage],
                Math.Round(m.Score, 2), m.RecommendedOn, m.ContactedOn, m.MeetingOn, m.ClosedOn, m.AgreementAmountWan, m.Note]), api.Clock);
    }

    public static async Task<Ok<MatchStats>> GetMatchStats([AsParameters] ApiServices api)
    {
        var db = api.Db;
        var rows = await db.Matchmakings.AsNoTracking()
            .Select(m => new { m.Stage, m.ContactedOn, m.MeetingOn, m.EnterpriseId, Amount = (double?)m.AgreementAmountWan,
                Field = db.TechDemands.Where(d => d.Id == m.DemandId).Select(d => d.Field).FirstOrDefault() })
            .ToListAsync(api.Ct);
        var funnel = MatchFunnel.Of(rows.Select(r => (r.Stage, r.ContactedOn, r.MeetingOn, r.EnterpriseId, (decimal?)r.Amount)));
        var byField = rows.GroupBy(r => r.Field ?? "").Select(g => new FieldFunnel(g.Key, g.Count(), g.Count(r => r.Stage == MatchStage.Signed)))
            .OrderByDescending(f => f.Recommended).ToList();
        return TypedResults.Ok(new MatchStats(funnel, funnel.SignRate, byField));
    }

    public static async Task<Results<Created<MatchItem>, ValidationProblem, ProblemHttpResult>> RecommendExpertToDemand(MatchInput input,
        [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var errors = new Errors();
        var demand = input.DemandId is { } did ? await db.TechDemands.AsNoTracking().FirstOrDefaultAsync(d => d.Id == did, ct) : null;
        if (demand is null) errors.Add("demandId", input.DemandId is null ? "required" : "unknown_demand");
        var expert = input.ExpertId is { } eid
            ? await db.Experts.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eid && (demand == null || e.ZoneId == demand.ZoneId), ct) : null;
        if (expert is null) errors.Add("expertId", input.ExpertId is null ? "required" : "unknown_expert");
        if (errors.Any) return Problems.Validation(errors);
        if (!MayAct(api.User, db, expert!)) return TalentSupport.Forbidden();
        if (await db.Matchmakings.AnyAsync(m => m.DemandId == demand!.Id && m.ExpertId == expert!.Id, ct)) return Problems.Conflict("match_exists");
        var match = new Matchmaking
        {
            ZoneId = demand!.ZoneId, DemandId = demand.Id, EnterpriseId = demand.EnterpriseId, ExpertId = expert!.Id, Stage = MatchStage.Recommended,
            RecommendedOn = api.Clock.Today(), Score = await Recommendations.ScoreAsync(db, demand, expert.Id, ct),
        };
        db.Matchmakings.Add(match);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/talent/matches/{match.Id}", (await Find(db, match.Id))!);
    }

    public static async Task<Results<Ok<MatchItem>, ValidationProblem, ProblemHttpResult>> AdvanceMatchmaking(Guid id, MatchStageInput input,
        [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var match = await db.Matchmakings.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (match is null) return Problems.NotFound();
        var expert = await db.Experts.AsNoTracking().FirstAsync(e => e.Id == match.ExpertId, ct);
        if (!MayAct(api.User, db, expert)) return TalentSupport.Forbidden();
        var errors = new Errors().Amount("agreementAmountWan", input.AgreementAmountWan).MaxLength("note", input.Note, 1000);
        if (input.Stage is null) errors.Add("stage", "required");
        else if (MatchWorkflow.Check(match.Stage, input.Stage.Value) is { } code) errors.Add("stage", code);
        db.Expect(match, input.Version, errors);
        if (errors.Any) return Problems.Validation(errors);
        MatchWorkflow.Advance(match, input.Stage!.Value, api.Clock.Today(), input.AgreementAmountWan);
        if (input.Note is not null) match.Note = input.Note.Trim();
        if (match.Stage == MatchStage.Signed)
        {
            // A signed agreement settles the demand.
            var demand = await db.TechDemands.FirstAsync(d => d.Id == match.DemandId, ct);
            demand.Status = DemandStatus.Matched;
        }
        return await db.SaveOrConflictAsync(() => Find(db, id), ct);
    }

    /// <summary>Curators act on any pairing; an enterprise on pairings of its own demands (the query filter sees to that); an expert on its own.</summary>
    private static bool MayAct(ClaimsPrincipal user, AppDbContext db, ExpertProfile expert) =>
        user.IsCurator() || (user.IsContributor() && (db.Scope.EnterpriseId is not null || (expert.UserId is { } owner && owner == user.UserId())));

    private static IQueryable<Matchmaking> Filter(AppDbContext db, MatchQuery q)
    {
        var query = db.Matchmakings.AsNoTracking();
        if (q.DemandId is { } d) query = query.Where(m => m.DemandId == d);
        if (q.ExpertId is { } e) query = query.Where(m => m.ExpertId == e);
        if (q.Stage is { } s) query = query.Where(m => m.Stage == s);
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var text = q.Search.Trim();
            query = query.Where(m => db.TechDemands.Any(x => x.Id == m.DemandId && x.Title.Contains(text))
                || db.Experts.Any(x => x.Id == m.ExpertId && x.Name.Contains(text)));
        }
        return query.SortBy(q.Sort, q.Desc ?? true, SortKeys, "recommendedOn", m => m.Id);
    }

    private static IQueryable<MatchItem> Items(AppDbContext db, IQueryable<Matchmaking> query) =>
        query.Select(m => new MatchItem(m.Id, m.DemandId,
            db.TechDemands.Where(d => d.Id == m.DemandId).Select(d => d.Title).First(),
            db.TechDemands.Where(d => d.Id == m.DemandId).Select(d => d.Field).First(),
            db.Enterprises.Where(x => x.Id == m.EnterpriseId).Select(x => x.Name).FirstOrDefault(),
            m.ExpertId, db.Experts.Where(e => e.Id == m.ExpertId).Select(e => e.Name).First(),
            db.Experts.Where(e => e.Id == m.ExpertId).Select(e => e.Institution).First(),
            m.Stage, m.Score, m.RecommendedOn, m.ContactedOn, m.MeetingOn, m.ClosedOn, m.AgreementAmountWan, m.Note, m.Version));

    private static Task<MatchItem?> Find(AppDbContext db, Guid id) => Items(db, db.Matchmakings.AsNoTracking().Where(m => m.Id == id)).FirstOrDefaultAsync();
}
