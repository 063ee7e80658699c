using System.Net;
using System.Text.Json;
using Torchbase.Http;

namespace Torchbase.Tests;

/// <summary>The notification centre's filters on GET /api/notifications: kind, China dates, read state; bad ranges are refused.</summary>
[Collection(HostCollection.Name)]
public class NotificationCentreApiTests(TorchbaseFactory host)
{
    private static async Task<List<JsonElement>> ListAsync(ApiClient client, string query) =>
        (await client.GetJsonAsync<JsonElement>($"/api/notifications?pageSize=200&{query}")).GetProperty("items").EnumerateArray().ToList();

    [Fact]
    public async Task Notifications_are_filtered_by_kind_date_and_read_state()
    {
        var ent = await host.SignInAsync("ent1");
        var officer = await host.SignInAsync("officer1");
        var created = await ent.PostAsJsonAsync("/api/service/requests",
            new { title = "消息中心测试", description = "需要协调水电", category = "Utilities", urgency = "Normal" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var link = $"/service/requests/{(await created.JsonAsync()).GetProperty("summary").GetProperty("id").GetString()}";
        bool Mine(JsonElement n) => n.GetProperty("link").GetString() == link;

        var requests = await ListAsync(officer, "kind=ServiceRequest");
        var note = Assert.Single(requests, Mine);
        Assert.Equal("ServiceRequest", note.GetProperty("kind").GetString());
        Assert.All(requests, n => Assert.StartsWith("/service/requests/", n.GetProperty("link").GetString()));
        Assert.DoesNotContain(await ListAsync(officer, "kind=AnnualReport"), Mine);
        Assert.DoesNotContain(await ListAsync(officer, "kind=Other"), Mine);

        var today = host.Clock.Today();
        Assert.Contains(await ListAsync(officer, $"from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}"), Mine);
        Assert.DoesNotContain(await ListAsync(officer, $"from={today.AddDays(1):yyyy-MM-dd}"), Mine);
        Assert.DoesNotContain(await ListAsync(officer, $"to={today.AddDays(-1):yyyy-MM-dd}"), Mine);

        Assert.Contains(await ListAsync(officer, "unreadOnly=true&kind=ServiceRequest"), Mine);
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsJsonAsync($"/api/notifications/{note.GetProperty("id").GetString()}/read", new { }))
            .StatusCode);
        Assert.DoesNotContain(await ListAsync(officer, "unreadOnly=true&kind=ServiceRequest"), Mine);
        Assert.True(Assert.Single(await ListAsync(officer, "kind=ServiceRequest"), Mine).GetProperty("read").GetBoolean());
    }

    [Fact]
    public async Task A_range_ending_before_it_starts_or_an_unknown_kind_is_refused()
    {
        var officer = await host.SignInAsync("officer1");
        var backwards = await officer.GetAsync("/api/notifications?from=2026-11-20&to=2026-11-10");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        var problem = await backwards.JsonAsync();
        Assert.Equal("结束日期不能早于开始日期", problem.GetProperty("errors").GetProperty("to")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync("/api/notifications?kind=Gossip")).StatusCode);
    }
}
