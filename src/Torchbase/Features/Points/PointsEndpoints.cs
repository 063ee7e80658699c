using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Organisation;
using Torchbase.Domain.Points;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Points;

public static class PointsEndpoints
{
    public static void MapPointsEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/points").WithTags("Points").RequireAuthorization(Permissions.PointsRead);
        var manage = group.MapGroup("").RequireAuthorization(Permissions.PointsManage);

        group.MapGet("/sets", async (Guid? zoneId, AppDbContext db, CancellationToken ct) =>
        {
            if (await ZoneSelection.ResolveAsync(db, zoneId, ct) is not { } zone) return Results.Ok(Array.Empty<IndicatorSetSummary>());
            await PointsScoring.CurrentSetAsync(db, zone, ct);
            var versions = await db.IndicatorSetVersions.AsNoTracking().Where(s => s.ZoneId == zone).OrderByDescending(s => s.Number).ToListAsync(ct);
            return Results.Ok(versions.Select(v =>
            {
                var set = DefaultIndicatorSets.Deserialize(v.Definition);
                return new IndicatorSetSummary(v.Id, v.Number, v.Name, v.CreatedAt, v.CreatedBy, set.Indicators.Count, set.MaxTotal);
            }));
        });

        group.MapGet("/sets/{id:guid}", async Task<Results<Ok<IndicatorSetDetail>, ProblemHttpResult>> (Guid id, AppDbContext db, CancellationToken ct) =>
            await db.IndicatorSetVersions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is { } v
                ? TypedResults.Ok(new IndicatorSetDetail(v.Id, v.Number, v.CreatedAt, v.CreatedBy, DefaultIndicatorSets.Deserialize(v.Definition)))
                : Problems.NotFound());

        // A change never edits a version: it is saved as the next one.
        manage.MapPost("/sets", async Task<Results<Created<IndicatorSetDetail>, ValidationProblem, ProblemHttpResult>>
            (IndicatorSet input, Guid? zoneId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        {
            if (await ZoneSelection.ResolveAsync(db, zoneId, ct) is not { } zone) return Problems.NotFound();
            var errors = new Errors();
            foreach (var (field, key) in (input with { Indicators = input.Indicators ?? [], Grades = input.Grades ?? [] }).Check()) errors.Add(field, key);
            CheckSizes(input, db.Clock.GetUtcNow().Year, errors);
            if (errors.Any) return Problems.Validation(errors);
            var latest = await PointsScoring.CurrentSetAsync(db, zone, ct);
            var version = PointsScoring.NewVersion(zone, latest.Number + 1, input, db.Clock.GetUtcNow(), user.Identity?.Name);
            db.IndicatorSetVersions.Add(version);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException e) when (e.IsUniqueViolation()) { return Problems.Conflict("concurrency"); }
            return TypedResults.Created($"/api/points/sets/{version.Id}",
                new IndicatorSetDetail(version.Id, version.Number, version.CreatedAt, version.CreatedBy, input));
        });

        group.MapGet("/runs", async (Guid? zoneId, AppDbContext db, CancellationToken ct) =>
            await db.PointsRuns.AsNoTracking().Where(r => zoneId == null || r.ZoneId == zoneId)
                .OrderByDescending(r => r.Year).ThenByDescending(r => r.SetNumber)
                .Select(r => new RunSummary(r.Id, r.Year, r.SetNumber, r.Enterprises, r.ComputedAt)).ToListAsync(ct));

        manage.MapPost("/runs", async Task<Results<Ok<PointsRunResult>, ValidationProblem, ProblemHttpResult>>
            (RunInput input, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            if (input.Year is not { } year || year < 2000 || year > clock.Today().Year) return Problems.Validation(new Errors().Add("year", "points_bad_year"));
            if (await ZoneSelection.ResolveAsync(db, input.ZoneId, ct) is not { } zone) return Problems.NotFound();
            return TypedResults.Ok(await PointsScoring.RunAsync(db, zone, year, ct));
        });

        group.MapGet("/scores", async ([AsParameters] ScoreListQuery q, AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await (await PointsQueries.FilterAsync(db, q, ct)).ToPagedAsync(q, ct)));

        group.MapGet("/scores/export", async ([AsParameters] ScoreListQuery q, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var items = await (await PointsQueries.FilterAsync(db, q, ct)).ToListAsync(ct);
            return Export.Xlsx("创新积分", PointsQueries.ExportHeaders, items.Select(PointsQueries.ExportRow), clock);
        });

        // Grade counts over a zone's scores: kept until a scoring run (or a consent, for a bank's view) changes them.
        group.MapGet("/summary", async (int? year, Guid? zoneId, AppDbContext db, FigureCache cache, CancellationToken ct) =>
            TypedResults.Ok(await cache.GetAsync("points.summary", db.Scope, $"{year}|{zoneId}",
                [typeof(Zone), typeof(PointsRun), typeof(EnterpriseScore), typeof(Enterprise), typeof(DataSharingConsent)],
                () => PointsQueries.SummaryAsync(db, year, zoneId, ct))));

        group.MapGet("/enterprises/{id:guid}", async Task<Results<Ok<ScoreExplanation>, ProblemHttpResult>>
            (Guid id, int? year, AppDbContext db, CancellationToken ct) =>
            await PointsQueries.ExplainAsync(db, id, year, ct) is { } explanation ? TypedResults.Ok(explanation) : Problems.NotFound());
    }

    /// <summary>What the set's own check leaves to the host: the policy and source it cites, texts of a sane length (the set is stored whole) and a policy year
    /// that exists.</summary>
    private static void CheckSizes(IndicatorSet input, int thisYear, Errors errors)
    {
        errors.Required("policy", input.Policy).Required("source", input.Source).MaxLength("name", input.Name, 200).MaxLength("policy", input.Policy,
            500).MaxLength("source", input.Source, 500)
            .MaxLength("sourceUrl", input.SourceUrl, 1000).MaxLength("note", input.Note, 2000);
        if (input.PolicyYear < 2000 || input.PolicyYear > thisYear + 1) errors.Add("policyYear", "points_bad_year");
        for (var i = 0; i < (input.Indicators?.Count ?? 0); i++)
        {
            var d = input.Indicators![i];
            errors.MaxLength($"indicators[{i}].code", d.Code, 50).MaxLength($"indicators[{i}].name", d.Name, 200)
                .MaxLength($"indicators[{i}].formula", d.Formula, 1000).MaxLength($"indicators[{i}].unit", d.Unit, 50);
        }
        for (var i = 0; i < (input.Grades?.Count ?? 0); i++) errors.MaxLength($"grades[{i}].grade", input.Grades![i].Grade, 50);
    }
}
