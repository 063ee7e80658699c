using System.Net;
using System.Text.Json;
using Torchbase.Spreadsheets;

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
        var first = await bureau.PutAsJsonAsync("/api/economy/figures",
            new { year, month = 6, figures = new[] { new { code = "RETAIL", value = 12.5m, version = (int?)null } } });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var saved = Row(await first.JsonAsync(), "RETAIL");
        Assert.Equal(12.5m, Number(saved, "value"));
        var version = saved.GetProperty("version").GetInt32();

        var second = await bureau.PutAsJsonAsync("/api/economy/figures",
            new { year, month = 6, figures = new[] { new { code = "RETAIL", value = 13m, version = (int?)version } } });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var stale = await bureau.PutAsJsonAsync("/api/economy/figures",
            new { year, month = 6, figures = new[] { new { code = "RETAIL", value = 99m, version = (int?)version } } });
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

        var future = await bureau.PutAsJsonAsync("/api/economy/figures",
            new { year = host.Clock.Today().Year + 1, month = 1, figures = new[] { new { code = "FAI", value = 1m } } });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
    }

    private static readonly string[] ImportHeaders = ["年份", "月份", "指标", "1—N月累计值"];

    private static async Task<HttpResponseMessage> ImportAsync(ApiClient client, IEnumerable<object?[]> rows) =>
        await client.Http.PostAsync("/api/economy/import", EnterpriseImportFiles.Upload(XlsxWriter.ToBytes("经济指标", ImportHeaders, rows)));

    [Fact]
    public async Task A_month_is_imported_from_the_template_and_a_second_import_overwrites_only_what_changed()
    {
        var bureau = await host.SignInAsync("bureau");
        var template = XlsxReader.Read(await (await bureau.GetAsync("/api/economy/import/template?year=2020&month=6")).Content.ReadAsStreamAsync(), 100);
        Assert.Equal([.. ImportHeaders, "单位"], template.Headers);
        var indicators = (await bureau.GetJsonAsync<JsonElement>("/api/economy/indicators")).GetProperty("indicators").EnumerateArray()
            .Where(i => i.GetProperty("kind").GetString() == "Cumulative").ToList();
        // June ends a quarter: the quarterly GDP is in the template too.
        Assert.Equal(indicators.Select(i => i.GetProperty("name").GetString()), template.Rows.Select(r => r[2]));

        var filled = template.Rows.Select((r, i) => new object?[] { r[0], r[1], r[2], 100m + i }).ToList();
        var first = await ImportAsync(bureau, filled);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(filled.Count, (await first.JsonAsync()).GetProperty("imported").GetInt32());
        var sheet = await bureau.GetJsonAsync<JsonElement>("/api/economy/sheet?year=2020&month=6");
        foreach (var (indicator, i) in indicators.Select((x, i) => (x, i)))
            Assert.Equal(100m + i, Number(Row(sheet, indicator.GetProperty("code").GetString()!), "value"));

        filled[1][3] = 999.5m;
        var second = await (await ImportAsync(bureau, filled)).JsonAsync();
        Assert.Equal((0, 1), (second.GetProperty("imported").GetInt32(), second.GetProperty("updated").GetInt32()));
        sheet = await bureau.GetJsonAsync<JsonElement>("/api/economy/sheet?year=2020&month=6");
        Assert.Equal(999.5m, Number(Row(sheet, indicators[1].GetProperty("code").GetString()!), "value"));
    }

    [Fact]
    public async Task An_import_with_bad_rows_writes_nothing_and_names_each_bad_cell()
    {
        var bureau = await host.SignInAsync("bureau");
        var nextYear = host.Clock.Today().Year + 1;
        object?[][] rows =
        [
            [2019, 3, "社会消费品零售总额", 50],   // row 2: good, but must not be written
            [2019, 3, "不存在的指标", 1],          // row 3: unknown indicator
            [nextYear, 1, "FAI", 1],               // row 4: a future year
            [2019, 3, "FAI", -5],                  // row 5: negative
            [2019, 2, "GDP", 10],                  // row 6: GDP is quarterly, February is not a quarter's end
            [2019, 3, "RETAIL", 60],               // row 7: the same figure as row 2 (by code)
            [2019, 3, "TAX", "很多"],              // row 8: not a number
            [2019, 3, "BUDGET", null],             // row 9: no value
        ];
        var response = await ImportAsync(bureau, rows);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("import_rejected", problem.GetProperty("code").GetString());
        var cells = problem.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("column").GetString())).OrderBy(c => c).ToList();
        Assert.Equal([(3, "C"), (4, "A"), (5, "D"), (6, "D"), (7, "C"), (8, "D"), (9, "D")], cells);

        var sheet = await bureau.GetJsonAsync<JsonElement>("/api/economy/sheet?year=2019&month=3");
        Assert.Null(Number(Row(sheet, "RETAIL"), "value"));
        Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync(problem.GetProperty("errorReportUrl").GetString()!)).StatusCode);

        var missingColumn = await bureau.Http.PostAsync("/api/economy/import",
            EnterpriseImportFiles.Upload(XlsxWriter.ToBytes("经济指标", ["年份", "月份", "指标"], [[2019, 3, "FAI"]])));
        var header = Assert.Single((await missingColumn.JsonAsync()).GetProperty("rows").EnumerateArray());
        Assert.Equal((1, "1—N月累计值"), (header.GetProperty("row").GetInt32(), header.GetProperty("header").GetString()));
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
        var otherZone = zones.Select(z => z.GetProperty("zoneId").GetString()).Single(id =>
            id != own.GetProperty("zones")[0].GetProperty("zoneId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await leader2.GetAsync($"/api/economy/sheet?zoneId={otherZone}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/api/economy/sheet?zoneId={otherZone}")).StatusCode);

        var enterprise = await host.SignInAsync("ent1");
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync("/api/economy/sheet")).StatusCode);
    }
}
