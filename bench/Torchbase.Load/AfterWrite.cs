using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Load;

/// <summary>
/// after-write: the dashboard's first call after a write, the price a leader pays when a figure has just been expired. Each
/// round the bureau writes: a new enterprise (even rounds: this expires every kept figure that reads the registry) or that
/// enterprise's yearly report (odd rounds: the revenue by year moves). Then the leader
/// opens the dashboard: each of its calls once ("first after write"), then once more ("kept"). One caller, no other load.
/// </summary>
public static class AfterWrite
{
    public static async Task<int> RunAsync(LoadOptions options)
    {
        var bureau = await Session.SignInAsync(options.Url, "bureau", options.Password);
        var leader = await Session.SignInAsync(options.Url, "leader", options.Password);
        // A park and an industry chain of the zone, as an enterprise of the registry has them.
        var sample = (await bureau.Http.GetFromJsonAsync<JsonElement>("/api/enterprises?pageSize=1&sort=name")).GetProperty("items")[0];
        var (park, chain) = (sample.GetProperty("parkId").GetString(), sample.GetProperty("industryChain").GetString());
        var recorder = new Recorder();
        var started = Stopwatch.StartNew();
        // Credit codes of their own per run, so the scenario can run again on the same database.
        var first = 800_000_000 + Math.Abs(Environment.TickCount % 100_000) * 1000;
        string? registered = null;
        for (var round = 0; round < options.Rounds; round++)
        {
            var timer = Stopwatch.StartNew();
            if (round % 2 == 0)
            {
                using var created = await bureau.Http.PostAsJsonAsync("/api/enterprises", new
                {
                    creditCode = Code(first + round), name = $"压测新登记企业{first + round}科技有限公司", parkId = park, industryChain = chain,
                    scale = "Small", registeredOn = "2026-01-05",
                });
                recorder.Record("write: new enterprise", timer.Elapsed.TotalMilliseconds, created.StatusCode);
                if (!created.IsSuccessStatusCode) Console.Error.WriteLine(await created.Content.ReadAsStringAsync());
                else registered = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
            }
            else
            {
                // The enterprise registered in the round before files its figures for last year: the revenue by year moves.
                using var filed = await bureau.Http.PutAsJsonAsync($"/api/enterprises/{registered}/reports/2025", new
                {
                    revenue = 1234.5m + round, employees = 12,
                });
                recorder.Record("write: yearly report entered", timer.Elapsed.TotalMilliseconds, filed.StatusCode);
                if (!filed.IsSuccessStatusCode) Console.Error.WriteLine(await filed.Content.ReadAsStringAsync());
            }
            foreach (var label in new[] { "first after write", "kept" })
                foreach (var (name, url) in Scenarios.DashboardCalls)
                {
                    timer.Restart();
                    using var response = await leader.Http.GetAsync(url);
                    await response.Content.CopyToAsync(Stream.Null);
                    recorder.Record($"{label}: {name}", timer.Elapsed.TotalMilliseconds, response.StatusCode);
                }
        }
        var report = recorder.Markdown(options with { Workers = 1 }, started.Elapsed, new MemorySampler(null));
        Console.WriteLine(report);
        if (options.Output is { } output) await File.WriteAllTextAsync(output, report);
        return recorder.Errors > 0 ? 1 : 0;
    }

    private static string Code(int number)
    {
        var body = "91410400" + number.ToString("D9", CultureInfo.InvariantCulture);
        return body + CreditCode.CheckCharacter(body);
    }
}
