using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Torchbase.Data;
using Torchbase.Features.Cultivation;
using Torchbase.Identity;
using Torchbase.Spreadsheets;
using static Torchbase.Tests.EnterpriseImportFiles;

namespace Torchbase.Tests;

/// <summary>
/// Users: who sees which users, the data scope outside a request, one's own password, the change an administrator's
/// reset forces, and users imported from a workbook. Every user here is made by the test; the demo logins keep theirs.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class UserAccessTests(TorchbaseFactory host)
{
    private const string FirstPassword = "First#Pass2026";
    private const string NewPassword = "Second#Pass2026";

    [Fact]
    public async Task Outside_a_request_a_context_reads_nothing_until_the_system_scope_is_stated()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.True(await db.Enterprises.IgnoreQueryFilters().AnyAsync());
        Assert.True(await db.Users.IgnoreQueryFilters().AnyAsync());

        Assert.Equal(0, await db.Enterprises.CountAsync());
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.Zones.CountAsync());
        using (db.RunAsSystem())
        {
            Assert.True(await db.Enterprises.AnyAsync());
            Assert.Equal(await db.Users.IgnoreQueryFilters().CountAsync(), await db.Users.CountAsync());
        }
        Assert.Equal(0, await db.Enterprises.CountAsync()); // and back to nothing once the work is done
    }

    [Fact]
    public async Task A_zone_scope_sees_the_users_of_its_zones_and_itself_only()
    {
        var leader = await (await host.SignInAsync("leader")).GetJsonAsync<JsonElement>("/api/auth/me");
        var zone = Guid.Parse(leader.GetProperty("zoneId").GetString()!);
        await using var scope = host.Services.CreateAsyncScope();
        var system = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var leaderScope = new DataScope { ZoneIds = [zone], UserId = Guid.Parse(leader.GetProperty("id").GetString()!), UserName = "leader" };
        await using var db = (AppDbContext)ActivatorUtilities.CreateInstance(scope.ServiceProvider, system.GetType(), new FixedDataScope(leaderScope));

        var seen = await db.Users.AsNoTracking().ToListAsync();
        Assert.NotEmpty(seen);
        AssertAllNonEmpty(seen, u => Assert.Equal(zone, u.ZoneId));
        var all = await db.Users.IgnoreQueryFilters().AsNoTracking().ToListAsync();
        Assert.Contains(all, u => u.UserName == "leader2"); // another zone's leader exists…
        Assert.DoesNotContain(seen, u => u.UserName is "leader2" or "admin" or "province"); // …and is not seen, nor are zone-less users
        Assert.Equal(all.Count(u => u.ZoneId == zone), seen.Count);
    }

    [Fact]
    public async Task The_evaluate_command_runs_outside_a_request_as_the_system()
    {
        string zoneName;
        await using (var scope = host.Services.CreateAsyncScope())
            zoneName = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Zones.IgnoreQueryFilters().OrderBy(z => z.Name)
                .Where(z => z.Name.Contains("南阳")).Select(z => z.Name).FirstAsync();
        var output = new StringWriter();
        Assert.Equal(0, await CultivationCommand.RunAsync(host.Services, zoneName, output));
        var text = output.ToString();
        Assert.Matches(@"\d+/[1-9]\d* enterprises evaluated \(100%\)", text); // it saw the zone's enterprises
        Assert.Contains("done", text);
    }

    [Fact]
    public async Task A_user_changes_their_own_password_with_field_errors_in_their_language()
    {
        var (userName, _) = await CreateUserAsync();
        var user = await host.SignInAsync(userName, FirstPassword);
        Assert.False((await user.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("mustChangePassword").GetBoolean());

        var wrong = await user.PostAsJsonAsync("/api/auth/password", new { currentPassword = "Nope#12345", newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("当前密码不正确", (await wrong.JsonAsync()).GetProperty("errors").GetProperty("currentPassword")[0].GetString());

        user.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var weak = await user.PostAsJsonAsync("/api/auth/password", new { currentPassword = FirstPassword, newPassword = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        var rules = (await weak.JsonAsync()).GetProperty("errors").GetProperty("newPassword").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("At least 8 characters", rules);
        Assert.Contains("Needs a digit", rules);
        Assert.Contains("Needs a symbol", rules);

        var same = await user.PostAsJsonAsync("/api/auth/password", new { currentPassword = FirstPassword, newPassword = FirstPassword });
        Assert.Equal(HttpStatusCode.BadRequest, same.StatusCode);

        var changed = await user.PostAsJsonAsync("/api/auth/password", new { currentPassword = FirstPassword, newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/dashboard/summary")).StatusCode); // the session goes on
        var old = await (await host.AnonymousAsync()).PostAsJsonAsync("/api/auth/login", new { userName, password = FirstPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        await host.SignInAsync(userName, NewPassword);
    }

    [Fact]
    public async Task After_an_administrators_reset_the_user_can_do_nothing_but_change_the_password()
    {
        var (userName, id) = await CreateUserAsync();
        var admin = await host.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.NoContent,
            (await admin.PostAsJsonAsync($"/api/admin/users/{id}/password", new { password = FirstPassword + "x" })).StatusCode);
        var listed = await admin.GetJsonAsync<JsonElement>($"/api/admin/users?search={userName}");
        Assert.True(Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("mustChangePassword").GetBoolean());

        var user = await host.SignInAsync(userName, FirstPassword + "x");
        Assert.True((await user.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("mustChangePassword").GetBoolean());
        var blocked = await user.GetAsync("/api/dashboard/summary");
        Assert.Equal(HttpStatusCode.Forbidden, blocked.StatusCode);
        Assert.Equal("password_change_required", (await blocked.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/notifications/unread-count")).StatusCode);

        var changed = await user.PostAsJsonAsync("/api/auth/password", new { currentPassword = FirstPassword + "x", newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.False((await changed.JsonAsync()).GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/dashboard/summary")).StatusCode);
        Assert.False((await (await host.SignInAsync(userName,
            NewPassword)).GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("mustChangePassword").GetBoolean());
    }

    [Fact]
    public async Task The_user_import_template_marks_required_columns_offers_roles_and_explains_itself()
    {
        var admin = await host.SignInAsync("admin");
        var bytes = await (await admin.GetAsync("/api/admin/users/import/template")).Content.ReadAsByteArrayAsync();
        var sheet = XlsxReader.Read(new MemoryStream(bytes), 10);
        Assert.Equal(["姓名*", "登录名*", "角色*", "园区", "部门", "企业统一社会信用代码", "银行", "手机号"], sheet.Headers);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["用户导入", "填写说明"], sheets);
        var validation = Assert.Single(document.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DataValidation>()));
        Assert.Contains("园区管理员", validation.Formula1!.Text);
        Assert.DoesNotContain("系统管理员", validation.Formula1!.Text);
        Assert.StartsWith("C2:", validation.SequenceOfReferences!.InnerText);
    }

    [Fact]
    public async Task Users_are_imported_all_or_none_each_with_a_one_time_password_to_change()
    {
        var admin = await host.SignInAsync("admin");
        var bureau = await host.SignInAsync("bureau");
        var zone = (await bureau.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("zoneId").GetString();
        var park = (await bureau.GetJsonAsync<JsonElement>("/api/org/zones"))[0].GetProperty("parks")[0].GetProperty("name").GetString();
        var creditCode = (await bureau.GetJsonAsync<JsonElement>("/api/enterprises?pageSize=1")).GetProperty("items")[0].GetProperty("creditCode").GetString();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        string[] headers = ["姓名*", "登录名*", "角色*", "园区", "部门", "企业统一社会信用代码", "银行", "手机号"];
        async Task<int> CountAsync() => (await admin.GetJsonAsync<JsonElement>($"/api/admin/users?search={suffix}")).GetProperty("total").GetInt32();

        object?[][] bad =
        [
            ["园区甲", $"park-{suffix}", "园区管理员", "没有这个园区", null, null, null, "13800000000"],
            ["企业乙", $"park-{suffix}", "企业用户", null, null, creditCode, null, null],
            ["无角色", $"x-{suffix}", null, null, null, null, null, "abc"],
        ];
        var rejected = await admin.Http.PostAsync($"/api/admin/users/import?zoneId={zone}", Upload(XlsxWriter.ToBytes("用户", headers, bad)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
        var errors = (await rejected.JsonAsync()).GetProperty("rows").EnumerateArray()
            .Select(e => $"{e.GetProperty("row").GetInt32()}{e.GetProperty("column").GetString()}:{e.GetProperty("message").GetString()}").ToList();
        Assert.Contains("2D:园区不存在", errors);
        Assert.Contains("3B:与第 2 行的登录名重复", errors);
        Assert.Contains("4C:必填", errors);
        Assert.Contains("4H:电话号码格式不正确", errors);
        Assert.Equal(0, await CountAsync()); // nothing written

        object?[][] good =
        [
            ["园区甲", $"park-{suffix}", "园区管理员", park, null, null, null, "13800000000"],
            ["企业乙", $"ent-{suffix}", "企业用户", null, null, creditCode, null, null],
        ];
        var accepted = await admin.Http.PostAsync($"/api/admin/users/import?zoneId={zone}", Upload(XlsxWriter.ToBytes("用户", headers, good)));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var result = await accepted.JsonAsync();
        Assert.Equal(2, result.GetProperty("imported").GetInt32());
        Assert.Equal(2, await CountAsync());
        var users = result.GetProperty("users").EnumerateArray().ToList();
        var passwords = users.Select(u => u.GetProperty("password").GetString()!).ToList();
        Assert.Equal(2, passwords.Distinct().Count());

        // The result sheet holds the one-time passwords, for the administrator who imported only.
        var sheet = XlsxReader.Read(await (await admin.GetAsync(result.GetProperty("resultUrl").GetString()!)).Content.ReadAsStreamAsync(), 10);
        Assert.Equal(passwords, sheet.Rows.Select(r => r[4] ?? "").ToList());
        Assert.Equal(HttpStatusCode.NotFound, (await bureau.GetAsync(result.GetProperty("resultUrl").GetString()!)).StatusCode);

        var officer = await host.SignInAsync($"park-{suffix}", passwords[0]);
        var me = await officer.GetJsonAsync<JsonElement>("/api/auth/me");
        Assert.True(me.GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(park, me.GetProperty("parkName").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/enterprises")).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await officer.PostAsJsonAsync("/api/auth/password", new { currentPassword = passwords[0], newPassword = NewPassword })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/enterprises")).StatusCode);

        // Importing the same logins again is refused: they exist.
        var again = await admin.Http.PostAsync($"/api/admin/users/import?zoneId={zone}", Upload(XlsxWriter.ToBytes("用户", headers, good)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal(2, await CountAsync());
    }

    private async Task<(string UserName, string Id)> CreateUserAsync()
    {
        var admin = await host.SignInAsync("admin");
        var zone = (await (await host.SignInAsync("leader")).GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("zoneId").GetString();
        var userName = $"u-{Guid.NewGuid():N}"[..20];
        var created = await admin.PostAsJsonAsync("/api/admin/users",
            new { userName, displayName = "测试领导", password = FirstPassword, role = "ZoneLeader", zoneId = zone });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (userName, (await created.JsonAsync()).GetProperty("id").GetString()!);
    }
}

/// <summary>A new installation: no demo, no user, a password expiry of 90 days and a clock the test moves.</summary>
public sealed class FreshInstallation : TorchbaseFactory
{
    protected override bool LoadDemo => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder); // the base host's Clock is a fake one the test moves
        builder.UseSetting("Torchbase:Security:PasswordMaxAgeDays", "90");
    }
}

public sealed class FirstAdministratorAccessTests(FreshInstallation host) : IClassFixture<FreshInstallation>
{
    private const string Password = "Root#Pass2026";

    private async Task<(int Code, string Output, string Error)> CreateAdminAsync(string? user, string stdin)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await AdminCommands.CreateAdminAsync(host.Services, user, null, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Create_admin_applies_the_password_rules_refuses_a_taken_name_and_makes_a_system_administrator()
    {
        var weak = await CreateAdminAsync("root", "weak\n");
        Assert.NotEqual(0, weak.Code);
        Assert.True(weak.Error.Split('\n').Count(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal)) >= 3, weak.Error); // each failed rule in words

        Assert.Equal(2, (await CreateAdminAsync(null, Password + "\n")).Code);
        Assert.Equal(2, (await CreateAdminAsync("root", "\n")).Code);

        var created = await CreateAdminAsync("root", Password + "\n");
        Assert.Equal(0, created.Code);
        Assert.Contains("root", created.Output);

        var taken = await CreateAdminAsync("root", "Other#Pass2026\n");
        Assert.NotEqual(0, taken.Code);
        await Assert.ThrowsAsync<HttpRequestException>(() => host.SignInAsync("root", "Other#Pass2026"));

        var root = await host.SignInAsync("root", Password);
        var me = await root.GetJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal(["SystemAdmin"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.False(me.GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await root.GetAsync("/api/admin/users")).StatusCode);

        // 91 days later the password has expired: the next sign-in must change it before anything else.
        host.Clock.Advance(TimeSpan.FromDays(91));
        var later = await host.SignInAsync("root", Password);
        Assert.True((await later.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await later.GetAsync("/api/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await later.PostAsJsonAsync("/api/auth/password", new { currentPassword = Password, newPassword = "Root#Pass2027" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/api/admin/users")).StatusCode);
    }
}
