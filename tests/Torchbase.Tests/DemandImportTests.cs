using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Torchbase.Spreadsheets;
using static Torchbase.Tests.EnterpriseImportFiles;
using static Torchbase.Tests.ExpertImportTests;

namespace Torchbase.Tests;

/// <summary>
/// Cooperation demands in bulk: the template, a bad file refused cell by cell with nothing written, the good file lands with
/// its experts ranked, a re-import updates, the export imports back, and an enterprise imports only its own demands.
/// </summary>
public class DemandImportTests(TalentImportHost host) : IClassFixture<TalentImportHost>
{
    private const string Url = "/api/talent/demands/import";

    private static object?[] Demand(string title, string? code, string? deadline = "2027-06-30", string? status = null, string? postedOn = null) =>
        [title, "阻燃尼龙66 灼热丝性能不稳定，需优化配方", "尼龙新材料", "尼龙66、阻燃、改性", 50m, deadline, postedOn, code, null, status, null, null];

    private static async Task<int> TotalAsync(ApiClient client, string search) =>
        (await client.GetJsonAsync<JsonElement>($"/api/talent/demands?search={search}")).GetProperty("total").GetInt32();

    private static async Task<(string Code, string Name)> FirstEnterpriseAsync(ApiClient client)
    {
        var e = (await client.GetJsonAsync<JsonElement>("/api/enterprises?pageSize=1&sort=name")).GetProperty("items")[0];
        return (e.GetProperty("creditCode").GetString()!, e.GetProperty("name").GetString()!);
    }

