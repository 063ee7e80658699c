using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;

namespace Torchbase.Tests;

/// <summary>政策推送 on an enterprise's facts changing: a title granted makes it newly match a published item, and it is told once.</summary>
[Collection(HostCollection.Name)]
public class PolicyPushApiTests(TorchbaseFactory host)
{
    private static async Task<JsonElement> OkJson(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<T> AsSystemAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = db.RunAsSystem();
        return await read(db);
    }

    [Fact]
    public async Task Granting_the_high_tech_title_notifies_the_newly_matched_item_once_and_a_second_grant_does_not_notify_again()
    {
        var bureau = await host.SignInAsync("bureau");
        var admin = await host.SignInAsync("admin");
        var today = host.Clock.Today();
        var title = $"新认定高新技术企业奖励 {Guid.NewGuid():N}";
        var created = await OkJson(await bureau.PostAsJsonAsync("/api/policies", new
        {
            title, documentNo = "测试〔2026〕2号", issuingBody = "高新区管委会", level = "District", inForceFrom = $"{today.Year}-01-01",
            inForceUntil = $"{today.Year + 1}-12-31", text = "示例政策",
            items = new[]
            {
                new
                {
                    name = "新认定高新技术企业 奖励 20 万元", type = "Reward", rule = new { kind = "Fixed", @fixed = 20 }, noApplication = false,
                    conditions = new object[] { new { kind = "TitleGranted", title = "HighTech", from = $"{today.Year}-01-01", to = $"{today.Year}-12-31" } },
                },
            },
        }));
        await OkJson(await bureau.PostAsJsonAsync($"/api/policies/{created.GetProperty("id").GetString()}/publish", new { version = 0 }));

        // A new enterprise with no title does not match the item, and has a user of its own.
        var enterprise = await OkJson(await bureau.PostAsJsonAsync("/api/enterprises", await EnterpriseApiTests.NewInputAsync(bureau, name: "推送测试科技有限公司")));
        var enterpriseId = enterprise.GetProperty("id").GetGuid();
        var zoneId = await AsSystemAsync(db => db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.ZoneId).SingleAsync());
        var userName = $"push{Guid.NewGuid():N}"[..20];
        var user = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = "推送测试", password = "Push@12345", role = "EnterpriseUser", zoneId, enterpriseId,
        });
        Assert.True(user.StatusCode == HttpStatusCode.Created, await user.Content.ReadAsStringAsync());
        var userId = await AsSystemAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
        Task<int> NoticesAsync() => AsSystemAsync(db => db.Notifications.CountAsync(n => n.UserId == userId && n.Title.Contains(title)));
        Assert.Equal(0, await NoticesAsync());

        await OkJson(await bureau.PostAsJsonAsync($"/api/enterprises/{enterpriseId}/qualifications",
            new { type = "HighTech", issuedOn = today, certificateNo = "GR2026001" }));
        Assert.Equal(1, await NoticesAsync());
        var notice = await AsSystemAsync(db => db.Notifications.Where(n => n.UserId == userId && n.Title.Contains(title)).SingleAsync());
        Assert.Contains("新认定高新技术企业 奖励 20 万元", notice.Title);
        Assert.Equal("/policies/mine", notice.Link);

        // A second grant changes nothing the item reads: no second notice.
        await OkJson(await bureau.PostAsJsonAsync($"/api/enterprises/{enterpriseId}/qualifications",
            new { type = "HighTech", issuedOn = today, certificateNo = "GR2026002" }));
        Assert.Equal(1, await NoticesAsync());
    }
}
