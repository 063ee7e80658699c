using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Talent;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Talent;

public sealed record GlossaryQuery(string? Search, string? Chain, int? Page, int? PageSize, string? Sort, bool? Desc) : PageQuery(Page, PageSize, Sort, Desc);

public sealed record GlossaryEntryItem(Guid Id, string Chain, string Term, List<string> Synonyms, List<string> Broader, List<string> Narrower, int Version);

public sealed record GlossaryEntryInput(string? Chain, string? Term, List<string>? Synonyms, List<string>? Broader, List<string>? Narrower, Guid? ZoneId,
    int? Version);

/// <summary>
/// The zone's matching glossary (匹配术语表): synonyms, abbreviations, wider and narrower terms per industry chain. A zone starts
/// from the shipped glossary; the bureau edits it, and the next ranking reads the edited entries.
/// </summary>
internal static class GlossaryEndpoints
{
    private static readonly Dictionary<string, Expression<Func<GlossaryEntry, object?>>> SortKeys = new()
    {
        ["term"] = e => e.Term, ["chain"] = e => e.Chain,
    };

    public static void MapGlossaryEndpoints(this RouteGroupBuilder group)
    {
        var glossary = group.MapGroup("").RequireAuthorization(Permissions.TalentWrite);
        glossary.MapGet("/glossary", ListGlossaryEntries)
            .WithName(nameof(ListGlossaryEntries))
            .WithSummary("The zone's matching glossary, searched by term or synonym, filtered by chain, sorted and paged");
        glossary.MapGet("/glossary/chains", ListGlossaryChains)
            .WithName(nameof(ListGlossaryChains))
            .WithSummary("The industry chains the glossary's entries are filed under");
        glossary.MapGet("/glossary/export", ExportGlossaryEntries)
            .WithName(nameof(ExportGlossaryEntries))
            .WithSummary("The glossary as an .xlsx, with the list's search and filter");
        glossary.MapPost("/glossary", CreateGlossaryEntry)
            .WithName(nameof(CreateGlossaryEntry))
            .WithSummary("Add a term with its synonyms, abbreviations, wider and narrower terms");
        glossary.MapPut("/glossary/{id:guid}", UpdateGlossaryEntry)
            .WithName(nameof(UpdateGlossaryEntry))
            .WithSummary("Edit a glossary entry (with its version)");
        glossary.MapDelete("/glossary/{id:guid}", DeleteGlossaryEntry)
            .WithName(nameof(DeleteGlossaryEntry))
            .WithSummary("Remove a glossary entry");
    }

    public static async Task<Ok<Paged<GlossaryEntryItem>>> ListGlossaryEntries([AsParameters] GlossaryQuery q, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await Items(Filter(api.Db, q)).ToPagedAsync(q, api.Ct));

    public static async Task<Ok<List<string>>> ListGlossaryChains([AsParameters] ApiServices api) =>
        TypedResults.Ok(await api.Db.GlossaryEntries.AsNoTracking().Select(e => e.Chain).Distinct().OrderBy(c => c).ToListAsync(api.Ct));

    public static async Task<IResult> ExportGlossaryEntries([AsParameters] GlossaryQuery q, [AsParameters] ApiServices api)
    {
        var items = await Items(Filter(api.Db, q)).ToListAsync(api.Ct);
        return Export.Xlsx("匹配术语表", ["产业链", "术语", "同义词/缩写", "上位词", "下位词"],
            items.Select(e => (IReadOnlyList<object?>)[e.Chain, e.Term, Join(e.Synonyms), Join(e.Broader), Join(e.Narrower)]), api.Clock);
    }

    public static async Task<Results<Created<GlossaryEntryItem>, ValidationProblem>> CreateGlossaryEntry(GlossaryEntryInput input,
        [AsParameters] ApiServices api)
    {
        var zone = TalentSupport.ZoneFor(api.Db, input.ZoneId);
        var errors = new Errors();
        if (zone is null) errors.Add("zoneId", "required");
        else await CheckAsync(api, input, zone.Value, null, errors);
        if (errors.Any) return Problems.Validation(errors);
        var entry = new GlossaryEntry { Id = Guid.CreateVersion7(), ZoneId = zone!.Value, Chain = "", Term = "" };
        Apply(entry, input);
        api.Db.GlossaryEntries.Add(entry);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/talent/glossary/{entry.Id}", Item(entry));
    }

