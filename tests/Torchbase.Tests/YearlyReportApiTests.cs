using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Torchbase.Spreadsheets;
using static Torchbase.Tests.EnterpriseImportFiles;

namespace Torchbase.Tests;

/// <summary>Yearly reports and titles in bulk; an enterprise's own filing and the park's review; the 催报 list.</summary>
[Collection(HostCollection.Name)]
public class YearlyReportApiTests(TorchbaseFactory host)
{
    private int ThisYear => host.Clock.Today().Year;

    /// <summary>Three new enterprises of the bureau's zone, named with a token the exports can search by.</summary>
    private static async Task<(string Token, List<string> Codes)> NewEnterprisesAsync(ApiClient bureau)
    {
        var layout = await LayoutAsync(bureau);
        var token = $"年报导入{Guid.NewGuid().ToString("N")[..6]}";
        var codes = Enumerable.Range(0, 3).Select(_ => EnterpriseApiTests.NewCreditCode()).ToList();
        var created = await bureau.Http.PostAsync("/api/enterprises/import",
            Upload(layout, codes.Select((c, i) => Row(c, $"{token}{i}号有限公司", layout.Park, layout.Chain))));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        return (token, codes);
    }

    private static async Task<Guid> IdOfAsync(ApiClient client, string code) =>
        (await client.GetJsonAsync<JsonElement>($"/api/enterprises?search={code}")).GetProperty("items")[0].GetProperty("id").GetGuid();

    private static async Task<XlsxSheet> DownloadAsync(ApiClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return XlsxReader.Read(await response.Content.ReadAsStreamAsync(), 20_000);
    }

    [Fact]
    public async Task The_yearly_report_template_has_instructions_marked_columns_an_example_and_parses()
    {
        var bureau = await host.SignInAsync("bureau");
        var response = await bureau.GetAsync("/api/annual-reports/import/template");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var sheet = XlsxReader.Read(new MemoryStream(bytes), 10);
        Assert.Equal("统一社会信用代码*", sheet.Headers[0]);
        Assert.Equal("年度*", sheet.Headers[2]);
        Assert.Equal("营业收入（万元）", sheet.Headers[3]);
        var example = Assert.Single(sheet.Rows);
        Assert.Equal("91370700MA3C000019", example[0]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["年度报表", "填写说明"], names);
    }

    [Fact]
    public async Task The_titles_template_carries_a_drop_down_list_of_kinds()
    {
        var bureau = await host.SignInAsync("bureau");
        var bytes = await (await bureau.GetAsync("/api/qualifications/import/template")).Content.ReadAsByteArrayAsync();
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(3, sheets.Count);
        var data = (WorksheetPart)document.WorkbookPart.GetPartById(sheets[0].Id!.Value!);
        var validation = Assert.Single(data.Worksheet.Descendants<DataValidation>());
        Assert.StartsWith("C2:", validation.SequenceOfReferences!.InnerText);
        Assert.Contains("代码表", validation.Formula1!.Text);
        var codes = XlsxReader.Read(new MemoryStream(bytes), 10);
        Assert.Equal("资质类型*", codes.Headers[2]);
    }

