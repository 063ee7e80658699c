using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Talent;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Talent;

public sealed record ExpertQuery(string? Search, string? Field, string? Institution, ExpertAvailability? Availability, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

/// <summary>An expert as a caller sees it: phone and e-mail only with the expert's consent, to curators, or to the expert.</summary>
public sealed record ExpertItem(Guid Id, string Name, string Institution, string? Title, ExpertDegree Degree, List<string> Fields, List<string> Keywords,
    string? ResearchSummary, string? Achievements, ExpertAvailability Availability, bool ConsentToContact, string? Phone, string? Email,
    bool IsMine, int MatchCount, int SignedCount, int Version);

public sealed record ExpertInput(string? Name, string? Institution, string? Title, ExpertDegree? Degree, List<string>? Fields, List<string>? Keywords,
    string? ResearchSummary, string? Achievements, ExpertAvailability? Availability, bool? ConsentToContact, string? Phone, string? Email, Guid? ZoneId, int? Version);

/// <summary>
/// The 博士人才信息库. The Expert role has no data-scope column: an expert's own profile is the one whose UserId is the
/// caller's id, checked here (curators with talent.write may edit any profile in their zone).
/// </summary>
internal static class ExpertEndpoints
{
    private static readonly Dictionary<string, Expression<Func<ExpertProfile, object?>>> SortKeys = new()
    {
        ["name"] = e => e.Name, ["institution"] = e => e.Institution, ["title"] = e => e.Title, ["availability"] = e => e.Availability,
    };

    public static void MapExpertEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/experts", async ([AsParameters] ExpertQuery q, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await Items(db, Filter(db, q), user).ToPagedAsync(q, ct)));

        group.MapGet("/experts/export", async ([AsParameters] ExpertQuery q, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var items = await Items(db, Filter(db, q), user).ToListAsync(ct);
            return Export.Xlsx("博士人才库", ["姓名", "单位", "职称", "学位", "领域", "关键词", "研究方向", "对接状态", "同意联系", "电话", "邮箱", "对接数", "签约数"],
                items.Select(e => (IReadOnlyList<object?>)[e.Name, e.Institution, e.Title, TalentLabels.Degree[e.Degree], string.Join("、", e.Fields), string.Join("、", e.Keywords),
                    e.ResearchSummary, TalentLabels.Availability[e.Availability], e.ConsentToContact ? "是" : "否", e.Phone, e.Email, e.MatchCount, e.SignedCount]), clock);
        });

        group.MapGet("/experts/me", async Task<Results<Ok<ExpertItem>, ProblemHttpResult>> (ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
            await Items(db, db.Experts.AsNoTracking().Where(e => e.UserId == user.UserId()), user).FirstOrDefaultAsync(ct) is { } me
                ? TypedResults.Ok(me) : Problems.NotFound());

        group.MapGet("/experts/{id:guid}", async Task<Results<Ok<ExpertItem>, ProblemHttpResult>> (Guid id, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
            await Find(db, id, user) is { } item ? TypedResults.Ok(item) : Problems.NotFound());

        group.MapGet("/experts/{id:guid}/demands", async Task<Results<Ok<List<RecommendedDemand>>, ProblemHttpResult>> (Guid id, int? top, AppDbContext db, CancellationToken ct) =>
            await Recommendations.DemandsForExpertAsync(db, id, Math.Clamp(top ?? 10, 1, 50), ct) is { } list ? TypedResults.Ok(list) : Problems.NotFound());

        group.MapPost("/experts", async Task<Results<Created<ExpertItem>, ValidationProblem, ProblemHttpResult>> (ExpertInput input, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        {
            if (!user.IsCurator()) return TalentSupport.Forbidden();
            var errors = Validate(input);
            var zone = TalentSupport.ZoneFor(db, input.ZoneId);
            if (zone is null) errors.Add("zoneId", "required");
            if (errors.Any) return Problems.Validation(errors);
            var expert = new ExpertProfile { Name = "", Institution = "", ZoneId = zone!.Value };
            Apply(expert, input);
            db.Experts.Add(expert);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"/api/talent/experts/{expert.Id}", (await Find(db, expert.Id, user))!);
        });

        group.MapPut("/experts/{id:guid}", async Task<Results<Ok<ExpertItem>, ValidationProblem, ProblemHttpResult>> (Guid id, ExpertInput input, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        {
            var expert = await db.Experts.FirstOrDefaultAsync(e => e.Id == id, ct);
            if (expert is null) return Problems.NotFound();
            if (!user.IsCurator() && !(user.IsContributor() && expert.UserId is { } owner && owner == user.UserId())) return TalentSupport.Forbidden();
            var errors = Validate(input);
            db.Expect(expert, input.Version, errors);
            if (errors.Any) return Problems.Validation(errors);
            Apply(expert, input);
            return await db.SaveOrConflictAsync(() => Find(db, id, user), ct);
        });
    }

    private static IQueryable<ExpertProfile> Filter(AppDbContext db, ExpertQuery q)
    {
        var query = db.Experts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            query = query.Where(e => e.Name.Contains(s) || e.Institution.Contains(s) || (e.ResearchSummary != null && e.ResearchSummary.Contains(s)) || e.Keywords.Any(k => k.Contains(s)));
        }
        if (!string.IsNullOrWhiteSpace(q.Field)) query = query.Where(e => e.Fields.Contains(q.Field));
        if (!string.IsNullOrWhiteSpace(q.Institution)) query = query.Where(e => e.Institution == q.Institution);
        if (q.Availability is { } a) query = query.Where(e => e.Availability == a);
        return query.SortBy(q.Sort, q.Desc ?? false, SortKeys, "name", e => e.Id);
    }

    internal static IQueryable<ExpertItem> Items(AppDbContext db, IQueryable<ExpertProfile> query, ClaimsPrincipal user)
    {
        var curator = user.IsCurator();
        var me = user.UserId();
        return query.Select(e => new ExpertItem(e.Id, e.Name, e.Institution, e.Title, e.Degree, e.Fields, e.Keywords, e.ResearchSummary, e.Achievements,
            e.Availability, e.ConsentToContact,
            e.ConsentToContact || curator || e.UserId == me ? e.Phone : null,
            e.ConsentToContact || curator || e.UserId == me ? e.Email : null,
            e.UserId != null && e.UserId == me,
            db.Matchmakings.Count(m => m.ExpertId == e.Id), db.Matchmakings.Count(m => m.ExpertId == e.Id && m.Stage == MatchStage.Signed), e.Version));
    }

    private static Task<ExpertItem?> Find(AppDbContext db, Guid id, ClaimsPrincipal user) =>
        Items(db, db.Experts.AsNoTracking().Where(e => e.Id == id), user).FirstOrDefaultAsync();

    private static Errors Validate(ExpertInput input)
    {
        var errors = new Errors().Required("name", input.Name).MaxLength("name", input.Name, 50)
            .Required("institution", input.Institution).MaxLength("institution", input.Institution, 100).MaxLength("title", input.Title, 50)
            .MaxLength("researchSummary", input.ResearchSummary, 2000).MaxLength("achievements", input.Achievements, 2000)
            .MaxLength("phone", input.Phone, 30).MaxLength("email", input.Email, 100);
        if (input.Fields is not { Count: > 0 }) errors.Add("fields", "required");
        if (input.Keywords is not { Count: > 0 }) errors.Add("keywords", "required");
        else if (input.Keywords.Count > 20) errors.Add("keywords", "too_many", 20);
        if (input.Degree is null) errors.Add("degree", "required");
        if (input.Availability is null) errors.Add("availability", "required");
        if (input.ConsentToContact == true && string.IsNullOrWhiteSpace(input.Phone) && string.IsNullOrWhiteSpace(input.Email))
            errors.Add("phone", "contact_required");
        return errors;
    }

    private static void Apply(ExpertProfile e, ExpertInput input)
    {
        e.Name = input.Name!.Trim();
        e.Institution = input.Institution!.Trim();
        e.Title = input.Title?.Trim();
        e.Degree = input.Degree!.Value;
        e.Fields = input.Fields!.Select(f => f.Trim()).Where(f => f.Length > 0).Distinct().ToList();
        e.Keywords = input.Keywords!.SelectMany(TextTerms.SplitKeywords).Distinct().ToList();
        e.ResearchSummary = input.ResearchSummary?.Trim();
        e.Achievements = input.Achievements?.Trim();
        e.Availability = input.Availability!.Value;
        e.ConsentToContact = input.ConsentToContact ?? false;
        e.Phone = input.Phone?.Trim();
        e.Email = input.Email?.Trim();
    }
}
