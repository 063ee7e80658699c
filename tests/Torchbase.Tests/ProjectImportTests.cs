using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Torchbase.Spreadsheets;
using static Torchbase.Tests.EnterpriseImportFiles;

namespace Torchbase.Tests;

/// <summary>A host of its own: the imports write projects that the ledger tests of the shared host must not see.</summary>
public sealed class ProjectImportHost : TorchbaseFactory;

/// <summary>
/// The project ledger in bulk: the template (required columns marked, drop-downs, instructions), a bad file refused cell by
/// cell with nothing written, the good file landing with its annual target and monthly investment, a second import updating
/// instead of duplicating, a park officer kept to its park, and the ledger export importing back unchanged.
/// </summary>
public class ProjectImportTests(ProjectImportHost host) : IClassFixture<ProjectImportHost>
{
    private const string Template = "/api/projects/import/template";
    private const string Import = "/api/projects/import";

    private static string Bare(string header) => header.TrimEnd('*');

    private static async Task<byte[]> BytesAsync(ApiClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<(string Own, string Other, string Chain)> ZoneFactsAsync(ApiClient bureau)
    {
        var parks = (await bureau.GetJsonAsync<JsonElement>("/api/org/zones"))[0].GetProperty("parks");
        var chains = await bureau.GetJsonAsync<JsonElement>("/api/org/industry-chains");
        return (parks[0].GetProperty("name").GetString()!, parks[1].GetProperty("name").GetString()!, chains[0].GetProperty("name").GetString()!);
    }

    /// <summary>A row laid out as the template's headers say, from cells named by their bare header.</summary>
    private static object?[] Row(IReadOnlyList<string> headers, Dictionary<string, object?> cells) =>
        [.. headers.Select(h => cells.GetValueOrDefault(Bare(h)))];

    private static Dictionary<string, object?> Project(string name, string park, string stage = "已开工") => new()
    {
        ["项目名称"] = name, ["所属园区"] = park, ["项目阶段"] = stage, ["总投资（万元）"] = 50000m, ["建设单位"] = "测试建设有限公司",
        ["签约日期"] = stage == "已开工" ? "2026-02-10" : null, ["开工日期"] = stage == "已开工" ? "2026-04-01" : null,
        ["重点项目"] = "市重点", ["年度"] = 2026, ["年度计划投资（万元）"] = 20000m, ["1月完成投资（万元）"] = 1000m, ["10月完成投资（万元）"] = 3000m,
    };

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(ApiClient client, IReadOnlyList<string> headers, IEnumerable<object?[]> rows)
    {
        var response = await client.Http.PostAsync(Import, Upload(XlsxWriter.ToBytes("项目台账", headers, rows)));
        return (response.StatusCode, await response.JsonAsync());
    }

    private static List<(int, string?)> Cells(JsonElement problem) =>
        [.. problem.GetProperty("rows").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()))];

    private static async Task<JsonElement> ListAsync(ApiClient client, string token) =>
        await client.GetJsonAsync<JsonElement>($"/api/projects?search={Uri.EscapeDataString(token)}&year=2026&pageSize=50");

    [Fact]
    public async Task The_template_marks_required_columns_offers_drop_downs_explains_matching_and_matches_the_ledger_export()
    {
        var bureau = await host.SignInAsync("bureau");
        var (_, _, chain) = await ZoneFactsAsync(bureau);
        var bytes = await BytesAsync(bureau, Template);
        var template = XlsxReader.Read(new MemoryStream(bytes), 10);
        Assert.Equal(["项目名称*", "所属园区*", "项目阶段*", "总投资（万元）*"], template.Headers.Where(h => h.EndsWith('*')));
        Assert.Contains("年度计划投资（万元）", template.Headers);
        Assert.Contains("12月完成投资（万元）", template.Headers);
        Assert.Single(template.Rows);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["项目台账", "填写说明", "代码表"], sheets.Select(s => s.Name!.Value));
        var data = (WorksheetPart)document.WorkbookPart.GetPartById(sheets[0].Id!.Value!);
        var lists = data.Worksheet.Descendants<DataValidation>().Select(v => v.SequenceOfReferences!.InnerText!.Split(':')[0]).ToList();
        // 产业链 (D), 省外资金 (H), 项目阶段 (I), 重点项目 (M), 三个一批 (N).
        Assert.Equal(["D2", "H2", "I2", "M2", "N2", "V2", "W2"], lists);
        var codes = (WorksheetPart)document.WorkbookPart.GetPartById(sheets[2].Id!.Value!);
        Assert.Contains(chain, codes.Worksheet.InnerText);
        var instructions = (WorksheetPart)document.WorkbookPart.GetPartById(sheets[1].Id!.Value!);
        Assert.Contains("按项目名称匹配本区已有项目", instructions.Worksheet.InnerText + SharedText(document));

        // The ledger export: a title row and grouped headers above the very same columns.
        var export = XlsxReader.Read(new MemoryStream(await BytesAsync(bureau, "/api/projects/ledger/export?year=2026")), 10_000);
        Assert.StartsWith("2026年重点项目建设台账", export.Headers[0]);
        Assert.Equal(template.Headers.Select(Bare), export.Rows[1].Cells.Select(c => c ?? ""));
    }

    private static string SharedText(SpreadsheetDocument document) => document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.InnerText ?? "";

    [Fact]
    public async Task A_file_with_bad_rows_is_refused_cell_by_cell_and_writes_nothing_then_the_corrected_file_lands()
    {
        var bureau = await host.SignInAsync("bureau");
        var (own, _, chain) = await ZoneFactsAsync(bureau);
        var headers = XlsxReader.Read(new MemoryStream(await BytesAsync(bureau, Template)), 10).Headers;
        var token = $"台账导入{Guid.NewGuid().ToString("N")[..6]}";
        var cells = new List<Dictionary<string, object?>>
        {
            Project($"{token}电机项目", own),
            Project($"{token}电池项目", own, "开工中"),
            Project($"{token}芯片项目", own, "在谈"),
        };
        cells[0]["产业链"] = chain;
        cells[2]["12月完成投资（万元）"] = 500m; // December 2026 is still ahead of the clock
        var (status, problem) = await PostAsync(bureau, headers, cells.Select(c => Row(headers, c)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(3, "I"), (4, "AL")], Cells(problem));
        Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync(problem.GetProperty("errorReportUrl").GetString()!)).StatusCode);
        Assert.Equal(0, (await ListAsync(bureau, token)).GetProperty("total").GetInt32());

        cells[1]["项目阶段"] = "已开工";
        cells[2]["12月完成投资（万元）"] = null;
        cells[2]["所属园区"] = "没有这个园区";
        var english = await host.SignInAsync("bureau");
        english.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        (status, problem) = await PostAsync(english, headers, cells.Select(c => Row(headers, c)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(4, "C")], Cells(problem));
        Assert.StartsWith("No park of this name", problem.GetProperty("rows")[0].GetProperty("message").GetString());
        Assert.Equal(0, (await ListAsync(bureau, token)).GetProperty("total").GetInt32());

        cells[2]["所属园区"] = own;
        (status, var done) = await PostAsync(bureau, headers, cells.Select(c => Row(headers, c)));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((3, 0), (done.GetProperty("imported").GetInt32(), done.GetProperty("updated").GetInt32()));
        var listed = await ListAsync(bureau, $"{token}电机项目");
        var item = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal(("Started", "Municipal", chain, 50000m, 20000m, 4000m, 0.2m),
            (item.GetProperty("stage").GetString(), item.GetProperty("keyLevel").GetString(), item.GetProperty("industryChainName").GetString(),
                item.GetProperty("plannedInvestment").GetDecimal(), item.GetProperty("annualTarget").GetDecimal(),
                item.GetProperty("completedThisYear").GetDecimal(), item.GetProperty("completionRate").GetDecimal()));
        var detail = await bureau.GetJsonAsync<JsonElement>($"/api/projects/{item.GetProperty("id").GetString()}");
        var entered = Assert.Single(detail.GetProperty("history").EnumerateArray());
        Assert.Equal(("Started", "2026-04-01", "导入台账"), (entered.GetProperty("to").GetString(), entered.GetProperty("on").GetString(),
            entered.GetProperty("note").GetString()));
        Assert.Equal([1, 10], detail.GetProperty("investments").EnumerateArray().Select(m => m.GetProperty("month").GetInt32()));
    }

    [Fact]
    public async Task A_second_import_updates_the_same_projects_moves_their_stage_by_the_rules_and_never_duplicates()
    {
        var bureau = await host.SignInAsync("bureau");
        var (own, _, _) = await ZoneFactsAsync(bureau);
        var headers = XlsxReader.Read(new MemoryStream(await BytesAsync(bureau, Template)), 10).Headers;
        var token = $"台账更新{Guid.NewGuid().ToString("N")[..6]}";
        var cells = new List<Dictionary<string, object?>> { Project($"{token}甲项目", own, "已签约"), Project($"{token}乙项目", own) };
        cells[0]["签约日期"] = "2026-03-01";
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(bureau, headers, cells.Select(c => Row(headers, c)))).Status);

        // 已开工 cannot go back to 在谈: refused on the stage cell, nothing changes.
        cells[1]["项目阶段"] = "在谈";
        cells[1]["签约日期"] = cells[1]["开工日期"] = null;
        var (status, problem) = await PostAsync(bureau, headers, cells.Select(c => Row(headers, c)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(3, "I")], Cells(problem));

        cells[1] = Project($"{token}乙项目", own);
        cells[1]["10月完成投资（万元）"] = 5000m;
        cells[1]["11月完成投资（万元）"] = 1000m;
        cells[1]["1月完成投资（万元）"] = null;
        cells[0]["项目阶段"] = "已开工";
        cells[0]["开工日期"] = "2026-09-15";
        var (ok, done) = await PostAsync(bureau, headers, cells.Select(c => Row(headers, c)));
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Equal((0, 2), (done.GetProperty("imported").GetInt32(), done.GetProperty("updated").GetInt32()));
        var items = (await ListAsync(bureau, token)).GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!);
        Assert.Equal(2, items.Count);
        // Empty month cells leave January as reported; October is corrected and November added.
        Assert.Equal(7000m, items[$"{token}乙项目"].GetProperty("completedThisYear").GetDecimal());
        var moved = await bureau.GetJsonAsync<JsonElement>($"/api/projects/{items[$"{token}甲项目"].GetProperty("id").GetString()}");
        Assert.Equal("Started", moved.GetProperty("project").GetProperty("stage").GetString());
        Assert.Equal([("Started", "2026-09-15"), ("Signed", "2026-03-01")],
            moved.GetProperty("history").EnumerateArray().Select(h => (h.GetProperty("to").GetString(), h.GetProperty("on").GetString())));
    }

    [Fact]
    public async Task A_park_officer_imports_into_its_own_park_only()
    {
        var bureau = await host.SignInAsync("bureau");
        var (own, other, _) = await ZoneFactsAsync(bureau);
        var park1 = await host.SignInAsync("park1");
        var headers = XlsxReader.Read(new MemoryStream(await BytesAsync(park1, Template)), 10).Headers;
        var token = $"园区导入{Guid.NewGuid().ToString("N")[..6]}";
        var (status, problem) = await PostAsync(park1, headers, [Row(headers, Project($"{token}项目", other))]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(2, "C")], Cells(problem));
        Assert.Equal(0, (await ListAsync(bureau, token)).GetProperty("total").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(park1, headers, [Row(headers, Project($"{token}项目", own))])).Status);
        var item = Assert.Single((await ListAsync(bureau, token)).GetProperty("items").EnumerateArray());
        Assert.Equal(own, item.GetProperty("parkName").GetString());
        var leader = await host.SignInAsync("leader");
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.Http.PostAsync(Import, Upload(XlsxWriter.ToBytes("项目台账", headers, [])))).StatusCode);
    }

    /// <summary>The spreadsheet column letter of a header (A, B, …, Z, AA, …).</summary>
    private static string Letter(IReadOnlyList<string> headers, string header)
    {
        var index = headers.Select(Bare).ToList().IndexOf(header);
        Assert.True(index >= 0, $"no column {header}");
        var letter = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) letter = (char)('A' + (n - 1) % 26) + letter;
        return letter;
    }

    [Fact]
    public async Task The_entry_date_column_dates_projects_and_the_old_funds_column_must_match_the_months()
    {
        var bureau = await host.SignInAsync("bureau");
        var (own, _, _) = await ZoneFactsAsync(bureau);
        var headers = XlsxReader.Read(new MemoryStream(await BytesAsync(bureau, Template)), 10).Headers;
        var (entered, funds) = (Letter(headers, "入库日期"), Letter(headers, "实际到位资金（万元）"));
        var token = $"入库导入{Guid.NewGuid().ToString("N")[..6]}";
        var cells = new List<Dictionary<string, object?>> { Project($"{token}甲", own), Project($"{token}乙", own) };
        (cells[0]["入库日期"], cells[0]["实际到位资金（万元）"]) = ("2026-05-06", 800m);
        cells[1]["入库日期"] = "2026-12-01"; // after the clock's today, 2026-11-23

        var (status, problem) = await PostAsync(bureau, headers, cells.Select(c => Row(headers, c)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(3, entered)], Cells(problem));
        Assert.Equal(0, (await ListAsync(bureau, token)).GetProperty("total").GetInt32());

        // Blank: a new project is entered today. The funds given for a new project arrived in the month it is imported.
        cells[1]["入库日期"] = null;
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(bureau, headers, cells.Select(c => Row(headers, c)))).Status);
        var items = (await ListAsync(bureau, token)).GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!);
        Assert.Equal(("2026-05-06", "2026-11-23"), (items[$"{token}甲"].GetProperty("enteredOn").GetString(),
            items[$"{token}乙"].GetProperty("enteredOn").GetString()));
        var id = items[$"{token}甲"].GetProperty("id").GetString();
        async Task<List<(int, int, decimal)>> ArrivalsAsync() =>
            [.. (await bureau.GetJsonAsync<JsonElement>($"/api/projects/{id}")).GetProperty("arrivals").EnumerateArray()
                .Select(a => (a.GetProperty("year").GetInt32(), a.GetProperty("month").GetInt32(), a.GetProperty("amount").GetDecimal()))];
        Assert.Equal([(2026, 11, 800m)], await ArrivalsAsync());

        // Updating: a running total other than the months' sum is refused on that cell, row by row, and nothing changes.
        (cells[0]["入库日期"], cells[0]["实际到位资金（万元）"]) = ("2026-04-01", 500m);
        (status, problem) = await PostAsync(bureau, headers, cells.Select(c => Row(headers, c)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(2, funds)], Cells(problem));
        Assert.Contains("800", problem.GetProperty("rows")[0].GetProperty("message").GetString());
        Assert.Equal("2026-05-06", (await ListAsync(bureau, $"{token}甲")).GetProperty("items")[0].GetProperty("enteredOn").GetString());

        // The months' total, or a blank cell, is taken: the months stay as they are, and the row's 入库日期 moves the date.
        cells[0]["实际到位资金（万元）"] = 800m;
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(bureau, headers, cells.Select(c => Row(headers, c)))).Status);
        (cells[0]["入库日期"], cells[0]["实际到位资金（万元）"]) = (null, null);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(bureau, headers, cells.Select(c => Row(headers, c)))).Status);
        Assert.Equal("2026-04-01", (await ListAsync(bureau, $"{token}甲")).GetProperty("items")[0].GetProperty("enteredOn").GetString());
        Assert.Equal([(2026, 11, 800m)], await ArrivalsAsync());
    }

    [Fact]
    public async Task The_ledger_export_imports_back_unchanged()
    {
        var bureau = await host.SignInAsync("bureau");
        var (own, other, chain) = await ZoneFactsAsync(bureau);
        var headers = XlsxReader.Read(new MemoryStream(await BytesAsync(bureau, Template)), 10).Headers;
        var token = $"台账往返{Guid.NewGuid().ToString("N")[..6]}";
        var cells = new List<Dictionary<string, object?>> { Project($"{token}一号", own), Project($"{token}二号", other, "线索") };
        (cells[1]["三个一批"], cells[1]["批次（期）"], cells[1]["省外资金"], cells[1]["产业链"]) = ("签约一批", 2, "是", chain);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(bureau, headers, cells.Select(c => Row(headers, c)))).Status);

        var url = $"/api/projects/ledger/export?year=2026&search={Uri.EscapeDataString(token)}";
        var exported = await BytesAsync(bureau, url);
        var before = XlsxReader.Read(new MemoryStream(exported), 100);
        Assert.Equal(4, before.Rows.Count); // the grouped headers, the column headers and the two projects
        var again = await (await bureau.Http.PostAsync(Import, Upload(exported))).JsonAsync();
        Assert.Equal((0, 2), (again.GetProperty("imported").GetInt32(), again.GetProperty("updated").GetInt32()));
        var after = XlsxReader.Read(new MemoryStream(await BytesAsync(bureau, url)), 100);
        Assert.Equal(before.Rows.Select(r => string.Join("|", r.Cells)), after.Rows.Select(r => string.Join("|", r.Cells)));
        var row = after.Rows.Single(r => r[1] == $"{token}二号");
        Assert.Equal(("线索", "签约一批", "2", "是"), (row[8], row[13], row[14], row[7]));
    }
}
