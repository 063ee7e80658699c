using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;
using Torchbase.Tests;
using Xunit.Abstractions;

namespace Torchbase.FaultTests;

/// <summary>
/// The database fails over: the primary is stopped under load and its streaming standby promoted. The host, never
/// restarted, finds the new primary through its connection string (both servers, <c>Target Session Attributes=primary</c>),
/// and every write it answered before the stop is on the new primary.
/// </summary>
[Collection(DrillCollection.Name)]
public sealed class StandbyPromotionDrill(DrillEnvironment environment, ITestOutputHelper log)
{
    private const string Prefix = "主备切换演练";

    private sealed record Call(TimeSpan At, TimeSpan Took, bool Write, string? Title, int Status);

    [Fact]
    public async Task After_the_standby_is_promoted_the_host_writes_to_it_and_no_answered_write_is_lost()
    {
        var copy = await environment.CopyAsync(DrillEnvironment.Postgres); // the seeded demo, to copy into the pair
        var database = new NpgsqlConnectionStringBuilder(copy.ConnectionString).Database!;
        var (primaryPort, standbyPort) = (HostProcess.FreePort(), HostProcess.FreePort());
        var primary = (await DrillEnvironment.Bash("start", $"{primaryPort}")).Trim();
        string? standby = null;
        HostProcess? host = null;
        try
        {
            await DrillEnvironment.Bash("copy", $"{DrillEnvironment.PostgresPort}", database, $"{primaryPort}");
            standby = (await DrillEnvironment.Bash("standby", primary, $"{primaryPort}", $"{standbyPort}")).Trim();
            // As docs/operations.md tells an operator: both servers, the primary wanted, its role checked again within a second.
            var pair = new DrillDatabase(DrillEnvironment.Postgres,
                $"Host=127.0.0.1:{primaryPort},127.0.0.1:{standbyPort};Target Session Attributes=primary;Host Recheck Seconds=1;" +
                $"Username=torchbase;Database={database}", copy.Folder);
            host = await HostProcess.StartAsync(pair);
            var enterprise = await host.SignInAsync("ent1");
            var bureau = await host.SignInAsync("bureau");

            var calls = new ConcurrentQueue<Call>();
            var clock = Stopwatch.StartNew();
            using var stop = new CancellationTokenSource();
            var workers = Enumerable.Range(0, 3).Select(worker => Task.Run(async () =>
            {
                var random = new Random(worker);
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    var write = random.Next(2) == 0;
                    var title = write ? $"{Prefix}{worker}-{n}" : null;
                    var started = clock.Elapsed;
                    int status;
                    try
                    {
                        using var response = write
                            ? await enterprise.PostAsJsonAsync("/api/service/requests",
                                new { title, description = "主库停止、备库提升期间提交", category = "Policy", urgency = "Normal" })
                            : await bureau.GetAsync($"/api/enterprises?page={random.Next(1, 20)}&pageSize=20");
                        status = (int)response.StatusCode;
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        status = 0;
                    }
                    calls.Enqueue(new Call(started, clock.Elapsed - started, write, title, status));
                }
            })).ToList();

            await Task.Delay(TimeSpan.FromSeconds(4));
            var stopping = clock.Elapsed;
            await DrillEnvironment.Bash("shutdown", primary);
            await DrillEnvironment.Bash("promote", standby);
            var promoted = clock.Elapsed;
            await Task.Delay(TimeSpan.FromSeconds(15));
            await stop.CancelAsync();
            await Task.WhenAll(workers);

            var all = calls.ToList();
            string Describe(IEnumerable<Call> set) => string.Join(", ", set.GroupBy(c => c.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"));
            var before = all.Where(c => c.At + c.Took < stopping).ToList();
            var settled = promoted + TimeSpan.FromSeconds(5);
            var after = all.Where(c => c.At > settled).ToList();
            log.WriteLine($"stop and promotion took {(promoted - stopping).TotalSeconds:F1} s; before: {Describe(before)}; " +
                $"during (+5 s): {Describe(all.Except(before).Except(after))}; after: {Describe(after)}");

            Assert.False(host.HasExited);
            Assert.Contains(before, c => c.Write);
            Assert.All(before, c => Assert.InRange(c.Status, 200, 299));
            Assert.Contains(after, c => c.Write);
            Assert.All(after, c => Assert.InRange(c.Status, 200, 299));

            // On the new primary: every write answered 2xx, before the stop and after the promotion, and none twice.
            var stored = await TitlesAsync($"Host=127.0.0.1;Port={standbyPort};Username=torchbase;Database={database};Pooling=false");
            var answered = all.Where(c => c.Write && c.Status is >= 200 and < 300).Select(c => c.Title!).ToList();
            log.WriteLine($"{answered.Count} writes answered 2xx, {stored.Count} on the new primary");
            Assert.All(answered, title => Assert.Equal(1, stored.GetValueOrDefault(title)));
            Assert.All(stored, s => Assert.Equal(1, s.Value));
        }
        finally
        {
            if (host is not null) await host.DisposeAsync();
            if (standby is not null) await DrillEnvironment.Bash("stop", standby);
            await DrillEnvironment.Bash("stop", primary);
        }
    }

    private static async Task<Dictionary<string, int>> TitlesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT \"Title\", count(*) FROM \"ServiceRequests\" WHERE \"Title\" LIKE @prefix GROUP BY \"Title\"", connection);
        command.Parameters.AddWithValue("prefix", Prefix + "%");
        var titles = new Dictionary<string, int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) titles[reader.GetString(0)] = (int)reader.GetInt64(1);
        return titles;
    }
}
