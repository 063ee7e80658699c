using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Torchbase.Identity;

namespace Torchbase.Data;

public sealed class FigureCacheOptions
{
    /// <summary>Off: every call computes (the benchmark's cold side).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The bound on staleness for writes the signals cannot see (another host, a command-line restore).</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Headline figures aggregated over a zone's rows (the dashboard, module summaries), kept per caller's data scope until
/// a row of a type they read from is written. Figures stay exact: an entry is dropped on the commit that changes its
/// inputs, so a reader never sees a total older than the last write it could have seen.
/// </summary>
public sealed class FigureCache(IMemoryCache memory, DataChangeSignals signals, IOptions<FigureCacheOptions> options)
{
    private sealed record Key(string Figure, string Scope, string Arguments);

    /// <param name="figure">What is computed, e.g. "dashboard.summary".</param>
    /// <param name="arguments">Everything else the result depends on (zone asked for, today's date, filters).</param>
    /// <param name="readsFrom">Every entity type the computation reads, query-filter types included.</param>
    public async Task<T> GetAsync<T>(string figure, DataScope scope, string arguments, Type[] readsFrom, Func<Task<T>> compute)
    {
        if (!options.Value.Enabled) return await compute();
        var key = new Key(figure, Fingerprint(scope), arguments);
        if (memory.TryGetValue(key, out T? cached)) return cached!;
        // Watched before computing: a write that commits while we read expires what we are about to store.
        var tokens = readsFrom.Select(signals.Watch).ToList();

        // Callers missing the same figure at once share one computation instead of each running the same aggregates (after a
        // write, every open dashboard asks again at the same moment). A caller joins only a computation no commit has overtaken:
        // one that started before a write the caller may already have seen is not joined, so a write still shows on the next call.
        var mine = new Computation(tokens, new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously));
        var running = _computing.GetOrAdd(key, mine);
        if (running != mine && !running.Overtaken)
        {
            try
            {
                return (T)(await running.Result.Task)!;
            }
            catch (Exception) when (!running.Result.Task.IsCompletedSuccessfully)
            {
                // The caller computing it went away (its request was cancelled) or failed: compute for ourselves.
            }
        }

        try
        {
            var value = await compute();
            // Overtaken by a commit, the value is not stored: it would replace a newer caller's, and expire at once anyway.
            if (!mine.Overtaken)
            {
                using var entry = memory.CreateEntry(key);
                entry.Value = value;
                entry.AbsoluteExpirationRelativeToNow = options.Value.MaxAge;
                foreach (var token in tokens) entry.ExpirationTokens.Add(token);
            }
            mine.Result.TrySetResult(value);
            return value;
        }
        catch (Exception e)
        {
            mine.Result.TrySetException(e);
            _ = mine.Result.Task.Exception; // observed: those who joined compute for themselves (above)
            throw;
        }
        finally
        {
            _computing.TryRemove(KeyValuePair.Create(key, mine));
        }
    }

    private readonly ConcurrentDictionary<Key, Computation> _computing = new();

    /// <summary>A figure being computed: the signals watched when it started, and its result for those who join it.</summary>
    private sealed record Computation(IReadOnlyList<IChangeToken> Tokens, TaskCompletionSource<object?> Result)
    {
        public bool Overtaken => Tokens.Any(t => t.HasChanged);
    }

    private static string Fingerprint(DataScope scope) =>
        $"{scope.Unrestricted}|{string.Join(',', scope.ZoneIds.Order())}|" +
        $"{scope.ParkId}|{scope.EnterpriseId}|{scope.BankId}|{scope.DepartmentId}|{scope.UserId}";
}
