using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Torchbase.Data;
using Torchbase.Domain.Common;
using Torchbase.Features.Runs;

namespace Torchbase.Tests;

/// <summary>Following a background run the way the page does: the progress endpoint, polled until the run ends.</summary>
public static class Runs
{
    /// <summary>Polls <c>GET /api/runs/{id}</c> until the run is done or failed; fails the test after a bounded wait.</summary>
    public static async Task<JsonElement> WaitAsync(ApiClient client, Guid id, int seconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var run = await client.GetJsonAsync<JsonElement>($"/api/runs/{id}");
            var state = run.GetProperty("state").GetString();
            if (state is "Done" or "Failed") return run;
            Assert.True(DateTime.UtcNow < deadline, $"Run {id} still {state} after {seconds} s");
            await Task.Delay(100);
        }
    }
}

/// <summary>The background runs: kept in the database, taken up again after a restart, visible to the run's zone only.</summary>
[Collection(HostCollection.Name)]
public class BackgroundRunTests(TorchbaseFactory host)
{
    [Fact]
    public async Task A_run_left_running_by_a_stopped_host_is_taken_up_on_the_next_start_and_seen_by_its_zone_only()
    {
        var bureau = await host.SignInAsync("bureau");
        var zone = (await bureau.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("zoneId").GetGuid();
        var service = host.Services.GetServices<IHostedService>().OfType<BackgroundRunService>().Single();
        await service.StopAsync(CancellationToken.None);

        // As a stopped host leaves it: running, two of five enterprises done, the other three without results yet.
        var id = Guid.CreateVersion7();
        List<Guid> ids;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using var system = db.RunAsSystem();
            ids = await db.Enterprises.Where(e => e.ZoneId == zone && e.Status == Torchbase.Domain.Enterprises.EnterpriseStatus.Active)
                .OrderBy(e => e.Id).Select(e => e.Id).Take(5).ToListAsync();
            Assert.Equal(5, ids.Count);
            var rest = ids.Skip(2).ToList();
            await db.CultivationEvaluations.Where(s => rest.Contains(s.EnterpriseId)).ExecuteDeleteAsync();
            db.BackgroundRuns.Add(new BackgroundRun
            {
                Id = id, Kind = RunKind.Reevaluation, ZoneId = zone, State = RunState.Running, Step = RunStep.Evaluating, Total = 5, Done = 2,
                EnterpriseIds = BackgroundRun.Join(ids), Years = $"{host.Clock.Today().Year - 1}", CreatedAt = host.Clock.GetUtcNow(),
                StartedAt = host.Clock.GetUtcNow(), UserName = "bureau",
            });
            await db.SaveChangesAsync();
        }
        var left = await bureau.GetJsonAsync<JsonElement>($"/api/runs/{id}");
        Assert.Equal(("Running", 2), (left.GetProperty("state").GetString(), left.GetProperty("done").GetInt32()));

        await service.StartAsync(CancellationToken.None);
        var run = await Runs.WaitAsync(bureau, id);
        Assert.Equal("Done", run.GetProperty("state").GetString());
        Assert.Equal((5, 5), (run.GetProperty("total").GetInt32(), run.GetProperty("done").GetInt32()));
        Assert.Equal([host.Clock.Today().Year - 1], run.GetProperty("scoredYears").EnumerateArray().Select(y => y.GetInt32()));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using var system = db.RunAsSystem();
            // Taken up where it stood: the three enterprises not done yet have their results again.
            var rest = ids.Skip(2).ToList();
            var evaluated = await db.CultivationEvaluations.Where(s => rest.Contains(s.EnterpriseId)).Select(s => s.EnterpriseId).Distinct().CountAsync();
            Assert.Equal(3, evaluated);
        }

