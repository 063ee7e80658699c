using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Torchbase.Spreadsheets;
using static Torchbase.Tests.EnterpriseImportFiles;

namespace Torchbase.Tests;

/// <summary>A host of its own: the imports register contracts that the talent tests of the shared host must not count.</summary>
public sealed class ContractImportHost : TorchbaseFactory;

/// <summary>
/// The technology contract register in bulk: the template, a bad file refused cell by cell with nothing written, the good
/// file landing with its parties linked by credit code, a second import updating by registration number, a number another
/// zone holds refused, and the register's export importing back unchanged.
/// </summary>
public class ContractImportTests(ContractImportHost host) : IClassFixture<ContractImportHost>
{
    private const string Template = "/api/talent/contracts/import/template";
    private const string Import = "/api/talent/contracts/import";

    private static string Bare(string header) => header.TrimEnd('*');

    private static async Task<byte[]> BytesAsync(ApiClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>A new enterprise of the caller's zone, by its credit code and name.</summary>
    private static async Task<(string Code, string Name)> EnterpriseAsync(ApiClient bureau)
    {
        var layout = await LayoutAsync(bureau);
        var code = EnterpriseApiTests.NewCreditCode();
        var name = $"合同导入{Guid.NewGuid().ToString("N")[..8]}有限公司";
        Assert.Equal(HttpStatusCode.OK,
            (await bureau.Http.PostAsync("/api/enterprises/import", Upload(layout, [Row(code, name, layout.Park, layout.Chain)]))).StatusCode);
        return (code, name);
    }

    private static object?[] Contract(string number, string seller, string? sellerCode, decimal amount = 120, decimal tech = 100,
        string type = "技术开发") =>
        [number, "2026-05-20", "2026-05-08", type, "高效永磁电机控制算法开发", seller, sellerCode, "潍坊示例电机有限公司", null, "先进制造", amount, tech];

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(ApiClient client, IReadOnlyList<string> headers, IEnumerable<object?[]> rows)
    {
        var response = await client.Http.PostAsync(Import, Upload(XlsxWriter.ToBytes("技术合同登记", headers, rows)));
        return (response.StatusCode, await response.JsonAsync());
    }

    private static List<(int, string?)> Cells(JsonElement problem) =>
        [.. problem.GetProperty("rows").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()))];

    private static async Task<JsonElement> ListAsync(ApiClient client, string token) =>
        await client.GetJsonAsync<JsonElement>($"/api/talent/contracts?search={Uri.EscapeDataString(token)}&pageSize=50");

    [Fact]
    public async Task The_template_marks_required_columns_offers_the_contract_types_and_matches_the_export()
    {
        var bureau = await host.SignInAsync("bureau");
        var bytes = await BytesAsync(bureau, Template);
        var template = XlsxReader.Read(new MemoryStream(bytes), 10);
        Assert.Equal(["登记号*", "登记日期*", "签订日期*", "合同类型*", "项目名称*", "卖方*", "买方*", "合同金额（万元）*", "技术交易额（万元）*"],
            template.Headers.Where(h => h.EndsWith('*')));
        Assert.Contains("卖方统一社会信用代码", template.Headers);
        Assert.Single(template.Rows);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["技术合同登记", "填写说明", "代码表"], sheets.Select(s => s.Name!.Value));
        var data = (WorksheetPart)document.WorkbookPart.GetPartById(sheets[0].Id!.Value!);
        var validation = Assert.Single(data.Worksheet.Descendants<DataValidation>());
        Assert.StartsWith("D2:", validation.SequenceOfReferences!.InnerText);
        var instructions = (WorksheetPart)document.WorkbookPart.GetPartById(sheets[1].Id!.Value!);
        Assert.Contains("按登记号匹配本区已有合同",
            instructions.Worksheet.InnerText + (document.WorkbookPart.SharedStringTablePart?.SharedStringTable.InnerText ?? ""));

        var export = XlsxReader.Read(new MemoryStream(await BytesAsync(bureau, "/api/talent/contracts/export")), 100_000);
        Assert.Equal(template.Headers.Select(Bare), export.Headers);
    }

    [Fact]
    public async Task Bad_rows_are_refused_cell_by_cell_with_nothing_written_then_the_file_lands_and_a_second_import_updates()
    {
        var bureau = await host.SignInAsync("bureau");
        var (code, name) = await EnterpriseAsync(bureau);
        var headers = XlsxReader.Read(new MemoryStream(await BytesAsync(bureau, Template)), 10).Headers;
        var token = $"HT{Guid.NewGuid().ToString("N")[..8]}";
        var rows = new List<object?[]>
        {
            Contract($"{token}01", name, code),
            Contract($"{token}02", "潍坊学院", null, 100, 150),
            Contract($"{token}03", "潍坊学院", null, type: "技术买卖"),
        };
        var (status, problem) = await PostAsync(bureau, headers, rows);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(3, "L"), (4, "D")], Cells(problem));
        Assert.Equal("技术交易额不能大于合同金额", problem.GetProperty("rows")[0].GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync(problem.GetProperty("errorReportUrl").GetString()!)).StatusCode);
        Assert.Equal(0, (await ListAsync(bureau, token)).GetProperty("total").GetInt32());

        rows[1] = Contract($"{token}02", "潍坊学院", null, 100, 80);
        rows[2] = Contract($"{token}03", "潍坊学院", EnterpriseApiTests.NewCreditCode());
        (status, problem) = await PostAsync(bureau, headers, rows);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(4, "G")], Cells(problem));
        Assert.Equal(0, (await ListAsync(bureau, token)).GetProperty("total").GetInt32());

        rows[2] = Contract($"{token}03", "潍坊学院", null);
        (status, var done) = await PostAsync(bureau, headers, rows);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((3, 0), (done.GetProperty("imported").GetInt32(), done.GetProperty("updated").GetInt32()));
        var first = Assert.Single((await ListAsync(bureau, $"{token}01")).GetProperty("items").EnumerateArray());
        Assert.Equal(("Development", "2026-05-20", 120m, 100m), (first.GetProperty("type").GetString(), first.GetProperty("registeredOn").GetString(),
            first.GetProperty("amountWan").GetDecimal(), first.GetProperty("techTransactionWan").GetDecimal()));
        Assert.Equal(JsonValueKind.String, first.GetProperty("sellerEnterpriseId").ValueKind);

        rows[0] = Contract($"{token}01", name, code, 300, 260, "技术转让");
        (status, done) = await PostAsync(bureau, headers, rows);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((0, 3), (done.GetProperty("imported").GetInt32(), done.GetProperty("updated").GetInt32()));
        Assert.Equal(3, (await ListAsync(bureau, token)).GetProperty("total").GetInt32());
        var changed = Assert.Single((await ListAsync(bureau, $"{token}01")).GetProperty("items").EnumerateArray());
        Assert.Equal(("Transfer", 300m), (changed.GetProperty("type").GetString(), changed.GetProperty("amountWan").GetDecimal()));
    }

    [Fact]
    public async Task A_registration_number_another_zone_holds_is_refused()
    {
        var admin = await host.SignInAsync("admin");
        var zones = await admin.GetJsonAsync<JsonElement>("/api/org/zones");
        var bureau = await host.SignInAsync("bureau");
        var mine = (await bureau.GetJsonAsync<JsonElement>("/api/org/zones"))[0].GetProperty("id").GetString();
        var otherZone = zones.EnumerateArray().Select(z => z.GetProperty("id").GetString()).First(id => id != mine);
        var number = $"QT{Guid.NewGuid().ToString("N")[..10]}";
        var created = await admin.PostAsJsonAsync("/api/talent/contracts", new
        {
            registrationNo = number, type = "Service", subject = "检测服务", seller = "甲方", buyer = "乙方", signedOn = "2026-03-01",
            registeredOn = "2026-03-02", amountWan = 10, techTransactionWan = 5, zoneId = otherZone,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var headers = XlsxReader.Read(new MemoryStream(await BytesAsync(bureau, Template)), 10).Headers;
        var (status, problem) = await PostAsync(bureau, headers, [Contract(number, "潍坊学院", null)]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(2, "A")], Cells(problem));
        Assert.Equal(0, (await ListAsync(bureau, number)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_registers_export_imports_back_unchanged()
    {
        var bureau = await host.SignInAsync("bureau");
        var (code, name) = await EnterpriseAsync(bureau);
        var headers = XlsxReader.Read(new MemoryStream(await BytesAsync(bureau, Template)), 10).Headers;
        var token = $"WF{Guid.NewGuid().ToString("N")[..8]}";
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(bureau, headers, [Contract($"{token}01", name, code), Contract($"{token}02", "潍坊学院", null)])).Status);

        var url = $"/api/talent/contracts/export?search={token}";
        var exported = await BytesAsync(bureau, url);
        var before = XlsxReader.Read(new MemoryStream(exported), 100);
        Assert.Equal(2, before.Rows.Count);
        Assert.Equal(code, before.Rows.Single(r => r[0] == $"{token}01")[6]);
        var again = await (await bureau.Http.PostAsync(Import, Upload(exported))).JsonAsync();
        Assert.Equal((0, 2), (again.GetProperty("imported").GetInt32(), again.GetProperty("updated").GetInt32()));
        var after = XlsxReader.Read(new MemoryStream(await BytesAsync(bureau, url)), 100);
        Assert.Equal(before.Rows.Select(r => string.Join("|", r.Cells)), after.Rows.Select(r => string.Join("|", r.Cells)));
    }
}
