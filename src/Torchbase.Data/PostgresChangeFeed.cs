using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Torchbase.Data;

/// <summary>
/// Keeps the figures of every host on one PostgreSQL database fresh: after a local commit the changed entity types go out as
/// <c>NOTIFY torchbase_changes, '&lt;full type names&gt;'</c>, and each host LISTENs on a connection of its own and expires
/// its figures for the types it hears. A lost connection is opened again with a growing pause (up to 30 s); on every
/// (re)connection all figures expire, since notices sent while it was away are lost.
/// </summary>
public sealed class PostgresChangeFeed : BackgroundService
{
    public const string Channel = "torchbase_changes";
    /// <summary>PostgreSQL takes payloads below 8000 bytes; a longer list goes as "*" (every type).</summary>
    private const int MaxPayload = 7000;

    private readonly DataChangeSignals _signals;
    private readonly string _connectionString;
    private readonly ILogger<PostgresChangeFeed> _log;
    private readonly Channel<IReadOnlyCollection<Type>> _outbox = System.Threading.Channels.Channel.CreateUnbounded<IReadOnlyCollection<Type>>(
        new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _heardLock = new();
    private readonly List<(Func<IReadOnlyCollection<string>, bool> Wanted, TaskCompletionSource Done)> _waiters = [];

    public PostgresChangeFeed(DataChangeSignals signals, string connectionString, ILogger<PostgresChangeFeed> log)
    {
        _signals = signals;
        // Its own sessions, not pooled: LISTEN belongs to one session, and a broken one must not go back to a pool.
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString;
        _log = log;
        signals.Committed += types => _outbox.Writer.TryWrite(types);
    }

    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the host first listens (a commit elsewhere before then is covered by the expiry on connecting).</summary>
    public Task Listening => _listening.Task;

    /// <summary>Completes when a notice for which <paramref name="wanted"/> holds has been heard and applied (for tests and drills).</summary>
    public Task HeardAsync(Func<IReadOnlyCollection<string>, bool> wanted)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_heardLock) _waiters.Add((wanted, done));
        return done.Task;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Task.Run(() => ListenAsync(stoppingToken), stoppingToken), Task.Run(() => SendAsync(stoppingToken), stoppingToken));

    private async Task ListenAsync(CancellationToken ct)
    {
        var pause = TimeSpan.FromSeconds(1);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_connectionString);
                await connection.OpenAsync(ct);
                connection.Notification += (_, e) => Heard(e.Payload.Split(',', StringSplitOptions.RemoveEmptyEntries));
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection)) await listen.ExecuteNonQueryAsync(ct);
                _signals.ChangedElsewhere(["*"]); // whatever changed while no one listened
                _listening.TrySetResult();
                pause = TimeSpan.FromSeconds(1);
                while (true) await connection.WaitAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                _log.LogWarning(e, "Listening for other hosts' changes failed; trying again in {Pause}", pause);
                try { await Task.Delay(pause, ct); } catch (OperationCanceledException) { return; }
                pause = TimeSpan.FromSeconds(Math.Min(30, pause.TotalSeconds * 2));
            }
        }
    }

    private void Heard(IReadOnlyCollection<string> typeNames)
    {
        _signals.ChangedElsewhere(typeNames);
        lock (_heardLock)
            foreach (var waiter in _waiters.Where(w => w.Wanted(typeNames)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
    }

    private async Task SendAsync(CancellationToken ct)
    {
        NpgsqlConnection? connection = null; // kept open between notices, opened again after a failure
        try
        {
            while (await _outbox.Reader.WaitToReadAsync(ct))
            {
                // Everything committed meanwhile goes in one notice.
                var names = new SortedSet<string>(StringComparer.Ordinal);
                while (_outbox.Reader.TryRead(out var types)) names.UnionWith(types.Select(t => t.FullName!));
                var payload = string.Join(',', names);
                if (payload.Length > MaxPayload) payload = "*";
                try
                {
                    if (connection is null)
                    {
                        connection = new NpgsqlConnection(_connectionString);
                        await connection.OpenAsync(ct);
                    }
                    await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
                    notify.Parameters.AddWithValue("channel", Channel);
                    notify.Parameters.AddWithValue("payload", payload);
                    await notify.ExecuteNonQueryAsync(ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The other hosts' figures then expire by the cache's time limit.
                    if (connection is not null) await connection.DisposeAsync();
                    connection = null;
                    _log.LogWarning(e, "Could not tell the other hosts of changed {Types}", payload);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        finally
        {
            if (connection is not null) await connection.DisposeAsync();
        }
    }
}