        // Whoever may see the zone follows it; another zone's leader does not know it exists.
        Assert.Equal(HttpStatusCode.OK, (await (await host.SignInAsync("leader")).GetAsync($"/api/runs/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await host.SignInAsync("leader2")).GetAsync($"/api/runs/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bureau.GetAsync($"/api/runs/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Of_two_runs_queued_one_after_the_other_for_a_zone_the_later_scores_the_board_and_the_earlier_leaves_it_to_it()
    {
        var bureau = await host.SignInAsync("bureau");
        var zone = (await bureau.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("zoneId").GetGuid();
        var year = host.Clock.Today().Year - 1;
        var service = host.Services.GetServices<IHostedService>().OfType<BackgroundRunService>().Single();
        await service.StopAsync(CancellationToken.None);

        // As two imports of the same year leave them, one after the other: both queued, each with its own enterprises.
        var (first, second) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using var system = db.RunAsSystem();
            var ids = await db.Enterprises.Where(e => e.ZoneId == zone).OrderBy(e => e.Id).Select(e => e.Id).Take(4).ToListAsync();
            Assert.Equal(4, ids.Count);
            foreach (var (id, part, after) in new[] { (first, ids[..2], 0), (second, ids[2..], 1) })
                db.BackgroundRuns.Add(new BackgroundRun
                {
                    Id = id, Kind = RunKind.Reevaluation, ZoneId = zone, State = RunState.Queued, Step = RunStep.Evaluating, Total = 2,
                    EnterpriseIds = BackgroundRun.Join(part), Years = $"{year}", CreatedAt = host.Clock.GetUtcNow().AddSeconds(after),
                    UserName = "bureau",
                });
            await db.SaveChangesAsync();
        }
        await service.StartAsync(CancellationToken.None);

        var earlier = await Runs.WaitAsync(bureau, first);
        Assert.Equal(("Done", 2), (earlier.GetProperty("state").GetString(), earlier.GetProperty("done").GetInt32()));
        Assert.Empty(earlier.GetProperty("scoredYears").EnumerateArray());
        Assert.True(earlier.GetProperty("scoredByLaterRun").GetBoolean());
        var later = await Runs.WaitAsync(bureau, second);
        Assert.Equal("Done", later.GetProperty("state").GetString());
        Assert.Equal([year], later.GetProperty("scoredYears").EnumerateArray().Select(y => y.GetInt32()));
        Assert.False(later.GetProperty("scoredByLaterRun").GetBoolean());
    }

    [Fact, Trait(SqliteOnly.Trait, SqliteOnly.Value)]
    public async Task On_SQLite_a_run_that_waits_out_the_busy_timeout_behind_another_write_is_tried_again_not_failed()
    {
        SqliteOnly.Require();
        var bureau = await host.SignInAsync("bureau");
        var zone = (await bureau.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("zoneId").GetGuid();
        var id = Guid.CreateVersion7();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using var system = db.RunAsSystem();
            var ids = await db.Enterprises.Where(e => e.ZoneId == zone).OrderBy(e => e.Id).Select(e => e.Id).Take(3).ToListAsync();
            db.BackgroundRuns.Add(new BackgroundRun
            {
                Id = id, Kind = RunKind.Reevaluation, ZoneId = zone, State = RunState.Queued, Step = RunStep.Evaluating, Total = 3,
                EnterpriseIds = BackgroundRun.Join(ids), Years = "", CreatedAt = host.Clock.GetUtcNow(), UserName = "bureau",
            });
            await db.SaveChangesAsync();
        }

        // Another writer holds SQLite's write lock for longer than the busy timeout (30 s), as a long import does.
        await using (var writer = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={host.SqliteFile}"))
        {
            await writer.OpenAsync();
            await using (var begin = writer.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE";
                await begin.ExecuteNonQueryAsync();
            }
            host.Services.GetRequiredService<RunQueue>().Enqueue(id);
            await Task.Delay(TimeSpan.FromSeconds(35));
            await using var rollback = writer.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }

        // The run waits (on the host's clock) and goes on; it is not failed.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        string? state;
        do
        {
            host.Clock.Advance(TimeSpan.FromSeconds(10));
            await Task.Delay(200);
            state = (await bureau.GetJsonAsync<JsonElement>($"/api/runs/{id}")).GetProperty("state").GetString();
        } while (state is not ("Done" or "Failed") && DateTime.UtcNow < deadline);
        Assert.Equal("Done", state);
    }
}
