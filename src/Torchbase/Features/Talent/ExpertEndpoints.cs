using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Talent;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Talent;

public sealed record ExpertQuery(string? Search, string? Field, string? Institution, ExpertAvailability? Availability, int? Page, int? PageSize,
    string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

/// <summary>
/// An expert as a caller sees it: phone and e-mail as <see cref="ExpertContacts"/> decides, and whether they were shown (when not,
/// the caller may neither change them nor give consent in the expert's place).
/// </summary>
public sealed record ExpertItem(Guid Id, string Name, string Institution, string? Title, ExpertDegree Degree, List<string> Fields, List<string> Keywords,
    string? ResearchSummary, string? Achievements, ExpertAvailability Availability, bool ConsentToContact, string? Phone, string? Email, bool ContactShown,
    bool IsMine, int MatchCount, int SignedCount, int Version);

public sealed record ExpertInput(string? Name, string? Institution, string? Title, ExpertDegree? Degree, List<string>? Fields, List<string>? Keywords,
    string? ResearchSummary, string? Achievements, ExpertAvailability? Availability, bool? ConsentToContact, string? Phone, string? Email,
    Guid? ZoneId, int? Version);

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
        group.MapGet("/experts", ListExperts)
            .WithName(nameof(ListExperts))
            .WithSummary("The PhD and expert library, searched, filtered, sorted and paged");
        group.MapGet("/experts/export", ExportExperts)
            .WithName(nameof(ExportExperts))
            .WithSummary("The expert library as an .xlsx, contact details only where the caller may see them");
        group.MapGet("/experts/me", GetMyExpertProfile)
            .WithName(nameof(GetMyExpertProfile))
            .WithSummary("The signed-in expert's own profile");
        group.MapGet("/experts/{id:guid}", GetExpert)
            .WithName(nameof(GetExpert))
            .WithSummary("One expert's profile");
        group.MapGet("/experts/{id:guid}/demands", RecommendDemandsForExpert)
            .WithName(nameof(RecommendDemandsForExpert))
            .WithSummary("Open demands ranked for an expert, with the reasons for each rank");
        group.MapPost("/experts", CreateExpert)
            .WithName(nameof(CreateExpert))
            .WithSummary("Add an expert to the library (curators)");
        group.MapPut("/experts/{id:guid}", UpdateExpert)
            .WithName(nameof(UpdateExpert))
            .WithSummary("Edit an expert's profile (curators, or the expert their own)");
    }

    public static async Task<Ok<Paged<ExpertItem>>> ListExperts([AsParameters] ExpertQuery q, [AsParameters] ApiServices api)
    {
        var page = await Rows(api.Db, Filter(api.Db, q)).ToPagedAsync(q, api.Ct);
        return TypedResults.Ok(new Paged<ExpertItem>(page.Items.Select(r => r.For(api.User)).ToList(), page.Total, page.Page, page.PageSize));
    }

    public static async Task<IResult> ExportExperts([AsParameters] ExpertQuery q, [AsParameters] ApiServices api)
    {
        var items = (await Rows(api.Db, Filter(api.Db, q)).ToListAsync(api.Ct)).Select(r => r.For(api.User));
        // The import's columns, so an exported file can be edited and imported back.
        return Export.Xlsx("博士人才库", new ExpertSheet().Headers,
            items.Select(e => (IReadOnlyList<object?>)[e.Name, e.Institution, e.Title, TalentLabels.Degree[e.Degree], string.Join("、", e.Fields),
                string.Join("、", e.Keywords), e.ResearchSummary, e.Achievements, TalentLabels.Availability[e.Availability],
                e.ConsentToContact ? ExpertSheet.Yes : ExpertSheet.No, e.Phone, e.Email, e.MatchCount, e.SignedCount]), api.Clock);
    }

    public static async Task<Results<Ok<ExpertItem>, ProblemHttpResult>> GetMyExpertProfile([AsParameters] ApiServices api)
    {
        var me = api.User.UserId();
        return await Rows(api.Db, api.Db.Experts.AsNoTracking().Where(e => e.UserId == me)).FirstOrDefaultAsync(api.Ct) is { } row
            ? TypedResults.Ok(row.For(api.User)) : Problems.NotFound();
    }

    public static async Task<Results<Ok<ExpertItem>, ProblemHttpResult>> GetExpert(Guid id, [AsParameters] ApiServices api) =>
        await Find(api, id) is { } item ? TypedResults.Ok(item) : Problems.NotFound();

    public static async Task<Results<Ok<List<RecommendedDemand>>, ProblemHttpResult>> RecommendDemandsForExpert(Guid id, int? top,
        [AsParameters] ApiServices api) =>
        await Recommendations.DemandsForExpertAsync(api.Db, id, Math.Clamp(top ?? 10, 1, 50),
            api.Ct) is { } list ? TypedResults.Ok(list) : Problems.NotFound();

    public static async Task<Results<Created<ExpertItem>, ValidationProblem, ProblemHttpResult>> CreateExpert(ExpertInput input,
        [AsParameters] ApiServices api)
    {
        if (!api.User.IsCurator()) return TalentSupport.Forbidden();
        var errors = Validate(input);
        var zone = TalentSupport.ZoneFor(api.Db, input.ZoneId);
        if (zone is null) errors.Add("zoneId", "required");
        if (errors.Any) return Problems.Validation(errors);
        // A new profile records what the expert's registration form says, consent and contact details included.
        var expert = new ExpertProfile { Name = "", Institution = "", ZoneId = zone!.Value };
        Apply(expert, input, keepContacts: false);
        api.Db.Experts.Add(expert);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/talent/experts/{expert.Id}", (await Find(api, expert.Id))!);
    }

    public static async Task<Results<Ok<ExpertItem>, ValidationProblem, ProblemHttpResult>> UpdateExpert(Guid id, ExpertInput input,
        [AsParameters] ApiServices api)
    {
        var expert = await api.Db.Experts.FirstOrDefaultAsync(e => e.Id == id, api.Ct);
        if (expert is null) return Problems.NotFound();
        var user = api.User;
        if (!user.IsCurator() && !(user.IsContributor() && expert.UserId is { } owner && owner == user.UserId())) return TalentSupport.Forbidden();
        var viewer = ExpertContacts.Viewer(user, expert.UserId);
        var errors = Validate(input).FromRules(ExpertContact.CheckEdit(expert.ConsentToContact, viewer, input.ConsentToContact, input.Phone, input.Email));
        api.Db.Expect(expert, input.Version, errors);
        if (errors.Any) return Problems.Validation(errors);
        Apply(expert, input, keepContacts: ExpertContact.Keeps(expert.ConsentToContact, viewer));
        return await api.Db.SaveOrConflictAsync(() => Find(api, id), api.Ct);
    }

    private static IQueryable<ExpertProfile> Filter(AppDbContext db, ExpertQuery q)
    {
        var query = db.Experts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            query = query.Where(e => e.Name.Contains(s) || e.Institution.Contains(s) || (e.ResearchSummary != null && e.ResearchSummary.Contains(s))
                || e.Keywords.Any(k => k.Contains(s)));
        }
        if (!string.IsNullOrWhiteSpace(q.Field)) query = query.Where(e => e.Fields.Contains(q.Field));
        if (!string.IsNullOrWhiteSpace(q.Institution)) query = query.Where(e => e.Institution == q.Institution);
        if (q.Availability is { } a) query = query.Where(e => e.Availability == a);
        return query.SortBy(q.Sort, q.Desc ?? false, SortKeys, "name", e => e.Id);
    }

    /// <summary>The stored rows, contact details included: only <see cref="ExpertRow.For"/> turns them into what a caller sees.</summary>
    private static IQueryable<ExpertRow> Rows(AppDbContext db, IQueryable<ExpertProfile> query) =>
        query.Select(e => new ExpertRow(e.Id, e.UserId, e.Name, e.Institution, e.Title, e.Degree, e.Fields, e.Keywords, e.ResearchSummary, e.Achievements,
            e.Availability, e.ConsentToContact, e.Phone, e.Email,
            db.Matchmakings.Count(m => m.ExpertId == e.Id), db.Matchmakings.Count(m => m.ExpertId == e.Id && m.Stage == MatchStage.Signed), e.Version));

    private static async Task<ExpertItem?> Find(ApiServices api, Guid id) =>
        (await Rows(api.Db, api.Db.Experts.AsNoTracking().Where(e => e.Id == id)).FirstOrDefaultAsync(api.Ct))?.For(api.User);

    internal static Errors Validate(ExpertInput input)
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

    internal static void Apply(ExpertProfile e, ExpertInput input, bool keepContacts)
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
        if (keepContacts) return;
        e.Phone = input.Phone?.Trim();
        e.Email = input.Email?.Trim();
    }
}

