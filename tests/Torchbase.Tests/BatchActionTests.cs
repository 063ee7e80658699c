using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;

namespace Torchbase.Tests;

/// <summary>Batch actions on the lists officers work through: the same step on many rows at once, one audited change per row.</summary>
[Collection(HostCollection.Name)]
public class BatchActionTests(TorchbaseFactory host)
{
    /// <summary>A second chief service officer for a park (the demo has one per park), so a request can change hands.</summary>
    private async Task<(string Id, string DisplayName)> NewOfficerAsync(string parkId)
    {
        var admin = await host.SignInAsync("admin");
        var zone = (await (await host.SignInAsync("leader")).GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("zoneId").GetString();
        var userName = $"o-{Guid.NewGuid():N}"[..20];
        var displayName = $"批量测试服务员{userName[2..6]}";
        var created = await admin.PostAsJsonAsync("/api/admin/users",
            new { userName, displayName, password = "First#Pass2026", role = "ServiceOfficer", zoneId = zone, parkId });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return ((await created.JsonAsync()).GetProperty("id").GetString()!, displayName);
    }

    /// <summary>Requests the park puts on the desk for one of its enterprises, so each test has open ones of its own.</summary>
    private static async Task<List<string>> NewRequestsAsync(ApiClient park, int count)
    {
        var enterprise = (await park.GetJsonAsync<JsonElement>("/api/enterprises?pageSize=1&sort=name")).GetProperty("items")[0].GetProperty("id").GetString();
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var created = await park.PostAsJsonAsync("/api/service/requests",
                new { title = $"批量测试诉求{i}", description = "厂区道路维修", category = "Land", urgency = "Normal", enterpriseId = enterprise });
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            ids.Add((await created.JsonAsync()).GetProperty("summary").GetProperty("id").GetString()!);
        }
        return ids;
    }

    private static async Task<string?> OfficerNameAsync(ApiClient client, string id) =>
        (await client.GetJsonAsync<JsonElement>($"/api/service/requests/{id}")).GetProperty("summary").GetProperty("officerName").GetString();

