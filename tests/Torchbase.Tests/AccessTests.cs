using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Torchbase.Tests;

[Collection(HostCollection.Name)]
public class AccessTests(TorchbaseFactory host)
{
    private static async Task<(int Total, List<JsonElement> Items)> ListAsync(ApiClient client, string query = "")
    {
        var page = await client.GetJsonAsync<JsonElement>($"/api/enterprises?pageSize=200{query}");
        return (page.GetProperty("total").GetInt32(), page.GetProperty("items").EnumerateArray().ToList());
    }

    [Fact]
    public async Task Anonymous_write_is_401_and_anonymous_read_is_401()
    {
        var anonymous = await host.AnonymousAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/enterprises", new { name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/enterprises")).StatusCode);
    }

    [Fact]
    public async Task Write_without_antiforgery_token_is_refused()
    {
        var bureau = await host.SignInAsync("bureau");
        bureau.Http.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
        var response = await bureau.PostAsJsonAsync("/api/enterprises", new { name = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("antiforgery", (await response.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Park_officer_sees_only_their_park_and_gets_404_for_another()
    {
        var bureau = await host.SignInAsync("bureau");
        var park1 = await host.SignInAsync("park1");
        var me = await park1.GetJsonAsync<JsonElement>("/api/auth/me");
        var parkId = me.GetProperty("parkId").GetString();

        var (total, items) = await ListAsync(park1);
        Assert.True(total > 0);
        AssertAllNonEmpty(items, e => Assert.Equal(parkId, e.GetProperty("parkId").GetString()));

        var (_, all) = await ListAsync(bureau);
        var elsewhere = all.First(e => e.GetProperty("parkId").GetString() != parkId).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await park1.GetAsync($"/api/enterprises/{elsewhere}")).StatusCode);
        var update = await park1.PutAsJsonAsync($"/api/enterprises/{elsewhere}", new { name = "x" });
        Assert.Equal(HttpStatusCode.NotFound, update.StatusCode);
    }

    [Fact]
    public async Task Enterprise_user_sees_itself_only()
    {
        var ent = await host.SignInAsync("ent1");
        var me = await ent.GetJsonAsync<JsonElement>("/api/auth/me");
        var (total, items) = await ListAsync(ent);
        Assert.Equal(1, total);
        Assert.Equal(me.GetProperty("enterpriseId").GetString(), items[0].GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await ent.PostAsJsonAsync("/api/enterprises", new { })).StatusCode);
    }

    [Fact]
    public async Task Bank_sees_only_consenting_enterprises()
    {
        var bank = await host.SignInAsync("bank1");
        var bureau = await host.SignInAsync("bureau");
        var (bankTotal, visible) = await ListAsync(bank);
        var (_, all) = await ListAsync(bureau, "&sort=registeredOn");
        // The demo gives the first bank consent from every tenth of the main zone's 150 generated enterprises.
        Assert.Equal(15, bankTotal);
        var hidden = all.Select(e => e.GetProperty("id").GetString()).Except(visible.Select(e => e.GetProperty("id").GetString())).First();
        Assert.Equal(HttpStatusCode.NotFound, (await bank.GetAsync($"/api/enterprises/{hidden}")).StatusCode);
    }

    [Fact]
    public async Task Another_zone_is_invisible()
    {
        var leader2 = await host.SignInAsync("leader2");
        var bureau = await host.SignInAsync("bureau");
        var (_, ours) = await ListAsync(bureau);
        var (_, theirs) = await ListAsync(leader2);
        Assert.NotEmpty(theirs);
        Assert.Empty(ours.Select(e => e.GetProperty("id").GetString()).Intersect(theirs.Select(e => e.GetProperty("id").GetString())));
        Assert.Equal(HttpStatusCode.NotFound, (await leader2.GetAsync($"/api/enterprises/{ours[0].GetProperty("id").GetString()}")).StatusCode);
    }

    [Fact]
    public async Task Only_administrators_manage_users()
    {
        var bureau = await host.SignInAsync("bureau");
        Assert.Equal(HttpStatusCode.Forbidden, (await bureau.GetAsync("/api/admin/users")).StatusCode);
        var admin = await host.SignInAsync("admin");
        var users = await admin.GetJsonAsync<JsonElement>("/api/admin/users?pageSize=50");
        Assert.Contains(users.GetProperty("items").EnumerateArray(), u => u.GetProperty("userName").GetString() == "park1");
    }

    [Fact]
    public async Task Wrong_password_locks_out_after_five_attempts()
    {
        var admin = await host.SignInAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = "lockme", displayName = "锁定测试", password = "Lock@12345", role = "Expert",
            zoneId = (await admin.GetJsonAsync<JsonElement>("/api/org/zones"))[0].GetProperty("id").GetString(),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var anonymous = await host.AnonymousAsync();
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.Unauthorized,
                (await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = "lockme", password = "wrong" })).StatusCode);
        // The fifth failure locks the account; from then on even the right password is refused.
        Assert.Equal((HttpStatusCode)423, (await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = "lockme", password = "wrong" })).StatusCode);
        var locked = await anonymous.PostAsJsonAsync("/api/auth/login", new { userName = "lockme", password = "Lock@12345" });
        Assert.Equal((HttpStatusCode)423, locked.StatusCode);
        Assert.Equal("locked_out", (await locked.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Me_lists_permissions_for_the_menu()
    {
        var park1 = await host.SignInAsync("park1");
        var me = await park1.GetJsonAsync<JsonElement>("/api/auth/me");
        var permissions = me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains("enterprises.write", permissions);
        Assert.DoesNotContain("users.manage", permissions);
    }
}
