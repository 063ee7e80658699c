using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Organisation;
using Torchbase.Domain.Points;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Points;

/// <summary>Innovation points (创新积分): versioned indicator sets, scoring runs, the scores and each score's explanation.</summary>
public static class PointsEndpoints
{
    public static void MapPointsEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/points").WithTags("Points").RequireAuthorization(Permissions.PointsRead);
        var manage = group.MapGroup("").RequireAuthorization(Permissions.PointsManage);

        group.MapGet("/sets", ListIndicatorSets)
            .WithName(nameof(ListIndicatorSets))
            .WithSummary("A zone's indicator set versions, newest first (the default set is stored as version 1 on first use)");
        group.MapGet("/sets/{id:guid}", GetIndicatorSet)
            .WithName(nameof(GetIndicatorSet))
            .WithSummary("One indicator set version with its indicators and grades");
        group.MapGet("/templates", ListOfficialIndicatorSets)
            .WithName(nameof(ListOfficialIndicatorSets))
            .WithSummary("The published indicator sets (guide 2024 with stage weights, guide 2.0 with bonus points) to start a version from");
        manage.MapPost("/sets/preview", PreviewIndicatorSet)
            .WithName(nameof(PreviewIndicatorSet))
            .WithSummary("Score a zone's year with a draft set in memory and count the enterprises whose grade would change; saves nothing");
        manage.MapPost("/sets", CreateIndicatorSet)
            .WithName(nameof(CreateIndicatorSet))
            .WithSummary("Save a changed indicator set as the zone's next version (a version is never edited)");
        group.MapGet("/runs", ListScoringRuns)
            .WithName(nameof(ListScoringRuns))
            .WithSummary("The scoring runs of the zones the caller sees (or of one zone), newest first");
        manage.MapPost("/runs", RunScoring)
            .WithName(nameof(RunScoring))
            .WithSummary("Score every enterprise of a zone for a year with the zone's current indicator set");
        group.MapGet("/scores", ListScores)
            .WithName(nameof(ListScores))
            .WithSummary("Enterprise scores of a year, of one zone or of every zone the caller sees, filtered, sorted and paged");
        group.MapGet("/scores/export", ExportScores)
            .WithName(nameof(ExportScores))
            .WithSummary("The filtered scores as an Excel workbook");
        group.MapGet("/summary", GetPointsSummary)
            .WithName(nameof(GetPointsSummary))
            .WithSummary("Grade counts and the average over a year's scores, of one zone or of every zone the caller sees");
        group.MapGet("/enterprises/{id:guid}", ExplainScore)
            .WithName(nameof(ExplainScore))
            .WithSummary("How an enterprise's score of a year is made up, indicator by indicator, with its rank among peers");
    }

    public static async Task<Ok<List<IndicatorSetSummary>>> ListIndicatorSets(Guid? zoneId, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await ZoneSelection.ResolveAsync(db, zoneId, ct) is not { } zone) return TypedResults.Ok(new List<IndicatorSetSummary>());
        await PointsScoring.CurrentSetAsync(db, zone, ct);
        var versions = await db.IndicatorSetVersions.AsNoTracking().Where(s => s.ZoneId == zone).OrderByDescending(s => s.Number).ToListAsync(ct);
        return TypedResults.Ok(versions.Select(v =>
        {
            var set = DefaultIndicatorSets.Deserialize(v.Definition);
            return new IndicatorSetSummary(v.Id, v.Number, v.Name, v.CreatedAt, v.CreatedBy, set.Indicators.Count, set.MaxTotal);
        }).ToList());
    }

    public static async Task<Results<Ok<IndicatorSetDetail>, ProblemHttpResult>> GetIndicatorSet(Guid id, [AsParameters] ApiServices api) =>
        await api.Db.IndicatorSetVersions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, api.Ct) is { } v
            ? TypedResults.Ok(new IndicatorSetDetail(v.Id, v.Number, v.CreatedAt, v.CreatedBy, DefaultIndicatorSets.Deserialize(v.Definition)))
            : Problems.NotFound();

    public static Ok<List<OfficialIndicatorSet>> ListOfficialIndicatorSets() =>
        TypedResults.Ok(DefaultIndicatorSets.Official.Select(o => new OfficialIndicatorSet(o.Code, o.Set.MaxTotal, o.Set)).ToList());

    public static async Task<Results<Ok<PointsPreview>, ValidationProblem, ProblemHttpResult>> PreviewIndicatorSet(
        PreviewInput input, [AsParameters] ApiServices api)
    {
        var errors = new Errors();
        if (input.Year is not { } year || year < 2000 || year > api.Clock.Today().Year) errors.Add("year", "points_bad_year");
        if (input.Set is null) errors.Add("set", "required");
        else Validate(input.Set, api.Clock.GetUtcNow().Year, errors);
        if (errors.Any) return Problems.Validation(errors);
        if (await ZoneSelection.ResolveAsync(api.Db, input.ZoneId, api.Ct) is not { } zone) return Problems.NotFound();
        return TypedResults.Ok(await PointsScoring.PreviewAsync(api.Db, zone, input.Year!.Value, input.Set!, api.Ct));
    }

    public static async Task<Results<Created<IndicatorSetDetail>, ValidationProblem, ProblemHttpResult>> CreateIndicatorSet(
        IndicatorSet input, Guid? zoneId, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await ZoneSelection.ResolveAsync(db, zoneId, ct) is not { } zone) return Problems.NotFound();
        var errors = new Errors();
        Validate(input, db.Clock.GetUtcNow().Year, errors);
        if (errors.Any) return Problems.Validation(errors);
        var latest = await PointsScoring.CurrentSetAsync(db, zone, ct);
        var version = PointsScoring.NewVersion(zone, latest.Number + 1, input, db.Clock.GetUtcNow(), api.User.Identity?.Name);
        db.IndicatorSetVersions.Add(version);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException e) when (e.IsUniqueViolation()) { return Problems.Conflict("concurrency"); }
        return TypedResults.Created($"/api/points/sets/{version.Id}",
            new IndicatorSetDetail(version.Id, version.Number, version.CreatedAt, version.CreatedBy, input));
    }

    public static async Task<Ok<List<RunSummary>>> ListScoringRuns(Guid? zoneId, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await api.Db.PointsRuns.AsNoTracking().Where(r => zoneId == null || r.ZoneId == zoneId)
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.SetNumber)
            .Select(r => new RunSummary(r.Id, r.Year, r.SetNumber, r.Enterprises, r.ComputedAt)).ToListAsync(api.Ct));

    public static async Task<Results<Ok<PointsRunResult>, ValidationProblem, ProblemHttpResult>> RunScoring(RunInput input, [AsParameters] ApiServices api)
    {
        if (input.Year is not { } year || year < 2000 || year > api.Clock.Today().Year)
            return Problems.Validation(new Errors().Add("year", "points_bad_year"));
        if (await ZoneSelection.ResolveAsync(api.Db, input.ZoneId, api.Ct) is not { } zone) return Problems.NotFound();
        return TypedResults.Ok(await PointsScoring.RunAsync(api.Db, zone, year, api.Ct));
    }

    public static async Task<Results<Ok<Paged<ScoreItem>>, ProblemHttpResult>> ListScores(
        [AsParameters] ScoreListQuery q, [AsParameters] ApiServices api) =>
        await PointsQueries.FilterAsync(api.Db, q, api.Ct) is { } rows ? TypedResults.Ok(await rows.ToPagedAsync(q, api.Ct)) : Problems.NotFound();

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportScores(
        [AsParameters] ScoreListQuery q, [AsParameters] ApiServices api)
    {
        if (await PointsQueries.FilterAsync(api.Db, q, api.Ct) is not { } rows) return Problems.NotFound();
        var items = await rows.ToListAsync(api.Ct);
        return Export.Xlsx("创新积分", PointsQueries.ExportHeaders, items.Select(PointsQueries.ExportRow), api.Clock);
    }

    /// <summary>Grade counts over the scores shown: kept until a scoring run (or a consent, for a bank's view) changes them.</summary>
    public static async Task<Results<Ok<PointsSummary>, ProblemHttpResult>> GetPointsSummary(
        int? year, Guid? zoneId, FigureCache cache, [AsParameters] ApiServices api)
    {
        if (zoneId is { } asked && await ZoneSelection.ResolveAsync(api.Db, asked, api.Ct) is null) return Problems.NotFound();
        return TypedResults.Ok(await cache.GetAsync("points.summary", api.Db.Scope, $"{year}|{zoneId}",
            [typeof(Zone), typeof(PointsRun), typeof(EnterpriseScore), typeof(Enterprise), typeof(DataSharingConsent)],
            async () => (await PointsQueries.SummaryAsync(api.Db, year, zoneId, api.Ct))!));
    }

    public static async Task<Results<Ok<ScoreExplanation>, ProblemHttpResult>> ExplainScore(Guid id, int? year, [AsParameters] ApiServices api) =>
        await PointsQueries.ExplainAsync(api.Db, id, year, api.Ct) is { } explanation ? TypedResults.Ok(explanation) : Problems.NotFound();

    /// <summary>The set's own check (weights, weight sums, ordered bands, formulas) and the host's; field errors in <paramref name="errors"/>.</summary>
    private static void Validate(IndicatorSet input, int thisYear, Errors errors)
    {
        var indicators = input.Indicators ?? [];
        var grades = input.Grades ?? [];
        for (var i = 0; i < indicators.Count; i++)
            if (indicators[i] is null) errors.Add($"indicators[{i}]", "required");
        for (var i = 0; i < grades.Count; i++)
            if (grades[i] is null) errors.Add($"grades[{i}]", "required");
        if (errors.Any) return;
        foreach (var (field, key) in (input with { Indicators = indicators, Grades = grades }).Check()) errors.Add(field, key);
        for (var i = 0; i < indicators.Count; i++)
            if (IndicatorFormula.TryParse(indicators[i].Formula, out var formula) && formula.Facts.Any(f => !IndicatorFacts.KnownNames.Contains(f)))
                errors.Add($"indicators[{i}].formula", "points_unknown_fact");
        CheckSizes(input, thisYear, errors);
    }

    /// <summary>
    /// What the set's own check leaves to the host: the policy and source it cites, texts of a sane length (the set is stored whole)
    /// and a policy year that exists.
    /// </summary>
    private static void CheckSizes(IndicatorSet input, int thisYear, Errors errors)
    {
        errors.Required("policy", input.Policy).Required("source", input.Source).MaxLength("name", input.Name, 200)
            .MaxLength("policy", input.Policy, 500).MaxLength("source", input.Source, 500)
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
