using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Cultivation;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Cultivation;

/// <summary>
/// The qualification engine over HTTP: rule sets, an enterprise's ladder card (evaluated live on every read, so a new report
/// shows at once), its declarations, and the zone's funnel and candidates (from the last batch evaluation, run from the UI or CLI).
/// </summary>
public static class CultivationEndpoints
{
    public static void MapCultivationEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/cultivation").WithTags("Cultivation").RequireAuthorization(Permissions.CultivationRead);
        var write = group.MapGroup("").RequireAuthorization(Permissions.CultivationWrite);

        group.MapGet("/rulesets", ListRuleSets)
            .WithName(nameof(ListRuleSets))
            .WithSummary("Every qualification rule set with its policy, year, region, documents and whether it is in force");
        group.MapGet("/enterprises/{id:guid}/ladder", GetLadderCard)
            .WithName(nameof(GetLadderCard))
            .WithSummary("An enterprise's ladder card, evaluated now or as of a date: its tiers, the next step and every rule set's verdict and gaps");
        group.MapGet("/enterprises/{id:guid}/declarations", GetDeclarations)
            .WithName(nameof(GetDeclarations))
            .WithSummary("What an enterprise has declared for the rules that its figures cannot show");
        group.MapPut("/enterprises/{id:guid}/declarations", SaveDeclarations)
            .WithName(nameof(SaveDeclarations))
            .WithSummary("Save an enterprise's declarations, its own or, for the park and bureau, one in scope (409 when someone saved first)")
            .RequireAuthorization(Permissions.DeclarationsSubmit);
        group.MapGet("/funnel", GetFunnel)
            .WithName(nameof(GetFunnel))
            .WithSummary("The zone's cultivation funnel per tier, from the last batch evaluation");
        group.MapGet("/candidates", ListCandidates)
            .WithName(nameof(ListCandidates))
            .WithSummary("Enterprises near a tier, by band, park and search, from the last batch evaluation");
        group.MapGet("/candidates/export", ExportCandidates)
            .WithName(nameof(ExportCandidates))
            .WithSummary("The filtered candidate list as an Excel workbook");
        group.MapPost("/evaluations", RunEvaluationChunk)
            .WithName(nameof(RunEvaluationChunk))
            .WithSummary("Re-evaluate one chunk of the zone's active enterprises; the answer says where the next chunk starts")
            .RequireAuthorization(Permissions.CultivationEvaluate);