    [Fact]
    public async Task Yearly_reports_of_several_years_import_all_or_nothing_and_an_export_imports_back()
    {
        var bureau = await host.SignInAsync("bureau");
        var (token, codes) = await NewEnterprisesAsync(bureau);
        var headers = (await DownloadAsync(bureau, "/api/annual-reports/import/template")).Headers;
        var year = ThisYear - 1;
        object?[] Report(string code, int y, object? revenue, object? employees = null) =>
            [code, null, y, revenue, null, 30m, null, null, null, null, null, null, employees, null, null, null, null, null, null, null];
        var rows = new List<object?[]>
        {
            Report(codes[0], year - 1, 1000m, 20),
            Report(codes[0], year, 1200m, 22),
            Report(codes[1], year, "一千二", 10),
            Report(codes[2], year, null),
        };

        var bad = await bureau.Http.PostAsync("/api/annual-reports/import", Upload(XlsxWriter.ToBytes("年报", headers, rows)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var problem = await bad.JsonAsync();
        var error = Assert.Single(problem.GetProperty("rows").EnumerateArray());
        Assert.Equal(4, error.GetProperty("row").GetInt32());
        Assert.Equal("D", error.GetProperty("column").GetString());
        Assert.Equal("营业收入（万元）", error.GetProperty("header").GetString());
        var first = await IdOfAsync(bureau, codes[0]);
        Assert.Equal(0, (await bureau.GetJsonAsync<JsonElement>($"/api/annual-reports/enterprises/{first}")).GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync(problem.GetProperty("errorReportUrl").GetString()!)).StatusCode);

        // An unknown credit code is named as well, and nothing is written either.
        rows[2][3] = 1200m;
        var stranger = EnterpriseApiTests.NewCreditCode();
        var unknown = await bureau.Http.PostAsync("/api/annual-reports/import",
            Upload(XlsxWriter.ToBytes("年报", headers, [.. rows, Report(stranger, year, 5m)])));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        var unknownError = Assert.Single((await unknown.JsonAsync()).GetProperty("rows").EnumerateArray());
        Assert.Equal((6, "A"), (unknownError.GetProperty("row").GetInt32(), unknownError.GetProperty("column").GetString()));
        Assert.Equal(0, (await bureau.GetJsonAsync<JsonElement>($"/api/annual-reports/enterprises/{first}")).GetArrayLength());

        var good = await bureau.Http.PostAsync("/api/annual-reports/import", Upload(XlsxWriter.ToBytes("年报", headers, rows)));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var result = await good.JsonAsync();
        Assert.Equal(4, result.GetProperty("imported").GetInt32());
        // The answer comes once the rows are committed; the re-evaluation of the three enterprises follows in the background.
        var run = await Runs.WaitAsync(bureau, result.GetProperty("runId").GetGuid());
        Assert.Equal(("Done", 3, 3), (run.GetProperty("state").GetString(), run.GetProperty("total").GetInt32(), run.GetProperty("done").GetInt32()));
        Assert.Contains(year, run.GetProperty("scoredYears").EnumerateArray().Select(y => y.GetInt32()));

        var reports = await bureau.GetJsonAsync<JsonElement>($"/api/annual-reports/enterprises/{first}");
        Assert.Equal(2, reports.GetArrayLength());
        Assert.Equal("Accepted", reports[0].GetProperty("status").GetString());
        Assert.Equal(1200m, reports[0].GetProperty("figures").GetProperty("revenue").GetDecimal());
        // Missing stays missing: an empty cell is null, not 0.
        var third = await bureau.GetJsonAsync<JsonElement>($"/api/annual-reports/enterprises/{await IdOfAsync(bureau, codes[2])}");
        Assert.Equal(JsonValueKind.Null, third[0].GetProperty("figures").GetProperty("revenue").ValueKind);
        Assert.Equal(JsonValueKind.Null, third[0].GetProperty("figures").GetProperty("employees").ValueKind);
        var listed = await bureau.GetJsonAsync<JsonElement>($"/api/enterprises?search={codes[0]}");
        Assert.Equal(year, listed.GetProperty("items")[0].GetProperty("latestYear").GetInt32());
        var ladder = await bureau.GetJsonAsync<JsonElement>($"/api/cultivation/enterprises/{first}/ladder");
        Assert.NotEqual(JsonValueKind.Undefined, ladder.ValueKind);
        // The run scored the year's board: the new enterprise has its points, read from the figures just imported.
        var points = await bureau.GetAsync($"/api/points/enterprises/{first}?year={year}");
        Assert.Equal(HttpStatusCode.OK, points.StatusCode);
        Assert.Equal(year, (await points.JsonAsync()).GetProperty("year").GetInt32());
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using var system = db.RunAsSystem();
            Assert.True(await db.CultivationEvaluations.AnyAsync(s => s.EnterpriseId == first && s.EvaluatedOn == host.Clock.Today()));
        }

        var export = await bureau.GetAsync($"/api/annual-reports/export?search={token}");
        var exported = XlsxReader.Read(await export.Content.ReadAsStreamAsync(), 100);
        Assert.Equal(4, exported.Rows.Count);
        var again = await bureau.Http.PostAsync("/api/annual-reports/import",
            Upload(await (await bureau.GetAsync($"/api/annual-reports/export?search={token}")).Content.ReadAsByteArrayAsync()));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var reimported = await again.JsonAsync();
        Assert.Equal((0, 4), (reimported.GetProperty("imported").GetInt32(), reimported.GetProperty("updated").GetInt32()));
        third = await bureau.GetJsonAsync<JsonElement>($"/api/annual-reports/enterprises/{await IdOfAsync(bureau, codes[2])}");
        Assert.Equal(JsonValueKind.Null, third[0].GetProperty("figures").GetProperty("revenue").ValueKind);
    }

