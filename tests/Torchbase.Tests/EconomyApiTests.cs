using System.Net;
using System.Text.Json;

namespace Torchbase.Tests;

[Collection(HostCollection.Name)]
public class EconomyApiTests(TorchbaseFactory host)
{
    private static JsonElement Row(JsonElement sheet, string code) =>
        sheet.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);

    private static decimal? Number(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetDecimal();

    [Fact]
    public async Task The_sheet_computes_growth_shares_and_completion_from_the_figures()
    {
        var bureau = await host.SignInAsync("bureau");
        var sheet = await bureau.GetJsonAsync<JsonElement>("/api/economy/sheet");
        var fai = Row(sheet, "FAI");
        var (value, previous, target) = (Number(fai, "value")!.Value, Number(fai, "previousValue")!.Value, Number(fai, "targetValue")!.Value);
        Assert.Equal(Math.Round((value - previous) / previous * 100, 2), Number(fai, "growthPercent"));
        Assert.Equal(Math.Round(value / target * 100, 2), Number(fai, "completionPercent"));

        var taxShare = Row(sheet, "TAXSHARE");
        Assert.False(taxShare.GetProperty("isEntered").GetBoolean());
        Assert.Equal(Math.Round(Number(Row(sheet, "TAX"), "value")!.Value / Number(Row(sheet, "BUDGET"), "value")!.Value * 100, 2), Number(taxShare, "value"));

        // GDP is quarterly: read at the last quarter end on or before the month shown.
        var month = sheet.GetProperty("month").GetInt32();
        Assert.Equal(month - month % 3, Row(sheet, "GDP").GetProperty("month").GetInt32());
    }

    [Fact]
    public async Task Figures_are_saved_validated_and_a_stale_edit_is_refused()
    {
        var bureau = await host.SignInAsync("bureau");
        const int year = 2021;
        var first = await bureau.PutAsJsonAsync("/api/economy/figures", new { year, month = 6, figures = new[] { new { code = "RETAIL", value = 12.5m, version = (int?)null } } });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var saved = Row(await first.JsonAsync(), "RETAIL");
        Assert.Equal(12.5m, Number(saved, "value"));
        var version = saved.GetProperty("version").GetInt32();

        var second = await bureau.PutAsJsonAsync("/api/economy/figures", new { year, month = 6, figures = new[] { new { code = "RETAIL", value = 13m, version = (int?)version } } });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var stale = await bureau.PutAsJsonAsync("/api/economy/figures", new { year, month = 6, figures = new[] { new { code = "RETAIL", value = 99m, version = (int?)version } } });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var conflict = await stale.JsonAsync();
        Assert.Equal(13m, Number(Row(conflict.GetProperty("current"), "RETAIL"), "value"));

        var bad = await bureau.PutAsJsonAsync("/api/economy/figures", new
        {
            year, month = 5,
            figures = new object[] { new { code = "GDP", value = 10m }, new { code = "TAXSHARE", value = 80m }, new { code = "FAI", value = -1m } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("figures[0].value", out _));   // quarterly indicator in May
        Assert.True(errors.TryGetProperty("figures[1].code", out _));    // a computed ratio is not entered
        Assert.True(errors.TryGetProperty("figures[2].value", out _));   // negative

        var future = await bureau.PutAsJsonAsync("/api/economy/figures", new { year = DateTime.UtcNow.Year + 1, month = 1, figures = new[] { new { code = "FAI", value = 1m } } });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
    }

    [Fact]
    public async Task Zones_are_compared_side_by_side_only_within_the_callers_scope()
    {
        var province = await host.SignInAsync("province");
        var all = await province.GetJsonAsync<JsonElement>("/api/economy/compare/GDP");
        var zones = all.GetProperty("zones").EnumerateArray().ToList();
        Assert.Equal(2, zones.Count);
        var growth = zones.Select(z => Number(z, "growthPercent")!.Value).ToList();
        var best = zones[growth.IndexOf(growth.Max())];
        Assert.Equal(1, best.GetProperty("growthRank").GetInt32());

        var leader2 = await host.SignInAsync("leader2");
        var own = await leader2.GetJsonAsync<JsonElement>("/api/economy/compare/GDP");
        Assert.Single(own.GetProperty("zones").EnumerateArray());
        var otherZone = zones.Select(z => z.GetProperty("zoneId").GetString()).Single(id => id != own.GetProperty("zones")[0].GetProperty("zoneId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await leader2.GetAsync($"/api/economy/sheet?zoneId={otherZone}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/api/economy/sheet?zoneId={otherZone}")).StatusCode);

        var enterprise = await host.SignInAsync("ent1");
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync("/api/economy/sheet")).StatusCode);
    }
}
