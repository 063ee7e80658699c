using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;
using Torchbase.Domain.Energy;
using Torchbase.Features.Energy;
using static Torchbase.Tests.ApiAssert;

namespace Torchbase.Tests;

/// <summary>
/// The daily rollup kept by the reading store gives the same figures as the readings themselves: readings stored out of order, twice,
/// with register resets (one exactly at midnight), in batches and by hand.
/// </summary>
[Collection(HostCollection.Name)]
public class EnergyRollupTests(TorchbaseFactory host)
{
    private async Task<T> AsSystemAsync<T>(Func<AppDbContext, IServiceProvider, Task<T>> act)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = db.RunAsSystem();
        return await act(db, scope.ServiceProvider);
    }

    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>Every 8 hours China time from 2024-12-30 00:00 to March 2025, a gap of ten days, resets at midnight and at noon.</summary>
    private static List<MeterReadingInput> Readings(string code)
    {
        var random = new Random(20261123);
        var start = new DateTimeOffset(2024, 12, 30, 0, 0, 0, China);
        var value = 1000m;
        var list = new List<MeterReadingInput>();
        for (var i = 0; i < 200; i++)
        {
            if (i is >= 100 and < 130) continue;
            // i = 21 is 00:00 on 6 January (a reset across midnight); i = 50 is 16:00 on 15 January (a reset inside the day).
            value = i is 21 or 50 ? 2.125m : value + Math.Round((decimal)random.NextDouble() * 40, 3);
            list.Add(new MeterReadingInput(code, start.AddHours(8 * i), value));
        }
        return list;
    }

    [Fact]
    public async Task The_rollup_of_shuffled_repeated_and_reset_readings_gives_the_figures_of_the_readings_themselves()
    {
        var park = await host.SignInAsync("park1");
        var me = await park.GetJsonAsync<JsonElement>("/api/auth/me");
        var parkId = Guid.Parse(me.GetProperty("parkId").GetString()!);
        var zoneId = await AsSystemAsync((db, _) => db.Parks.Where(p => p.Id == parkId).Select(p => p.ZoneId).FirstAsync());
        var code = $"R-{Guid.NewGuid():N}"[..20];
        var id = Guid.Parse((await OkJson(await park.PostAsJsonAsync("/api/energy/meters", new
        {
            code, name = "照明回路 日汇总", parkId, kind = "Electricity", purpose = "Lighting", unit = "Kwh", active = true, baselineYear = 2024,
        }))).GetProperty("id").GetString()!);

        var readings = Readings(code);
        var random = new Random(7);
        var shuffled = readings.OrderBy(_ => random.Next()).ToList();
        var byHand = shuffled[^1];
        // Three batches out of order, the second repeating part of the first; the last reading entered by hand, later than its day's others.
        async Task<MeterReadingStoreResult> Store(IReadOnlyList<MeterReadingInput> batch) =>
            await AsSystemAsync((_, services) => services.GetRequiredService<MeterReadingStore>().StoreAsync(zoneId, batch, CancellationToken.None));
        var first = await Store(shuffled[..60]);
        var second = await Store([.. shuffled[40..120], .. shuffled[..10]]);
        var third = await Store(shuffled[120..^1]);
        await OkJson(await park.PostAsJsonAsync($"/api/energy/meters/{id}/readings", new { at = byHand.At, value = byHand.Value }));
        Assert.Equal((60, 60, readings.Count - 121), (first.Stored, second.Stored, third.Stored));
        Assert.Equal(30, second.Duplicates);

        var raw = await AsSystemAsync((db, _) => db.MeterReadings.Where(r => r.MeterId == id).Select(r => new Reading(r.At, r.Value)).ToListAsync());
        Assert.Equal(readings.Count, raw.Count);
        var days = await RollupAsync(id);
        var expected = Consumption.Daily(raw);
        Assert.Equal(expected.Count, days.Count);
        Assert.Equal(expected, days);
        Assert.Contains(days, d => d.Resets > 0);

        // The report reads the rollup: each month of 2025, and of 2024 (the baseline year: the savings' baseline too), as the readings
        // give them.
        var report = await park.GetJsonAsync<JsonElement>($"/api/energy/consumption?year=2025&meterId={id}");
        var baselineReport = await park.GetJsonAsync<JsonElement>($"/api/energy/consumption?year=2024&meterId={id}");
        var months = Consumption.Monthly(raw, 2025, 1, 2025, 12);
        var baseline = Consumption.Monthly(raw, 2024, 1, 2024, 12);
        for (var m = 0; m < 12; m++)
        {
            Assert.Equal(months[m].Consumption, Decimal(report.GetProperty("months")[m].GetProperty("consumption")));
            Assert.Equal(baseline[m].Consumption, Decimal(baselineReport.GetProperty("months")[m].GetProperty("consumption")));
        }
        Assert.Equal(3, months.Count(x => x.Consumption is not null));
        Assert.Equal(2, months.Sum(x => x.Resets));
        Assert.NotNull(baseline[11].Consumption);

        // Storing everything again changes nothing; a rebuild from the readings gives the same rows.
        var again = await Store(readings);
        Assert.Equal((0, readings.Count), (again.Stored, again.Duplicates));
        Assert.Equal(expected, await RollupAsync(id));
        await AsSystemAsync(async (db, _) => await db.MeterDays.Where(d => d.MeterId == id).ExecuteDeleteAsync());
        Assert.Empty(await RollupAsync(id));
        await AsSystemAsync((db, _) => MeterDayRollup.RebuildAsync(db, CancellationToken.None, [id]));
        Assert.Equal(expected, await RollupAsync(id));
    }

    private Task<List<DayReadings>> RollupAsync(Guid meterId) => AsSystemAsync((db, _) => db.MeterDays.Where(d => d.MeterId == meterId)
        .OrderBy(d => d.Day).Select(d => new DayReadings(d.Day, d.FirstAt, d.FirstValue, d.LastAt, d.LastValue, d.Consumption, d.Resets))
        .ToListAsync());

    private static decimal? Decimal(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal();
}
