using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Torchbase.Spreadsheets;
using static Torchbase.Tests.EnterpriseImportFiles;

namespace Torchbase.Tests;

/// <summary>A host of its own for the expert and demand imports.</summary>
public sealed class TalentImportHost : TorchbaseFactory;

/// <summary>
/// The expert library in bulk: the template, a bad file refused cell by cell with nothing written, the good file lands, a
/// re-import updates, the export imports back — and an expert's phone never reaches a reader the library would not show it to.
/// </summary>
public class ExpertImportTests(TalentImportHost host) : IClassFixture<TalentImportHost>
{
    private const string Url = "/api/talent/experts/import";

    internal static async Task<XlsxSheet> DownloadAsync(ApiClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return XlsxReader.Read(await response.Content.ReadAsStreamAsync(), 100_000);
    }

    internal static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(ApiClient client, string url, IReadOnlyList<string> headers,
        IEnumerable<object?[]> rows)
    {
        var response = await client.Http.PostAsync(url, Upload(XlsxWriter.ToBytes("导入", headers, rows)));
        return (response.StatusCode, await response.JsonAsync());
    }

    internal static List<(int, string?)> Cells(JsonElement problem) =>
        [.. problem.GetProperty("rows").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()))];

    internal static (int Imported, int Updated) Counts(JsonElement result) =>
        (result.GetProperty("imported").GetInt32(), result.GetProperty("updated").GetInt32());

    /// <summary>Every cell of every sheet of a workbook, as text.</summary>
    internal static List<string> AllCells(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var shared = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        return [.. document.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).Select(c =>
            c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text)] : c.InnerText)];
    }

    private static object?[] Expert(string name, string phone = "", string consent = "否", string degree = "博士", string keywords = "尼龙66、阻燃") =>
        [name, "郑州大学材料学院", "教授", degree, "尼龙新材料、新能源", keywords, "尼龙阻燃改性", "主持省级项目 2 项", "可对接", consent,
            phone.Length > 0 ? phone : null, null, null, null];

    private static async Task<int> TotalAsync(ApiClient client, string search) =>
        (await client.GetJsonAsync<JsonElement>($"/api/talent/experts?search={search}")).GetProperty("total").GetInt32();

    [Fact]
    public async Task The_template_marks_required_columns_offers_drop_downs_and_explains_the_matching()
    {
        var bureau = await host.SignInAsync("bureau");
        var response = await bureau.GetAsync("/api/talent/experts/import/template");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var template = XlsxReader.Read(new MemoryStream(bytes), 10);
        Assert.Equal(["姓名*", "单位*", "职称", "学位*", "领域*", "关键词*"], template.Headers.Take(6));
        Assert.Equal("对接状态*", template.Headers[8]);
        Assert.Equal("博士", Assert.Single(template.Rows)[3]);
        var export = await DownloadAsync(bureau, "/api/talent/experts/export");
        Assert.Equal(export.Headers, template.Headers.Select(h => h.TrimEnd('*')));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["博士人才库", "填写说明", "代码表"], sheets.Select(s => s.Name!.Value));
        var data = (WorksheetPart)document.WorkbookPart.GetPartById(sheets[0].Id!.Value!);
        var validations = data.Worksheet.Descendants<DataValidation>().Select(v => v.SequenceOfReferences!.InnerText![..2]).ToList();
        Assert.Equal(["D2", "I2", "J2"], validations);
        var cells = AllCells(bytes);
        Assert.Contains(cells, c => c.StartsWith("按姓名和单位匹配本区专家库", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.StartsWith("电话、邮箱属个人信息", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.SignInAsync("ent1")).GetAsync("/api/talent/experts/import/template")).StatusCode);
    }

    [Fact]
    public async Task A_bad_file_is_refused_cell_by_cell_the_good_one_lands_and_imports_again_as_updates()
    {
        var bureau = await host.SignInAsync("bureau");
        var headers = (await DownloadAsync(bureau, "/api/talent/experts/import/template")).Headers;
        var token = $"导{Guid.NewGuid().ToString("N")[..6]}";
        var rows = new List<object?[]>
        {
            Expert($"{token}甲", "13911112222", "是"),
            Expert($"{token}乙", degree: "院士"),
            Expert($"{token}丙", keywords: ""),
            Expert($"{token}丁", consent: "是"),
            Expert($"{token}甲", "13911112222", "是"),
        };
        var (status, problem) = await PostAsync(bureau, Url, headers, rows);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(3, "D"), (4, "F"), (5, "K"), (6, "A")], Cells(problem));
        Assert.Equal(0, await TotalAsync(bureau, token));

        rows[1][3] = "硕士";
        rows[2][5] = "注塑";
        rows[3][9] = "否";
        rows.RemoveAt(4);
        (status, var done) = await PostAsync(bureau, Url, headers, rows);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((4, 0), Counts(done));
        var item = Assert.Single((await bureau.GetJsonAsync<JsonElement>($"/api/talent/experts?search={token}甲")).GetProperty("items").EnumerateArray());
        Assert.Equal(("Doctor", "Available", "13911112222", "主持省级项目 2 项"), (item.GetProperty("degree").GetString(),
            item.GetProperty("availability").GetString(), item.GetProperty("phone").GetString(), item.GetProperty("achievements").GetString()));
        Assert.Equal(["尼龙新材料", "新能源"], item.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));

        rows[1][2] = "副教授";
        (status, done) = await PostAsync(bureau, Url, headers, rows);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((0, 4), Counts(done));
        Assert.Equal(4, await TotalAsync(bureau, token));
        var second = (await bureau.GetJsonAsync<JsonElement>($"/api/talent/experts?search={token}乙")).GetProperty("items")[0];
        Assert.Equal("副教授", second.GetProperty("title").GetString());

        var exported = await (await bureau.GetAsync($"/api/talent/experts/export?search={token}")).Content.ReadAsByteArrayAsync();
        Assert.Equal(4, XlsxReader.Read(new MemoryStream(exported), 10).Rows.Count);
        var again = await bureau.Http.PostAsync(Url, Upload(exported));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((0, 4), Counts(await again.JsonAsync()));
        Assert.Equal(4, await TotalAsync(bureau, token));
    }

    [Fact]
    public async Task A_phone_the_importer_may_not_see_stays_out_of_the_error_report_the_audit_log_and_cannot_be_overwritten()
    {
        var bureau = await host.SignInAsync("bureau");
        var admin = await host.SignInAsync("admin");
        var zone = (await bureau.GetJsonAsync<JsonElement>("/api/org/zones"))[0].GetProperty("id").GetString();
        var headers = (await DownloadAsync(bureau, "/api/talent/experts/import/template")).Headers;
        var token = $"密{Guid.NewGuid().ToString("N")[..6]}";
        const string phone = "13987654321";
        var bad = new List<object?[]> { Expert($"{token}甲", phone), Expert($"{token}乙", degree: "院士") };

        async Task<List<string>> ReportAsync(ApiClient client, string url)
        {
            var (status, problem) = await PostAsync(client, url, headers, bad);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
            Assert.DoesNotContain(phone, problem.GetRawText());
            var report = await client.GetAsync(problem.GetProperty("errorReportUrl").GetString()!);
            Assert.Equal(HttpStatusCode.OK, report.StatusCode);
            return AllCells(await report.Content.ReadAsByteArrayAsync());
        }

        bad[1][10] = phone;
        var bureauReport = await ReportAsync(bureau, Url);
        Assert.Contains(bureauReport, c => c.Contains("院士", StringComparison.Ordinal));
        Assert.DoesNotContain(bureauReport, c => c.Contains(phone, StringComparison.Ordinal));
        Assert.Contains("***", bureauReport);
        // The contact curator sees every expert's phone, so the report keeps it for them.
        Assert.Contains(phone, await ReportAsync(admin, $"{Url}?zoneId={zone}"));

        bad[1][3] = "博士";
        bad[1][10] = null;
        var (status, done) = await PostAsync(bureau, Url, headers, bad);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((2, 0), Counts(done));
        var listed = (await bureau.GetJsonAsync<JsonElement>($"/api/talent/experts?search={token}甲")).GetProperty("items")[0];
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("phone").ValueKind);
        var id = listed.GetProperty("id").GetString()!;
        var log = await (await (await host.SignInAsync("leader")).GetAsync($"/api/audit?search={id}&pageSize=50")).Content.ReadAsStringAsync();
        Assert.Contains("Created", log);
        Assert.DoesNotContain(phone, log);

        // Contact details the importer cannot see are not theirs to change; left empty they are kept.
        bad[0][10] = "13900000000";
        (status, var refused) = await PostAsync(bureau, Url, headers, bad);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(2, "K")], Cells(refused));
        bad[0][10] = null;
        bad[0][2] = "研究员";
        (status, done) = await PostAsync(bureau, Url, headers, bad);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((0, 2), Counts(done));
        var kept = await admin.GetJsonAsync<JsonElement>($"/api/talent/experts/{id}");
        Assert.Equal((phone, "研究员"), (kept.GetProperty("phone").GetString(), kept.GetProperty("title").GetString()));
    }
}
