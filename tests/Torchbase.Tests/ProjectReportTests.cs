using System.Net;
using System.Text.Json;

namespace Torchbase.Tests;

/// <summary>
/// The annual report's projects section, from the demo's records: 新入库投资项目 13 个、计划总投资 45.6 亿元、较去年增长 44.3%, approval items
/// timed on the "3 个 1" clock, milestones ahead and behind, and the output of producing projects by park, in the report and its workbook.
/// </summary>
// A host of its own: the demo's entries are counted for the months so far, which other tests add projects to.
public class ProjectReportTests(TorchbaseFactory host) : IClassFixture<TorchbaseFactory>
{
    [Fact]
    public async Task The_report_has_a_projects_section_with_the_demo_figures()
    {
        var bureau = await host.SignInAsync("bureau");
        var year = host.Clock.Today().Year;
        var report = await bureau.GetJsonAsync<JsonElement>($"/api/reports/annual?year={year}");
        var section = report.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "projects");
        Assert.Equal("项目建设", section.GetProperty("title").GetString());
        var figures = section.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("label").GetString()!);

        Assert.Equal(13m, figures["新入库投资项目"].GetProperty("value").GetDecimal());
        Assert.Equal(45.6m, figures["新入库项目计划总投资"].GetProperty("value").GetDecimal());
        Assert.Equal("亿元", figures["新入库项目计划总投资"].GetProperty("unit").GetString());
        Assert.Equal(44.3m, figures["新入库项目计划总投资"].GetProperty("growthPercent").GetDecimal());
        Assert.True(figures["实际利用省外资金"].GetProperty("value").GetDecimal() > 0);

        // The demo's approval items: most on the one-day clock, a few late — the rate is a share, neither 0 nor 100.
        Assert.True(figures["批复审批事项"].GetProperty("value").GetDecimal() > 0);
        var inTime = figures["审批事项按“3个1”时限批复率"].GetProperty("value").GetDecimal();
        Assert.InRange(inTime, 50m, 99.9m);
        Assert.True(figures["节点提前完成"].GetProperty("value").GetDecimal() > 0);
        Assert.True(figures["节点滞后完成"].GetProperty("value").GetDecimal() > 0);

        var target = figures["投产项目产值目标"].GetProperty("value").GetDecimal();
        Assert.True(target > 0);
        var table = section.GetProperty("table");
        var rows = table.GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.Equal(target, rows.Sum(r => r[2].GetDecimal()));

        var workbook = await bureau.GetAsync($"/api/reports/annual/export?year={year}");
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        using var stream = await workbook.Content.ReadAsStreamAsync();
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);
        Assert.Contains("项目建设", document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
    }
}
