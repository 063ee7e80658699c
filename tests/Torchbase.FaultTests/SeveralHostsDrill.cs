using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Torchbase.Domain.Enterprises;
using Torchbase.Tests;
using Xunit.Abstractions;

namespace Torchbase.FaultTests;

/// <summary>haproxy as an operator runs it: the repository's <c>deploy/haproxy.cfg</c>, the hosts' addresses in its environment.</summary>
public sealed class Balancer : IAsyncDisposable
{
    private readonly Process _process;

    private Balancer(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<Balancer> StartAsync(IReadOnlyList<HostProcess> hosts)
    {
        var listen = $"127.0.0.1:{HostProcess.FreePort()}";
        var start = new ProcessStartInfo(File.Exists("/usr/sbin/haproxy") ? "/usr/sbin/haproxy" : "haproxy")
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-db", "-f", Path.Combine(HostProcess.RepositoryRoot, "deploy", "haproxy.cfg") })
            start.ArgumentList.Add(argument);
        start.Environment["TORCHBASE_LISTEN"] = listen;
        for (var i = 0; i < hosts.Count; i++) start.Environment[$"TORCHBASE_HOST{i + 1}"] = hosts[i].Url.Authority;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var balancer = new Balancer(process, new Uri($"http://{listen}"));
        using var http = new HttpClient { BaseAddress = balancer.Url, Timeout = TimeSpan.FromSeconds(5) };
        for (var deadline = DateTime.UtcNow.AddSeconds(30); DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            if (process.HasExited) throw new InvalidOperationException($"haproxy exited with {process.ExitCode}");
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return balancer;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
        }
        await balancer.DisposeAsync();
        throw new TimeoutException("haproxy did not pass requests to the hosts within 30 s");
    }

    /// <summary>A client signed in through the balancer: its requests go to every host in turn.</summary>
    public async Task<ApiClient> SignInAsync(string userName)
    {
        var client = new ApiClient(new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = Url, Timeout = TimeSpan.FromSeconds(30),
        });
        await client.RefreshAntiforgeryAsync();
        (await client.PostAsJsonAsync("/api/auth/login", new { userName, password = "Demo@12345" })).EnsureSuccessStatusCode();
        await client.RefreshAntiforgeryAsync();
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}

/// <summary>
/// Three hosts behind haproxy on one PostgreSQL database, as a zone or a province runs them for availability (双机热备 and
/// more): a host killed under load costs no write that was answered and no read once the balancer's health check has
/// taken it out, and a write on one host shows on another's dashboard at once.
/// </summary>
[Collection(DrillCollection.Name)]
public sealed class SeveralHostsDrill(DrillEnvironment environment, ITestOutputHelper log)
{
    private const string Prefix = "多主机演练";