    [Fact]
    public async Task A_large_import_writes_every_report_exactly_with_its_audit_entry()
    {
        // Past the bulk threshold: on PostgreSQL the new reports and their audit entries go in by COPY, elsewhere by INSERT.
        var bureau = await host.SignInAsync("bureau");
        var layout = await LayoutAsync(bureau);
        var token = $"大批年报{Guid.NewGuid().ToString("N")[..6]}";
        var codes = Enumerable.Range(0, BulkSave.CopyFrom + 20).Select(_ => EnterpriseApiTests.NewCreditCode()).ToList();
        var created = await bureau.Http.PostAsync("/api/enterprises/import",
            Upload(layout, codes.Select((c, i) => Row(c, $"{token}{i}号有限公司", layout.Park, layout.Chain))));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var headers = (await DownloadAsync(bureau, "/api/annual-reports/import/template")).Headers;
        var year = ThisYear - 1;
        var rows = codes.Select((c, i) => new object?[]
        {
            c, null, year, 1000m + i + 0.25m, null, 12.5m, null, null, i % 2 == 0 ? -3.75m : null, null, null, null, 10 + i,
            null, null, null, null, null, null, null,
        }).ToList();

        var good = await bureau.Http.PostAsync("/api/annual-reports/import", Upload(XlsxWriter.ToBytes("年报", headers, rows)));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var result = await good.JsonAsync();
        Assert.Equal((codes.Count, 0), (result.GetProperty("imported").GetInt32(), result.GetProperty("updated").GetInt32()));
        Assert.Equal("Done", (await Runs.WaitAsync(bureau, result.GetProperty("runId").GetGuid())).GetProperty("state").GetString());

        var last = codes.Count - 1;
        var reports = await bureau.GetJsonAsync<JsonElement>($"/api/annual-reports/enterprises/{await IdOfAsync(bureau, codes[last])}");
        var report = Assert.Single(reports.EnumerateArray());
        Assert.Equal("Accepted", report.GetProperty("status").GetString());
        var figures = report.GetProperty("figures");
        Assert.Equal((1000m + last + 0.25m, 12.5m, 10 + last), (figures.GetProperty("revenue").GetDecimal(),
            figures.GetProperty("rdExpense").GetDecimal(), figures.GetProperty("employees").GetInt32()));
        Assert.Equal(last % 2 == 0 ? JsonValueKind.Number : JsonValueKind.Null, figures.GetProperty("netAssets").ValueKind);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var system = db.RunAsSystem();
        var ids = await db.Enterprises.Where(e => codes.Contains(e.CreditCode)).Select(e => e.Id).ToListAsync();
        Assert.Equal(codes.Count, ids.Count);
        var reportIds = (await db.AnnualReports.Where(r => ids.Contains(r.EnterpriseId) && r.Year == year).Select(r => r.Id).ToListAsync())
            .Select(id => id.ToString()).ToList();
        Assert.Equal(codes.Count, reportIds.Count);
        // One audit entry per new report, in the bureau's zone, by the bureau's user, with the figures written.
        var audit = await db.AuditEntries.Where(a => a.Entity == "AnnualReport" && a.Action == AuditActions.Created && reportIds.Contains(a.EntityId!))
            .ToListAsync();
        Assert.Equal(codes.Count, audit.Count);
        var zone = await db.Enterprises.Where(e => e.Id == ids[0]).Select(e => e.ZoneId).SingleAsync();
        Assert.All(audit, a => Assert.Equal((zone, "bureau"), (a.ZoneId!.Value, a.UserName)));
        Assert.Contains("\"revenue\"", audit[0].Changes!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Titles_import_all_or_nothing_and_an_export_imports_back()
    {
        var bureau = await host.SignInAsync("bureau");
        var (token, codes) = await NewEnterprisesAsync(bureau);
        var headers = (await DownloadAsync(bureau, "/api/qualifications/import/template")).Headers;
        var rows = new List<object?[]>
        {
            new object?[] { codes[0], null, "高新技术企业", null, "GR2025001", "2025-12-01", null },
            new object?[] { codes[1], null, "独角兽", null, null, "2025-06-01", null },
            new object?[] { codes[2], null, "科技型中小企业", null, null, "2026-02-30", null },
        };
        var bad = await bureau.Http.PostAsync("/api/qualifications/import", Upload(XlsxWriter.ToBytes("资质", headers, rows)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var errors = (await bad.JsonAsync()).GetProperty("rows").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Equal([(3, "C"), (4, "F")], errors);
        var first = await IdOfAsync(bureau, codes[0]);
        Assert.Empty((await bureau.GetJsonAsync<JsonElement>($"/api/enterprises/{first}")).GetProperty("qualificationsHeld").EnumerateArray());

        rows[1][2] = "专精特新中小企业";
        rows[2][5] = "2026-02-28";
        var good = await bureau.Http.PostAsync("/api/qualifications/import", Upload(XlsxWriter.ToBytes("资质", headers, rows)));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var titles = await good.JsonAsync();
        Assert.Equal(3, titles.GetProperty("imported").GetInt32());
        Assert.Equal("Done", (await Runs.WaitAsync(bureau, titles.GetProperty("runId").GetGuid())).GetProperty("state").GetString());
        var held = Assert.Single((await bureau.GetJsonAsync<JsonElement>($"/api/enterprises/{first}")).GetProperty("qualificationsHeld").EnumerateArray());
        Assert.Equal(("HighTech", "GR2025001", "2028-11-30"),
            (held.GetProperty("type").GetString(), held.GetProperty("certificateNo").GetString(), held.GetProperty("expiresOn").GetString()));

        var export = await (await bureau.GetAsync($"/api/qualifications/export?search={token}")).Content.ReadAsByteArrayAsync();
        Assert.Equal(3, XlsxReader.Read(new MemoryStream(export), 10).Rows.Count);
        var again = await (await bureau.Http.PostAsync("/api/qualifications/import", Upload(export))).JsonAsync();
        Assert.Equal((0, 3), (again.GetProperty("imported").GetInt32(), again.GetProperty("updated").GetInt32()));
    }

    [Fact]
    public async Task An_enterprise_files_its_report_which_counts_only_once_the_park_accepts_it()
    {
        var ent = await host.SignInAsync("ent1");
        var id = (await ent.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("enterpriseId").GetGuid();
        var bureau = await host.SignInAsync("bureau");
        var year = ThisYear;
        var detail = await bureau.GetJsonAsync<JsonElement>($"/api/enterprises/{id}");
        var code = detail.GetProperty("creditCode").GetString()!;
        var parkId = detail.GetProperty("parkId").GetString();
        var park1 = await host.SignInAsync("park1");
        var park2 = await host.SignInAsync("park2");
        var (officer, otherOfficer) = (await park1.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("parkId").GetString() == parkId
            ? (park1, park2) : (park2, park1);

        // Not reported yet: on the 催报 list, and a reminder reaches the enterprise's users.
        var missing = await bureau.GetJsonAsync<JsonElement>($"/api/annual-reports/missing?year={year}&search={code}");
        Assert.Equal(year, missing.GetProperty("year").GetInt32());
        Assert.Equal(1, missing.GetProperty("page").GetProperty("total").GetInt32());
        var exported = await bureau.GetAsync($"/api/annual-reports/missing/export?year={year}&search={code}");
        Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        var missingSheet = XlsxReader.Read(await exported.Content.ReadAsStreamAsync(), 10);
        var missingRow = Assert.Single(missingSheet.Rows);
        Assert.Equal((code, "未填报"), (missingRow[0], missingRow[4]));
        Assert.Equal(HttpStatusCode.BadRequest, (await bureau.GetAsync($"/api/annual-reports/missing/export?year={year + 1}")).StatusCode);
        var reminded = await (await bureau.PostAsJsonAsync($"/api/annual-reports/enterprises/{id}/{year}/remind", new { })).JsonAsync();
        Assert.True(reminded.GetProperty("users").GetInt32() >= 1);
        var inbox = await ent.GetJsonAsync<JsonElement>("/api/notifications");
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), n => n.GetProperty("title").GetString()!.Contains($"{year}"));

        var latestBefore = (await bureau.GetJsonAsync<JsonElement>($"/api/enterprises?search={code}")).GetProperty("items")[0].GetProperty("latestYear");
        var filed = await ent.PutAsJsonAsync($"/api/annual-reports/enterprises/{id}/{year}", new { revenue = 8800m, employees = 120, techStaff = 40 });
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        var pending = await filed.JsonAsync();
        Assert.Equal("Pending", pending.GetProperty("status").GetString());
        // Pending: not counted, and off the 催报 list.
        var listed = (await bureau.GetJsonAsync<JsonElement>($"/api/enterprises?search={code}")).GetProperty("items")[0];
        Assert.Equal(latestBefore.ToString(), listed.GetProperty("latestYear").ToString());
        Assert.Equal(0, (await bureau.GetJsonAsync<JsonElement>($"/api/annual-reports/missing?year={year}&search={code}"))
            .GetProperty("page").GetProperty("total").GetInt32());
        var queue = await officer.GetJsonAsync<JsonElement>($"/api/annual-reports/review?status=Pending&year={year}&search={code}");
        Assert.Equal(1, queue.GetProperty("total").GetInt32());
        var officerInbox = await officer.GetJsonAsync<JsonElement>("/api/notifications");
        Assert.Contains(officerInbox.GetProperty("items").EnumerateArray(),
            n => n.GetProperty("title").GetString()!.Contains(detail.GetProperty("name").GetString()!));

        // Another park's officer cannot see it; a return needs a reason.
        var version = pending.GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.NotFound,
            (await otherOfficer.PostAsJsonAsync($"/api/annual-reports/enterprises/{id}/{year}/accept", new { version })).StatusCode);
        var noReason = await officer.PostAsJsonAsync($"/api/annual-reports/enterprises/{id}/{year}/return", new { version });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.JsonAsync()).GetProperty("errors").TryGetProperty("reason", out _));
        var returned = await officer.PostAsJsonAsync($"/api/annual-reports/enterprises/{id}/{year}/return", new { version, reason = "研发人员数与社保记录不符" });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var back = await returned.JsonAsync();
        Assert.Equal(("Returned", "研发人员数与社保记录不符"), (back.GetProperty("status").GetString(), back.GetProperty("returnReason").GetString()));
        Assert.Equal(1, (await bureau.GetJsonAsync<JsonElement>($"/api/annual-reports/missing?year={year}&search={code}"))
            .GetProperty("page").GetProperty("total").GetInt32());
        Assert.Contains((await ent.GetJsonAsync<JsonElement>("/api/notifications")).GetProperty("items").EnumerateArray(),
            n => n.GetProperty("body").GetString()?.Contains("研发人员数与社保记录不符") == true);

        // Filed again, accepted: now it counts, and the enterprise cannot change it any more.
        var refiled = await (await ent.PutAsJsonAsync($"/api/annual-reports/enterprises/{id}/{year}",
            new { revenue = 8800m, employees = 120, techStaff = 40, rdStaff = 25, version = back.GetProperty("version").GetInt32() })).JsonAsync();
        Assert.Equal("Pending", refiled.GetProperty("status").GetString());
        var accepted = await officer.PostAsJsonAsync($"/api/annual-reports/enterprises/{id}/{year}/accept",
            new { version = refiled.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("Accepted", (await accepted.JsonAsync()).GetProperty("status").GetString());
        listed = (await bureau.GetJsonAsync<JsonElement>($"/api/enterprises?search={code}")).GetProperty("items")[0];
        Assert.Equal(year, listed.GetProperty("latestYear").GetInt32());
        Assert.Equal(8800m, listed.GetProperty("latestRevenue").GetDecimal());
        var late = await ent.PutAsJsonAsync($"/api/annual-reports/enterprises/{id}/{year}", new { revenue = 1m, version = 99 });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("report_already_accepted", (await late.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_enterprise_cannot_file_for_another_enterprise()
    {
        var ent = await host.SignInAsync("ent1");
        var own = (await ent.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("enterpriseId").GetGuid();
        var bureau = await host.SignInAsync("bureau");
        var other = (await bureau.GetJsonAsync<JsonElement>("/api/enterprises?pageSize=5")).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("id").GetGuid()).First(g => g != own);
        Assert.Equal(HttpStatusCode.NotFound,
            (await ent.PutAsJsonAsync($"/api/annual-reports/enterprises/{other}/{ThisYear}", new { revenue = 1m })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ent.GetAsync($"/api/annual-reports/enterprises/{other}")).StatusCode);
    }
}