    public static async Task<Results<Ok<GlossaryEntryItem>, ValidationProblem, ProblemHttpResult>> UpdateGlossaryEntry(Guid id,
        GlossaryEntryInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var entry = await db.GlossaryEntries.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null) return Problems.NotFound();
        var errors = new Errors();
        await CheckAsync(api, input, entry.ZoneId, id, errors);
        db.Expect(entry, input.Version, errors);
        if (errors.Any) return Problems.Validation(errors);
        Apply(entry, input);
        return await db.SaveOrConflictAsync(() => Items(db.GlossaryEntries.AsNoTracking().Where(e => e.Id == id)).FirstOrDefaultAsync(ct), ct);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteGlossaryEntry(Guid id, [AsParameters] ApiServices api)
    {
        var entry = await api.Db.GlossaryEntries.FirstOrDefaultAsync(e => e.Id == id, api.Ct);
        if (entry is null) return Problems.NotFound();
        api.Db.GlossaryEntries.Remove(entry);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.NoContent();
    }

    private static async Task CheckAsync(ApiServices api, GlossaryEntryInput input, Guid zone, Guid? self, Errors errors)
    {
        var others = await api.Db.GlossaryEntries.AsNoTracking().Where(e => e.ZoneId == zone && e.Id != self)
            .Select(e => new { e.Term, e.Synonyms }).ToListAsync(api.Ct);
        var taken = others.SelectMany(o => o.Synonyms.Prepend(o.Term)).Select(Glossary.Normalize).ToHashSet(StringComparer.Ordinal);
        foreach (var (field, code) in GlossaryEntries.Check(input.Chain, input.Term, input.Synonyms, input.Broader, input.Narrower, taken))
        {
            if (code == "too_long") errors.Add(field, code, GlossaryEntries.MaxChainLength);
            else if (code == "glossary_term_length") errors.Add(field, code, 2, Glossary.MaxTermLength);
            else if (code == "glossary_too_many") errors.Add(field, code, GlossaryEntries.MaxRelated);
            else errors.Add(field, code);
        }
    }

    private static void Apply(GlossaryEntry entry, GlossaryEntryInput input)
    {
        entry.Chain = input.Chain!.Trim();
        entry.Term = input.Term!.Trim();
        entry.Synonyms = Clean(input.Synonyms);
        entry.Broader = Clean(input.Broader);
        entry.Narrower = Clean(input.Narrower);
    }

    private static List<string> Clean(List<string>? items) => items?.Select(t => t.Trim()).ToList() ?? [];

    private static string Join(List<string> items) => string.Join("、", items);

    private static IQueryable<GlossaryEntry> Filter(AppDbContext db, GlossaryQuery q)
    {
        var query = db.GlossaryEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Chain) && q.Chain.Trim() is var chain) query = query.Where(e => e.Chain == chain);
        if (!string.IsNullOrWhiteSpace(q.Search) && q.Search.Trim() is var s)
        {
            // Terms are mostly Chinese; Latin abbreviations are found as typed, in lower or in upper case ("sf6", "SF6").
            var (lower, upper) = (s.ToLowerInvariant(), s.ToUpperInvariant());
            query = query.Where(e => e.Term.Contains(s) || e.Term.Contains(lower) || e.Term.Contains(upper)
                || e.Synonyms.Any(t => t.Contains(s) || t.Contains(lower) || t.Contains(upper)));
        }
        return query.SortBy(q.Sort, q.Desc ?? false, SortKeys, "chain", e => e.Id);
    }

    private static IQueryable<GlossaryEntryItem> Items(IQueryable<GlossaryEntry> query) =>
        query.Select(e => new GlossaryEntryItem(e.Id, e.Chain, e.Term, e.Synonyms, e.Broader, e.Narrower, e.Version));

    private static GlossaryEntryItem Item(GlossaryEntry e) => new(e.Id, e.Chain, e.Term, e.Synonyms, e.Broader, e.Narrower, e.Version);
}
