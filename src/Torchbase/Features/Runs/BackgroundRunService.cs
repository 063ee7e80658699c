using System.Threading.Channels;
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
/// Works the background runs one after the other. On start it first takes up the runs a stopped host left queued or
/// running (they are in the database), so nothing queued is lost with a restart; a run that fails is marked failed with
/// its error and the next one goes on.
/// </summary>
public sealed class BackgroundRunService(RunQueue queue, IServiceScopeFactory scopes, TimeProvider clock, ILogger<BackgroundRunService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await TakeUpLeftRunsAsync(stoppingToken);
            await foreach (var id in queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                    using var system = db.RunAsSystem();
                    await Reevaluation.WorkAsync(db, id, clock, log, stoppingToken);
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

    /// <summary>Queues the runs a stopped host left queued or running, oldest first.</summary>
    private async Task TakeUpLeftRunsAsync(CancellationToken stoppingToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using var system = db.RunAsSystem();
            var left = await db.BackgroundRuns.Where(r => r.State == RunState.Queued || r.State == RunState.Running)
                .OrderBy(r => r.CreatedAt).Select(r => r.Id).ToListAsync(stoppingToken);
            foreach (var id in left) queue.Enqueue(id);
            if (left.Count > 0) log.LogInformation("Taking up {Runs} background runs left by the last start", left.Count);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            log.LogError(e, "Could not read the background runs left by the last start");
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