    [Fact]
    public async Task The_template_marks_required_columns_offers_the_statuses_and_matches_the_export()
    {
        var bureau = await host.SignInAsync("bureau");
        var response = await bureau.GetAsync("/api/talent/demands/import/template");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var template = XlsxReader.Read(new MemoryStream(bytes), 10);
        Assert.Equal(["需求名称*", "问题描述*", "领域*", "关键词*", "预算（万元）", "截止日期", "发布日期", "统一社会信用代码"], template.Headers.Take(8));
        Assert.Single(template.Rows);
        var export = await DownloadAsync(bureau, "/api/talent/demands/export");
        Assert.Equal(export.Headers, template.Headers.Select(h => h.TrimEnd('*')));
        Assert.NotEmpty(export.Rows);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["合作需求库", "填写说明", "代码表"], sheets.Select(s => s.Name!.Value));
        var data = (WorksheetPart)document.WorkbookPart.GetPartById(sheets[0].Id!.Value!);
        Assert.StartsWith("J2:", Assert.Single(data.Worksheet.Descendants<DataValidation>()).SequenceOfReferences!.InnerText);
        var cells = AllCells(bytes);
        Assert.Contains("征集中", cells);
        Assert.Contains(cells, c => c.StartsWith("按企业（统一社会信用代码）和需求名称匹配", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, (await (await host.SignInAsync("ent1")).GetAsync("/api/talent/demands/import/template")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.SignInAsync("expert1")).GetAsync("/api/talent/demands/import/template")).StatusCode);
    }

    [Fact]
    public async Task A_bad_file_is_refused_cell_by_cell_the_good_one_lands_ranked_and_imports_back()
    {
        var bureau = await host.SignInAsync("bureau");
        var headers = (await DownloadAsync(bureau, "/api/talent/demands/import/template")).Headers;
        var (code, name) = await FirstEnterpriseAsync(bureau);
        var token = $"需{Guid.NewGuid().ToString("N")[..6]}";
        var rows = new List<object?[]>
        {
            Demand($"{token}阻燃配方", code, postedOn: "2026-10-01"),
            Demand($"{token}注塑工艺", "91370700MA3C00001X"),
            Demand($"{token}检测方法", code, deadline: "2026-01-31"),
            Demand($"{token}回收利用", code, status: "已完成"),
            Demand($"{token}设备改造", null, postedOn: "2027-01-01"),
        };
        var (status, problem) = await PostAsync(bureau, Url, headers, rows);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(3, "H"), (5, "J"), (6, "G")], Cells(problem));
        Assert.Equal(0, await TotalAsync(bureau, token));

        // Once the cells are right, the rows are matched against the zone: an unknown credit code, a new demand already past due.
        rows[1][7] = EnterpriseApiTests.NewCreditCode();
        rows[3][9] = "已对接";
        rows[4][6] = null;
        (status, problem) = await PostAsync(bureau, Url, headers, rows);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(3, "H"), (4, "F")], Cells(problem));
        Assert.Equal(0, await TotalAsync(bureau, token));

        rows[1][7] = code;
        rows[2][5] = "2027-01-31";
        (status, var done) = await PostAsync(bureau, Url, headers, rows);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((5, 0), Counts(done));
        var item = Assert.Single((await bureau.GetJsonAsync<JsonElement>($"/api/talent/demands?search={token}阻燃配方")).GetProperty("items").EnumerateArray());
        Assert.Equal((name, "Open", "2026-10-01", "2027-06-30"), (item.GetProperty("enterpriseName").GetString(), item.GetProperty("status").GetString(),
            item.GetProperty("postedOn").GetString(), item.GetProperty("deadline").GetString()));
        var matched = (await bureau.GetJsonAsync<JsonElement>($"/api/talent/demands?search={token}回收利用")).GetProperty("items")[0];
        Assert.Equal("Matched", matched.GetProperty("status").GetString());
        var loose = (await bureau.GetJsonAsync<JsonElement>($"/api/talent/demands?search={token}设备改造")).GetProperty("items")[0];
        Assert.Equal(JsonValueKind.Null, loose.GetProperty("enterpriseId").ValueKind);

        // Experts are ranked for an imported demand as for one posted on the page.
        var ranked = await bureau.GetJsonAsync<JsonElement>($"/api/talent/demands/{item.GetProperty("id").GetString()}/experts");
        Assert.True(ranked.GetArrayLength() > 0);
        Assert.True(ranked[0].GetProperty("score").GetDouble() > 0);

        rows[0][4] = 80m;
        (status, done) = await PostAsync(bureau, Url, headers, rows);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((0, 5), Counts(done));
        Assert.Equal(5, await TotalAsync(bureau, token));
        item = (await bureau.GetJsonAsync<JsonElement>($"/api/talent/demands?search={token}阻燃配方")).GetProperty("items")[0];
        Assert.Equal(80m, item.GetProperty("budgetWan").GetDecimal());

        var exported = await (await bureau.GetAsync($"/api/talent/demands/export?search={token}")).Content.ReadAsByteArrayAsync();
        var sheet = XlsxReader.Read(new MemoryStream(exported), 10);
        Assert.Equal(5, sheet.Rows.Count);
        Assert.Contains(sheet.Rows, r => r[7] == code && r[8] == name);
        var again = await bureau.Http.PostAsync(Url, Upload(exported));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((0, 5), Counts(await again.JsonAsync()));
        Assert.Equal(5, await TotalAsync(bureau, token));
    }

    [Fact]
    public async Task An_enterprise_imports_its_own_demands_only()
    {
        var bureau = await host.SignInAsync("bureau");
        var ent = await host.SignInAsync("ent1");
        var headers = (await DownloadAsync(ent, "/api/talent/demands/import/template")).Headers;
        var (own, ownName) = await FirstEnterpriseAsync(ent);
        var other = (await bureau.GetJsonAsync<JsonElement>("/api/enterprises?pageSize=50&sort=name")).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("creditCode").GetString()!).First(c => c != own);
        var token = $"企{Guid.NewGuid().ToString("N")[..6]}";
        var rows = new List<object?[]> { Demand($"{token}甲", null), Demand($"{token}乙", other) };

        var (status, problem) = await PostAsync(ent, Url, headers, rows);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(3, "H")], Cells(problem));
        Assert.Equal(0, await TotalAsync(bureau, token));

        rows[1][7] = own;
        (status, var done) = await PostAsync(ent, Url, headers, rows);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((2, 0), Counts(done));
        var items = (await bureau.GetJsonAsync<JsonElement>($"/api/talent/demands?search={token}")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, d => Assert.Equal(ownName, d.GetProperty("enterpriseName").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.SignInAsync("expert1")).Http.PostAsync(Url, Upload(XlsxWriter.ToBytes("导入", headers, rows))))
            .StatusCode);
    }
}
