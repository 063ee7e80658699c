using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Contest;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Contest;

/// <summary>The contest day: the draw, opening the scoring, live progress, results and publication.</summary>
public static class ContestDrawEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        var manage = group.MapGroup("").RequireAuthorization(Permissions.ContestManage);
        var read = group.MapGroup("").RequireAuthorization(Permissions.ContestRead);

        manage.MapPost("/{id:guid}/draw", DrawContestOrder)
            .WithName(nameof(DrawContestOrder))
            .WithSummary("Draw the speaking order of every category, or of one, recording seed and input");
        read.MapGet("/{id:guid}/draw/verify", VerifyContestDraws)
            .WithName(nameof(VerifyContestDraws))
            .WithSummary("Re-run every recorded draw from its seed and say whether it gives the recorded order");
        manage.MapPost("/{id:guid}/open", OpenContestScoring)
            .WithName(nameof(OpenContestScoring))
            .WithSummary("Open scoring once every unit is drawn and the panel is set");
        manage.MapPost("/{id:guid}/publish", PublishContestResults)
            .WithName(nameof(PublishContestResults))
            .WithSummary("Close scoring and publish the results");
        read.MapGet("/{id:guid}/progress", GetContestProgress)
            .WithName(nameof(GetContestProgress))
            .WithSummary("Live scoring progress by judge and by unit");
        read.MapGet("/{id:guid}/results", GetContestResults)
            .WithName(nameof(GetContestResults))
            .WithSummary("Scores, ranks and prizes by category");
        read.MapGet("/{id:guid}/results/export", ExportContestResults)
            .WithName(nameof(ExportContestResults))
            .WithSummary("The results as an .xlsx");
    }

    /// <summary>
    /// Draws every category (or only <paramref name="categoryId"/>). Each draw records its seed, the algorithm and the canonical
    /// input (unit ids in id order), so anyone can re-run it: see <see cref="VerifyContestDraws"/>.
    /// </summary>
    public static async Task<Results<Ok<ContestDetail>, ValidationProblem, ProblemHttpResult>> DrawContestOrder(Guid id, Guid? categoryId,
        [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await ContestEndpoints.EditableAsync(db, id, ct) is { } problem) return problem;
        var contest = await db.Contests.AsSplitQuery().FirstAsync(c => c.Id == id, ct);
        var units = await db.ContestUnits.Where(u => u.ContestId == id && (categoryId == null || u.CategoryId == categoryId)).ToListAsync(ct);
        var categories = await db.ContestCategories.Where(c => c.ContestId == id && (categoryId == null || c.Id == categoryId))
            .Select(c => c.Id).ToListAsync(ct);
        if (categories.Count == 0) return Problems.NotFound();
        foreach (var category in categories)
        {
            var input = units.Where(u => u.CategoryId == category).OrderBy(u => u.Id).ToList();
            if (input.Count == 0) continue;
            var seed = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));
            var order = OrderDraw.Shuffle(input, seed);
            for (var i = 0; i < order.Count; i++) order[i].DrawPosition = i + 1;
            ContestFactory.ForgetDraw(contest, category);
            contest.Draws.Add(new ContestDraw
            {
                CategoryId = category, Seed = OrderDraw.FormatSeed(seed), Algorithm = OrderDraw.Algorithm,
                Input = string.Join(",", input.Select(u => u.Id)), Result = string.Join(",", order.Select(u => u.Id)),
                DrawnAt = api.Clock.GetUtcNow(), DrawnBy = db.Scope.UserName ?? "system",
            });
        }
        return await ContestEndpoints.SaveAsync(db, id, ct);
    }

    /// <summary>Re-runs each recorded draw from its seed and input; true when it gives the recorded order and the units still stand in it.</summary>
    public static async Task<Results<Ok<DrawVerification[]>, ProblemHttpResult>> VerifyContestDraws(Guid id, [AsParameters] ApiServices api)
    {
        if (await ContestQueries.SnapshotAsync(api.Db, id, api.Ct) is not { } s) return Problems.NotFound();
        return TypedResults.Ok(s.Contest.Draws.Select(d =>
        {
            var input = ContestQueries.Split(d.Input).Select(Guid.Parse).ToList();
            var recorded = ContestQueries.Split(d.Result).Select(Guid.Parse).ToList();
            var standing = s.Units.Where(u => u.CategoryId == d.CategoryId).OrderBy(u => u.DrawPosition).Select(u => u.Id).ToList();
            var ok = d.Algorithm == OrderDraw.Algorithm && OrderDraw.TryParseSeed(d.Seed, out var seed)
                && OrderDraw.Verify(input, seed, recorded) && standing.SequenceEqual(recorded);
            return new DrawVerification(d.CategoryId, s.Categories.FirstOrDefault(c => c.Id == d.CategoryId)?.Name ?? "", ok);
        }).ToArray());
    }

    public static async Task<Results<Ok<ContestDetail>, ValidationProblem, ProblemHttpResult>> OpenContestScoring(Guid id, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await ContestEndpoints.EditableAsync(db, id, ct) is { } problem) return problem;
        var contest = await db.Contests.AsSplitQuery().FirstAsync(c => c.Id == id, ct);
        var units = await db.ContestUnits.AsNoTracking().Where(u => u.ContestId == id).ToListAsync(ct);
        if (units.Count == 0) return Problems.Conflict("contest.no_units");
        if (contest.Judges.Count == 0) return Problems.Conflict("contest.no_judges");
        if (units.Any(u => u.DrawPosition is null)) return Problems.Conflict("contest.not_drawn");
        contest.Status = ContestStatus.Scoring;
        return await ContestEndpoints.SaveAsync(db, id, ct);
    }

    public static async Task<Results<Ok<ContestDetail>, ValidationProblem, ProblemHttpResult>> PublishContestResults(Guid id, [AsParameters] ApiServices api)
    {
        var contest = await api.Db.Contests.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, api.Ct);
        if (contest is null) return Problems.NotFound();
        if (contest.Status != ContestStatus.Scoring) return Problems.Conflict("contest.not_scoring");
        contest.Status = ContestStatus.Published;
        return await ContestEndpoints.SaveAsync(api.Db, id, api.Ct);
    }

    public static async Task<Results<Ok<ContestProgress>, ProblemHttpResult>> GetContestProgress(Guid id, [AsParameters] ApiServices api) =>
        await ContestQueries.SnapshotAsync(api.Db, id, api.Ct) is { } s ? TypedResults.Ok(ContestQueries.Progress(s)) : Problems.NotFound();

    public static async Task<Results<Ok<ContestResults>, ProblemHttpResult>> GetContestResults(Guid id, [AsParameters] ApiServices api) =>
        await ContestQueries.SnapshotAsync(api.Db, id, api.Ct) is { } s ? TypedResults.Ok(ContestQueries.Results(s)) : Problems.NotFound();

    public static async Task<IResult> ExportContestResults(Guid id, [AsParameters] ApiServices api)
    {
        if (await ContestQueries.SnapshotAsync(api.Db, id, api.Ct) is not { } s) return Problems.NotFound();
        var results = ContestQueries.Results(s);
        return Export.Xlsx($"{results.Year}年度夺标赛成绩", ContestSheet.Headers(results), ContestSheet.Rows(results), api.Clock);
    }
}
