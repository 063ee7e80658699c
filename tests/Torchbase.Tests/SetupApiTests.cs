using System.Net;
using System.Text.Json;
using Torchbase.Spreadsheets;

namespace Torchbase.Tests;

/// <summary>
/// A zone describes itself (系统设置/区域设置): every kind of set-up row is created, edited against its version (a stale
/// version is a 409), deactivated (gone from pickers and from the active list, kept in the list of all), and kept to
/// its zone; the service desk's deadlines follow the zone's time limits and calendar as entered.
/// </summary>
/// <remarks>On a host of its own: the zones and parks it creates would change what other tests count on the shared one.</remarks>
public class SetupApiTests(SetupHost host) : IClassFixture<SetupHost>
{
    /// <summary>The kinds a zone's administrator keeps, each with a valid new row, an edit, and the field the edit changes.</summary>
    public static TheoryData<string, string> ZoneKinds => new()
    {
        { "parks", """{"name":"测试园区{0}","kind":"Incubation","areaKm2":3.5,"leaderName":"张三","contact":"0375-1234567"}""" },
        { "departments", """{"name":"测试部门{0}","contact":"0375-7654321"}""" },
        { "industry-chains", """{"code":"T{0}","name":"测试产业链{0}","leadEnterprises":"甲公司、乙公司"}""" },
        { "bank-branches", """{"bankId":"{bank}","name":"测试支行{0}","address":"科技路1号"}""" },
        { "agency-items", """{"stage":"Opening","name":"测试代办{0}","authority":"行政审批局","promisedDays":3}""" },
    };

