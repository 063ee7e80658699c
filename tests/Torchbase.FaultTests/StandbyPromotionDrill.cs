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

            var load = new DrillLoad(enterprise, bureau, Prefix, "主库停止、备库提升期间提交", workers: 3, writeOneIn: 2);
            await load.WaitForAsync(c => c.Write && c.Answered2xx, 5, TimeSpan.FromMinutes(1));
            var stopping = load.Now;
            await DrillEnvironment.Bash("shutdown", primary);
            await DrillEnvironment.Bash("promote", standby);
            var promoted = load.Now;
            var settled = promoted + TimeSpan.FromSeconds(5);
            await Task.Delay(TimeSpan.FromSeconds(5));
            await load.WaitForAsync(c => c.At > settled && c.Write, 10, TimeSpan.FromMinutes(1));
            var all = await load.StopAsync();

            var before = all.Where(c => c.At + c.Took < stopping).ToList();
            var after = all.Where(c => c.At > settled).ToList();
            log.WriteLine($"stop and promotion took {(promoted - stopping).TotalSeconds:F1} s; before: {DrillLoad.Describe(before)}; " +
                $"during (+5 s): {DrillLoad.Describe(all.Except(before).Except(after))}; after: {DrillLoad.Describe(after)}");

            Assert.False(host.HasExited);
            Assert.Contains(before, c => c.Write);
            Assert.All(before, c => Assert.InRange(c.Status, 200, 299));
            Assert.Contains(after, c => c.Write);
            Assert.All(after, c => Assert.InRange(c.Status, 200, 299));

            // On the new primary: every write answered 2xx, before the stop and after the promotion, and none twice.
            var stored = await load.StoredAsync($"Host=127.0.0.1;Port={standbyPort};Username=torchbase;Database={database}");
            var answered = DrillLoad.AssertNoAnsweredWriteLostOrDoubled(all, stored);
            log.WriteLine($"{answered} writes answered 2xx, {stored.Count} on the new primary");
        }
        finally
        {
            if (host is not null) await host.DisposeAsync();
            if (standby is not null) await DrillEnvironment.Bash("stop", standby);
            await DrillEnvironment.Bash("stop", primary);
        }
    }
}
