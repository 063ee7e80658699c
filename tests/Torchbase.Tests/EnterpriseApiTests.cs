using System.Net;
using System.Text.Json;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Tests;

[Collection(HostCollection.Name)]
public class EnterpriseApiTests(TorchbaseFactory host)
{
    internal static string NewCreditCode()
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var body = "91410400" + new string(Enumerable.Range(0, 9).Select(_ => alphabet[Random.Shared.Next(alphabet.Length)]).ToArray());
        return body + CreditCode.CheckCharacter(body);
    }

    internal static async Task<object> NewInputAsync(ApiClient client, string? code = null, string name = "测试新材料有限公司")
    {
        var zones = await client.GetJsonAsync<JsonElement>("/api/org/zones");
        var chains = await client.GetJsonAsync<JsonElement>("/api/org/industry-chains");
        return new
        {
            creditCode = code ?? NewCreditCode(), name, parkId = zones[0].GetProperty("parks")[0].GetProperty("id").GetString(),
            industryChain = chains[0].GetProperty("code").GetString(), scale = "Small", registeredOn = "2020-05-01",
            contactName = "张三", contactPhone = "13812345678",
        };
    }

    [Fact]
    public async Task List_pages_filters_and_sorts()
    {
        var bureau = await host.SignInAsync("bureau");
        var page1 = await bureau.GetJsonAsync<JsonElement>("/api/enterprises?page=1&pageSize=10&sort=name");
        var page2 = await bureau.GetJsonAsync<JsonElement>("/api/enterprises?page=2&pageSize=10&sort=name");
        Assert.Equal(10, page1.GetProperty("items").GetArrayLength());
        var names = page1.GetProperty("items").EnumerateArray().Concat(page2.GetProperty("items").EnumerateArray()).Select(e =>
            e.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal).ToList(), names);
        Assert.Equal(20, names.Distinct().Count());

        // A page outside the bounds is refused by name, never quietly turned into another page (any list: the rule is the API's).
        foreach (var (query, field) in new[] { ("pageSize=201", "pageSize"), ("pageSize=0", "pageSize"), ("page=0", "page"), ("page=-3", "page") })
            foreach (var list in new[] { "/api/enterprises", "/api/projects", "/api/service/requests" })
            {
                var refused = await bureau.GetAsync($"{list}?{query}");
                Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
                Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), $"{list}?{query}");
            }

        var highTech = await bureau.GetJsonAsync<JsonElement>("/api/enterprises?qualification=HighTech&pageSize=200");
        Assert.True(highTech.GetProperty("total").GetInt32() > 0);
        AssertAllNonEmpty(highTech.GetProperty("items").EnumerateArray(),
            e => Assert.Contains("HighTech", e.GetProperty("qualifications").EnumerateArray().Select(q => q.GetString())));

        var byRevenue = await bureau.GetJsonAsync<JsonElement>("/api/enterprises?sort=revenue&desc=true&pageSize=20");
        var revenues = byRevenue.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("latestRevenue")).Where(r =>
            r.ValueKind == JsonValueKind.Number).Select(r => r.GetDecimal()).ToList();
        Assert.Equal(revenues.OrderDescending().ToList(), revenues);
    }

    [Fact]
    public async Task Invalid_credit_code_is_a_field_error_in_chinese_and_english()
    {
        var bureau = await host.SignInAsync("bureau");
        var input = await NewInputAsync(bureau, code: "91350100M000100Y44");
        var response = await bureau.PostAsJsonAsync("/api/enterprises", input);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("统一社会信用代码校验位错误", (await response.JsonAsync()).GetProperty("errors").GetProperty("creditCode")[0].GetString());

        bureau.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await (await bureau.PostAsJsonAsync("/api/enterprises", input)).JsonAsync();
        Assert.Equal("The credit code's check character is wrong", english.GetProperty("errors").GetProperty("creditCode")[0].GetString());
    }

    [Fact]
    public async Task A_founding_date_after_today_is_refused_with_a_field_error()
    {
        var bureau = await host.SignInAsync("bureau");
        var tomorrow = host.Clock.Today().AddDays(1).ToString("yyyy-MM-dd");
        var input = JsonSerializer.SerializeToElement(await NewInputAsync(bureau, name: "未来成立有限公司"));
        var body = input.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        body["registeredOn"] = tomorrow;
        var response = await bureau.PostAsJsonAsync("/api/enterprises", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("不能晚于今天", (await response.JsonAsync()).GetProperty("errors").GetProperty("registeredOn")[0].GetString());

        body["registeredOn"] = host.Clock.Today().ToString("yyyy-MM-dd");
        var created = await bureau.PostAsJsonAsync("/api/enterprises", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetString();
        var lifecycle = await bureau.PostAsJsonAsync($"/api/enterprises/{id}/lifecycle", new { kind = "Retained", occurredOn = tomorrow });
        Assert.Equal(HttpStatusCode.BadRequest, lifecycle.StatusCode);
        Assert.True((await lifecycle.JsonAsync()).GetProperty("errors").TryGetProperty("occurredOn", out _));
    }

    [Fact]
    public async Task Create_then_duplicate_credit_code_conflicts()
    {
        var bureau = await host.SignInAsync("bureau");
        var code = NewCreditCode();
        var created = await bureau.PostAsJsonAsync("/api/enterprises", await NewInputAsync(bureau, code, "重复检测科技有限公司"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var again = await bureau.PostAsJsonAsync("/api/enterprises", await NewInputAsync(bureau, code, "另一家公司"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("duplicate_credit_code", (await again.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Concurrent_edit_is_refused_and_the_first_edit_survives()
    {
        var bureau = await host.SignInAsync("bureau");
        var park1 = await host.SignInAsync("park1");
        var created = await (await bureau.PostAsJsonAsync("/api/enterprises", await NewInputAsync(bureau))).JsonAsync();
        var id = created.GetProperty("id").GetString();
        var version = created.GetProperty("version").GetInt32();
        object Edit(string contact) => new
        {
            creditCode = created.GetProperty("creditCode").GetString(), name = created.GetProperty("name").GetString(),
            parkId = created.GetProperty("parkId").GetString(), industryChain = created.GetProperty("industryChain").GetString(),
            scale = "Small", registeredOn = "2020-05-01", contactName = contact, version,
        };

        var first = await bureau.PutAsJsonAsync($"/api/enterprises/{id}", Edit("第一位"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await park1.PutAsJsonAsync($"/api/enterprises/{id}", Edit("第二位"));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.JsonAsync();
        Assert.Equal("concurrency", problem.GetProperty("code").GetString());
        Assert.Equal("第一位", problem.GetProperty("current").GetProperty("contactName").GetString());
        var stored = await bureau.GetJsonAsync<JsonElement>($"/api/enterprises/{id}");
        Assert.Equal("第一位", stored.GetProperty("contactName").GetString());
        Assert.Equal(version + 1, stored.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Report_keeps_missing_figures_missing_and_rejects_impossible_ones()
    {
        var bureau = await host.SignInAsync("bureau");
        var id = (await (await bureau.PostAsJsonAsync("/api/enterprises", await NewInputAsync(bureau))).JsonAsync()).GetProperty("id").GetString();
        var bad = await bureau.PutAsJsonAsync($"/api/enterprises/{id}/reports/2025", new { revenue = 100m, highTechRevenue = 200m, employees = -1 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("highTechRevenue", out _));
        Assert.True(errors.TryGetProperty("employees", out _));

        var ok = await bureau.PutAsJsonAsync($"/api/enterprises/{id}/reports/2025", new { revenue = 1234.5m, rdExpense = (decimal?)null, employees = 30 });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var report = (await ok.JsonAsync()).GetProperty("reports")[0];
        Assert.Equal(1234.5m, report.GetProperty("revenue").GetDecimal());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("rdExpense").ValueKind);
    }

    [Fact]
    public async Task Changes_are_audited_with_before_and_after()
    {
        var bureau = await host.SignInAsync("bureau");
        var created = await (await bureau.PostAsJsonAsync("/api/enterprises", await NewInputAsync(bureau, name: "审计测试科技有限公司"))).JsonAsync();
        var id = created.GetProperty("id").GetString();
        await bureau.PostAsJsonAsync($"/api/enterprises/{id}/lifecycle", new { kind = "MovedOut", occurredOn = "2026-01-05", note = "迁往外地" });

        var leader = await host.SignInAsync("leader");
        var log = await leader.GetJsonAsync<JsonElement>($"/api/audit?search={id}&pageSize=50");
        var update = log.GetProperty("items").EnumerateArray().First(a => a.GetProperty("action").GetString() == "Updated"
            && a.GetProperty("entity").GetString() == "Enterprise");
        Assert.Equal("bureau", update.GetProperty("userName").GetString());
        var status = update.GetProperty("changes").GetProperty("Status");
        Assert.Equal("Active", status.GetProperty("before").GetString());
        Assert.Equal("MovedOut", status.GetProperty("after").GetString());

        var leader2 = await host.SignInAsync("leader2");
        var otherZone = await leader2.GetJsonAsync<JsonElement>($"/api/audit?search={id}");
        Assert.Equal(0, otherZone.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Phone_numbers_are_masked_for_readers_without_write_permission()
    {
        var bureau = await host.SignInAsync("bureau");
        var officer = await host.SignInAsync("officer1");
        var id = (await (await bureau.PostAsJsonAsync("/api/enterprises", await NewInputAsync(bureau))).JsonAsync()).GetProperty("id").GetString();
        Assert.Equal("13812345678", (await bureau.GetJsonAsync<JsonElement>($"/api/enterprises/{id}")).GetProperty("contactPhone").GetString());
        Assert.Equal("138****5678", (await officer.GetJsonAsync<JsonElement>($"/api/enterprises/{id}")).GetProperty("contactPhone").GetString());
    }

    [Fact]
    public async Task Export_is_an_xlsx_with_chinese_headers()
    {
        var bureau = await host.SignInAsync("bureau");
        var response = await bureau.GetAsync("/api/enterprises/export?qualification=HighTech");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Spreadsheets.XlsxWriter.ContentType, response.Content.Headers.ContentType!.MediaType);
        var sheet = Spreadsheets.XlsxReader.Read(await response.Content.ReadAsStreamAsync(), 10_000);
        Assert.Equal("统一社会信用代码", sheet.Headers[0]);
        var list = await bureau.GetJsonAsync<JsonElement>("/api/enterprises?qualification=HighTech");
        Assert.Equal(list.GetProperty("total").GetInt32(), sheet.Rows.Count);
    }

    [Fact]
    public async Task Health_and_openapi_answer()
    {
        var anonymous = await host.AnonymousAsync();
        Assert.Equal("Healthy", await (await anonymous.GetAsync("/health")).Content.ReadAsStringAsync());
        var openapi = await (await anonymous.GetAsync("/openapi/v1.json")).JsonAsync();
        Assert.True(openapi.GetProperty("paths").TryGetProperty("/api/enterprises", out _));
    }
}
