using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Torchbase.Data;
using Torchbase.Domain.Common;
using Torchbase.Features.Runs;
using Torchbase.Jobs;

namespace Torchbase.Tests;

/// <summary>
/// Tests that need PostgreSQL (advisory locks, LISTEN/NOTIFY) carry this trait: the SQLite run leaves them out by its filter
/// (<c>Database!=Postgres</c>, see scripts/test.sh), and one run on SQLite by hand fails at once instead of passing vacuously.
/// </summary>
/// <summary>Tests of SQLite's own behaviour (one writer at a time): the PostgreSQL run filters them out by this trait.</summary>
public static class SqliteOnly
{
    public const string Trait = "Database";
    public const string Value = "Sqlite";

    public static void Require() => Assert.True(TorchbaseFactory.Provider == DatabaseProvider.Sqlite,
        "This test is about SQLite: run it with TORCHBASE_TEST_DB=Sqlite.");
}

public static class PostgresOnly
{
    public const string Trait = "Database";
    public const string Value = "Postgres";

    public static void Require() => Assert.True(TorchbaseFactory.Provider == DatabaseProvider.Postgres,
        "This test needs PostgreSQL: run it with TORCHBASE_TEST_DB=Postgres.");
}

/// <summary>Two hosts on one database, sharing nothing else (each has its own folder, memory and clock), as behind a load balancer.</summary>
public sealed class TwoHosts : IAsyncLifetime
{
    public TorchbaseFactory A { get; } = new();
    public TorchbaseFactory B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await A.InitializeAsync(); // makes the database and loads the demo zone
        B = new SecondHostFactory(A);
        await B.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)B).DisposeAsync();
        await ((IAsyncLifetime)A).DisposeAsync();
    }
}

public class SeveralHostsTests(TwoHosts hosts) : IClassFixture<TwoHosts>
{
    [Fact]
    public async Task A_cookie_issued_by_one_host_is_read_by_the_other()
    {
        // The browser's cookies, whichever host answers: the sign-in cookie and the antiforgery pair come from host A.
        var cookies = new System.Net.CookieContainer();
        var onA = new ApiClient(hosts.A.CreateDefaultClient(new CookieContainerHandler(cookies)));
        await onA.RefreshAntiforgeryAsync();
        Assert.Equal(HttpStatusCode.OK, (await onA.PostAsJsonAsync("/api/auth/login",
            new { userName = "ent1", password = Demo.DemoSeeder.DemoPassword })).StatusCode);
        await onA.RefreshAntiforgeryAsync();

        var onB = new ApiClient(hosts.B.CreateDefaultClient(new CookieContainerHandler(cookies)));
        foreach (var header in onA.Http.DefaultRequestHeaders.Where(h => h.Key == "X-XSRF-TOKEN")) onB.Http.DefaultRequestHeaders.Add(header.Key, header.Value);
        var me = await onB.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal("ent1", (await me.JsonAsync()).GetProperty("userName").GetString());
        // A write on B with A's antiforgery token: that token is protected by the same keys.
        var submitted = await onB.PostAsJsonAsync("/api/service/requests",
            new { title = "两台主机共用登录", description = "在一台主机登录，在另一台提交", category = "Land", urgency = "Normal" });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
    }

    [Fact]
    public async Task Requests_submitted_on_two_hosts_at_once_get_distinct_numbers()
    {
        var clients = new[] { await hosts.A.SignInAsync("ent1"), await hosts.B.SignInAsync("ent1") };
        var calls = Enumerable.Range(0, 16).Select(i => clients[i % 2].PostAsJsonAsync("/api/service/requests",
            new { title = $"并发编号{i}", description = "两台主机同时提交", category = "Finance", urgency = "Normal" })).ToList();
        var responses = await Task.WhenAll(calls);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = new List<string>();
        foreach (var r in responses) numbers.Add((await r.JsonAsync()).GetProperty("summary").GetProperty("number").GetString()!);
        Assert.Equal(16, numbers.Count);
        Assert.Equal(16, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Matches(@"^SQ-\d{4}-\d{5}$", n));
    }

    [Fact]
    public async Task A_file_attached_on_one_host_is_downloaded_from_the_other()
    {
        var onA = await hosts.A.SignInAsync("ent1");
        var submitted = await onA.PostAsJsonAsync("/api/service/requests",
            new { title = "附件跨主机", description = "附件在另一台主机下载", category = "Land", urgency = "Normal" });
        var id = (await submitted.JsonAsync()).GetProperty("summary").GetProperty("id").GetString();
        var bytes = System.Text.Encoding.UTF8.GetBytes("用地规划说明 " + Guid.NewGuid());
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "说明.txt");
        var uploaded = await onA.Http.PostAsync($"/api/service/requests/{id}/attachments", form);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var attachment = (await uploaded.JsonAsync()).GetProperty("id").GetString();

