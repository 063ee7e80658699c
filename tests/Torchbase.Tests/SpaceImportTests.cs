using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;
using Torchbase.Spreadsheets;
using static Torchbase.Tests.EnterpriseImportFiles;

namespace Torchbase.Tests;

/// <summary>
/// A zone's space in bulk (buildings, units, leases) — every bad row named and nothing written, the good files land, the same
/// files again change nothing — the buildings sorted by occupancy, and a project's space need kept on the project.
/// </summary>
[Collection(HostCollection.Name)]
public class SpaceImportTests(TorchbaseFactory host)
{
    private static readonly string[] BuildingHeaders = ["楼宇名称", "所属园区", "类型", "层数", "建筑面积（平方米）", "产权方"];
    private static readonly string[] UnitHeaders = ["单元", "所属楼宇", "所属园区", "楼层", "面积（平方米）", "楼面荷载（kN/m²）", "供电容量（kVA）", "状态"];
    private static readonly string[] LeaseHeaders =
        ["所属园区", "所属楼宇", "单元", "统一社会信用代码", "承租企业", "起租日期", "到期日期", "租赁面积（平方米）", "月租金（元/平方米）", "先租后让", "约定转让日期", "租金缴至"];

    private async Task<T> AsSystemAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = db.RunAsSystem();
        return await read(db);
    }

    private static async Task<JsonElement> OkJson(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(ApiClient client, string url, IReadOnlyList<string> headers,
        IEnumerable<object?[]> rows)
    {
        var response = await client.Http.PostAsync(url, Upload(XlsxWriter.ToBytes("导入", headers, rows)));
        return (response.StatusCode, await response.JsonAsync());
    }

    private static List<(int, string?)> Cells(JsonElement problem) =>
        [.. problem.GetProperty("rows").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()))];

    private static (int, int) Counts(JsonElement done) => (done.GetProperty("imported").GetInt32(), done.GetProperty("updated").GetInt32());

    /// <summary>park1's park (name and id) and ent1's enterprise (credit code and name), which park1 may let to.</summary>
    private async Task<(Guid ParkId, string Park, string Code, string Enterprise)> FactsAsync()
    {
        var me = await (await host.SignInAsync("park1")).GetJsonAsync<JsonElement>("/api/auth/me");
        var parkId = Guid.Parse(me.GetProperty("parkId").GetString()!);
        var ent = await (await host.SignInAsync("ent1")).GetJsonAsync<JsonElement>("/api/auth/me");
        var enterpriseId = Guid.Parse(ent.GetProperty("enterpriseId").GetString()!);
        var park = await AsSystemAsync(db => db.Parks.Where(p => p.Id == parkId).Select(p => p.Name).FirstAsync());
        var enterprise = await AsSystemAsync(db => db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => new { e.CreditCode, e.Name }).FirstAsync());
        return (parkId, park, enterprise.CreditCode, enterprise.Name);
    }

    [Fact]
    public async Task Buildings_units_and_leases_import_all_or_nothing_each_bad_row_reported_and_the_same_files_again_change_nothing()
    {
        var (_, park, code, enterprise) = await FactsAsync();
        var officer = await host.SignInAsync("park1");
        var token = Guid.NewGuid().ToString("N")[..8];
        var (b1, b2) = ($"导入厂房{token}-1", $"导入厂房{token}-2");

        var template = XlsxReader.Read(await (await officer.Http.GetAsync("/api/space/buildings/import/template")).Content.ReadAsStreamAsync(), 1000);
        Assert.Equal(BuildingHeaders, template.Headers.Select(h => h.TrimEnd('*')));
        Assert.Equal("楼宇名称*", template.Headers[0]);
        foreach (var url in new[] { "/api/space/space-units/import/template", "/api/space/leases/import/template" })
            Assert.Equal(HttpStatusCode.OK, (await officer.Http.GetAsync(url)).StatusCode);

        // Buildings: a park the officer does not have is named on its row, and nothing is stored.
        var buildings = new List<object?[]>
        {
            new object?[] { b1, park, "标准化厂房", 4, 6000, "园区平台公司" },
            new object?[] { b2, park, "办公楼", 10, 9000, "民营" },
            new object?[] { $"导入厂房{token}-3", "没有这个园区", "办公楼", 3, 1000, "其他" },
        };
        var (status, problem) = await PostAsync(officer, "/api/space/buildings/import", BuildingHeaders, buildings);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(4, "B")], Cells(problem));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("errorReportUrl").GetString()));
        Assert.Equal(0, (await officer.GetJsonAsync<JsonElement>($"/api/space/buildings?search={token}")).GetProperty("total").GetInt32());

        buildings.RemoveAt(2);
        (status, var done) = await PostAsync(officer, "/api/space/buildings/import", BuildingHeaders, buildings);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((2, 0), Counts(done));
        (status, done) = await PostAsync(officer, "/api/space/buildings/import", BuildingHeaders, buildings);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((0, 2), Counts(done));
        Assert.Equal(2, (await officer.GetJsonAsync<JsonElement>($"/api/space/buildings?search={token}")).GetProperty("total").GetInt32());

        // Units: a unit twice in the file, then a building the park does not have.
        var units = new List<object?[]>
        {
            new object?[] { "101", b1, park, 1, 1000, 10, 400, null },
            new object?[] { "102", b1, park, 1, 500, 5, null, "空置" },
            new object?[] { "101", b1, park, 2, 800, null, null, null },
        };
        (status, problem) = await PostAsync(officer, "/api/space/space-units/import", UnitHeaders, units);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(4, "A")], Cells(problem));
        units[2] = ["201", "没有这栋楼", park, 2, 800, null, null, null];
        (status, problem) = await PostAsync(officer, "/api/space/space-units/import", UnitHeaders, units);
        Assert.Equal([(4, "B")], Cells(problem));
        Assert.Equal(0, await AsSystemAsync(db => db.SpaceUnits.CountAsync(u => db.Buildings.Any(b => b.Id == u.BuildingId && b.Name == b1))));

        units.RemoveAt(2);
        (status, done) = await PostAsync(officer, "/api/space/space-units/import", UnitHeaders, units);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((2, 0), Counts(done));

        // Leases: cell errors first (end before start, negative rent), then what only the stored units tell (area over the
        // unit's, a lease overlapping another row's on the same unit), each on its row and column; nothing stored either time.
        object?[] Lease(string unit, string from, string to, decimal area, decimal rent = 12) =>
            [park, b1, unit, code, enterprise, from, to, area, rent, "否", null, null];
        var leases = new List<object?[]>
        {
            Lease("101", "2026-01-01", "2028-12-31", 800),
            Lease("102", "2027-01-01", "2026-12-31", 500),
            Lease("102", "2027-01-01", "2027-12-31", 500, -1),
        };
        (status, problem) = await PostAsync(officer, "/api/space/leases/import", LeaseHeaders, leases);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(3, "G"), (4, "I")], Cells(problem));
        Assert.Equal("到期日期不能早于起租日期", problem.GetProperty("rows")[0].GetProperty("message").GetString());

        leases[1] = Lease("102", "2027-01-01", "2027-12-31", 600);
        leases[2] = Lease("101", "2027-01-01", "2027-06-30", 200);
        var english = await host.SignInAsync("park1");
        english.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        (status, problem) = await PostAsync(english, "/api/space/leases/import", LeaseHeaders, leases);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(3, "H"), (4, "F")], Cells(problem));
        Assert.Equal("Overlaps the unit's lease from 2026-01-01 to 2028-12-31", problem.GetProperty("rows")[1].GetProperty("message").GetString());
        Assert.Equal(0, await AsSystemAsync(db => db.Leases.CountAsync(l => db.SpaceUnits.Any(u => u.Id == l.UnitId
            && db.Buildings.Any(b => b.Id == u.BuildingId && b.Name == b1)))));

        leases[1] = Lease("102", "2027-01-01", "2027-12-31", 500);
        leases.RemoveAt(2);
        (status, done) = await PostAsync(officer, "/api/space/leases/import", LeaseHeaders, leases);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((2, 0), Counts(done));
        (status, done) = await PostAsync(officer, "/api/space/leases/import", LeaseHeaders, leases);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((0, 2), Counts(done));

        // Let today (2026-11-23): 101 is leased; 102's lease starts next year, so it stays vacant. Every write is in the audit trail.
        var stored = await AsSystemAsync(db => db.SpaceUnits.Where(u => db.Buildings.Any(b => b.Id == u.BuildingId && b.Name == b1))
            .OrderBy(u => u.Name).Select(u => new { u.Name, u.Status, u.Id }).ToListAsync());
        Assert.Equal(["101:Leased", "102:Vacant"], stored.Select(u => $"{u.Name}:{u.Status}"));
        var unitIds = stored.Select(u => u.Id).ToList();
        Assert.Equal(2, await AsSystemAsync(db => db.Leases.CountAsync(l => unitIds.Contains(l.UnitId))));
        var leaseIds = (await AsSystemAsync(db => db.Leases.Where(l => unitIds.Contains(l.UnitId)).Select(l => l.Id).ToListAsync()))
            .Select(id => id.ToString()).ToList();
        Assert.True(await AsSystemAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "Lease" && a.EntityId != null && leaseIds.Contains(a.EntityId))));
        var listed = await officer.GetJsonAsync<JsonElement>($"/api/space/buildings?search={b1}");
        Assert.Equal(0.5333m, listed.GetProperty("items")[0].GetProperty("occupancy").GetDecimal());
    }

    [Fact]
    public async Task A_lease_import_into_a_unit_under_disposal_or_for_an_unknown_credit_code_is_refused()
    {
        var (parkId, park, _, _) = await FactsAsync();
        var officer = await host.SignInAsync("park1");
        var name = $"处置楼{Guid.NewGuid().ToString("N")[..8]}";
        var building = await OkJson(await officer.PostAsJsonAsync("/api/space/buildings",
            new { name, parkId, kind = "Office", floors = 2, grossArea = 900, owner = "Private" }));
        await OkJson(await officer.PostAsJsonAsync("/api/space/space-units",
            new { name = "D1", buildingId = building.GetProperty("id").GetString(), area = 300, status = "Disposal" }));
        var (status, problem) = await PostAsync(officer, "/api/space/leases/import", LeaseHeaders,
            [[park, name, "D1", EnterpriseApiTests.NewCreditCode(), null, "2026-01-01", "2026-12-31", 100, 10, null, null, null]]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal([(2, "C"), (2, "D")], Cells(problem));
    }

    [Fact]
    public async Task Buildings_sort_by_occupancy_and_vacant_area_both_ways_and_page_in_that_order()
    {
        var (parkId, _, _, _) = await FactsAsync();
        var ent = await (await host.SignInAsync("ent1")).GetJsonAsync<JsonElement>("/api/auth/me");
        var officer = await host.SignInAsync("park1");
        var token = $"排序{Guid.NewGuid().ToString("N")[..8]}";
        async Task<string> Building(string suffix) => (await OkJson(await officer.PostAsJsonAsync("/api/space/buildings",
            new { name = token + suffix, parkId, kind = "Office", floors = 2, grossArea = 900, owner = "Private" }))).GetProperty("id").GetString()!;
        async Task<string> Unit(string building, decimal area) => (await OkJson(await officer.PostAsJsonAsync("/api/space/space-units",
            new { name = "U", buildingId = building, area, status = "Vacant" }))).GetProperty("id").GetString()!;
        // X: full; Y: empty, 100 m² vacant; Z: nothing lettable (no rate); W: empty, 200 m² vacant.
        var x = await Building("X");
        var full = await Unit(x, 100);
        await OkJson(await officer.PostAsJsonAsync("/api/space/leases", new
        {
            unitId = full, enterpriseId = ent.GetProperty("enterpriseId").GetString(), from = "2026-01-01", to = "2027-12-31", area = 100, monthlyRent = 10,
        }));
        await Unit(await Building("Y"), 100);
        await Building("Z");
        await Unit(await Building("W"), 200);

        async Task<string> Order(string query) => string.Join(' ', (await officer.GetJsonAsync<JsonElement>($"/api/space/buildings?search={token}&{query}"))
            .GetProperty("items").EnumerateArray().Select(b => b.GetProperty("name").GetString()![token.Length..]));
        Assert.Equal("W Y X Z", await Order("sort=occupancy"));
        Assert.Equal("X Y W Z", await Order("sort=occupancy&desc=true"));
        Assert.Equal("X Z Y W", await Order("sort=vacantArea"));
        Assert.Equal("W Y X Z", await Order("sort=vacantArea&desc=true"));
        var second = await officer.GetJsonAsync<JsonElement>($"/api/space/buildings?search={token}&sort=occupancy&page=2&pageSize=3");
        Assert.Equal(4, second.GetProperty("total").GetInt32());
        Assert.Equal(token + "Z", Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(100m, (await officer.GetJsonAsync<JsonElement>($"/api/space/buildings?search={token}Y")).GetProperty("items")[0]
            .GetProperty("vacantArea").GetDecimal());
    }

    [Fact]
    public async Task A_projects_space_need_is_kept_on_the_project_validated_not_clamped_and_a_stale_edit_is_a_conflict()
    {
        var (parkId, _, _, _) = await FactsAsync();
        var officer = await host.SignInAsync("park1");
        var projectId = await AsSystemAsync(db => db.Projects.Where(p => p.ParkId == parkId).OrderBy(p => p.Name).Select(p => p.Id).FirstAsync());
        var url = $"/api/space/projects/{projectId}/need";
        var before = await officer.GetJsonAsync<JsonElement>(url);
        var version = before.GetProperty("version").GetInt32();

        foreach (var (body, field) in new (object, string)[]
        {
            (new { area = 0, version }, "area"), (new { area = -5, version }, "area"), (new { area = 100, floorLoad = 0, version }, "floorLoad"),
            (new { area = 100, floorLoad = 1001, version }, "floorLoad"), (new { area = 100, powerKva = -1, version }, "powerKva"),
            (new { area = 100 }, "version"),
        })
        {
            var refused = await officer.PutAsJsonAsync(url, body);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), field);
        }
        Assert.Equal(before.GetProperty("area").ToString(), (await officer.GetJsonAsync<JsonElement>(url)).GetProperty("area").ToString());

        var saved = await OkJson(await officer.PutAsJsonAsync(url, new { area = 1250.5m, floorLoad = 8, powerKva = 315, version }));
        Assert.Equal(1250.5m, saved.GetProperty("area").GetDecimal());
        Assert.True(saved.GetProperty("version").GetInt32() > version);
        var kept = await officer.GetJsonAsync<JsonElement>(url);
        Assert.Equal((1250.5m, 8m, 315m),
            (kept.GetProperty("area").GetDecimal(), kept.GetProperty("floorLoad").GetDecimal(), kept.GetProperty("powerKva").GetDecimal()));
        // It is an edit of the project: the project's own version moved with it, and an edit on the old version is a conflict.
        var project = await officer.GetJsonAsync<JsonElement>($"/api/projects/{projectId}");
        Assert.Equal(saved.GetProperty("version").GetInt32(), project.GetProperty("project").GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PutAsJsonAsync(url, new { area = 10, version })).StatusCode);
        Assert.Equal(1250.5m, (await officer.GetJsonAsync<JsonElement>(url)).GetProperty("area").GetDecimal());
        // Enterprises read space but not projects; no one edits a project outside their scope.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.SignInAsync("ent1")).PutAsJsonAsync(url, new { area = 10, version })).StatusCode);
    }
}
