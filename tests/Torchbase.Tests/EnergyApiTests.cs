using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;
using Torchbase.Features.Energy;

namespace Torchbase.Tests;

[Collection(HostCollection.Name)]
public class EnergyApiTests(TorchbaseFactory host)
{
    private static async Task<JsonElement> OkJson(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task FieldError(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), body);
    }

    private async Task<T> AsSystemAsync<T>(Func<AppDbContext, IServiceProvider, Task<T>> act)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = db.RunAsSystem();
        return await act(db, scope.ServiceProvider);
    }

    private async Task<(ApiClient Park, Guid ParkId, Guid ZoneId)> ParkOfficerAsync()
    {
        var park = await host.SignInAsync("park1");
        var me = await park.GetJsonAsync<JsonElement>("/api/auth/me");
        var parkId = Guid.Parse(me.GetProperty("parkId").GetString()!);
        var zoneId = await AsSystemAsync((db, _) => db.Parks.Where(p => p.Id == parkId).Select(p => p.ZoneId).FirstAsync());
        return (park, parkId, zoneId);
    }

    private static object Meter(string code, Guid parkId, int? baselineYear = null, decimal? baselineMonthly = null, int? version = null) =>
        new { code, name = $"照明回路 {code}", parkId, kind = "Electricity", purpose = "Lighting", unit = "Kwh", active = true, baselineYear,
            baselineMonthly, version };

    private static string Code() => $"T-{Guid.NewGuid():N}"[..20];

    private static object Reading(DateTimeOffset at, decimal value) => new { at, value };

    [Fact]
    public async Task A_meter_is_added_edited_with_its_version_and_a_stale_edit_is_a_conflict()
    {
        var (park, parkId, _) = await ParkOfficerAsync();
        var code = Code();
        var meter = await OkJson(await park.PostAsJsonAsync("/api/energy/meters", Meter(code, parkId)));
        var id = meter.GetProperty("id").GetString()!;
        var version = meter.GetProperty("version").GetInt32();

        await FieldError(await park.PostAsJsonAsync("/api/energy/meters", Meter(code, parkId)), "code");
        await FieldError(await park.PostAsJsonAsync("/api/energy/meters", Meter(Code(), parkId, 2025, 100)), "baselineMonthly");
        await FieldError(await park.PostAsJsonAsync("/api/energy/meters",
            new { code = Code(), name = "水表", parkId, kind = "Water", purpose = "General", unit = "Kwh" }), "unit");

        var edited = await OkJson(await park.PutAsJsonAsync($"/api/energy/meters/{id}", Meter(code, parkId, baselineMonthly: 500, version: version)));
        Assert.Equal(500m, edited.GetProperty("baselineMonthly").GetDecimal());
        var stale = await park.PutAsJsonAsync($"/api/energy/meters/{id}", Meter(code, parkId, baselineMonthly: 400, version: version));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(500m, (await park.GetJsonAsync<JsonElement>($"/api/energy/meters/{id}")).GetProperty("baselineMonthly").GetDecimal());
    }

    [Fact]
    public async Task Another_zones_meter_is_invisible_and_an_enterprise_sees_no_meter()
    {
        var (park, parkId, _) = await ParkOfficerAsync();
        var code = Code();
        var id = (await OkJson(await park.PostAsJsonAsync("/api/energy/meters", Meter(code, parkId)))).GetProperty("id").GetString()!;
        var other = await host.SignInAsync("leader2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/energy/meters/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/energy/meters/{id}/readings")).StatusCode);
        Assert.Equal(0, (await other.GetJsonAsync<JsonElement>($"/api/energy/meters?search={code}")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await (await host.SignInAsync("leader")).GetJsonAsync<JsonElement>($"/api/energy/meters?search={code}"))
            .GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.SignInAsync("ent1")).GetAsync("/api/energy/meters")).StatusCode);
    }

    [Fact]
    public async Task The_same_reading_twice_is_stored_once_and_another_value_at_the_same_instant_is_refused()
    {
        var (park, parkId, _) = await ParkOfficerAsync();
        var id = (await OkJson(await park.PostAsJsonAsync("/api/energy/meters", Meter(Code(), parkId)))).GetProperty("id").GetString()!;
        var at = new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.FromHours(8));
        var first = await OkJson(await park.PostAsJsonAsync($"/api/energy/meters/{id}/readings", Reading(at, 100.5m)));
        Assert.Equal(1, first.GetProperty("stored").GetInt32());
        // The same instant written in UTC is the same reading.
        var again = await OkJson(await park.PostAsJsonAsync($"/api/energy/meters/{id}/readings", Reading(at.ToUniversalTime(), 100.5m)));
        Assert.Equal((0, 1), (again.GetProperty("stored").GetInt32(), again.GetProperty("duplicates").GetInt32()));
        await FieldError(await park.PostAsJsonAsync($"/api/energy/meters/{id}/readings", Reading(at, 120)), "value");
        await FieldError(await park.PostAsJsonAsync($"/api/energy/meters/{id}/readings", Reading(at.AddHours(1), -1)), "value");
        await FieldError(await park.PostAsJsonAsync($"/api/energy/meters/{id}/readings", new { value = 1 }), "at");

        var readings = await park.GetJsonAsync<JsonElement>($"/api/energy/meters/{id}/readings");
        Assert.Equal(1, readings.GetProperty("total").GetInt32());
        Assert.Equal(100.5m, readings.GetProperty("items")[0].GetProperty("value").GetDecimal());
        Assert.Equal(HttpStatusCode.Conflict, (await park.DeleteAsync($"/api/energy/meters/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_store_reports_unknown_codes_negative_values_and_duplicates_without_throwing()
    {
        var (park, parkId, zoneId) = await ParkOfficerAsync();
        var code = Code();
        await OkJson(await park.PostAsJsonAsync("/api/energy/meters", Meter(code, parkId)));
        var at = new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);
        var result = await AsSystemAsync((_, services) => services.GetRequiredService<MeterReadingStore>().StoreAsync(zoneId,
        [
            new(code, at, 10), new(code, at, 10), new("NO-SUCH-METER", at, 10), new(code, at.AddHours(1), -5), new(code, at.AddHours(2), 12),
        ], CancellationToken.None));
        Assert.Equal((2, 1), (result.Stored, result.Duplicates));
        Assert.Equal([(2, MeterReadingStore.UnknownMeter), (3, MeterReadingStore.NegativeValue)], result.Rejected.Select(r => (r.Index, r.Reason)));
        var repeat = await AsSystemAsync((_, services) => services.GetRequiredService<MeterReadingStore>().StoreAsync(zoneId,
            [new(code, at, 10), new(code, at.AddHours(2), 13)], CancellationToken.None));
        Assert.Equal((0, 1), (repeat.Stored, repeat.Duplicates));
        Assert.Equal(MeterReadingStore.ConflictingValue, Assert.Single(repeat.Rejected).Reason);
    }

    private static MultipartFormDataContent Csv(string text) =>
        new() { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", "readings.csv" } };

    [Fact]
    public async Task Readings_import_from_csv_all_or_nothing_with_the_row_that_failed()
    {
        var (park, parkId, _) = await ParkOfficerAsync();
        var code = Code();
        var id = (await OkJson(await park.PostAsJsonAsync("/api/energy/meters", Meter(code, parkId)))).GetProperty("id").GetString()!;
        var bad = await park.Http.PostAsync("/api/energy/readings/import",
            Csv($"表计编号,读数时间,读数\n{code},2025-03-01 08:00,100\nNO-SUCH-METER,2025-03-01 08:00,5\n"));
        var body = await bad.Content.ReadAsStringAsync();
        Assert.True(bad.StatusCode == HttpStatusCode.UnprocessableEntity, body);
        Assert.Equal(3, JsonDocument.Parse(body).RootElement.GetProperty("rows")[0].GetProperty("row").GetInt32());
        Assert.Equal(0, (await park.GetJsonAsync<JsonElement>($"/api/energy/meters/{id}/readings")).GetProperty("total").GetInt32());

        var ok = await OkJson(await park.Http.PostAsync("/api/energy/readings/import",
            Csv($"表计编号,读数时间,读数\r\n{code},2025-03-01 08:00,100\r\n\"{code}\",2025-03-02 08:00,\"130.5\"\r\n")));
        Assert.Equal(2, ok.GetProperty("stored").GetInt32());
        var again = await OkJson(await park.Http.PostAsync("/api/energy/readings/import", Csv($"表计编号,读数时间,读数\n{code},2025-03-02 08:00,130.5\n")));
        Assert.Equal((0, 1), (again.GetProperty("stored").GetInt32(), again.GetProperty("duplicates").GetInt32()));
        Assert.Equal(2, (await park.GetJsonAsync<JsonElement>($"/api/energy/meters/{id}/readings")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Consumption_by_month_against_a_baseline_year_gives_the_savings()
    {
        var (park, parkId, _) = await ParkOfficerAsync();
        var code = Code();
        var id = (await OkJson(await park.PostAsJsonAsync("/api/energy/meters", Meter(code, parkId, baselineYear: 2024)))).GetProperty("id").GetString()!;
        // 2024: 1,000 kWh a month; 2025: 400 a month; read on the last evening of each month.
        var value = 0m;
        var lines = new StringBuilder("表计编号,读数时间,读数\n");
        for (var m = new DateOnly(2023, 12, 31); m <= new DateOnly(2025, 12, 31); m = m.AddDays(1).AddMonths(1).AddDays(-1))
        {
            lines.Append($"{code},{m:yyyy-MM-dd} 20:00,{value}\n");
            value += m.Year < 2024 || (m.Year == 2024 && m.Month < 12) ? 1000 : 400;
        }
        await OkJson(await park.Http.PostAsync("/api/energy/readings/import", Csv(lines.ToString())));
        var report = await park.GetJsonAsync<JsonElement>($"/api/energy/consumption?year=2025&meterId={id}");
        Assert.Equal(4800m, report.GetProperty("consumption").GetDecimal());
        Assert.Equal(12000m, report.GetProperty("baseline").GetDecimal());
        Assert.Equal(7200m, report.GetProperty("saved").GetDecimal());
        Assert.Equal(0.6m, report.GetProperty("percent").GetDecimal());
        Assert.Equal(12, report.GetProperty("monthsCounted").GetInt32());
        Assert.Equal(600m, report.GetProperty("months")[5].GetProperty("saved").GetDecimal());
        await FieldError(await park.GetAsync("/api/energy/consumption?year=1900"), "year");
    }

    [Fact]
    public async Task A_silent_meter_raises_one_alert_and_notifies_the_park_officer_once()
    {
        var (park, parkId, _) = await ParkOfficerAsync();
        var code = Code();
        var id = (await OkJson(await park.PostAsJsonAsync("/api/energy/meters", Meter(code, parkId)))).GetProperty("id").GetString()!;
        var now = host.Clock.GetUtcNow();
        await OkJson(await park.PostAsJsonAsync($"/api/energy/meters/{id}/readings", Reading(now.AddHours(-50), 10)));
        await OkJson(await park.PostAsJsonAsync($"/api/energy/meters/{id}/readings", Reading(now.AddHours(-49), 11)));

        var first = await OkJson(await park.PostAsJsonAsync("/api/energy/alerts/check", new { }));
        Assert.True(first.GetProperty("raised").GetInt32() >= 1);
        await OkJson(await park.PostAsJsonAsync("/api/energy/alerts/check", new { }));
        var alerts = await park.GetJsonAsync<JsonElement>("/api/energy/alerts?pageSize=200");
        var mine = alerts.GetProperty("items").EnumerateArray().Where(a => a.GetProperty("meterId").GetString() == id).ToList();
        Assert.Equal("Silent", Assert.Single(mine).GetProperty("kind").GetString());
        var notified = await AsSystemAsync((db, _) => db.Notifications.CountAsync(n => n.Title.Contains(code)));
        Assert.True(notified >= 1);
        var officers = await AsSystemAsync((db, _) => db.Users.CountAsync(u => u.ParkId == parkId
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == "ParkOfficer"))));
        Assert.Equal(officers, notified);

        // The meter reports again: the next check closes the silence.
        await OkJson(await park.PostAsJsonAsync($"/api/energy/meters/{id}/readings", Reading(now, 12)));
        var after = await OkJson(await park.PostAsJsonAsync("/api/energy/alerts/check", new { }));
        Assert.True(after.GetProperty("closed").GetInt32() >= 1);
        var open = await park.GetJsonAsync<JsonElement>("/api/energy/alerts?pageSize=200");
        Assert.DoesNotContain(open.GetProperty("items").EnumerateArray(), a => a.GetProperty("meterId").GetString() == id);
        Assert.Equal(notified, await AsSystemAsync((db, _) => db.Notifications.CountAsync(n => n.Title.Contains(code))));
    }

    [Fact]
    public async Task The_demo_lighting_circuits_save_about_33_thousand_kWh_and_more_than_half_last_year()
    {
        var leader = await host.SignInAsync("leader2");
        var year = host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year - 1;
        var report = await leader.GetJsonAsync<JsonElement>($"/api/energy/consumption?year={year}&purpose=Lighting");
        Assert.Equal(4, report.GetProperty("meters").GetInt32());
        var saved = report.GetProperty("saved").GetDecimal();
        Assert.InRange(saved, 32_000m, 34_000m);
        Assert.True(report.GetProperty("percent").GetDecimal() > 0.5m, report.ToString());
        Assert.Equal(12, report.GetProperty("monthsCounted").GetInt32());
    }
}