    [Fact]
    public async Task A_park_gives_selected_requests_another_officer_in_one_step_each_change_audited()
    {
        var park1 = await host.SignInAsync("park1");
        var parkId = (await park1.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("parkId").GetString()!;
        var (officerId, officerName) = await NewOfficerAsync(parkId);
        var chosen = await NewRequestsAsync(park1, 3);
        var before = await OfficerNameAsync(park1, chosen[0]);

        // One request the caller cannot see refuses the whole batch: nothing changes.
        var park2 = await host.SignInAsync("park2");
        var elsewhere = (await NewRequestsAsync(park2, 1))[0];
        var refused = await park1.PostAsJsonAsync("/api/service/requests/batch/officer", new { ids = new[] { chosen[0], elsewhere }, officerId });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("ids", out _));
        Assert.Equal(before, await OfficerNameAsync(park1, chosen[0]));

        var done = await park1.PostAsJsonAsync("/api/service/requests/batch/officer", new { ids = chosen, officerId });
        var result = await done.JsonAsync();
        Assert.True(done.StatusCode == HttpStatusCode.OK, result.ToString());
        Assert.Equal(3, result.GetProperty("changed").GetInt32());
        Assert.Equal(0, result.GetProperty("unchanged").GetInt32());
        Assert.Equal(chosen.Order().ToList(), result.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).Order().ToList());
        foreach (var id in chosen)
        {
            Assert.Equal(officerName, await OfficerNameAsync(park1, id));
            var history = (await park1.GetJsonAsync<JsonElement>($"/api/audit/records/request/{id}")).EnumerateArray().ToList();
            Assert.Contains(history, e => e.GetProperty("action").GetString() == "Updated" && e.GetProperty("userName").GetString() == "park1");
        }
        // The new officer is told which requests are now theirs.
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var links = await db.Notifications.IgnoreQueryFilters().Where(n => n.UserId == Guid.Parse(officerId)).Select(n => n.Link!).ToListAsync();
            Assert.Equal(chosen.Select(id => $"/service/requests/{id}").Order().ToList(), links.Order().ToList());
        }

        // The same batch again changes nothing, and says so.
        var again = await (await park1.PostAsJsonAsync("/api/service/requests/batch/officer", new { ids = chosen, officerId })).JsonAsync();
        Assert.Equal(0, again.GetProperty("changed").GetInt32());
        Assert.Equal(3, again.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task A_batch_is_refused_for_an_officer_of_another_park_for_a_department_and_for_no_rows()
    {
        var park1 = await host.SignInAsync("park1");
        var park2 = await host.SignInAsync("park2");
        var park2Id = (await park2.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("parkId").GetString()!;
        var (otherOfficer, _) = await NewOfficerAsync(park2Id);
        var chosen = await NewRequestsAsync(park1, 2);

        var wrongPark = await park1.PostAsJsonAsync("/api/service/requests/batch/officer", new { ids = chosen, officerId = otherOfficer });
        Assert.Equal(HttpStatusCode.BadRequest, wrongPark.StatusCode);
        Assert.True((await wrongPark.JsonAsync()).GetProperty("errors").TryGetProperty("officerId", out _));

        var none = await park1.PostAsJsonAsync("/api/service/requests/batch/officer", new { ids = Array.Empty<string>(), officerId = otherOfficer });
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);

        var dept = await host.SignInAsync("dept1");
        var forbidden = await dept.PostAsJsonAsync("/api/service/requests/batch/officer", new { ids = chosen, officerId = otherOfficer });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    /// <summary>Enterprises of the bureau's own, in the first park of the first zone, so moving them leaves the demo as it was.</summary>
    private static async Task<List<string>> NewEnterprisesAsync(ApiClient bureau, string prefix, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var created = await bureau.PostAsJsonAsync("/api/enterprises", await EnterpriseApiTests.NewInputAsync(bureau, name: $"{prefix}{i}有限公司"));
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            ids.Add((await created.JsonAsync()).GetProperty("id").GetString()!);
        }
        return ids;
    }

    [Fact]
    public async Task The_bureau_moves_selected_enterprises_to_another_park_and_into_the_library_all_or_nothing_each_change_audited()
    {
        var bureau = await host.SignInAsync("bureau");
        var prefix = $"批量{Guid.NewGuid():N}"[..10];
        var chosen = await NewEnterprisesAsync(bureau, prefix, 3);
        var parks = (await bureau.GetJsonAsync<JsonElement>("/api/org/zones"))[0].GetProperty("parks").EnumerateArray()
            .Select(p => p.GetProperty("id").GetString()!).ToList();
        var (from, to) = (parks[0], parks[1]);
        async Task<string> ParkOf(string id) => (await bureau.GetJsonAsync<JsonElement>($"/api/enterprises/{id}")).GetProperty("parkId").GetString()!;

        // An enterprise of another zone refuses the whole batch: nothing moves.
        var leader2 = await host.SignInAsync("leader2");
        var elsewhere = (await leader2.GetJsonAsync<JsonElement>("/api/enterprises?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetString()!;
        var refused = await bureau.PostAsJsonAsync("/api/enterprises/batch/park", new { ids = chosen.Append(elsewhere), parkId = to });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("ids", out _));
        Assert.Equal(from, await ParkOf(chosen[0]));

        var moved = await (await bureau.PostAsJsonAsync("/api/enterprises/batch/park", new { ids = chosen, parkId = to })).JsonAsync();
        Assert.Equal(3, moved.GetProperty("changed").GetInt32());
        Assert.Equal(0, moved.GetProperty("unchanged").GetInt32());
        foreach (var id in chosen)
        {
            Assert.Equal(to, await ParkOf(id));
            var history = (await bureau.GetJsonAsync<JsonElement>($"/api/audit/records/enterprise/{id}")).EnumerateArray().ToList();
            Assert.Contains(history, e => e.GetProperty("action").GetString() == "Updated" && e.GetProperty("userName").GetString() == "bureau");
        }
        var again = await (await bureau.PostAsJsonAsync("/api/enterprises/batch/park", new { ids = chosen, parkId = to })).JsonAsync();
        Assert.Equal((0, 3), (again.GetProperty("changed").GetInt32(), again.GetProperty("unchanged").GetInt32()));

        // Into the 培育库 for a tier and year: once, then already there.
        var year = host.Clock.GetUtcNow().Year;
        var library = new { ids = chosen, targetTier = "HighTech", targetYear = year };
        var added = await (await bureau.PostAsJsonAsync("/api/enterprises/batch/library", library)).JsonAsync();
        Assert.Equal((3, 0), (added.GetProperty("changed").GetInt32(), added.GetProperty("unchanged").GetInt32()));
        var entries = await bureau.GetJsonAsync<JsonElement>($"/api/cultivation/library?search={prefix}&tier=HighTech&year={year}");
        Assert.Equal(3, entries.GetProperty("total").GetInt32());
        var twice = await (await bureau.PostAsJsonAsync("/api/enterprises/batch/library", library)).JsonAsync();
        Assert.Equal((0, 3), (twice.GetProperty("changed").GetInt32(), twice.GetProperty("unchanged").GetInt32()));
        var outOfRange = await bureau.PostAsJsonAsync("/api/enterprises/batch/library", library with { targetYear = year + 6 });
        Assert.True((await outOfRange.JsonAsync()).GetProperty("errors").TryGetProperty("targetYear", out _));
    }

    [Fact]
    public async Task A_park_cannot_move_enterprises_to_a_park_it_does_not_see_and_a_department_cannot_batch_enterprises()
    {
        var park1 = await host.SignInAsync("park1");
        var mine = (await park1.GetJsonAsync<JsonElement>("/api/enterprises?pageSize=2")).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("id").GetString()!).ToList();
        var park2 = (await (await host.SignInAsync("park2")).GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("parkId").GetString();
        var refused = await park1.PostAsJsonAsync("/api/enterprises/batch/park", new { ids = mine, parkId = park2 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("parkId", out _));
        var tooMany = await park1.PostAsJsonAsync("/api/enterprises/batch/park",
            new { ids = Enumerable.Range(0, 201).Select(_ => Guid.NewGuid()), parkId = park2 });
        Assert.True((await tooMany.JsonAsync()).GetProperty("errors").TryGetProperty("ids", out _));

        var dept = await host.SignInAsync("dept1");
        Assert.Equal(HttpStatusCode.Forbidden, (await dept.PostAsJsonAsync("/api/enterprises/batch/park", new { ids = mine, parkId = park2 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await dept.PostAsJsonAsync("/api/enterprises/batch/library", new { ids = mine, targetTier = "HighTech", targetYear = 2026 })).StatusCode);
    }
}

