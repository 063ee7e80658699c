using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Common;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Runs;

/// <summary>
/// A background run as the page follows it: evaluating <see cref="Done"/> of <see cref="Total"/> enterprises, then scoring
/// the points boards of <see cref="ScoredYears"/> (now <see cref="ScoringYear"/>). <see cref="ScoredByLaterRun"/>: the run
/// scored no board because a run queued after it scores the same ones (with this run's rows among them).
/// </summary>
public sealed record RunProgress(Guid Id, RunKind Kind, Guid ZoneId, RunState State, RunStep Step, int Total, int Done, int[] ScoredYears,
    int? ScoringYear, string? Error, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? UserName,
    bool ScoredByLaterRun);

/// <summary>Progress of the background runs (the re-evaluation after a bulk import), for whoever may see the run's zone.</summary>
public static class RunEndpoints
{
    public static IServiceCollection AddBackgroundRuns(this IServiceCollection services)
    {
        services.AddSingleton<RunQueue>();
        services.AddHostedService<BackgroundRunService>();
        return services;
    }

    public static void MapRunEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/runs").WithTags("Runs");

        group.MapGet("/{id:guid}", GetRunProgress)
            .WithName(nameof(GetRunProgress))
            .WithSummary("Where a background run stands (re-evaluation after an import): state, enterprises evaluated, year being scored")
            .RequireAuthorization(Permissions.DashboardView);
    }

    public static async Task<Results<Ok<RunProgress>, ProblemHttpResult>> GetRunProgress(Guid id, [AsParameters] ApiServices api)
    {
        var run = await api.Db.BackgroundRuns.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { r.Id, r.Kind, r.ZoneId, r.State, r.Step, r.Total, r.Done, r.Years, r.ScoredYears, r.ScoringYear, r.Error,
                r.CreatedAt, r.StartedAt, r.FinishedAt, r.UserName })
            .SingleOrDefaultAsync(api.Ct);
        if (run is null) return Problems.NotFound();
        return TypedResults.Ok(new RunProgress(run.Id, run.Kind, run.ZoneId, run.State, run.Step, run.Total, run.Done,
            BackgroundRun.YearsOf(run.ScoredYears), run.ScoringYear, run.Error, run.CreatedAt, run.StartedAt, run.FinishedAt, run.UserName,
            // Every run with years scores at least the latest of them, unless a later run scores it.
            run.State == RunState.Done && run.ScoredYears.Length == 0 && run.Years.Length > 0));
    }
}
