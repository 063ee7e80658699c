using System.Linq.Expressions;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Common;
using Torchbase.Features.Cultivation;

namespace Torchbase.Features.Runs;

/// <summary>The runs waiting for the background service, fed by the requests that queued them after their commit.</summary>
public sealed class RunQueue
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(Guid run) => _channel.Writer.TryWrite(run);

    public ChannelReader<Guid> Reader => _channel.Reader;
}

/// <summary>
/// Works the background runs one after the other. On start, and every minute after, it looks for runs left queued, or
/// running with a lapsed lease (a stopped host's), in the database, so nothing queued is lost with a restart; a run that fails
/// is marked failed with its error and the next one goes on. Several hosts may share the database: a host works a run only
/// once it has claimed it (one conditional UPDATE: queued, or running with a lapsed lease, becomes running under its lease),
/// and renews the lease while it works.
/// </summary>
public sealed class BackgroundRunService(RunQueue queue, IServiceScopeFactory scopes, TimeProvider clock, ILogger<BackgroundRunService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            _ = LookForLeftRunsAsync(stoppingToken);
            await foreach (var id in queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    if (!await AfterLockWaitsAsync(id, () => ClaimAsync(id, stoppingToken), stoppingToken)) continue; // done, or another host works it
                    using var renewing = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    var renewal = RenewAsync(id, renewing.Token);
                    try
                    {
                        await AfterLockWaitsAsync(id, () => WorkAsync(id, stoppingToken), stoppingToken);
                    }
                    finally
                    {
                        await renewing.CancelAsync();
                        await renewal;
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return; // left running: the next start takes it up from its last finished chunk
                }
                catch (Exception e)
                {
                    log.LogError(e, "Background run {Run} failed", id);
                    await MarkFailedAsync(id, e, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host stops: a run in progress stays running in the database and is taken up on the next start.
        }
    }

    /// <summary>Tries a lock wait allows before the run is marked failed (5 s, 10 s, … between them).</summary>
    public const int LockWaits = 10;

    /// <summary>
    /// SQLite has one writer at a time: a step that waited out the busy timeout behind a long write (an import of 20,000
    /// rows) is not failed but tried again a little later — the claim as it was, the work from its last finished chunk.
    /// </summary>
    private async Task<T> AfterLockWaitsAsync<T>(Guid id, Func<Task<T>> step, CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await step();
            }
            catch (SqliteException e) when (e.SqliteErrorCode is SqliteBusy or SqliteLocked && attempt < LockWaits)
            {
                log.LogWarning("Background run {Run} waited for the database behind another write; trying again (attempt {Attempt})", id, attempt);
                await Task.Delay(TimeSpan.FromSeconds(5 * attempt), clock, stoppingToken);
            }
        }
    }

    private async Task<bool> WorkAsync(Guid id, CancellationToken stoppingToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var system = db.RunAsSystem();
        await Reevaluation.WorkAsync(db, id, clock, log, stoppingToken);
        return true;
    }

    private const int SqliteBusy = 5, SqliteLocked = 6;

    /// <summary>How long a claim holds without renewal; renewed every third of it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>A run a host may take up: queued, or running under a lease that has lapsed (its host stopped).</summary>
    private static Expression<Func<BackgroundRun, bool>> Claimable(DateTimeOffset now) =>
        r => r.State == RunState.Queued || (r.State == RunState.Running && (r.LeaseUntil == null || r.LeaseUntil < now));

    /// <summary>
    /// Takes the run for this host if it is queued, or running under a lease that has lapsed: one conditional UPDATE, so that
    /// of several hosts trying at once exactly one gets it.
    /// </summary>
    public async Task<bool> ClaimAsync(Guid id, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var system = db.RunAsSystem();
        var now = clock.GetUtcNow();
        var until = now + Lease;
        var claimed = await db.BackgroundRuns
            .Where(r => r.Id == id).Where(Claimable(now))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RunState.Running).SetProperty(r => r.LeaseUntil, until), ct);
        return claimed == 1;
    }

    /// <summary>
    /// SQLite has one host by definition: a run it finds running on start was left by its own last start, and is taken up
    /// at once rather than when its lease lapses.
    /// </summary>
    private async Task ReleaseOnSqliteAsync(CancellationToken ct)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (!db.Database.IsSqlite()) return;
            using var system = db.RunAsSystem();
            await db.BackgroundRuns.Where(r => r.State == RunState.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseUntil, (DateTimeOffset?)null), ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogError(e, "Could not release the background runs left by the last start");
        }
    }

    private async Task RenewAsync(Guid id, CancellationToken ct)
    {
        try
        {
            using var timer = new PeriodicTimer(Lease / 3, clock);
            while (await timer.WaitForNextTickAsync(ct))
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                using var system = db.RunAsSystem();
                var until = clock.GetUtcNow() + Lease;
                await db.BackgroundRuns.Where(r => r.Id == id && r.State == RunState.Running)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseUntil, until), ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            log.LogError(e, "Could not renew the lease of background run {Run}", id);
        }
    }

    /// <summary>
    /// On start: queues every run left queued, or running under a lapsed lease, oldest first. Every minute after: the same,
    /// but of the queued runs only those created before the previous look — a run queued since is already in the queue of
    /// the host that queued it, and is left to another host only once that host has had a minute to claim it.
    /// </summary>
    private async Task LookForLeftRunsAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ReleaseOnSqliteAsync(stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
            DateTimeOffset? previous = null;
            do
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                    using var system = db.RunAsSystem();
                    var now = clock.GetUtcNow();
                    var runs = db.BackgroundRuns.Where(Claimable(now));
                    if (previous is { } before) runs = runs.Where(r => r.State != RunState.Queued || r.CreatedAt < before);
                    var left = await runs.OrderBy(r => r.CreatedAt).Select(r => r.Id).ToListAsync(stoppingToken);
                    foreach (var id in left) queue.Enqueue(id);
                    if (left.Count > 0) log.LogInformation("Taking up {Runs} background runs left queued or by a stopped host", left.Count);
                    previous = now;
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    log.LogError(e, "Could not read the background runs left queued or by a stopped host");
                }
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task MarkFailedAsync(Guid id, Exception error, CancellationToken ct)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using var system = db.RunAsSystem();
            var (message, at) = (error.Message.Length > 2000 ? error.Message[..2000] : error.Message, clock.GetUtcNow());
            await db.BackgroundRuns.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RunState.Failed)
                .SetProperty(r => r.Error, message).SetProperty(r => r.FinishedAt, at), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Could not mark background run {Run} failed", id);
        }
    }
}
