using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Identity;

namespace Torchbase.Tests;

/// <summary>
/// Callers missing the same figure at once share one computation; a computation a commit has overtaken is not joined (the
/// write shows on the next call); and when the caller computing a figure goes away, those waiting compute it themselves.
/// </summary>
public class FigureCacheTests
{
    private static readonly DataScope Scope = new() { ZoneIds = [Guid.Parse("00000000-0000-0000-0000-000000000001")] };
    private static readonly Type[] Reads = [typeof(Enterprise)];

    private static (FigureCache Cache, DataChangeSignals Signals) NewCache()
    {
        var signals = new DataChangeSignals();
        return (new FigureCache(new MemoryCache(new MemoryCacheOptions()), signals, Options.Create(new FigureCacheOptions())), signals);
    }

    [Fact]
    public async Task Callers_missing_the_same_figure_at_once_share_one_computation()
    {
        var (cache, _) = NewCache();
        var gate = new TaskCompletionSource();
        var computed = 0;
        async Task<int> Compute()
        {
            Interlocked.Increment(ref computed);
            await gate.Task;
            return 42;
        }
        var first = cache.GetAsync("figure", Scope, "", Reads, Compute);
        var others = Enumerable.Range(0, 5).Select(_ => cache.GetAsync("figure", Scope, "", Reads, Compute)).ToList();
        gate.SetResult();

        Assert.Equal(42, await first);
        var answers = await Task.WhenAll(others);
        Assert.Equal(new[] { 42, 42, 42, 42, 42 }, answers);
        Assert.Equal(1, computed);
        // Another scope is another figure: computed for itself.
        Assert.Equal(42, await cache.GetAsync("figure", new DataScope { Unrestricted = true }, "", Reads, Compute));
        Assert.Equal(2, computed);
    }

    [Fact]
    public async Task A_computation_overtaken_by_a_commit_is_not_joined_and_the_write_shows_at_once()
    {
        var (cache, signals) = NewCache();
        var gate = new TaskCompletionSource();
        var rows = 10;
        var before = cache.GetAsync("figure", Scope, "", Reads, async () =>
        {
            var seen = rows; // read before the write commits
            await gate.Task;
            return seen;
        });
        rows = 11;
        signals.Changed(typeof(Enterprise));

        // The writer asks again while the old computation still runs: it gets the new figure, not the one in flight.
        Assert.Equal(11, await cache.GetAsync("figure", Scope, "", Reads, () => Task.FromResult(rows)));
        gate.SetResult();
        Assert.Equal(10, await before);
        // The old result expired with the commit; the new one is kept.
        Assert.Equal(11, await cache.GetAsync("figure", Scope, "", Reads, () => Task.FromResult(-1)));
    }

    [Fact]
    public async Task When_the_caller_computing_goes_away_those_waiting_compute_for_themselves()
    {
        var (cache, _) = NewCache();
        var gate = new TaskCompletionSource();
        var first = cache.GetAsync<int>("figure", Scope, "", Reads, async () =>
        {
            await gate.Task;
            throw new OperationCanceledException();
        });
        var waiting = cache.GetAsync("figure", Scope, "", Reads, () => Task.FromResult(7));
        gate.SetResult();

        await Assert.ThrowsAsync<OperationCanceledException>(() => first);
        Assert.Equal(7, await waiting);
        Assert.Equal(7, await cache.GetAsync("figure", Scope, "", Reads, () => Task.FromResult(-1)));
    }
}
