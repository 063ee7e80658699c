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
}