/// <summary>An expert as stored, before <see cref="ExpertContacts"/> decides what of the contact details the caller sees.</summary>
internal sealed record ExpertRow(Guid Id, Guid? UserId, string Name, string Institution, string? Title, ExpertDegree Degree, List<string> Fields,
    List<string> Keywords, string? ResearchSummary, string? Achievements, ExpertAvailability Availability, bool ConsentToContact, string? Phone, string? Email,
    int MatchCount, int SignedCount, int Version)
{
    public ExpertItem For(ClaimsPrincipal user)
    {
        var shown = ExpertContacts.MayShow(user, ConsentToContact, UserId);
        return new ExpertItem(Id, Name, Institution, Title, Degree, Fields, Keywords, ResearchSummary, Achievements, Availability, ConsentToContact,
            shown ? Phone : null, shown ? Email : null, shown, UserId is not null && UserId == user.UserId(), MatchCount, SignedCount, Version);
    }
}

/// <summary>
/// Who sees an expert's phone and e-mail, for every projection of a profile (page, list, detail, export; the matching and
/// recommendation payloads carry no contact details): <see cref="ExpertContact"/>'s rule, with the contact curator named here.
/// </summary>
internal static class ExpertContacts
{
    /// <summary>
    /// The library's contact curator is the system administrator (系统管理员), who keeps the accounts and links a profile to its
    /// expert's login. The bureau (科技创新局) curates the library's content with talent.write but, like every other reader,
    /// sees an expert's contact details only with the expert's consent: that is what the expert agreed to.
    /// </summary>
    public const Role Curator = Role.SystemAdmin;

    public static ContactViewer Viewer(ClaimsPrincipal user, Guid? expertUserId) =>
        user.IsInRole(Curator.ToString()) ? ContactViewer.Curator
        : expertUserId is { } owner && owner == user.UserId() ? ContactViewer.Self
        : ContactViewer.Other;

    public static bool MayShow(ClaimsPrincipal user, bool consentToContact, Guid? expertUserId) =>
        ExpertContact.MayShow(consentToContact, Viewer(user, expertUserId));
}
