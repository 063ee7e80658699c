using System.Net;
using System.Text.Json;
using Torchbase.Demo;

namespace Torchbase.Tests;

/// <summary>
/// The annual report's 以赛招商与成果对接 section: the year's competitions and events counted from their records (the demo's
/// 创新创业大赛 and 成果直通车 give the reported figures), a row for each, a lead turned into a project counted at once, and the
/// section in the report's workbook.
/// </summary>
// A host of its own: the section sums every competition of the year, which other tests add to.
public class CompetitionReportTests(TorchbaseFactory host) : IClassFixture<TorchbaseFactory>
{
    private static async Task<Dictionary<string, JsonElement>> SectionAsync(ApiClient client, int year)
    {
        var report = await client.GetJsonAsync<JsonElement>($"/api/reports/annual?year={year}");
        var section = report.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "competitions");
        Assert.Equal("以赛招商与成果对接", section.GetProperty("title").GetString());
        var figures = section.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("label").GetString()!, f => f.GetProperty("value"));
        figures["(rows)"] = section.GetProperty("table").GetProperty("rows");
        return figures;
    }

    [Fact]
    public async Task The_report_counts_the_years_competitions_and_events_from_their_records()
    {
        var bureau = await host.SignInAsync("bureau");
        var year = host.Clock.Today().Year;
        var figures = await SectionAsync(bureau, year);

        Assert.Equal(1m, figures["举办创新创业大赛"].GetDecimal());
        Assert.Equal(CompetitionsDemo.Entrants, figures["参赛企业和团队"].GetDecimal());
        Assert.Equal(37m, figures["对接合作项目"].GetDecimal());
        Assert.Equal(82.01m, figures["签约金额"].GetDecimal());
        Assert.Equal(405m, figures["奖励资金"].GetDecimal());
        Assert.Equal(1m, figures["举办成果对接活动"].GetDecimal());
        Assert.Equal(304m, figures["发布科技成果"].GetDecimal());
        Assert.Equal(42m, figures["现场对接企业"].GetDecimal());
        Assert.Equal(8m, figures["现场签约项目"].GetDecimal());
        Assert.Equal(126m, figures["达成合作意向"].GetDecimal());
        var rows = figures["(rows)"].EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("创新创业大赛", rows[0][1].GetString());
        Assert.Equal(CompetitionsDemo.Entrants, rows[0][3].GetInt32());
        Assert.Equal("成果直通车", rows[1][1].GetString());
        Assert.Equal(126, rows[1][4].GetInt32());
        // Nothing of another year: the year before had neither.
        var before = await bureau.GetJsonAsync<JsonElement>($"/api/reports/annual?year={year - 1}");
        Assert.DoesNotContain(before.GetProperty("sections").EnumerateArray(), s => s.GetProperty("key").GetString() == "competitions");

        // A matched entrant turned into a project counts at once.
        var projects = figures["转为招商项目"].GetDecimal();
        var competition = (await bureau.GetJsonAsync<JsonElement>("/api/competitions?year=" + year)).GetProperty("items")[0].GetProperty("id").GetString();
        var matched = await bureau.GetJsonAsync<JsonElement>($"/api/competitions/{competition}/entrants?matched=true&pageSize=200");
        var entrant = matched.GetProperty("items").EnumerateArray().First(i => i.GetProperty("projectId").ValueKind == JsonValueKind.Null);
        var park = (await bureau.GetJsonAsync<JsonElement>("/api/org/zones"))[0].GetProperty("parks")[0].GetProperty("id").GetString();
        var created = await bureau.PostAsJsonAsync($"/api/competitions/{competition}/entrants/{entrant.GetProperty("id").GetString()}/project",
            new { parkId = park });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(projects + 1, (await SectionAsync(bureau, year))["转为招商项目"].GetDecimal());

        var workbook = await bureau.GetAsync($"/api/reports/annual/export?year={year}");
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        using var stream = await workbook.Content.ReadAsStreamAsync();
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);
        Assert.Contains("以赛招商与成果对接", document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
    }
}
