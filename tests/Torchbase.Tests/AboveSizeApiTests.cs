using System.Net;
using System.Text.Json;

namespace Torchbase.Tests;

/// <summary>规上 from the industry code and the yearly reports: on the enterprise, and counted into the zone's R&amp;D coverage.</summary>
[Collection(HostCollection.Name)]
public class AboveSizeApiTests(TorchbaseFactory host)
{
    // No demo report is this old: the year's figures are the test's own enterprises only.
    private const int Year = 2016;

    private static async Task<string> NewEnterpriseAsync(ApiClient bureau, string code, string name)
    {
        var input = JsonSerializer.SerializeToElement(await EnterpriseApiTests.NewInputAsync(bureau, name: name));
        var body = input.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        body["industryCode"] = code;
        var created = await bureau.PostAsJsonAsync("/api/enterprises", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.JsonAsync()).GetProperty("id").GetString()!;
    }

    private static async Task ReportAsync(ApiClient bureau, string id, int year, decimal main, decimal revenue, decimal? rd) =>
        Assert.Equal(HttpStatusCode.OK, (await bureau.PutAsJsonAsync($"/api/enterprises/{id}/reports/{year}",
            new { revenue, mainBusinessRevenue = main, rdExpense = rd })).StatusCode);

    private static async Task DeclareAsync(ApiClient bureau, string id, int year, decimal revenue, bool? declared) =>
        Assert.Equal(HttpStatusCode.OK, (await bureau.PutAsJsonAsync($"/api/enterprises/{id}/reports/{year}",
            new { revenue, mainBusinessRevenue = revenue, sizeDeclaration = declared })).StatusCode);

