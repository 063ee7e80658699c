using System.Net;
using System.Text.Json;
using Torchbase.Spreadsheets;
using static Torchbase.Tests.EnterpriseImportFiles;

namespace Torchbase.Tests;

/// <summary>
/// The registries in bulk — innovation platforms, incubation carriers and their tenants: each template in the columns of
/// the export, a bad cell named and nothing written, the corrected file lands, an exported file imports back.
/// </summary>
[Collection(HostCollection.Name)]
public class RegistryImportTests(TorchbaseFactory host)
{
    private static async Task<XlsxSheet> DownloadAsync(ApiClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return XlsxReader.Read(await response.Content.ReadAsStreamAsync(), 100_000);
    }

    private static string Bare(string header) => header.TrimEnd('*');

    private static async Task<(string Park, string Enterprise, string Code)> ZoneFactsAsync(ApiClient bureau)
    {
        var zones = await bureau.GetJsonAsync<JsonElement>("/api/org/zones");
        var park = zones[0].GetProperty("parks")[0].GetProperty("name").GetString()!;
        var layout = await LayoutAsync(bureau);
        var code = EnterpriseApiTests.NewCreditCode();
        var name = $"载体导入{Guid.NewGuid().ToString("N")[..8]}有限公司";
        Assert.Equal(HttpStatusCode.OK,
            (await bureau.Http.PostAsync("/api/enterprises/import", Upload(layout, [Row(code, name, layout.Park, layout.Chain)]))).StatusCode);
        return (park, name, code);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(ApiClient client, string url, IReadOnlyList<string> headers,
        IEnumerable<object?[]> rows)
    {
        var response = await client.Http.PostAsync(url, Upload(XlsxWriter.ToBytes("导入", headers, rows)));
        return (response.StatusCode, await response.JsonAsync());
    }

    private static List<(int, string?)> Cells(JsonElement problem) =>
        [.. problem.GetProperty("rows").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()))];

    [Fact]
    public async Task Platforms_import_all_or_nothing_and_the_lists_export_imports_back()
    {
        var bureau = await host.SignInAsync("bureau");
        var (park, enterprise, _) = await ZoneFactsAsync(bureau);
        var template = await DownloadAsync(bureau, "/api/platforms/import/template");
        var export = await DownloadAsync(bureau, "/api/platforms/export");
        Assert.Equal(export.Headers, template.Headers.Select(Bare));
        Assert.Equal("平台名称*", template.Headers[0]);
        Assert.Single(template.Rows);

        var token = $"平台导入{Guid.NewGuid().ToString("N")[..6]}";
        var rows = new List<object?[]>
        {
            new object?[] { $"{token}工程中心", "工程技术研究中心", "市级", park, enterprise, "新材料", "2024-06-30" },
            new object?[] { $"{token}实验室", "重点实验室", "县级", park, null, null, null },
            new object?[] { $"{token}研究院", "研究院", "省级", "没有这个园区", null, null, null },
        };
        var (status, problem) = await PostAsync(bureau, "/api/platforms/import", template.Headers, rows);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(3, "C")], Cells(problem));
        Assert.Equal(0, (await bureau.GetJsonAsync<JsonElement>($"/api/platforms?search={token}")).GetProperty("total").GetInt32());

        rows[1][2] = "省级";
        (status, problem) = await PostAsync(bureau, "/api/platforms/import", template.Headers, rows);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(4, "D")], Cells(problem));
        Assert.Equal(0, (await bureau.GetJsonAsync<JsonElement>($"/api/platforms?search={token}")).GetProperty("total").GetInt32());

        rows[2][3] = park;
        (status, var done) = await PostAsync(bureau, "/api/platforms/import", template.Headers, rows);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((3, 0), (done.GetProperty("imported").GetInt32(), done.GetProperty("updated").GetInt32()));
        var listed = await bureau.GetJsonAsync<JsonElement>($"/api/platforms?search={token}工程中心");
        var item = Assert.Single(listed.GetProperty("items").EnumerateArray());
        Assert.Equal(("EngineeringCenter", "Municipal", enterprise, "2024-06-30"),
            (item.GetProperty("kind").GetString(), item.GetProperty("level").GetString(), item.GetProperty("enterpriseName").GetString(),
                item.GetProperty("approvedOn").GetString()));

        var exported = await (await bureau.GetAsync($"/api/platforms/export?search={token}")).Content.ReadAsByteArrayAsync();
        Assert.Equal(3, XlsxReader.Read(new MemoryStream(exported), 10).Rows.Count);
        var again = await (await bureau.Http.PostAsync("/api/platforms/import", Upload(exported))).JsonAsync();
        Assert.Equal((0, 3), (again.GetProperty("imported").GetInt32(), again.GetProperty("updated").GetInt32()));
        Assert.Equal(3, (await bureau.GetJsonAsync<JsonElement>($"/api/platforms?search={token}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Incubators_and_their_tenants_import_all_or_nothing_and_export_back()
    {
        var bureau = await host.SignInAsync("bureau");
        var (park, _, code) = await ZoneFactsAsync(bureau);
        var template = await DownloadAsync(bureau, "/api/incubators/import/template");
        var export = await DownloadAsync(bureau, "/api/incubators/export");
        Assert.Equal(export.Headers, template.Headers.Select(Bare));

        var carrier = $"孵化导入{Guid.NewGuid().ToString("N")[..6]}孵化器";
        var rows = new List<object?[]> { new object?[] { carrier, "孵化器", "省级", park, "运营公司", "一万", null, null, null } };
        var (status, problem) = await PostAsync(bureau, "/api/incubators/import", template.Headers, rows);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(2, "F")], Cells(problem));
        Assert.Equal(0, (await bureau.GetJsonAsync<JsonElement>($"/api/incubators?search={carrier}")).GetProperty("total").GetInt32());
        rows[0][5] = 10000m;
        (status, var done) = await PostAsync(bureau, "/api/incubators/import", template.Headers, rows);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, done.GetProperty("imported").GetInt32());

        var tenantTemplate = await DownloadAsync(bureau, "/api/incubators/tenants/import/template");
        Assert.Equal((await DownloadAsync(bureau, "/api/incubators/tenants/export")).Headers, tenantTemplate.Headers.Select(Bare));
        var tenants = new List<object?[]>
        {
            new object?[] { carrier, code, null, "2025-03-01", "已毕业", null },
            new object?[] { "没有这个载体", code, null, "2025-03-01", "在孵", null },
        };
        (status, problem) = await PostAsync(bureau, "/api/incubators/tenants/import", tenantTemplate.Headers, tenants);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(2, "F")], Cells(problem));
        tenants[0][5] = "2026-01-15";
        (status, problem) = await PostAsync(bureau, "/api/incubators/tenants/import", tenantTemplate.Headers, tenants);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(3, "A")], Cells(problem));
        var id = (await bureau.GetJsonAsync<JsonElement>($"/api/incubators?search={carrier}")).GetProperty("items")[0].GetProperty("id").GetGuid();
        Assert.Equal(0, (await bureau.GetJsonAsync<JsonElement>($"/api/incubators/{id}/tenants")).GetArrayLength());

        tenants.RemoveAt(1);
        (status, done) = await PostAsync(bureau, "/api/incubators/tenants/import", tenantTemplate.Headers, tenants);
        Assert.Equal(HttpStatusCode.OK, status);
        var tenant = Assert.Single((await bureau.GetJsonAsync<JsonElement>($"/api/incubators/{id}/tenants")).EnumerateArray());
        Assert.Equal(("Graduated", "2026-01-15"), (tenant.GetProperty("status").GetString(), tenant.GetProperty("leftOn").GetString()));

        var exported = await (await bureau.GetAsync($"/api/incubators/tenants/export?search={carrier}")).Content.ReadAsByteArrayAsync();
        Assert.Single(XlsxReader.Read(new MemoryStream(exported), 10).Rows);
        var again = await (await bureau.Http.PostAsync("/api/incubators/tenants/import", Upload(exported))).JsonAsync();
        Assert.Equal((0, 1), (again.GetProperty("imported").GetInt32(), again.GetProperty("updated").GetInt32()));
        var carriers = await (await bureau.GetAsync($"/api/incubators/export?search={carrier}")).Content.ReadAsByteArrayAsync();
        var carriersAgain = await (await bureau.Http.PostAsync("/api/incubators/import", Upload(carriers))).JsonAsync();
        Assert.Equal((0, 1), (carriersAgain.GetProperty("imported").GetInt32(), carriersAgain.GetProperty("updated").GetInt32()));
    }
}
