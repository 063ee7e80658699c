using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Common;
using Torchbase.Features.Points;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Cultivation;

/// <summary>
/// After yearly reports or titles land in bulk: the cultivation results of the enterprises concerned are evaluated again
/// (the batch evaluation, in chunks), and the zone's points boards of the years concerned are scored again — the latest
/// year of the file, and any other year that already has a board (points are ranks within the zone, so a board is scored
/// whole, once per run and year). The import only queues the run, in its own transaction; a background service works it
/// (<see cref="Runs.BackgroundRunService"/>) and its progress is read from <c>GET /api/runs/{id}</c>.
/// </summary>
public static class Reevaluation
{
    /// <summary>Enterprises a chunk: one transaction each, and one step of the progress the page shows.</summary>
    public const int Chunk = 1000;

    /// <summary>Adds the run to the import's changes (saved and committed with its rows); queue it once they are committed.</summary>
    public static BackgroundRun Plan(AppDbContext db, Guid zone, IReadOnlyCollection<Guid> enterprises, IReadOnlyCollection<int> years,
        System.Security.Claims.ClaimsPrincipal user, TimeProvider clock)
    {
        var run = new BackgroundRun
        {
            Id = Guid.CreateVersion7(), Kind = RunKind.Reevaluation, ZoneId = zone, State = RunState.Queued, Step = RunStep.Evaluating,
            Total = enterprises.Count, EnterpriseIds = BackgroundRun.Join(enterprises.Order()), Years = BackgroundRun.Join(years.Order()),
            CreatedAt = clock.GetUtcNow(), UserId = user.UserId(), UserName = user.Identity?.Name,
        };
        db.BackgroundRuns.Add(run);
        return run;
    }

    /// <summary>
    /// Works a run from where it stands: a run left half done by a stopped host goes on from its last finished chunk
    /// (each chunk replaces its enterprises' results, so doing one again changes nothing).
    /// </summary>
    public static async Task WorkAsync(AppDbContext db, Guid id, TimeProvider clock, ILogger log, CancellationToken ct)
    {
        var run = await db.BackgroundRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (run is null || run.State is RunState.Done or RunState.Failed) return;
        var runs = db.BackgroundRuns.Where(r => r.Id == id);
        var started = run.StartedAt ?? clock.GetUtcNow();
        await runs.ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RunState.Running).SetProperty(r => r.StartedAt, started), ct);
        var timer = System.Diagnostics.Stopwatch.StartNew();
        var zone = run.ZoneId;
        var done = run.Done;
        if (run.Step == RunStep.Evaluating)
        {
            var ids = BackgroundRun.Ids(run.EnterpriseIds);
            foreach (var chunk in ids.Skip(done).Chunk(Chunk))
            {
                await CultivationBatch.RunChunkAsync(db, 0, chunk.Length, clock.Today(), ct, zone, chunk);
                done += chunk.Length;
                await runs.ExecuteUpdateAsync(s => s.SetProperty(r => r.Done, done), ct);
            }
        }
        var evaluation = timer.Elapsed;
        var years = BackgroundRun.YearsOf(run.Years);
        var toScore = run.Step == RunStep.Scoring ? BackgroundRun.YearsOf(run.ScoredYears) : await LeftToLaterRunsAsync(db, run,
            await YearsToScoreAsync(db, zone, years, ct), ct);
        var joined = BackgroundRun.Join(toScore);
        await runs.ExecuteUpdateAsync(s => s.SetProperty(r => r.Step, RunStep.Scoring).SetProperty(r => r.ScoredYears, joined), ct);
        foreach (var year in toScore.Where(y => run.Step != RunStep.Scoring || run.ScoringYear is not { } at || y >= at))
        {
            await runs.ExecuteUpdateAsync(s => s.SetProperty(r => r.ScoringYear, year), ct);
            await PointsScoring.RunAsync(db, zone, year, ct);
        }
        var finished = clock.GetUtcNow();
        await runs.ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RunState.Done).SetProperty(r => r.ScoringYear, (int?)null)
            .SetProperty(r => r.FinishedAt, finished), ct);
        log.LogInformation("Re-evaluated {Enterprises} enterprises in {Evaluation} ms; scored the points of {Years} in {Scoring} ms",
            done - run.Done, (long)evaluation.TotalMilliseconds, joined, (long)(timer.Elapsed - evaluation).TotalMilliseconds);
    }

    /// <summary>
    /// The years this run scores itself: not those a run queued after it, for the same zone, will score. A board is scored
    /// whole from what is committed when its scoring starts, and this run's rows were committed before it was queued, so the
    /// later run's board holds them too; scoring it here as well would be undone at once (five files imported one after
    /// another would score the zone's board five times).
    /// </summary>
    private static async Task<int[]> LeftToLaterRunsAsync(AppDbContext db, BackgroundRun run, int[] toScore, CancellationToken ct)
    {
        if (toScore.Length == 0) return toScore;
        var later = await db.BackgroundRuns.AsNoTracking()
            .Where(r => r.ZoneId == run.ZoneId && r.Kind == RunKind.Reevaluation && r.State == RunState.Queued && r.CreatedAt > run.CreatedAt)
            .Select(r => r.Years).ToListAsync(ct);
        var laterScores = new HashSet<int>();
        foreach (var years in later.Select(BackgroundRun.YearsOf))
            laterScores.UnionWith(await YearsToScoreAsync(db, run.ZoneId, years, ct));
        return [.. toScore.Where(y => !laterScores.Contains(y))];
    }

    private static async Task<int[]> YearsToScoreAsync(AppDbContext db, Guid zone, int[] years, CancellationToken ct)
    {
        if (years.Length == 0) return [];
        var scoredBefore = await db.PointsRuns.AsNoTracking().Where(r => r.ZoneId == zone && years.Contains(r.Year)).Select(r => r.Year).Distinct()
            .ToListAsync(ct);
        return [.. scoredBefore.Append(years.Max()).Distinct().Order()];
    }
}