        LibraryEndpoints.Map(group, write);
        RenewalEndpoints.Map(group);
    }

    public static Ok<List<RuleSetDto>> ListRuleSets(TimeProvider clock) => TypedResults.Ok(RuleSets.All
        .OrderBy(r => r.Tier).ThenBy(r => r.InForceFrom).Select(r => RuleSetDto.From(r, clock.Today())).ToList());

    public static async Task<Results<Ok<LadderCardDto>, ValidationProblem, ProblemHttpResult>> GetLadderCard(
        Guid id, decimal? margin, DateOnly? asOf, [AsParameters] ApiServices api)
    {
        var errors = EvaluationDate.Validate(asOf, api.Clock.Today());
        if (errors.Any) return Problems.Validation(errors);
        var e = await CultivationFacts.LoadOneAsync(api.Db, id, asOf ?? api.Clock.Today(), api.Ct);
        if (e is null) return Problems.NotFound();
        var m = CandidateQueries.MarginOf(margin);
        var results = QualificationEngine.EvaluateAll(e.Facts);
        var card = Ladder.Card(e.Facts, results);
        // While two standards of a tier both matter this year, the other one's verdict goes alongside.
        var also = QualificationEngine.EvaluateAll(e.Facts, RuleSets.AlsoInForceThisYear(e.Facts.AsOf));
        LadderTrackDto Track(LadderTrack t) => new(t.Tiers, t.Current, t.Next?.Tier, t.Next is { } n ? Candidates.Band(n, m) : null);
        return TypedResults.Ok(new LadderCardDto(e.Id, e.Name, e.Facts.AsOf, e.Facts.LastYear, Track(card.Innovation), Track(card.Specialisation),
            results.Select(r => EvaluationDto.From(r, m)).ToList(), also.Select(r => EvaluationDto.From(r, m)).ToList()));
    }

    public static async Task<Results<Ok<EnterpriseDeclarations>, ProblemHttpResult>> GetDeclarations(Guid id, [AsParameters] ApiServices api)
    {
        if (!await api.Db.Enterprises.AnyAsync(e => e.Id == id, api.Ct)) return Problems.NotFound();
        return TypedResults.Ok(await api.Db.EnterpriseDeclarations.AsNoTracking().FirstOrDefaultAsync(d => d.EnterpriseId == id, api.Ct)
            ?? new EnterpriseDeclarations { EnterpriseId = id });
    }

    public static async Task<Results<Ok<EnterpriseDeclarations>, ValidationProblem, ProblemHttpResult>> SaveDeclarations(
        Guid id, DeclarationsInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (!await db.Enterprises.AnyAsync(e => e.Id == id, ct)) return Problems.NotFound();
        var errors = CultivationValidation.Validate(input);
        if (errors.Any) return Problems.Validation(errors);
        var d = await db.EnterpriseDeclarations.FirstOrDefaultAsync(x => x.EnterpriseId == id, ct);
        if (d is null) db.EnterpriseDeclarations.Add(d = new EnterpriseDeclarations { EnterpriseId = id });
        else db.ExpectVersion(d, input.Version ?? -1);
        CultivationValidation.Apply(d, input);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.EnterpriseDeclarations.AsNoTracking().FirstAsync(x => x.EnterpriseId == id, ct);
            return Problems.Conflict("concurrency", new { Current = current });
        }
        return TypedResults.Ok(d);
    }

    /// <summary>The funnel counts a zone's stored results (six rows per enterprise): kept until the next batch run writes them.</summary>
    public static async Task<Ok<FunnelDto>> GetFunnel(decimal? margin, FigureCache cache, [AsParameters] ApiServices api)
    {
        var m = CandidateQueries.MarginOf(margin);
        return TypedResults.Ok(await cache.GetAsync("cultivation.funnel", api.Db.Scope, $"{m}", [typeof(StoredEvaluation)],
            () => CandidateQueries.FunnelAsync(api.Db, m, api.Clock.Today(), api.Ct)));
    }

    /// <summary>From the last batch run, or judged live as of a date (one tier at a time).</summary>
    public static async Task<Results<Ok<Paged<CandidateRow>>, ValidationProblem>> ListCandidates(
        [AsParameters] CandidateQuery q, [AsParameters] ApiServices api)
    {
        var errors = ValidateCandidates(q, api.Clock.Today());
        if (errors.Any) return Problems.Validation(errors);
        var margin = CandidateQueries.MarginOf(q.Margin);
        if (q.AsOf is { } asOf)
        {
            var live = await CandidateQueries.LiveAsync(api.Db, q, asOf, api.Ct);
            var pageRows = live.Skip((q.PageNumber - 1) * q.Size).Take(q.Size).Select(c => CandidateQueries.ToRow(c, margin)).ToList();
            return TypedResults.Ok(new Paged<CandidateRow>(pageRows, live.Count, q.PageNumber, q.Size));
        }
        var page = await CandidateQueries.Filter(api.Db, q).ToPagedAsync(q, api.Ct);
        var rows = page.Items.Select(c => CandidateQueries.ToRow(c, margin)).ToList();
        return TypedResults.Ok(new Paged<CandidateRow>(rows, page.Total, page.Page, page.PageSize));
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportCandidates(
        [AsParameters] CandidateQuery q, [AsParameters] ApiServices api)
    {
        var errors = ValidateCandidates(q, api.Clock.Today());
        if (errors.Any) return Problems.Validation(errors);
        var margin = CandidateQueries.MarginOf(q.Margin);
        var items = q.AsOf is { } asOf
            ? await CandidateQueries.LiveAsync(api.Db, q, asOf, api.Ct)
            : await CandidateQueries.Filter(api.Db, q).ToListAsync(api.Ct);
        var rows = items.Select(c => CandidateQueries.ToRow(c, margin));
        return Export.Xlsx("培育候选", CultivationSheets.CandidateHeaders, rows.Select(CultivationSheets.CandidateRow), api.Clock);
    }

    public static async Task<Results<Ok<CultivationBatch.Progress>, ValidationProblem>> RunEvaluationChunk(
        EvaluateChunkInput input, [AsParameters] ApiServices api)
    {
        var errors = EvaluationDate.Validate(input.AsOf, api.Clock.Today(), "asOf");
        errors.NotNegative("offset", input.Offset);
        if (input.Size is < 1 or > 1000) errors.Add("size", "between", 1, 1000);
        if (errors.Any) return Problems.Validation(errors);
        return TypedResults.Ok(await CultivationBatch.RunChunkAsync(api.Db, input.Offset ?? 0,
            input.Size ?? CultivationBatch.DefaultChunk, input.AsOf ?? api.Clock.Today(), api.Ct));
    }

    /// <summary>A live list as of a date judges one tier at a time.</summary>
    private static Errors ValidateCandidates(CandidateQuery q, DateOnly today)
    {
        var errors = EvaluationDate.Validate(q.AsOf, today);
        if (q.AsOf is not null && q.Tier is null) errors.Add("tier", "required");
        return errors;
    }
}

/// <summary>The day an evaluation is made "as of": any day from the first rule set in force to the end of next year.</summary>
public static class EvaluationDate
{
    public static DateOnly Earliest => RuleSets.All.Min(r => r.InForceFrom);

    public static Errors Validate(DateOnly? asOf, DateOnly today, string field = "asOf")
    {
        var errors = new Errors();
        var latest = new DateOnly(today.Year + 1, 12, 31);
        if (asOf is { } d && (d < Earliest || d > latest)) errors.Add(field, "asof_range", Earliest.ToString("yyyy-MM-dd"), latest.ToString("yyyy-MM-dd"));
        return errors;
    }
}
