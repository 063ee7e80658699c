using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Contest;
using Torchbase.Http;

namespace Torchbase.Features.Contest;

/// <summary>
/// A judge's side, on their own phone. Scoring is authorised by appointment to the contest's panel, not by role: a panel
/// has leaders and unit heads besides ContestJudge users. Someone not on the panel gets 404, as for a contest of another zone.
/// </summary>
public static class ContestJudgingEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        var judge = group.MapGroup("").RequireAuthorization();

        judge.MapGet("/judging", ListMyJudging)
            .WithName(nameof(ListMyJudging))
            .WithSummary("The contests the caller judges, with how many of their sheets are submitted");
        judge.MapGet("/{id:guid}/my-sheets", GetMySheets)
            .WithName(nameof(GetMySheets))
            .WithSummary("The caller's score sheets for one contest, in speaking order");
        judge.MapPut("/{id:guid}/my-sheets/{unitId:guid}", SaveMySheet)
            .WithName(nameof(SaveMySheet))
            .WithSummary("Save a draft score sheet for a unit, or submit and lock it");
    }

    public static async Task<Ok<JudgingItem[]>> ListMyJudging([AsParameters] ApiServices api)
    {
        var db = api.Db;
        var me = db.Scope.UserId;
        var contests = await db.Contests.AsNoTracking()
            .Where(c => c.Status != ContestStatus.Setup && c.Judges.Any(j => j.UserId == me))
            .OrderByDescending(c => c.Year)
            .Select(c => new
            {
                c.Id, c.Year, c.Name, c.Status,
                Submitted = db.ScoreSheets.Count(s => s.ContestId == c.Id && s.JudgeUserId == me && s.SubmittedAt != null),
                Expected = db.ContestUnits.Count(u => u.ContestId == c.Id && u.HeadUserId != me),
            })
            .ToListAsync(api.Ct);
        return TypedResults.Ok(contests.Select(c => new JudgingItem(c.Id, c.Year, c.Name, c.Status, c.Submitted, c.Expected)).ToArray());
    }

    public static async Task<Results<Ok<MySheets>, ProblemHttpResult>> GetMySheets(Guid id, [AsParameters] ApiServices api) =>
        await MySheetsAsync(api.Db, id, api.Ct) is { } sheets ? TypedResults.Ok(sheets) : Problems.NotFound();

    /// <summary>Saves a draft (submit = false) or submits and locks the sheet (submit = true). A locked sheet never changes.</summary>
    public static async Task<Results<Ok<MySheets>, ValidationProblem, ProblemHttpResult>> SaveMySheet(Guid id, Guid unitId, SheetInput input,
        [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var me = db.Scope.UserId;
        var contest = await db.Contests.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id && c.Judges.Any(j => j.UserId == me), ct);
        var unit = contest is null ? null : await db.ContestUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId && u.ContestId == id, ct);
        if (contest is null || unit is null || me is not { } judgeId) return Problems.NotFound();
        if (unit.HeadUserId == judgeId) return Problems.Of(StatusCodes.Status403Forbidden, "contest.conflict_of_interest");
        if (contest.Status != ContestStatus.Scoring) return Problems.Conflict("contest.not_scoring");
        var sheet = await db.ScoreSheets.FirstOrDefaultAsync(s => s.ContestId == id && s.UnitId == unitId && s.JudgeUserId == judgeId, ct);
        if (sheet?.Locked == true) return Problems.Conflict("contest.sheet_locked");
        var errors = ContestValidation.Validate(input, contest.Aspects);
        if (sheet is not null && input.Version is null) errors.Add("version", "required");
        if (errors.Any) return Problems.Validation(errors);
        if (sheet is null)
        {
            sheet = new ScoreSheet { Id = Guid.CreateVersion7(), ZoneId = contest.ZoneId, ContestId = id, UnitId = unitId, JudgeUserId = judgeId };
            db.ScoreSheets.Add(sheet);
        }
        else db.ExpectVersion(sheet, input.Version!.Value);
        foreach (var (code, value) in input.Scores ?? [])
        {
            var score = sheet.Scores.FirstOrDefault(s => s.AspectCode == code);
            if (value is null) { if (score is not null) sheet.Scores.Remove(score); continue; }
            if (score is null) sheet.Scores.Add(score = new AspectScore { AspectCode = code });
            score.Score = value.Value;
        }
        if (input.Submit) sheet.SubmittedAt = api.Clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueViolation())
        {
            // Another device of the same judge saved this sheet first: reload it rather than overwrite.
            return Problems.Conflict("concurrency");
        }
        return TypedResults.Ok((await MySheetsAsync(db, id, ct))!);
    }

    private static async Task<MySheets?> MySheetsAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        var me = db.Scope.UserId;
        var contest = await db.Contests.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id && c.Judges.Any(j => j.UserId == me), ct);
        if (contest is null) return null;
        var categories = await db.ContestCategories.AsNoTracking().Where(c => c.ContestId == id).OrderBy(c => c.SortOrder).ToListAsync(ct);
        var units = await db.ContestUnits.AsNoTracking().Where(u => u.ContestId == id).ToListAsync(ct);
        var sheets = await db.ScoreSheets.AsNoTracking().Where(s => s.ContestId == id && s.JudgeUserId == me).ToDictionaryAsync(s => s.UnitId, ct);
        var lines = categories.SelectMany(c => units.Where(u => u.CategoryId == c.Id).OrderBy(u => u.DrawPosition ?? int.MaxValue).Select(u =>
            new MyUnit(u.Id, u.Name, c.Id, c.Name, u.DrawPosition, u.HeadUserId == me,
                sheets.TryGetValue(u.Id, out var s) ? new MySheet(s.Scores.ToDictionary(x => x.AspectCode, x => x.Score), s.SubmittedAt, s.Version) : null)));
        return new MySheets(contest.Id, contest.Year, contest.Name, contest.Status, ContestQueries.Aspects(contest), lines.ToArray());
    }
}