        var onB = await hosts.B.SignInAsync("ent1");
        var download = await onB.GetAsync($"/api/service/requests/{id}/attachments/{attachment}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact, Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task The_deadline_job_run_by_two_hosts_at_once_sends_each_notice_once()
    {
        PostgresOnly.Require();
        var ent = await hosts.A.SignInAsync("ent1");
        foreach (var i in Enumerable.Range(0, 3))
            Assert.Equal(HttpStatusCode.Created, (await ent.PostAsJsonAsync("/api/service/requests",
                new { title = $"超期只提醒一次{i}", description = "两台主机的截止任务", category = "Land", urgency = "Urgent" })).StatusCode);
        // A month later every step of those requests is overdue, on both hosts' clocks.
        hosts.A.Clock.Advance(TimeSpan.FromDays(30));
        hosts.B.Clock.Advance(TimeSpan.FromDays(30));
        var before = await NotificationsAsync();
        var flaggedBefore = await FlaggedAsync();

        var jobs = new[] { hosts.A, hosts.B }.Select(h => h.Services.GetServices<IHostedService>().OfType<ServiceDeskDeadlineService>().Single());
        var passes = await Task.WhenAll(jobs.Select(j => j.RunOnceAsync(CancellationToken.None)));

        var known = before.Select(n => n.Id).ToHashSet();
        var sent = (await NotificationsAsync()).Where(n => !known.Contains(n.Id)).ToList();
        Assert.NotEmpty(sent);
        Assert.Contains(sent, n => n.Body?.StartsWith("超期只提醒一次", StringComparison.Ordinal) == true);
        // Each request and task was flagged (and its notices sent) by one pass only: what the passes say they flagged is
        // exactly what changed in the database, not twice that.
        var flagged = await FlaggedAsync();
        var (requests, tasks) = (flagged.Requests - flaggedBefore.Requests, flagged.Tasks - flaggedBefore.Tasks);
        Assert.True(requests >= 3, $"{requests} requests flagged overdue");
        Assert.Equal((requests, tasks), (passes.Sum(p => p?.FlaggedOverdue ?? 0), passes.Sum(p => p?.TasksFlaggedOverdue ?? 0)));
        // Not one notice per pass: a request's overdue notice reached each of its users once.
        var mine = sent.Where(n => n.Body?.StartsWith("超期只提醒一次", StringComparison.Ordinal) == true).Select(n => (n.UserId, n.Title)).ToList();
        Assert.Equal(mine.Count, mine.Distinct().Count());
    }

    [Fact, Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task A_write_on_one_host_shows_on_the_other_hosts_dashboard_on_the_next_call()
    {
        PostgresOnly.Require();
        var feedOfB = hosts.B.Services.GetRequiredService<PostgresChangeFeed>();
        await feedOfB.Listening.WaitAsync(TimeSpan.FromSeconds(30));
        var onB = await hosts.B.SignInAsync("bureau");
        async Task<int> EnterprisesOnB() => (await onB.GetJsonAsync<JsonElement>("/api/dashboard/summary")).GetProperty("enterpriseCount").GetInt32();
        var before = await EnterprisesOnB();
        Assert.Equal(before, await EnterprisesOnB()); // kept by B now

        var heard = feedOfB.HeardAsync(types => types.Contains(typeof(Torchbase.Domain.Enterprises.Enterprise).FullName!));
        var onA = await hosts.A.SignInAsync("bureau");
        Assert.Equal(HttpStatusCode.Created, (await onA.PostAsJsonAsync("/api/enterprises",
            await EnterpriseApiTests.NewInputAsync(onA, name: "跨主机看板有限公司"))).StatusCode);
        await heard.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(before + 1, await EnterprisesOnB());
    }

    [Fact, Trait(PostgresOnly.Trait, PostgresOnly.Value)]
    public async Task Of_two_hosts_claiming_a_queued_run_at_once_exactly_one_gets_it()
    {
        PostgresOnly.Require();
        var onA = await hosts.A.SignInAsync("bureau");
        var zone = (await onA.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("zoneId").GetGuid();
        var id = Guid.CreateVersion7();
        await using (var scope = hosts.A.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using var system = db.RunAsSystem();
            db.BackgroundRuns.Add(new BackgroundRun
            {
                Id = id, Kind = RunKind.Reevaluation, ZoneId = zone, State = RunState.Queued, Step = RunStep.Evaluating,
                CreatedAt = hosts.A.Clock.GetUtcNow(), UserName = "bureau",
            });
            await db.SaveChangesAsync();
        }
        var services = new[] { hosts.A, hosts.B }.Select(h => h.Services.GetServices<IHostedService>().OfType<BackgroundRunService>().Single()).ToList();
        // Their own loops stopped: only the test's claims compete (a loop would take the run up once its lease lapses).
        foreach (var service in services) await service.StopAsync(CancellationToken.None);
        var claims = await Task.WhenAll(services.Select(s => s.ClaimAsync(id, CancellationToken.None)));
        Assert.Equal(1, claims.Count(c => c));
        // Held: neither host claims it again while the lease runs; once it has lapsed (its host died), one does.
        Assert.False(await services[1].ClaimAsync(id, CancellationToken.None));
        hosts.B.Clock.Advance(BackgroundRunService.Lease + TimeSpan.FromSeconds(1));
        Assert.True(await services[1].ClaimAsync(id, CancellationToken.None));

        await using (var scope = hosts.A.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using var system = db.RunAsSystem();
            await db.BackgroundRuns.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.State, RunState.Failed));
        }
    }

    /// <summary>Requests and departments' tasks marked overdue for their current deadline.</summary>
    private async Task<(int Requests, int Tasks)> FlaggedAsync()
    {
        await using var scope = hosts.A.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var system = db.RunAsSystem();
        return (await db.ServiceRequests.IgnoreQueryFilters().CountAsync(r => r.FlaggedOverdueFor != null && r.FlaggedOverdueFor == r.DueOn),
            await db.DepartmentTasks.IgnoreQueryFilters().CountAsync(t => t.FlaggedOverdueFor != null && t.FlaggedOverdueFor == t.DueOn));
    }

    private async Task<List<(Guid Id, Guid UserId, string Title, string? Body, string? Link)>> NotificationsAsync()
    {
        await using var scope = hosts.A.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var system = db.RunAsSystem();
        return (await db.Notifications.IgnoreQueryFilters().AsNoTracking().Select(n => new { n.Id, n.UserId, n.Title, n.Body, n.Link })
            .ToListAsync()).Select(n => (n.Id, n.UserId, n.Title, n.Body, n.Link)).ToList();
    }
}
