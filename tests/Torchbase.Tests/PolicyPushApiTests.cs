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

    /// <summary>
    /// A published item — "新认定高新技术企业 奖励 20 万元" for this year unless another condition is given — and a new enterprise
    /// that does not meet it and has a user.
    /// </summary>
    private async Task<(Guid EnterpriseId, string CreditCode, string Title, Func<Task<List<string>>> Notices)> ItemAndEnterpriseAsync(
        ApiClient bureau, string enterpriseName, object? condition = null)
    {
        var admin = await host.SignInAsync("admin");
        var today = host.Clock.Today();
        var title = $"新认定高新技术企业奖励 {Guid.NewGuid():N}";
        condition ??= new { kind = "TitleGranted", title = "HighTech", from = $"{today.Year}-01-01", to = $"{today.Year}-12-31" };
        var created = await OkJson(await bureau.PostAsJsonAsync("/api/policies", new
        {
            title, documentNo = "测试〔2026〕2号", issuingBody = "高新区管委会", level = "District", inForceFrom = $"{today.Year}-01-01",
            inForceUntil = $"{today.Year + 1}-12-31", text = "示例政策",
            items = new[]
            {
                new
                {
                    name = "新认定高新技术企业 奖励 20 万元", type = "Reward", rule = new { kind = "Fixed", @fixed = 20 }, noApplication = false,
                    conditions = new[] { condition },
                },
            },
        }));
        await OkJson(await bureau.PostAsJsonAsync($"/api/policies/{created.GetProperty("id").GetString()}/publish", new { version = 0 }));

        var code = EnterpriseApiTests.NewCreditCode();
        var enterprise = await OkJson(await bureau.PostAsJsonAsync("/api/enterprises", await EnterpriseApiTests.NewInputAsync(bureau, code, enterpriseName)));
        var enterpriseId = enterprise.GetProperty("id").GetGuid();
        var zoneId = await AsSystemAsync(db => db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.ZoneId).SingleAsync());
        var userName = $"push{Guid.NewGuid():N}"[..20];
        var user = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = "推送测试", password = "Push@12345", role = "EnterpriseUser", zoneId, enterpriseId,
        });
        Assert.True(user.StatusCode == HttpStatusCode.Created, await user.Content.ReadAsStringAsync());
        var userId = await AsSystemAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
        return (enterpriseId, code, title, () => AsSystemAsync(db => db.Notifications
            .Where(n => n.UserId == userId && n.Title.Contains(title)).Select(n => n.Title + " " + n.Link).ToListAsync()));
    }

    [Fact]
    public async Task Granting_the_high_tech_title_notifies_the_newly_matched_item_once_and_a_second_grant_does_not_notify_again()
    {
        var bureau = await host.SignInAsync("bureau");
        var today = host.Clock.Today();
        var (enterpriseId, _, title, notices) = await ItemAndEnterpriseAsync(bureau, "推送测试科技有限公司");
        Assert.Empty(await notices());

        await OkJson(await bureau.PostAsJsonAsync($"/api/enterprises/{enterpriseId}/qualifications",
            new { type = "HighTech", issuedOn = today, certificateNo = "GR2026001" }));
        var notice = Assert.Single(await notices());
        Assert.Contains("新认定高新技术企业 奖励 20 万元", notice);
        Assert.EndsWith(" /policies/mine", notice);

        // A second grant changes nothing the item reads: no second notice.
        await OkJson(await bureau.PostAsJsonAsync($"/api/enterprises/{enterpriseId}/qualifications",
            new { type = "HighTech", issuedOn = today, certificateNo = "GR2026002" }));
        Assert.Single(await notices());
    }

    /// <summary>A title imported in a workbook pushes as a title granted one by one does; importing the file again pushes nothing.</summary>
    [Fact]
    public async Task A_title_import_notifies_the_enterprises_that_newly_match_and_a_repeated_import_does_not()
    {
        var bureau = await host.SignInAsync("bureau");
        var (_, code, _, notices) = await ItemAndEnterpriseAsync(bureau, "推送导入科技有限公司");
        var (_, otherCode, _, otherNotices) = await ItemAndEnterpriseAsync(bureau, "推送导入未获认定有限公司");
        var headers = (await ExpertImportTests.DownloadAsync(bureau, "/api/qualifications/import/template")).Headers;
        var today = host.Clock.Today().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        // The other enterprise gets a title the item does not read.
        object?[][] rows = [[code, null, "高新技术企业", null, "GR2026101", today, null], [otherCode, null, "科技型中小企业", null, null, today, null]];
        var file = Spreadsheets.XlsxWriter.ToBytes("资质", headers, rows);

        await OkJson(await bureau.Http.PostAsync("/api/qualifications/import", EnterpriseImportFiles.Upload(file)));
        Assert.Contains("新认定高新技术企业 奖励 20 万元", Assert.Single(await notices()));
        Assert.Empty(await otherNotices());

        await OkJson(await bureau.Http.PostAsync("/api/qualifications/import", EnterpriseImportFiles.Upload(file)));
        Assert.Single(await notices());
    }

    /// <summary>A yearly report imported with last year's revenue over the item's line pushes the item; the same file again does not.</summary>
    [Fact]
    public async Task A_yearly_report_import_notifies_the_enterprises_whose_figures_newly_meet_an_item()
    {
        var bureau = await host.SignInAsync("bureau");
        var revenueAtLeast = new { kind = "FigureAtLeast", figure = "Revenue", value = 5000m };
        var (_, code, _, notices) = await ItemAndEnterpriseAsync(bureau, "推送年报科技有限公司", revenueAtLeast);
        var headers = (await ExpertImportTests.DownloadAsync(bureau, "/api/annual-reports/import/template")).Headers;
        var lastYear = host.Clock.Today().Year - 1;
        object?[] Report(decimal revenue) => headers.Select(h => h switch
        {
            "统一社会信用代码*" => code, "年度*" => (object)lastYear, "营业收入（万元）" => revenue, _ => null,
        }).ToArray();

        await OkJson(await bureau.Http.PostAsync("/api/annual-reports/import",
            EnterpriseImportFiles.Upload(Spreadsheets.XlsxWriter.ToBytes("年报", headers, [Report(4999m)]))));
        Assert.Empty(await notices()); // below the line

        var file = Spreadsheets.XlsxWriter.ToBytes("年报", headers, [Report(5000m)]);
        await OkJson(await bureau.Http.PostAsync("/api/annual-reports/import", EnterpriseImportFiles.Upload(file)));
        Assert.Single(await notices());
        await OkJson(await bureau.Http.PostAsync("/api/annual-reports/import", EnterpriseImportFiles.Upload(file)));
        Assert.Single(await notices());
    }
}