    private static JsonElement Row(JsonElement sheet, string code) =>
        sheet.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);

    [Fact]
    public async Task The_zone_counts_industrial_enterprises_above_the_size_and_their_research_coverage_from_the_reports()
    {
        var bureau = await host.SignInAsync("bureau");
        var withRd = await NewEnterpriseAsync(bureau, "C38", "规上有研发电气有限公司");
        await ReportAsync(bureau, withRd, Year - 1, 2100, 2200, 50);
        await ReportAsync(bureau, withRd, Year, 3000, 3100, 120);
        var withoutRd = await NewEnterpriseAsync(bureau, "c3812", "规上无研发开关有限公司");
        await ReportAsync(bureau, withoutRd, Year, 2000, 2050, 0);
        var below = await NewEnterpriseAsync(bureau, "C29", "规下注塑制品有限公司");
        await ReportAsync(bureau, below, Year, 1999, 2500, 80);
        var services = await NewEnterpriseAsync(bureau, "I65", "规上软件信息有限公司");
        await ReportAsync(bureau, services, Year, 9000, 9000, 500);

        var sheet = await bureau.GetJsonAsync<JsonElement>($"/api/economy/sheet?year={Year}&month=12");
        Assert.Equal(2m, Row(sheet, "ABOVEIND").GetProperty("value").GetDecimal());
        Assert.Equal(1m, Row(sheet, "ABOVEINDRD").GetProperty("value").GetDecimal());
        var coverage = Row(sheet, "RDCOVER");
        Assert.Equal(50m, coverage.GetProperty("value").GetDecimal());
        Assert.False(coverage.GetProperty("isEntered").GetBoolean());
        Assert.True(coverage.GetProperty("acceptsTarget").GetBoolean());
        // Last year: one enterprise above the size, with R&D.
        Assert.Equal(100m, coverage.GetProperty("previousValue").GetDecimal());

        // A yearly target on the rate; none on a share that is not asked for, and no figure is entered for a computed one.
        var target = await bureau.PutAsJsonAsync("/api/economy/targets",
            new { year = Year, targets = new[] { new { code = "RDCOVER", targetValue = 80m } } });
        Assert.Equal(HttpStatusCode.OK, target.StatusCode);
        Assert.Equal(62.5m, Row(await target.JsonAsync(), "RDCOVER").GetProperty("completionPercent").GetDecimal());
        var refused = await bureau.PutAsJsonAsync("/api/economy/targets",
            new { year = Year, targets = new[] { new { code = "TAXSHARE", targetValue = 80m } } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("targets[0].code", out _));
        var entered = await bureau.PutAsJsonAsync("/api/economy/figures",
            new { year = Year, month = 12, figures = new[] { new { code = "ABOVEIND", value = 5m } } });
        Assert.Equal(HttpStatusCode.BadRequest, entered.StatusCode);

        // The enterprise: above the size, with the rule, since when, and where the rule comes from.
        var detail = await bureau.GetJsonAsync<JsonElement>($"/api/enterprises/{withRd}");
        var size = detail.GetProperty("aboveSize");
        Assert.Equal("Above", size.GetProperty("verdict").GetString());
        Assert.Equal(Year, size.GetProperty("year").GetInt32());
        Assert.Equal(Year - 1, size.GetProperty("since").GetInt32());
        Assert.Equal("规模以上工业", size.GetProperty("className").GetString());
        Assert.StartsWith("http", size.GetProperty("sourceUrl").GetString());
        Assert.Equal("C3812", (await bureau.GetJsonAsync<JsonElement>($"/api/enterprises/{withoutRd}")).GetProperty("industryCode").GetString());
        var belowSize = (await bureau.GetJsonAsync<JsonElement>($"/api/enterprises/{below}")).GetProperty("aboveSize");
        Assert.Equal("Below", belowSize.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task An_accepted_yearly_report_moves_the_zones_research_coverage_on_the_dashboard_at_once()
    {
        var leader = await host.SignInAsync("leader");
        var bureau = await host.SignInAsync("bureau");
        async Task<JsonElement> Zone() => (await leader.GetJsonAsync<JsonElement>("/api/dashboard/zones")).EnumerateArray().Single();
        var before = await Zone();
        var year = before.GetProperty("researchCoverageYear").GetInt32();
        var rate = before.GetProperty("researchCoveragePercent");
        decimal? was = rate.ValueKind == JsonValueKind.Null ? null : rate.GetDecimal();

        // One more industrial enterprise above the size: without R&D where every one had it, with R&D otherwise.
        var id = await NewEnterpriseAsync(bureau, "C3812", "覆盖率看板测试有限公司");
        // Read once with the enterprise and without its report, so that the board is kept as it stands before the report.
        Assert.Equal(JsonSerializer.Serialize(rate), JsonSerializer.Serialize((await Zone()).GetProperty("researchCoveragePercent")));
        await ReportAsync(bureau, id, year, 3000, 3100, was == 100m ? 0 : 40);

        var after = (await Zone()).GetProperty("researchCoveragePercent");
        Assert.Equal(JsonValueKind.Number, after.ValueKind);
        Assert.NotEqual(was, after.GetDecimal());
    }

    [Fact]
    public async Task An_industry_code_that_is_not_GB_T_4754_is_a_field_error()
    {
        var bureau = await host.SignInAsync("bureau");
        var input = JsonSerializer.SerializeToElement(await EnterpriseApiTests.NewInputAsync(bureau, name: "代码有误有限公司"));
        var body = input.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        body["industryCode"] = "C3";
        var response = await bureau.PostAsJsonAsync("/api/enterprises", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("C3812", (await response.JsonAsync()).GetProperty("errors").GetProperty("industryCode")[0].GetString());
    }

    [Fact]
    public async Task The_import_reads_the_industry_code_and_a_workbook_without_the_column_keeps_the_codes_stored()
    {
        var bureau = await host.SignInAsync("bureau");
        var layout = await EnterpriseImportFiles.LayoutAsync(bureau);
        Assert.Equal("国民经济行业代码", layout.Headers[^1]); // last: an older template's workbook still lines up
        var code = EnterpriseApiTests.NewCreditCode();
        async Task<JsonElement> Stored() =>
            (await bureau.GetJsonAsync<JsonElement>($"/api/enterprises?search={code}")).GetProperty("items").EnumerateArray().Single();

        var row = EnterpriseImportFiles.Row(code, "行业代码导入有限公司", layout.Park, layout.Chain);
        var first = await bureau.Http.PostAsync("/api/enterprises/import", EnterpriseImportFiles.Upload(layout, [[.. row, "c3812"]]));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("C3812", (await Stored()).GetProperty("industryCode").GetString());

        var older = layout with { Headers = [.. layout.Headers.SkipLast(1)] };
        var renamed = EnterpriseImportFiles.Row(code, "行业代码导入（更名）有限公司", layout.Park, layout.Chain);
        Assert.Equal(HttpStatusCode.OK, (await bureau.Http.PostAsync("/api/enterprises/import", EnterpriseImportFiles.Upload(older, [renamed]))).StatusCode);
        var after = await Stored();
        Assert.Equal("行业代码导入（更名）有限公司", after.GetProperty("name").GetString());
        Assert.Equal("C3812", after.GetProperty("industryCode").GetString());

        var bad = await bureau.Http.PostAsync("/api/enterprises/import", EnterpriseImportFiles.Upload(layout, [[.. row, "C3"]]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var error = (await bad.JsonAsync()).GetProperty("rows").EnumerateArray().Single();
        Assert.Equal("国民经济行业代码", error.GetProperty("header").GetString());
        Assert.Equal("C3812", (await Stored()).GetProperty("industryCode").GetString());
    }

    [Fact]
    public async Task The_list_filters_by_the_verdict_of_the_latest_report_as_the_enterprise_page_states_it_and_the_export_follows()
    {
        // Years of their own, so that the zone's counts for Year above stay the other test's.
        const int FilterYear = Year - 3;
        var bureau = await host.SignInAsync("bureau");
        var token = "规上筛选" + Guid.NewGuid().ToString("N")[..6];
        async Task<string> Make(string suffix, string code) => await NewEnterpriseAsync(bureau, code, $"{token}{suffix}有限公司");
        var above = await Make("工业规上", "C3812");
        await ReportAsync(bureau, above, FilterYear, 2000, 2000, 10);
        var fallen = await Make("工业回落", "C38");
        await ReportAsync(bureau, fallen, FilterYear - 1, 5000, 5000, 10);
        await ReportAsync(bureau, fallen, FilterYear, 1999, 2500, 10);
        var leasing = await Make("物业规上", "K702");
        await ReportAsync(bureau, leasing, FilterYear, 100, 1000, null);
        var building = await Make("建筑", "E47");
        await ReportAsync(bureau, building, FilterYear, 100, 100, null);
        var developer = await Make("房地产开发", "K701");
        await ReportAsync(bureau, developer, FilterYear, 90000, 90000, null);
        // 建筑业 and 房地产开发: the report's declaration decides, not the revenue.
        var licensed = await Make("建筑有资质", "E4710");
        await DeclareAsync(bureau, licensed, FilterYear, 10, true);
        var idle = await Make("房地产无开发", "K7010");
        await DeclareAsync(bureau, idle, FilterYear, 90000, false);
        var coarse = await Make("批零未细分", "F");
        await ReportAsync(bureau, coarse, FilterYear, 9000, 9000, null);
        var noFigure = await Make("未报主营", "C29");
        Assert.Equal(HttpStatusCode.OK, (await bureau.PutAsJsonAsync($"/api/enterprises/{noFigure}/reports/{FilterYear}", new { revenue = 9000m })).StatusCode);
        var noReport = await Make("未报年报", "C29");
        var farming = await Make("农业", "A01");
        await ReportAsync(bureau, farming, FilterYear, 9000, 9000, null);

        var expected = new Dictionary<string, string[]>
        {
            ["Above"] = [above, leasing, licensed],
            ["Below"] = [fallen, idle],
            ["Declaration"] = [building, developer],
            ["Unknown"] = [coarse, noFigure, noReport],
            ["OutOfScope"] = [farming],
        };
        foreach (var (verdict, ids) in expected)
        {
            var listed = (await bureau.GetJsonAsync<JsonElement>($"/api/enterprises?search={token}&aboveSize={verdict}&pageSize=50"))
                .GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).Order().ToList();
            Assert.Equal(ids.Order().ToList(), listed);
            // The page of each says the same (an enterprise without a report has no sentence at all).
            foreach (var id in ids.Where(i => i != noReport))
            {
                var detail = await bureau.GetJsonAsync<JsonElement>($"/api/enterprises/{id}");
                Assert.Equal(verdict, detail.GetProperty("aboveSize").GetProperty("verdict").GetString());
            }
        }

        var response = await bureau.GetAsync($"/api/enterprises/export?search={token}&aboveSize=Declaration");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sheet = Spreadsheets.XlsxReader.Read(await response.Content.ReadAsStreamAsync(), 10_000);
        Assert.Equal([$"{token}建筑有限公司", $"{token}房地产开发有限公司"],
            sheet.Rows.Select(r => r[sheet.Headers.ToList().IndexOf("企业名称")]).Order());
    }

    [Fact]
    public async Task A_first_time_industrial_award_matches_the_enterprises_that_entered_the_scope_that_year_with_a_reason()
    {
        // Years within what the matching reads (the four years before the evaluation date).
        const int Entered = 2025;
        var bureau = await host.SignInAsync("bureau");
        var token = "上规入统" + Guid.NewGuid().ToString("N")[..6];
        async Task<string> Make(string suffix, string code, decimal before, decimal now)
        {
            var id = await NewEnterpriseAsync(bureau, code, $"{token}{suffix}有限公司");
            await ReportAsync(bureau, id, Entered - 1, before, before, 10);
            await ReportAsync(bureau, id, Entered, now, now, 10);
            return id;
        }
        var newcomer = await Make("新进规", "C3812", 1800, 2100);
        var already = await Make("老规上", "C38", 2500, 2600);
        var shortOf = await Make("差一点", "C29", 1500, 1730);
        var services = await Make("服务业", "I65", 900, 2100);

        var created = await bureau.PostAsJsonAsync("/api/policies", new
        {
            title = $"首次纳入规上工业企业奖励 {token}", documentNo = "测试〔2026〕2号", issuingBody = "高新区管委会", level = "District",
            inForceFrom = "2026-01-01", inForceUntil = "2027-12-31", text = "示例政策",
            items = new[]
            {
                new
                {
                    name = "首次纳入规上工业企业 奖励", type = "Reward", rule = new { kind = "Fixed", @fixed = 20 }, noApplication = true,
                    conditions = new object[] { new { kind = "BecameAboveSize", year = Entered, sizeClass = "industry" } },
                },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var policy = await created.JsonAsync();
        var itemId = policy.GetProperty("items")[0].GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK,
            (await bureau.PostAsJsonAsync($"/api/policies/{policy.GetProperty("id").GetString()}/publish", new { version = 0 })).StatusCode);

        var matched = (await bureau.GetJsonAsync<JsonElement>($"/api/policies/items/{itemId}/matching")).GetProperty("enterprises")
            .EnumerateArray().Select(e => e.GetProperty("enterpriseId").GetString()).ToList();
        Assert.Contains(newcomer, matched);
        Assert.DoesNotContain(already, matched);
        Assert.DoesNotContain(shortOf, matched);
        Assert.DoesNotContain(services, matched);

        async Task<JsonElement?> Match(string id, string list) =>
            (await bureau.GetJsonAsync<JsonElement>($"/api/policies/matching/enterprises/{id}")).GetProperty(list).EnumerateArray()
            .Where(m => m.GetProperty("itemId").GetString() == itemId).Select(m => (JsonElement?)m).SingleOrDefault();
        var yes = (await Match(newcomer, "qualifies"))!.Value;
        Assert.Equal("Eligible", yes.GetProperty("verdict").GetString());
        Assert.Equal(20m, yes.GetProperty("amount").GetDecimal());
        var reason = yes.GetProperty("conditions")[0].GetProperty("reason").GetString()!;
        Assert.Contains("2025 年度新纳入规模（限额）以上（规模以上工业）", reason);
        Assert.Contains("已满足", reason);

        // 270 万元 short of the 2000 万元 main-business revenue: nearly, with the gap in the reason.
        var near = (await Match(shortOf, "nearly"))!.Value;
        Assert.Equal("NearMiss", near.GetProperty("verdict").GetString());
        Assert.Equal(270m, near.GetProperty("conditions")[0].GetProperty("gap").GetDecimal());
        Assert.Contains("270", near.GetProperty("conditions")[0].GetProperty("reason").GetString());
        Assert.Null(await Match(already, "qualifies"));
        Assert.Null(await Match(already, "nearly"));
        Assert.Null(await Match(services, "nearly"));
    }

    [Fact]
    public async Task A_size_condition_with_a_year_before_the_rules_or_an_unknown_sector_is_a_field_error()
    {
        var bureau = await host.SignInAsync("bureau");
        var response = await bureau.PostAsJsonAsync("/api/policies", new
        {
            title = "规上条件有误", documentNo = "测试〔2026〕3号", issuingBody = "高新区管委会", level = "District",
            inForceFrom = "2026-01-01", text = "示例政策",
            items = new[]
            {
                new
                {
                    name = "规上奖励", type = "Reward", rule = new { kind = "Fixed", @fixed = 5 }, noApplication = false,
                    conditions = new object[] { new { kind = "AboveSize", year = 2005 }, new { kind = "AboveSize", sizeClass = "mining" } },
                },
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("items[0].conditions[0].year", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("items[0].conditions[1].sizeClass", out _), errors.ToString());
    }

    [Fact]
    public async Task The_size_declaration_is_kept_by_the_report_and_carried_by_the_template_and_the_export()
    {
        var bureau = await host.SignInAsync("bureau");
        var id = await NewEnterpriseAsync(bureau, "E47", "申报资质建筑有限公司");
        await DeclareAsync(bureau, id, Year, 100, true);
        var detail = await bureau.GetJsonAsync<JsonElement>($"/api/enterprises/{id}");
        var report = detail.GetProperty("reports").EnumerateArray().Single(r => r.GetProperty("year").GetInt32() == Year);
        Assert.True(report.GetProperty("sizeDeclaration").GetBoolean());
        Assert.Equal("Above", detail.GetProperty("aboveSize").GetProperty("verdict").GetString());
        Assert.Contains("总承包或专业承包资质", detail.GetProperty("aboveSize").GetProperty("declaration").GetString());

        // The template and the export carry the column; the export imports back unchanged.
        var template = Spreadsheets.XlsxReader.Read(await (await bureau.GetAsync("/api/annual-reports/import/template")).Content.ReadAsStreamAsync(), 100);
        Assert.Contains(template.Headers, h => h.Contains("建筑业资质", StringComparison.Ordinal));
        var export = await bureau.GetAsync($"/api/annual-reports/export?year={Year}&search=申报资质建筑");
        var sheet = Spreadsheets.XlsxReader.Read(await export.Content.ReadAsStreamAsync(), 100);
        var column = sheet.Headers.ToList().FindIndex(h => h.Contains("建筑业资质", StringComparison.Ordinal));
        Assert.Equal("是", Assert.Single(sheet.Rows)[column]);
    }
}
