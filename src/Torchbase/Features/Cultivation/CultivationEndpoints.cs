using System.Security.Claims;
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

        group.MapGet("/rulesets", (TimeProvider clock) => TypedResults.Ok(RuleSets.All
            .OrderBy(r => r.Tier).ThenBy(r => r.InForceFrom).Select(r => RuleSetDto.From(r, clock.Today())).ToList()));

        group.MapGet("/enterprises/{id:guid}/ladder", async Task<Results<Ok<LadderCardDto>, ValidationProblem, ProblemHttpResult>> (Guid id, decimal? margin, DateOnly? asOf, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = EvaluationDate.Validate(asOf, clock.Today());
            if (errors.Any) return Problems.Validation(errors);
            var e = await CultivationFacts.LoadOneAsync(db, id, asOf ?? clock.Today(), ct);
            if (e is null) return Problems.NotFound();
            var m = CandidateQueries.MarginOf(margin);
            var results = QualificationEngine.EvaluateAll(e.Facts);
            var card = Ladder.Card(e.Facts, results);
            // While two standards of a tier both matter this year, the other one's verdict goes alongside.
            var also = QualificationEngine.EvaluateAll(e.Facts, RuleSets.AlsoInForceThisYear(e.Facts.AsOf));
            LadderTrackDto Track(LadderTrack t) => new(t.Tiers, t.Current, t.Next?.Tier, t.Next is { } n ? Candidates.Band(n, m) : null);
            return TypedResults.Ok(new LadderCardDto(e.Id, e.Name, e.Facts.AsOf, e.Facts.LastYear, Track(card.Innovation), Track(card.Specialisation),
                results.Select(r => EvaluationDto.From(r, m)).ToList(), also.Select(r => EvaluationDto.From(r, m)).ToList()));
        });

        group.MapGet("/enterprises/{id:guid}/declarations", async Task<Results<Ok<EnterpriseDeclarations>, ProblemHttpResult>> (Guid id, AppDbContext db, CancellationToken ct) =>
        {
            if (!await db.Enterprises.AnyAsync(e => e.Id == id, ct)) return Problems.NotFound();
            return TypedResults.Ok(await db.EnterpriseDeclarations.AsNoTracking().FirstOrDefaultAsync(d => d.EnterpriseId == id, ct)
                ?? new EnterpriseDeclarations { EnterpriseId = id });
        });

        group.MapPut("/enterprises/{id:guid}/declarations", async Task<Results<Ok<EnterpriseDeclarations>, ValidationProblem, ProblemHttpResult>> (Guid id, DeclarationsInput input, AppDbContext db, CancellationToken ct) =>
        {
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
                return Problems.Conflict("concurrency", new { Current = await db.EnterpriseDeclarations.AsNoTracking().FirstAsync(x => x.EnterpriseId == id, ct) });
            }
            return TypedResults.Ok(d);
        }).RequireAuthorization(Permissions.CultivationWrite);

        // The funnel counts a zone's stored results (six rows per enterprise): kept until the next batch run writes them.
        group.MapGet("/funnel", async (decimal? margin, AppDbContext db, FigureCache cache, TimeProvider clock, CancellationToken ct) =>
        {
            var m = CandidateQueries.MarginOf(margin);
            return TypedResults.Ok(await cache.GetAsync("cultivation.funnel", db.Scope, $"{m}", [typeof(StoredEvaluation)],
                () => CandidateQueries.FunnelAsync(db, m, clock.Today(), ct)));
        });

        group.MapGet("/candidates", async Task<Results<Ok<Paged<CandidateRow>>, ValidationProblem>> ([AsParameters] CandidateQuery q, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = ValidateCandidates(q, clock.Today());
            if (errors.Any) return Problems.Validation(errors);
            var margin = CandidateQueries.MarginOf(q.Margin);
            if (q.AsOf is { } asOf)
            {
                var live = await CandidateQueries.LiveAsync(db, q, asOf, ct);
                return TypedResults.Ok(new Paged<CandidateRow>(live.Skip((q.PageNumber - 1) * q.Size).Take(q.Size).Select(c => CandidateQueries.ToRow(c, margin)).ToList(),
                    live.Count, q.PageNumber, q.Size));
            }
            var page = await CandidateQueries.Filter(db, q).ToPagedAsync(q, ct);
            return TypedResults.Ok(new Paged<CandidateRow>(page.Items.Select(c => CandidateQueries.ToRow(c, margin)).ToList(), page.Total, page.Page, page.PageSize));
        });

        group.MapGet("/candidates/export", async Task<IResult> ([AsParameters] CandidateQuery q, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = ValidateCandidates(q, clock.Today());
            if (errors.Any) return Problems.Validation(errors);
            var margin = CandidateQueries.MarginOf(q.Margin);
            var items = q.AsOf is { } asOf ? await CandidateQueries.LiveAsync(db, q, asOf, ct) : await CandidateQueries.Filter(db, q).ToListAsync(ct);
            return Export.Xlsx("培育候选", CultivationSheets.CandidateHeaders, items.Select(c => CandidateQueries.ToRow(c, margin)).Select(CultivationSheets.CandidateRow), clock);
        });

        group.MapPost("/evaluations", async Task<Results<Ok<CultivationBatch.Progress>, ValidationProblem>> (EvaluateChunkInput input, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var errors = EvaluationDate.Validate(input.AsOf, clock.Today(), "asOf");
            if (errors.Any) return Problems.Validation(errors);
            return TypedResults.Ok(await CultivationBatch.RunChunkAsync(db, Math.Max(0, input.Offset ?? 0),
                Math.Clamp(input.Size ?? CultivationBatch.DefaultChunk, 1, 1000), input.AsOf ?? clock.Today(), ct));
        }).RequireAuthorization(Permissions.CultivationWrite);

        LibraryEndpoints.Map(group);
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
