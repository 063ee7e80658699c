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

        group.MapGet("/rulesets", () => TypedResults.Ok(RuleSets.All
            .Select(r => new RuleSetDto(r.Id, r.Tier, r.Policy, r.Year, r.Region, RuleSets.Current.Contains(r), r.Documents, r.Unverified, r.Notes))
            .ToList()));

        group.MapGet("/enterprises/{id:guid}/ladder", async Task<Results<Ok<LadderCardDto>, ProblemHttpResult>>
            (Guid id, decimal? margin, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var e = await CultivationFacts.LoadOneAsync(db, id, clock.Today(), ct);
            if (e is null) return Problems.NotFound();
            var m = CandidateQueries.MarginOf(margin);
            var results = QualificationEngine.EvaluateAll(e.Facts);
            var card = Ladder.Card(e.Facts, results);
            LadderTrackDto Track(LadderTrack t) => new(t.Tiers, t.Current, t.Next?.Tier, t.Next is { } n ? Candidates.Band(n, m) : null);
            return TypedResults.Ok(new LadderCardDto(e.Id, e.Name, e.Facts.AsOf, e.Facts.LastYear, Track(card.Innovation), Track(card.Specialisation),
                results.Select(r => EvaluationDto.From(r, m)).ToList()));
        });

        group.MapGet("/enterprises/{id:guid}/declarations", async Task<Results<Ok<EnterpriseDeclarations>, ProblemHttpResult>>
            (Guid id, AppDbContext db, CancellationToken ct) =>
        {
            if (!await db.Enterprises.AnyAsync(e => e.Id == id, ct)) return Problems.NotFound();
            return TypedResults.Ok(await db.EnterpriseDeclarations.AsNoTracking().FirstOrDefaultAsync(d => d.EnterpriseId == id, ct)
                ?? new EnterpriseDeclarations { EnterpriseId = id });
        });

        group.MapPut("/enterprises/{id:guid}/declarations", async Task<Results<Ok<EnterpriseDeclarations>, ValidationProblem, ProblemHttpResult>>
            (Guid id, DeclarationsInput input, AppDbContext db, CancellationToken ct) =>
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
                return Problems.Conflict("concurrency",
                    new { Current = await db.EnterpriseDeclarations.AsNoTracking().FirstAsync(x => x.EnterpriseId == id, ct) });
            }
            return TypedResults.Ok(d);
        }).RequireAuthorization(Permissions.CultivationWrite);

        // The funnel counts a zone's stored results (six rows per enterprise): kept until the next batch run writes them.
        group.MapGet("/funnel", async (decimal? margin, AppDbContext db, FigureCache cache, CancellationToken ct) =>
        {
            var m = CandidateQueries.MarginOf(margin);
            return TypedResults.Ok(await cache.GetAsync("cultivation.funnel", db.Scope, $"{m}", [typeof(StoredEvaluation)],
                () => CandidateQueries.FunnelAsync(db, m, ct)));
        });

        group.MapGet("/candidates", async ([AsParameters] CandidateQuery q, AppDbContext db, CancellationToken ct) =>
        {
            var margin = CandidateQueries.MarginOf(q.Margin);
            var page = await CandidateQueries.Filter(db, q).ToPagedAsync(q, ct);
            return TypedResults.Ok(new Paged<CandidateRow>(page.Items.Select(c => CandidateQueries.ToRow(c, margin)).ToList(), page.Total, page.Page,
                page.PageSize));
        });

        group.MapGet("/candidates/export", async ([AsParameters] CandidateQuery q, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var margin = CandidateQueries.MarginOf(q.Margin);
            var rows = (await CandidateQueries.Filter(db, q).ToListAsync(ct)).Select(c => CandidateQueries.ToRow(c, margin));
            return Export.Xlsx("培育候选", CultivationSheets.CandidateHeaders, rows.Select(CultivationSheets.CandidateRow), clock);
        });

        group.MapPost("/evaluations", async (EvaluateChunkInput input, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            TypedResults.Ok(await CultivationBatch.RunChunkAsync(db, Math.Max(0, input.Offset ?? 0),
                Math.Clamp(input.Size ?? CultivationBatch.DefaultChunk, 1, 1000), clock.Today(), ct)))
            .RequireAuthorization(Permissions.CultivationWrite);

        LibraryEndpoints.Map(group);
    }
}