    private static async Task<string> BodyAsync(ApiClient client, string template)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var body = template.Replace("{0}", suffix);
        if (body.Contains("{bank}"))
        {
            var banks = await client.GetJsonAsync<JsonElement>("/api/org/banks");
            Assert.True(banks.GetArrayLength() > 0);
            body = body.Replace("{bank}", banks[0].GetProperty("id").GetString());
        }
        return body;
    }

    private static async Task<HttpResponseMessage> SendAsync(ApiClient client, HttpMethod method, string url, string json) =>
        await client.Http.SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") });

    private static string With(JsonElement row, string body, params (string Name, object? Value)[] changes)
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, object?>>(body)!;
        values["version"] = row.GetProperty("version").GetInt32();
        foreach (var (name, value) in changes) values[name] = value;
        return JsonSerializer.Serialize(values);
    }

    [Theory]
    [MemberData(nameof(ZoneKinds))]
    public async Task A_zone_administrator_creates_edits_and_deactivates_and_a_stale_edit_is_a_conflict(string kind, string template)
    {
        var zoneadmin = await host.SignInAsync("zoneadmin");
        var body = await BodyAsync(zoneadmin, template);
        var created = await SendAsync(zoneadmin, HttpMethod.Post, $"/api/setup/{kind}", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var row = await created.JsonAsync();
        var id = row.GetProperty("id").GetString();
        Assert.True(row.GetProperty("active").GetBoolean());

        // zoneadmin works in one zone: the row went there without naming it.
        var me = await zoneadmin.GetJsonAsync<JsonElement>("/api/setup/zones");
        Assert.Equal(1, me.GetProperty("total").GetInt32());
        Assert.Equal(me.GetProperty("items")[0].GetProperty("id").GetString(), row.GetProperty("zoneId").GetString());

        var renamed = "改名" + row.GetProperty("name").GetString();
        var edited = await SendAsync(zoneadmin, HttpMethod.Put, $"/api/setup/{kind}/{id}", With(row, body, ("name", renamed)));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var after = await edited.JsonAsync();
        Assert.Equal(renamed, after.GetProperty("name").GetString());
        Assert.Equal(row.GetProperty("version").GetInt32() + 1, after.GetProperty("version").GetInt32());

        // A second editor who loaded the row before the rename is refused, and shown the row as it now stands.
        var stale = await SendAsync(zoneadmin, HttpMethod.Put, $"/api/setup/{kind}/{id}", With(row, body, ("name", "另一个名字")));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(renamed, (await stale.JsonAsync()).GetProperty("current").GetProperty("name").GetString());

        var deactivated = await SendAsync(zoneadmin, HttpMethod.Put, $"/api/setup/{kind}/{id}", With(after, body, ("name", renamed), ("active", false)));
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.False((await deactivated.JsonAsync()).GetProperty("active").GetBoolean());
        var search = Uri.EscapeDataString(renamed);
        var active = await zoneadmin.GetJsonAsync<JsonElement>($"/api/setup/{kind}?search={search}&active=true");
        Assert.Equal(0, active.GetProperty("total").GetInt32());
        var all = await zoneadmin.GetJsonAsync<JsonElement>($"/api/setup/{kind}?search={search}");
        Assert.Equal(1, all.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_deactivated_park_leaves_the_pickers_but_stays_in_the_set_up_list()
    {
        var zoneadmin = await host.SignInAsync("zoneadmin");
        var body = await BodyAsync(zoneadmin, """{"name":"停用园区{0}","kind":"Industrial"}""");
        var park = await (await SendAsync(zoneadmin, HttpMethod.Post, "/api/setup/parks", body)).JsonAsync();
        var id = park.GetProperty("id").GetString();
        bool InPicker(JsonElement zones) =>
            zones.EnumerateArray().SelectMany(z => z.GetProperty("parks").EnumerateArray()).Any(p => p.GetProperty("id").GetString() == id);

        var bureau = await host.SignInAsync("bureau");
        Assert.True(InPicker(await bureau.GetJsonAsync<JsonElement>("/api/org/zones")));
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(zoneadmin, HttpMethod.Put, $"/api/setup/parks/{id}", With(park, body, ("active", false)))).StatusCode);
        Assert.False(InPicker(await bureau.GetJsonAsync<JsonElement>("/api/org/zones")));
        Assert.Equal(1, (await zoneadmin.GetJsonAsync<JsonElement>($"/api/setup/parks?search={Uri.EscapeDataString(park.GetProperty("name").GetString()!)}"))
            .GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_zone_administrator_never_sees_or_changes_another_zones_rows()
    {
        var admin = await host.SignInAsync("admin");
        var zoneadmin = await host.SignInAsync("zoneadmin");
        var ownZone = (await zoneadmin.GetJsonAsync<JsonElement>("/api/setup/zones")).GetProperty("items")[0].GetProperty("id").GetString();
        var zones = (await admin.GetJsonAsync<JsonElement>("/api/setup/zones?pageSize=200")).GetProperty("items").EnumerateArray().ToList();
        var otherZone = zones.Select(z => z.GetProperty("id").GetString()).First(z => z != ownZone);
        var otherParks = await admin.GetJsonAsync<JsonElement>($"/api/setup/parks?zoneId={otherZone}");
        Assert.True(otherParks.GetProperty("total").GetInt32() > 0);
        var otherPark = otherParks.GetProperty("items")[0];
        var otherParkId = otherPark.GetProperty("id").GetString();

        var mine = await zoneadmin.GetJsonAsync<JsonElement>("/api/setup/parks?pageSize=200");
        Assert.True(mine.GetProperty("total").GetInt32() > 0);
        AssertAllNonEmpty(mine.GetProperty("items").EnumerateArray(), p => Assert.Equal(ownZone, p.GetProperty("zoneId").GetString()));
        Assert.Empty((await zoneadmin.GetJsonAsync<JsonElement>($"/api/setup/parks?zoneId={otherZone}")).GetProperty("items").EnumerateArray());

        var edit = await zoneadmin.PutAsJsonAsync($"/api/setup/parks/{otherParkId}",
            new { name = "越权修改", kind = "Industrial", version = otherPark.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        var add = await zoneadmin.PostAsJsonAsync("/api/setup/parks", new { zoneId = otherZone, name = "越权新增", kind = "Industrial" });
        Assert.Equal(HttpStatusCode.BadRequest, add.StatusCode);
        Assert.True((await add.JsonAsync()).GetProperty("errors").TryGetProperty("zoneId", out _));
        var limits = await zoneadmin.PutAsJsonAsync($"/api/setup/time-limits/{otherZone}",
            new { acknowledgeDays = 1, officerDays = 1, departmentDays = 1, jointMeetingDays = 1, leaderDays = 1, reminderDays = 0, version = 0 });
        Assert.Equal(HttpStatusCode.NotFound, limits.StatusCode);
        var unchanged = await admin.GetJsonAsync<JsonElement>(
            $"/api/setup/parks?zoneId={otherZone}&search={Uri.EscapeDataString(otherPark.GetProperty("name").GetString()!)}");
        Assert.Equal(otherPark.GetProperty("version").GetInt32(), unchanged.GetProperty("items")[0].GetProperty("version").GetInt32());
        Assert.Equal(0, (await admin.GetJsonAsync<JsonElement>("/api/setup/parks?search=越权")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_system_administrator_adds_a_region_a_zone_with_default_limits_and_categories_and_a_bank()
    {
        var admin = await host.SignInAsync("admin");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var region = await (await admin.PostAsJsonAsync("/api/setup/regions", new { name = $"测试市{suffix}" })).JsonAsync();
        var created = await admin.PostAsJsonAsync("/api/setup/zones", new { name = $"测试高新区{suffix}", regionId = region.GetProperty("id").GetString() });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var zone = (await created.JsonAsync()).GetProperty("id").GetString();

        var limits = await admin.GetJsonAsync<JsonElement>($"/api/setup/time-limits?zoneId={zone}");
        Assert.Equal(1, limits.GetProperty("total").GetInt32());
        Assert.Equal(5, limits.GetProperty("items")[0].GetProperty("officerDays").GetInt32()); // the configured default
        var categories = await admin.GetJsonAsync<JsonElement>($"/api/setup/service-categories?zoneId={zone}");
        Assert.Equal(Enum.GetValues<Torchbase.Domain.ServiceDesk.RequestCategory>().Length, categories.GetProperty("total").GetInt32());

        var duplicate = await admin.PostAsJsonAsync("/api/setup/zones", new { name = $"测试高新区{suffix}", regionId = region.GetProperty("id").GetString() });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/setup/banks", new { name = $"测试银行{suffix}" })).StatusCode);

        var zoneadmin = await host.SignInAsync("zoneadmin");
        Assert.Equal(HttpStatusCode.Forbidden,
            (await zoneadmin.PostAsJsonAsync("/api/setup/zones", new { name = "越权", regionId = region.GetProperty("id").GetString() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await zoneadmin.PostAsJsonAsync("/api/setup/banks", new { name = "越权银行" })).StatusCode);
    }

    [Fact]
    public async Task The_official_calendar_of_a_new_year_is_added_by_hand_or_imported_all_or_nothing()
    {
        var admin = await host.SignInAsync("admin");
        var zoneadmin = await host.SignInAsync("zoneadmin");
        var seeded = await admin.GetJsonAsync<JsonElement>("/api/setup/calendar/years?search=国务院办公厅");
        Assert.True(seeded.GetProperty("total").GetInt32() > 0);
        Assert.True(seeded.GetProperty("items")[0].GetProperty("holidays").GetInt32() > 0);

        const int year = 2099;
        var noYear = await admin.PostAsJsonAsync("/api/setup/calendar/days", new { date = $"{year}-01-01", kind = "Holiday", name = "元旦" });
        Assert.Equal(HttpStatusCode.BadRequest, noYear.StatusCode); // the year's notice first
        var notice = await admin.PostAsJsonAsync("/api/setup/calendar/years",
            new { year, title = $"国务院办公厅关于{year}年部分节假日安排的通知", url = "https://www.gov.cn/" });
        Assert.Equal(HttpStatusCode.Created, notice.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await zoneadmin.PostAsJsonAsync("/api/setup/calendar/days", new { date = $"{year}-01-01", kind = "Holiday", name = "元旦" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created,
            (await admin.PostAsJsonAsync("/api/setup/calendar/days", new { date = $"{year}-01-01", kind = "Holiday", name = "元旦" })).StatusCode);

        string[] headers = ["日期", "类型", "名称"];
        var bad = await admin.Http.PostAsync("/api/setup/calendar/import", EnterpriseImportFiles.Upload(XlsxWriter.ToBytes("节假日", headers,
            [[$"{year}-01-02", "放假", "元旦"], [$"{year}-01-05", "休息", "元旦调休"]])));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var rows = (await bad.JsonAsync()).GetProperty("rows");
        Assert.Equal(1, rows.GetArrayLength());
        Assert.Equal("类型", rows[0].GetProperty("header").GetString());
        Assert.Equal(1, (await admin.GetJsonAsync<JsonElement>($"/api/setup/calendar/days?year={year}")).GetProperty("total").GetInt32()); // nothing written

        // 2099-01-03 is a Saturday: a working weekend.
        var good = await admin.Http.PostAsync("/api/setup/calendar/import", EnterpriseImportFiles.Upload(XlsxWriter.ToBytes("节假日", headers,
            [[$"{year}-01-01", "放假", "元旦"], [$"{year}-01-02", "放假", "元旦"], [$"{year}-01-03", "调休上班", "元旦调休"]])));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var days = await admin.GetJsonAsync<JsonElement>($"/api/setup/calendar/days?year={year}");
        Assert.Equal(3, days.GetProperty("total").GetInt32());
        var listed = (await admin.GetJsonAsync<JsonElement>($"/api/setup/calendar/years?search={year}")).GetProperty("items")[0];
        Assert.Equal((2, 1), (listed.GetProperty("holidays").GetInt32(), listed.GetProperty("workingDays").GetInt32()));
    }

    [Fact]
    public async Task A_new_requests_deadline_follows_the_zones_time_limits_and_days_off()
    {
        var zoneadmin = await host.SignInAsync("zoneadmin");
        var ent = await host.SignInAsync("ent1");
        var officer = await host.SignInAsync("officer1");
        var limits = (await zoneadmin.GetJsonAsync<JsonElement>("/api/setup/time-limits")).GetProperty("items")[0];
        var zone = limits.GetProperty("zoneId").GetString();

        async Task<DateOnly> DueOfNewRequestAsync()
        {
            var response = await ent.PostAsJsonAsync("/api/service/requests",
                new { title = "时限测试", description = "测试办理时限", category = "Policy", urgency = "Normal" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var summary = (await response.JsonAsync()).GetProperty("summary");
            // Accepted at once, so the demo's counts of requests waiting that other tests read stay as they were.
            await officer.PostAsJsonAsync($"/api/service/requests/{summary.GetProperty("id").GetString()}/transitions",
                new { action = "Accept", version = summary.GetProperty("version").GetInt32() });
            return DateOnly.Parse(summary.GetProperty("dueOn").GetString()!);
        }

        var before = await DueOfNewRequestAsync();
        var dayOff = await zoneadmin.PostAsJsonAsync("/api/setup/calendar/days",
            new { date = before.ToString("yyyy-MM-dd"), kind = "LocalDayOff", name = "本区调休" });
        Assert.Equal(HttpStatusCode.Created, dayOff.StatusCode);
        var dayOffId = (await dayOff.JsonAsync()).GetProperty("id").GetString();
        try
        {
            Assert.True(await DueOfNewRequestAsync() > before); // the day off is not a working day any more

            var longer = await zoneadmin.PutAsJsonAsync($"/api/setup/time-limits/{zone}", new
            {
                acknowledgeDays = limits.GetProperty("acknowledgeDays").GetInt32() + 5, officerDays = 5, departmentDays = 10, jointMeetingDays = 20,
                leaderDays = 20,
                reminderDays = 1, version = limits.GetProperty("version").GetInt32(),
            });
            Assert.Equal(HttpStatusCode.OK, longer.StatusCode);
            Assert.True(await DueOfNewRequestAsync() >= before.AddDays(7));
            var stale = await zoneadmin.PutAsJsonAsync($"/api/setup/time-limits/{zone}", new
            {
                acknowledgeDays = 1, officerDays = 5, departmentDays = 10, jointMeetingDays = 20, leaderDays = 20, reminderDays = 1,
                version = limits.GetProperty("version").GetInt32(),
            });
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        }
        finally
        {
            await zoneadmin.DeleteAsync($"/api/setup/calendar/days/{dayOffId}");
            var current = (await zoneadmin.GetJsonAsync<JsonElement>("/api/setup/time-limits")).GetProperty("items")[0];
            await zoneadmin.PutAsJsonAsync($"/api/setup/time-limits/{zone}", new
            {
                acknowledgeDays = limits.GetProperty("acknowledgeDays").GetInt32(), officerDays = limits.GetProperty("officerDays").GetInt32(),
                departmentDays = limits.GetProperty("departmentDays").GetInt32(), jointMeetingDays = limits.GetProperty("jointMeetingDays").GetInt32(),
                leaderDays = limits.GetProperty("leaderDays").GetInt32(), reminderDays = limits.GetProperty("reminderDays").GetInt32(),
                version = current.GetProperty("version").GetInt32(),
            });
        }
        Assert.Equal(before, await DueOfNewRequestAsync()); // and back
    }

    [Fact]
    public async Task Bad_values_are_refused_with_field_errors_not_changed()
    {
        var zoneadmin = await host.SignInAsync("zoneadmin");
        var park = await zoneadmin.PostAsJsonAsync("/api/setup/parks", new { name = "面积为负", kind = "Industrial", areaKm2 = -1 });
        Assert.Equal(HttpStatusCode.BadRequest, park.StatusCode);
        Assert.True((await park.JsonAsync()).GetProperty("errors").TryGetProperty("areaKm2", out _));
        var item = await zoneadmin.PostAsJsonAsync("/api/setup/agency-items", new { stage = "Opening", name = "零天", authority = "局", promisedDays = 0 });
        Assert.True((await item.JsonAsync()).GetProperty("errors").TryGetProperty("promisedDays", out _));
        var weekday = await zoneadmin.PostAsJsonAsync("/api/setup/calendar/days", new { date = "2026-12-02", kind = "LocalDayOff", name = "" });
        Assert.True((await weekday.JsonAsync()).GetProperty("errors").TryGetProperty("name", out _));
    }
}

public sealed class SetupHost : TorchbaseFactory;
