using System.Net;
using System.Text.Json;
using Torchbase.Spreadsheets;
using static Torchbase.Tests.EnterpriseImportFiles;

namespace Torchbase.Tests;

[Collection(HostCollection.Name)]
public class ImportTests(TorchbaseFactory host)
{
    [Fact]
    public async Task A_file_with_one_bad_row_is_rejected_whole_with_row_and_column()
    {
        var bureau = await host.SignInAsync("bureau");
        var (headers, park, chain) = await LayoutAsync(bureau);
        var good = EnterpriseApiTests.NewCreditCode();
        var rows = new[]
        {
            Row(good, "导入测试甲有限公司", park, chain),
            Row(EnterpriseApiTests.NewCreditCode(), "导入测试乙有限公司", park, chain, scale: "巨型"),
            Row(EnterpriseApiTests.NewCreditCode(), "导入测试丙有限公司", park, chain),
        };
        var response = await bureau.Http.PostAsync("/api/enterprises/import", Upload(XlsxWriter.ToBytes("企业", headers, rows)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.JsonAsync();
        var error = Assert.Single(problem.GetProperty("rows").EnumerateArray());
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Equal("F", error.GetProperty("column").GetString());
        Assert.Equal("企业规模", error.GetProperty("header").GetString());

        var written = await bureau.GetJsonAsync<JsonElement>($"/api/enterprises?search={good}");
        Assert.Equal(0, written.GetProperty("total").GetInt32());

        var report = await bureau.GetAsync(problem.GetProperty("errorReportUrl").GetString()!);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var sheet = XlsxReader.Read(await report.Content.ReadAsStreamAsync(), 10);
        var reported = Assert.Single(sheet.Rows);
        Assert.Equal("3", reported[0]);
        Assert.Contains("企业规模", reported[sheet.Headers.Count - 1]);

        var other = await host.SignInAsync("park1");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(problem.GetProperty("errorReportUrl").GetString()!)).StatusCode);
    }

    [Fact]
    public async Task A_founding_date_after_today_rejects_the_file()
    {
        var bureau = await host.SignInAsync("bureau");
        var (headers, park, chain) = await LayoutAsync(bureau);
        var code = EnterpriseApiTests.NewCreditCode();
        var rows = new[] { Row(code, "导入未来成立有限公司", park, chain, date: host.Clock.Today().AddYears(1).ToString("yyyy-MM-dd")) };
        var response = await bureau.Http.PostAsync("/api/enterprises/import", Upload(XlsxWriter.ToBytes("企业", headers, rows)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single((await response.JsonAsync()).GetProperty("rows").EnumerateArray());
        Assert.Equal("成立日期", error.GetProperty("header").GetString());
        Assert.Equal(0, (await bureau.GetJsonAsync<JsonElement>($"/api/enterprises?search={code}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_valid_file_creates_and_updates_in_one_go()
    {
        var bureau = await host.SignInAsync("bureau");
        var (headers, park, chain) = await LayoutAsync(bureau);
        var codes = Enumerable.Range(0, 3).Select(_ => EnterpriseApiTests.NewCreditCode()).ToList();
        var rows = codes.Select((c, i) => Row(c, $"批量导入{i}号有限公司", park, chain, date: (45000 + i).ToString())).ToArray();
        var response = await bureau.Http.PostAsync("/api/enterprises/import", Upload(XlsxWriter.ToBytes("企业", headers, rows)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, (await response.JsonAsync()).GetProperty("imported").GetInt32());

        rows[0][1] = "批量导入更名有限公司";
        var again = await bureau.Http.PostAsync("/api/enterprises/import", Upload(XlsxWriter.ToBytes("企业", headers, rows)));
        var result = await again.JsonAsync();
        Assert.Equal(0, result.GetProperty("imported").GetInt32());
        Assert.Equal(3, result.GetProperty("updated").GetInt32());
        var renamed = await bureau.GetJsonAsync<JsonElement>($"/api/enterprises?search={codes[0]}");
        Assert.Equal("批量导入更名有限公司", renamed.GetProperty("items")[0].GetProperty("name").GetString());
        Assert.Equal("2023-03-15", renamed.GetProperty("items")[0].GetProperty("registeredOn").GetString());
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3, 4 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0 })]
    public async Task A_broken_file_is_a_400_not_a_500(byte[] bytes)
    {
        var bureau = await host.SignInAsync("bureau");
        var response = await bureau.Http.PostAsync("/api/enterprises/import", Upload(bytes));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("import_bad_file", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_missing_required_column_is_reported()
    {
        var bureau = await host.SignInAsync("bureau");
        var response = await bureau.Http.PostAsync("/api/enterprises/import",
            Upload(XlsxWriter.ToBytes("企业", ["企业名称"], [["只有名称有限公司"]])));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var headers = (await response.JsonAsync()).GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("header").GetString()).ToList();
        Assert.Contains("统一社会信用代码", headers);
    }
}
