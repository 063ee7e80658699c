using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Torchbase.Tests;
using Xunit.Abstractions;

namespace Torchbase.FaultTests;

/// <summary>
/// PostgreSQL is restarted while users read lists and submit requests: the platform, never restarted, answers again
/// on its own once the server is back (its connection pool drops the dead connections, EF retries transient failures).
/// </summary>
[Collection(DrillCollection.Name)]
public sealed class PostgresRestartDrill(DrillEnvironment environment, ITestOutputHelper log)
{
    private sealed record Call(TimeSpan At, TimeSpan Took, string What, int Status);

    [Fact]
    public async Task The_platform_reconnects_after_PostgreSQL_restarts_under_load()
    {
        var database = await environment.CopyAsync(DrillEnvironment.Postgres);
        await using var host = await HostProcess.StartAsync(database);
        var bureau = await host.SignInAsync("bureau");
        var enterprise = await host.SignInAsync("ent1");
        var pid = host.Pid;

        var calls = new ConcurrentQueue<Call>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            while (!stop.IsCancellationRequested)
            {
                var submit = random.Next(4) == 0;
                var started = clock.Elapsed;
                int status;
                try
                {
                    using var response = submit
                        ? await enterprise.PostAsJsonAsync("/api/service/requests",
                            new { title = "重启演练诉求", description = "数据库重启期间提交", category = "Policy", urgency = "Normal" })
                        : await bureau.GetAsync($"/api/enterprises?page={random.Next(1, 20)}&pageSize=20");
                    status = (int)response.StatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    status = 0; // no answer at all
                }
                calls.Enqueue(new Call(started, clock.Elapsed - started, submit ? "submit" : "list", status));
            }
        })).ToList();

        await Task.Delay(TimeSpan.FromSeconds(3));
        var restartStarted = clock.Elapsed;
        await environment.RestartPostgresAsync();
        var restartEnded = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(12));
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        var all = calls.ToList();
        var before = all.Where(c => c.At + c.Took < restartStarted).ToList();
        var during = all.Where(c => c.At + c.Took >= restartStarted && c.At <= restartEnded + TimeSpan.FromSeconds(5)).ToList();
        var after = all.Where(c => c.At > restartEnded + TimeSpan.FromSeconds(5)).ToList();
        string Describe(IEnumerable<Call> set) => string.Join(", ", set.GroupBy(c => c.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));
        log.WriteLine($"restart took {(restartEnded - restartStarted).TotalSeconds:F1} s; before: {Describe(before)}; during (+5 s): {Describe(during)}; " +
            $"after: {Describe(after)}");
        log.WriteLine($"slowest call during the restart: {during.DefaultIfEmpty().Max(c => c?.Took.TotalMilliseconds ?? 0):F0} ms");

        Assert.False(host.HasExited);
        Assert.Equal(pid, host.Pid);
        Assert.NotEmpty(before);
        Assert.All(before, c => Assert.InRange(c.Status, 200, 299));
        Assert.NotEmpty(after);
        Assert.All(after, c => Assert.InRange(c.Status, 200, 299));
        // While the server was down a call may fail, but with an answer: no hung requests, no dropped connections.
        Assert.NotEmpty(during);
        Assert.All(during, c => Assert.NotEqual(0, c.Status));
        Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync("/health")).StatusCode);
    }
}