    [Fact]
    public async Task Three_hosts_behind_haproxy_lose_no_answered_write_and_no_read_once_a_killed_host_is_taken_out()
    {
        var database = await environment.CopyAsync(DrillEnvironment.Postgres);
        // The sign-in keys in the database, as for several hosts (the drills' default keeps them in a folder, for one host).
        // The deadline job on every host every 3 s, so that the three of them keep trying it while the drill watches.
        var settings = new Dictionary<string, string>
        {
            ["Torchbase__DataProtection__KeysFolder"] = "", ["Torchbase__ServiceDesk__JobIntervalMinutes"] = "0.05",
        };
        var hosts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => HostProcess.StartAsync(database, settings)));
        try
        {
            await using var balancer = await Balancer.StartAsync(hosts);
            await AWriteOnOneHostShowsOnAnothersDashboardAsync(hosts[0], hosts[2]);

            var bureau = await balancer.SignInAsync("bureau");
            var enterprise = await balancer.SignInAsync("ent1");
            await TheDeadlineJobOfThreeHostsSendsEachNoticeOnceAsync(database, enterprise);
            var load = new DrillLoad(enterprise, bureau, Prefix, "三台主机之一被强行终止时提交", workers: 4, writeOneIn: 3);
            await load.WaitForAsync(c => c.Write && c.Answered2xx, 5, TimeSpan.FromMinutes(1));
            var killedAt = load.Now;
            hosts[1].Kill();
            // Two failed checks a second apart take a host out (deploy/haproxy.cfg: inter 1s fall 2); a second more for the
            // calls that were on their way to it.
            var takenOut = killedAt + TimeSpan.FromSeconds(3);
            await Task.Delay(TimeSpan.FromSeconds(3));
            await load.WaitForAsync(c => c.At > takenOut, 100, TimeSpan.FromMinutes(1));
            var all = await load.StopAsync();
            var before = all.Where(c => c.At + c.Took < killedAt).ToList();
            var after = all.Where(c => c.At > takenOut).ToList();
            log.WriteLine($"{all.Count} calls; before the kill: {DrillLoad.Describe(before)}; between the kill and the health check: " +
                $"{DrillLoad.Describe(all.Except(before).Except(after))}; after: {DrillLoad.Describe(after)}");

            Assert.NotEmpty(before);
            Assert.All(before, c => Assert.InRange(c.Status, 200, 299));
            Assert.Contains(after, c => !c.Write);
            Assert.All(after, c => Assert.InRange(c.Status, 200, 299));

            // Every write answered 2xx is in the database, and no write is there twice — answered or not.
            var stored = await load.StoredAsync(database.ConnectionString);
            var answered = DrillLoad.AssertNoAnsweredWriteLostOrDoubled(all, stored);
            log.WriteLine($"{answered} writes answered 2xx, {stored.Count} requests stored");
            Assert.True(hosts[0].HasExited is false && hosts[2].HasExited is false, "a host that was not killed stopped");
        }
        finally
        {
            foreach (var host in hosts) await host.DisposeAsync();
        }
    }

    /// <summary>An enterprise imported on one host counts on another host's dashboard at its next call, not minutes later.</summary>
    private static async Task AWriteOnOneHostShowsOnAnothersDashboardAsync(HostProcess writer, HostProcess reader)
    {
        var leader = await reader.SignInAsync("leader");
        async Task<int> CountAsync() =>
            (await leader.GetJsonAsync<JsonElement>("/api/dashboard/summary")).GetProperty("enterpriseCount").GetInt32();
        var before = await CountAsync();
        Assert.Equal(before, await CountAsync()); // now kept by the reading host

        var bureau = await writer.SignInAsync("bureau");
        var layout = await EnterpriseImportFiles.LayoutAsync(bureau);
        const string body = "91410497MA0000001";
        var row = EnterpriseImportFiles.Row(body + CreditCode.CheckCharacter(body), $"{Prefix}科技有限公司", layout.Park, layout.Chain);
        Assert.Equal(HttpStatusCode.OK, (await bureau.Http.PostAsync("/api/enterprises/import", EnterpriseImportFiles.Upload(layout, [row]))).StatusCode);

        // The notice travels through PostgreSQL (LISTEN/NOTIFY): allow it a moment, far below the 5-minute limit on kept figures.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        int now;
        while ((now = await CountAsync()) == before && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Equal(before + 1, now);
    }

    /// <summary>
    /// The deadline job runs on all three hosts; one pass at a time takes it (a PostgreSQL advisory lock) and marks what it
    /// sent. Requests whose step is past its limit are flagged, and each of their users gets the overdue notice once — not
    /// once per host, and not again at the hosts' next passes.
    /// </summary>
    private static async Task TheDeadlineJobOfThreeHostsSendsEachNoticeOnceAsync(DrillDatabase database, ApiClient enterprise)
    {
        const string prefix = "多主机截止提醒";
        const int requests = 3;
        for (var i = 0; i < requests; i++)
            Assert.Equal(HttpStatusCode.Created, (await enterprise.PostAsJsonAsync("/api/service/requests",
                new { title = $"{prefix}{i}", description = "三台主机都在跑截止任务", category = "Land", urgency = "Urgent" })).StatusCode);
        // Their current step was due in January: overdue on every host's clock.
        await database.ScalarAsync($"UPDATE \"ServiceRequests\" SET \"DueOn\" = DATE '2026-01-05' WHERE \"Title\" LIKE '{prefix}%'");
        var flagged = $"SELECT count(*) FROM \"ServiceRequests\" WHERE \"Title\" LIKE '{prefix}%' AND \"FlaggedOverdueFor\" = DATE '2026-01-05'";
        for (var deadline = DateTime.UtcNow.AddSeconds(30); await database.ScalarAsync(flagged) < requests && DateTime.UtcNow < deadline;)
            await Task.Delay(250);
        Assert.Equal(requests, await database.ScalarAsync(flagged));
        await Task.Delay(TimeSpan.FromSeconds(10)); // three more intervals on each host

        var notices = await database.ScalarAsync($"SELECT count(*) FROM \"Notifications\" WHERE \"Body\" LIKE '{prefix}%'");
        var distinct = await database.ScalarAsync(
            $"SELECT count(*) FROM (SELECT DISTINCT \"UserId\", \"Title\", \"Body\" FROM \"Notifications\" WHERE \"Body\" LIKE '{prefix}%') AS once");
        var requestsNoticed = await database.ScalarAsync(
            $"SELECT count(DISTINCT \"Body\") FROM \"Notifications\" WHERE \"Body\" LIKE '{prefix}%' AND \"Title\" LIKE '%2026-01-05%'");
        Assert.Equal(requests, requestsNoticed);
        Assert.Equal(distinct, notices);
    }
}
