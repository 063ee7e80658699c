using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;

namespace Torchbase.Tests;

[Collection(HostCollection.Name)]
public class SpaceApiTests(TorchbaseFactory host)
{
    private static async Task<JsonElement> OkJson(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<JsonElement> FieldError(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var errors), body);
        return errors;
    }

    private async Task<T> AsSystemAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = db.RunAsSystem();
        return await read(db);
    }

    private DateOnly Today => DateOnly.FromDateTime(host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd");

    private static object Building(string name, Guid parkId, int? version = null) =>
        new { name, parkId, kind = "StandardFactory", floors = 3, grossArea = 4500, owner = "ParkCompany", version };

    private static object Unit(string name, string buildingId, decimal area, string status = "Vacant", int? version = null) =>
        new { name, buildingId, floor = 1, area, floorLoad = 10, powerKva = 400, status, version };

    private async Task<(Guid ParkId, Guid EnterpriseId, Guid OtherParkId)> ParkAndEnterpriseAsync()
    {
        var me = await (await host.SignInAsync("park1")).GetJsonAsync<JsonElement>("/api/auth/me");
        var parkId = Guid.Parse(me.GetProperty("parkId").GetString()!);
        var ent = await (await host.SignInAsync("ent1")).GetJsonAsync<JsonElement>("/api/auth/me");
        var enterpriseId = Guid.Parse(ent.GetProperty("enterpriseId").GetString()!);
        var other = await AsSystemAsync(db => db.Parks.Where(p => p.Id != parkId && db.Parks.Any(x => x.Id == parkId && x.ZoneId == p.ZoneId))
            .Select(p => p.Id).FirstAsync());
        return (parkId, enterpriseId, other);
    }

    [Fact]
    public async Task A_building_with_units_and_a_lease_raises_the_occupancy_and_the_unit_is_let()
    {
        var (parkId, enterpriseId, _) = await ParkAndEnterpriseAsync();
        var park = await host.SignInAsync("park1");
        var building = await OkJson(await park.PostAsJsonAsync("/api/space/buildings", Building($"标准化厂房 {Guid.NewGuid():N}", parkId)));
        var buildingId = building.GetProperty("id").GetString()!;
        var big = await OkJson(await park.PostAsJsonAsync("/api/space/space-units", Unit("1号厂房一层", buildingId, 1000)));
        await OkJson(await park.PostAsJsonAsync("/api/space/space-units", Unit("1号厂房二层", buildingId, 500)));
        var bigId = big.GetProperty("id").GetString()!;

        var before = await park.GetJsonAsync<JsonElement>($"/api/space/occupancy?buildingId={buildingId}&months=3");
        Assert.Equal(1500m, before.GetProperty("total").GetProperty("lettableArea").GetDecimal());
        Assert.Equal(0m, before.GetProperty("total").GetProperty("rate").GetDecimal());

        // The lease covers this month and the next two: this month rises to 1000/1500, last month stays empty.
        var from = Today.AddDays(1 - Today.Day);
        var lease = await OkJson(await park.PostAsJsonAsync("/api/space/leases", new
        {
            unitId = bigId, enterpriseId, from = D(from), to = D(from.AddMonths(3).AddDays(-1)), area = 1000, monthlyRent = 12.5m,
            leaseThenTransfer = true, transferBy = D(from.AddYears(3)),
        }));
        var after = await park.GetJsonAsync<JsonElement>($"/api/space/occupancy?buildingId={buildingId}&months=3");
        Assert.Equal(0.6667m, after.GetProperty("total").GetProperty("rate").GetDecimal());
        var months = after.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("rate").GetDecimal()).ToList();
        Assert.Equal([0m, 0m, 0.6667m], months);
        var parkRow = (await park.GetJsonAsync<JsonElement>("/api/space/occupancy?months=1")).GetProperty("parks").EnumerateArray()
            .Single(p => p.GetProperty("id").GetString() == parkId.ToString());
        Assert.True(parkRow.GetProperty("leasedArea").GetDecimal() >= 1000);

        // The unit is let today: it reads 已租 and cannot be set vacant.
        var unit = (await park.GetJsonAsync<JsonElement>($"/api/space/space-units?buildingId={buildingId}&sort=area&desc=true"))
            .GetProperty("items")[0];
        Assert.Equal("Leased", unit.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(unit.GetProperty("tenant").GetString()));
        var vacant = await park.PutAsJsonAsync($"/api/space/space-units/{bigId}",
            Unit("1号厂房一层", buildingId, 1000, "Vacant", unit.GetProperty("version").GetInt32()));
        Assert.Contains("在租", (await FieldError(vacant, "status"))[0].GetString() ?? "", StringComparison.Ordinal);

        // A second lease of the same unit overlapping the first is refused with a field error, and nothing is written.
        var count = await AsSystemAsync(db => db.Leases.CountAsync());
        var overlap = await park.PostAsJsonAsync("/api/space/leases", new
        {
            unitId = bigId, enterpriseId, from = D(from.AddMonths(2)), to = D(from.AddMonths(14)), area = 500, monthlyRent = 10,
        });
        await FieldError(overlap, "from");
        Assert.Equal(count, await AsSystemAsync(db => db.Leases.CountAsync()));
        // Right after it, it is fine.
        await OkJson(await park.PostAsJsonAsync("/api/space/leases", new
        {
            unitId = bigId, enterpriseId, from = D(from.AddMonths(3)), to = D(from.AddMonths(15).AddDays(-1)), area = 800, monthlyRent = 10,
        }));

        // The enterprise reads its lease; a stale version is a conflict.
        var ent = await host.SignInAsync("ent1");
        var own = await ent.GetJsonAsync<JsonElement>($"/api/space/leases?unitId={bigId}");
        Assert.Equal(2, own.GetProperty("total").GetInt32());
        var stale = await park.PutAsJsonAsync($"/api/space/buildings/{buildingId}", Building(building.GetProperty("name").GetString()!, parkId, 99));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        // Removing the lease that covers today frees the unit.
        Assert.Equal(HttpStatusCode.NoContent, (await park.DeleteAsync($"/api/space/leases/{lease.GetProperty("id").GetString()}")).StatusCode);
        var freed = (await park.GetJsonAsync<JsonElement>($"/api/space/space-units?buildingId={buildingId}&status=Vacant")).GetProperty("items");
        Assert.Equal(2, freed.GetArrayLength());
        // Every change is in the audit log.
        Assert.True(await AsSystemAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "Lease")));
    }

    [Fact]
    public async Task A_park_officer_sees_and_edits_only_their_own_park_and_an_enterprise_only_its_own_leases()
    {
        var (parkId, enterpriseId, otherParkId) = await ParkAndEnterpriseAsync();
        var bureau = await host.SignInAsync("bureau");
        var park = await host.SignInAsync("park1");
        var name = $"其他园区办公楼 {Guid.NewGuid():N}";
        var other = await OkJson(await bureau.PostAsJsonAsync("/api/space/buildings", Building(name, otherParkId)));
        var otherId = other.GetProperty("id").GetString()!;

        Assert.Equal(1, (await bureau.GetJsonAsync<JsonElement>($"/api/space/buildings?search={name}")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await park.GetJsonAsync<JsonElement>($"/api/space/buildings?search={name}")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await park.PutAsJsonAsync($"/api/space/buildings/{otherId}", Building(name, parkId, 0))).StatusCode);
        await FieldError(await park.PostAsJsonAsync("/api/space/buildings", Building($"越权 {Guid.NewGuid():N}", otherParkId)), "parkId");
        await FieldError(await park.PostAsJsonAsync("/api/space/space-units", Unit("A1", otherId, 100)), "buildingId");

        // An enterprise sees its own lease and the building it leases in, not another enterprise's lease nor a building it does not lease.
        var neighbour = await AsSystemAsync(db => db.Enterprises
            .Where(e => e.Id != enterpriseId && e.ParkId == parkId).Select(e => e.Id).FirstAsync());
        var mine = (await OkJson(await park.PostAsJsonAsync("/api/space/buildings", Building($"共用楼 {Guid.NewGuid():N}", parkId))))
            .GetProperty("id").GetString()!;
        var today = Today;
        foreach (var (unitName, tenant) in new[] { ("S1", enterpriseId), ("S2", neighbour) })
        {
            var unitId = (await OkJson(await park.PostAsJsonAsync("/api/space/space-units", Unit(unitName, mine, 300)))).GetProperty("id").GetString();
            await OkJson(await park.PostAsJsonAsync("/api/space/leases", new
            {
                unitId, enterpriseId = tenant, from = D(today), to = D(today.AddYears(1)), area = 300, monthlyRent = 15,
            }));
        }
        var ent = await host.SignInAsync("ent1");
        Assert.Equal(0, (await ent.GetJsonAsync<JsonElement>($"/api/space/buildings?search={name}")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await ent.GetJsonAsync<JsonElement>($"/api/space/buildings?parkId={parkId}&search=共用楼&pageSize=100")).GetProperty("items")
            .EnumerateArray().Count(b => b.GetProperty("id").GetString() == mine));
        var leases = (await ent.GetJsonAsync<JsonElement>($"/api/space/leases?buildingId={mine}")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("S1", Assert.Single(leases).GetProperty("unitName").GetString());
        Assert.Equal(enterpriseId.ToString(), leases[0].GetProperty("enterpriseId").GetString());
        Assert.Equal(2, (await park.GetJsonAsync<JsonElement>($"/api/space/leases?buildingId={mine}")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await ent.PostAsJsonAsync("/api/space/buildings", Building("x", parkId))).StatusCode);
    }

    [Fact]
    public async Task A_space_need_is_matched_to_vacant_units_best_fit_first_with_the_reasons()
    {
        var (parkId, _, _) = await ParkAndEnterpriseAsync();
        var park = await host.SignInAsync("park1");
        var buildingId = (await OkJson(await park.PostAsJsonAsync("/api/space/buildings", Building($"匹配 {Guid.NewGuid():N}", parkId))))
            .GetProperty("id").GetString()!;
        foreach (var (n, area) in new[] { ("M-大", 98_000m), ("M-刚好", 97_000m), ("M-小", 96_000m) })
            await OkJson(await park.PostAsJsonAsync("/api/space/space-units", Unit(n, buildingId, area)));

        var matches = (await park.GetJsonAsync<JsonElement>($"/api/space/match?area=97000&floorLoad=8&parkId={parkId}&all=true"))
            .EnumerateArray().ToList();
        Assert.Equal("M-刚好", matches[0].GetProperty("unit").GetProperty("name").GetString());
        Assert.Equal(["Fits"], matches[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("M-大", matches[1].GetProperty("unit").GetProperty("name").GetString());
        var small = matches.Single(m => m.GetProperty("unit").GetProperty("name").GetString() == "M-小");
        Assert.False(small.GetProperty("fits").GetBoolean());
        Assert.Equal(["TooSmall"], small.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        await FieldError(await park.GetAsync("/api/space/match?area=0"), "area");
    }

    [Fact]
    public async Task A_project_reserves_a_matched_vacant_unit_and_releasing_it_sets_it_vacant_again()
    {
        var (parkId, _, _) = await ParkAndEnterpriseAsync();
        var park = await host.SignInAsync("park1");
        var projectId = await AsSystemAsync(db => db.Projects.Where(p => p.ParkId == parkId).Select(p => p.Id).FirstAsync());
        var buildingId = (await OkJson(await park.PostAsJsonAsync("/api/space/buildings", Building($"预留 {Guid.NewGuid():N}", parkId))))
            .GetProperty("id").GetString()!;
        var unit = await OkJson(await park.PostAsJsonAsync("/api/space/space-units", Unit("R-1", buildingId, 88_000)));
        var unitId = unit.GetProperty("id").GetString()!;
        var match = (await park.GetJsonAsync<JsonElement>($"/api/space/match?area=87500&floorLoad=10&powerKva=400&parkId={parkId}")).EnumerateArray()
            .First(m => m.GetProperty("unit").GetProperty("id").GetString() == unitId);
        Assert.True(match.GetProperty("fits").GetBoolean());

        await FieldError(await park.PostAsJsonAsync($"/api/space/space-units/{unitId}/reserve", new { version = 0 }), "projectId");
        await FieldError(await park.PostAsJsonAsync($"/api/space/space-units/{unitId}/reserve", new { projectId }), "version");
        Assert.Equal(HttpStatusCode.Conflict,
            (await park.PostAsJsonAsync($"/api/space/space-units/{unitId}/reserve", new { projectId, version = 7 })).StatusCode);
        var reserved = await OkJson(await park.PostAsJsonAsync($"/api/space/space-units/{unitId}/reserve",
            new { projectId, version = unit.GetProperty("version").GetInt32() }));
        Assert.Equal("Reserved", reserved.GetProperty("status").GetString());
        Assert.Equal(projectId.ToString(), reserved.GetProperty("reservedForProjectId").GetString());
        Assert.False(string.IsNullOrEmpty(reserved.GetProperty("reservedForProject").GetString()));
        var forProject = (await park.GetJsonAsync<JsonElement>($"/api/space/space-units?projectId={projectId}")).GetProperty("items");
        Assert.Contains(forProject.EnumerateArray(), u => u.GetProperty("id").GetString() == unitId);
        // No longer vacant: it cannot be reserved twice, nor matched as fitting.
        Assert.Equal(HttpStatusCode.Conflict, (await park.PostAsJsonAsync($"/api/space/space-units/{unitId}/reserve",
            new { projectId, version = reserved.GetProperty("version").GetInt32() })).StatusCode);

        var released = await OkJson(await park.PostAsJsonAsync($"/api/space/space-units/{unitId}/release",
            new { version = reserved.GetProperty("version").GetInt32() }));
        Assert.Equal("Vacant", released.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, released.GetProperty("reservedForProjectId").ValueKind);
        Assert.Equal(HttpStatusCode.Conflict, (await park.PostAsJsonAsync($"/api/space/space-units/{unitId}/release",
            new { version = released.GetProperty("version").GetInt32() })).StatusCode);
        Assert.True(await AsSystemAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "SpaceUnit" && a.EntityId == unitId)));
    }
}
