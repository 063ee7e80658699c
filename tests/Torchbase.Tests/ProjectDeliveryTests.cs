using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;
using Torchbase.Domain.Projects;
using Torchbase.Features.Projects;
using Torchbase.Spreadsheets;

namespace Torchbase.Tests;

/// <summary>
/// A project after it enters the library: its 入库 date and the new entries of a span of months, the funds that arrived month by
/// month (summed for 前三季度 and compared with a year earlier), milestones ahead of or behind plan on the detail page, the ledger and
/// the export, and the start-up step that dates older projects and turns their single running total into a month's arrival.
/// </summary>
// A host of its own: the dates below are read against the demo's "today" (TorchbaseFactory.Start), which the shared host's
// clock leaves once other tests move it on by days.
public class ProjectDeliveryTests(TorchbaseFactory host) : IClassFixture<TorchbaseFactory>
{
    private static async Task<(string ZoneId, string ParkId)> ZoneAsync(ApiClient client)
    {
        var zone = (await client.GetJsonAsync<JsonElement>("/api/org/zones"))[0];
        return (zone.GetProperty("id").GetString()!, zone.GetProperty("parks")[0].GetProperty("id").GetString()!);
    }

    private static async Task<JsonElement> CreateAsync(ApiClient client, string park, string name, string enteredOn, bool outOfProvince = true)
    {
        var response = await client.PostAsJsonAsync("/api/projects", new
        {
            name, parkId = park, plannedInvestment = 12_000, enteredOn, outOfProvince, origin = outOfProvince ? "江苏省苏州市" : "河南省南阳市",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("project");
    }

    private static string Token() => Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task A_new_project_needs_its_entry_date_and_counts_among_the_entries_of_its_month()
    {
        var bureau = await host.SignInAsync("bureau");
        var (zone, park) = await ZoneAsync(bureau);
        var missing = await bureau.PostAsJsonAsync("/api/projects", new { name = $"无入库日期{Token()}", parkId = park, plannedInvestment = 1000 });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(["enteredOn"], (await missing.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var ahead = await bureau.PostAsJsonAsync("/api/projects",
            new { name = $"未来入库{Token()}", parkId = park, plannedInvestment = 1000, enteredOn = "2026-12-01" });
        Assert.Equal(HttpStatusCode.BadRequest, ahead.StatusCode);

        var url = $"/api/projects/periods?zoneId={zone}&year=2026&fromMonth=11&toMonth=11";
        var before = await bureau.GetJsonAsync<JsonElement>(url);
        var project = await CreateAsync(bureau, park, $"入库项目{Token()}", "2026-11-05");
        Assert.Equal("2026-11-05", project.GetProperty("enteredOn").GetString());
        var after = await bureau.GetJsonAsync<JsonElement>(url);
        Assert.Equal(before.GetProperty("entries").GetProperty("current").GetDecimal() + 1, after.GetProperty("entries").GetProperty("current").GetDecimal());
        Assert.Equal(before.GetProperty("entriesInvestment").GetProperty("current").GetDecimal() + 12_000,
            after.GetProperty("entriesInvestment").GetProperty("current").GetDecimal());

        // An edit that leaves the date out keeps it; an edit may move it.
        var id = project.GetProperty("id").GetString();
        var edit = await bureau.PutAsJsonAsync($"/api/projects/{id}", new
        {
            name = project.GetProperty("name").GetString(), parkId = park, plannedInvestment = 12_000, version = project.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal("2026-11-05", (await edit.JsonAsync()).GetProperty("project").GetProperty("enteredOn").GetString());

        var refused = await bureau.GetAsync($"/api/projects/periods?year=2026&fromMonth=9&toMonth=3");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["toMonth"], (await refused.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task The_demo_gives_the_reports_new_entries_and_their_growth_on_a_year_earlier()
    {
        var bureau = await host.SignInAsync("bureau");
        var (zone, _) = await ZoneAsync(bureau);
        // The months before the demo's current one: other tests enter projects today, in November, and none in the
        // months compared.
        var figures = await bureau.GetJsonAsync<JsonElement>($"/api/projects/periods?zoneId={zone}&year=2026&fromMonth=1&toMonth=10");
        var entries = figures.GetProperty("entries");
        var investment = figures.GetProperty("entriesInvestment");
        Assert.Equal(13m, entries.GetProperty("current").GetDecimal());
        Assert.Equal(7m, entries.GetProperty("previous").GetDecimal());
        Assert.Equal(456_000m, investment.GetProperty("current").GetDecimal());
        Assert.Equal(316_000m, investment.GetProperty("previous").GetDecimal());
        Assert.Equal(0.443m, investment.GetProperty("growth").GetDecimal());
        // The demo's funds arrive month by month, out-of-province ones among them.
        Assert.True(figures.GetProperty("outOfProvinceFunds").GetProperty("current").GetDecimal() > 0);
        Assert.True(figures.GetProperty("funds").GetProperty("current").GetDecimal()
            >= figures.GetProperty("outOfProvinceFunds").GetProperty("current").GetDecimal());
    }

    [Fact]
    public async Task Funds_recorded_by_month_are_summed_for_the_first_three_quarters_and_edited_with_their_version()
    {
        var bureau = await host.SignInAsync("bureau");
        var (zone, park) = await ZoneAsync(bureau);
        var url = $"/api/projects/periods?zoneId={zone}&year=2026&fromMonth=1&toMonth=9";
        var before = (await bureau.GetJsonAsync<JsonElement>(url)).GetProperty("outOfProvinceFunds");
        var project = await CreateAsync(bureau, park, $"省外资金项目{Token()}", "2026-11-03");
        var id = project.GetProperty("id").GetString();

        var march = await bureau.PostAsJsonAsync($"/api/projects/{id}/arrivals", new { year = 2026, month = 3, amount = 1200.5m, note = "首笔" });
        Assert.Equal(HttpStatusCode.OK, march.StatusCode);
        var september = await bureau.PostAsJsonAsync($"/api/projects/{id}/arrivals", new { year = 2026, month = 9, amount = 800m });
        var october = await bureau.PostAsJsonAsync($"/api/projects/{id}/arrivals", new { year = 2026, month = 10, amount = 5000m });
        var detail = await october.JsonAsync();
        Assert.Equal(7000.5m, detail.GetProperty("project").GetProperty("actualFunds").GetDecimal());
        Assert.Equal(3, detail.GetProperty("arrivals").GetArrayLength());

        var after = (await bureau.GetJsonAsync<JsonElement>(url)).GetProperty("outOfProvinceFunds");
        Assert.Equal(before.GetProperty("current").GetDecimal() + 2000.5m, after.GetProperty("current").GetDecimal());

        // A month already recorded is edited, not recorded twice; a month to come cannot be; a negative amount is refused.
        var twice = await bureau.PostAsJsonAsync($"/api/projects/{id}/arrivals", new { year = 2026, month = 3, amount = 1m });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal(["month"], (await twice.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var future = await bureau.PostAsJsonAsync($"/api/projects/{id}/arrivals", new { year = 2026, month = 12, amount = 1m });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        var negative = await bureau.PostAsJsonAsync($"/api/projects/{id}/arrivals", new { year = 2026, month = 4, amount = -5m });
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);

        var entry = (await september.JsonAsync()).GetProperty("arrivals").EnumerateArray().Single(a => a.GetProperty("month").GetInt32() == 9);
        var arrivalId = entry.GetProperty("id").GetString();
        var version = entry.GetProperty("version").GetInt32();
        var corrected = await bureau.PutAsJsonAsync($"/api/projects/{id}/arrivals/{arrivalId}", new { amount = 900m, version });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var stale = await bureau.PutAsJsonAsync($"/api/projects/{id}/arrivals/{arrivalId}", new { amount = 950m, version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var newVersion = (await corrected.JsonAsync()).GetProperty("arrivals").EnumerateArray()
            .Single(a => a.GetProperty("month").GetInt32() == 9).GetProperty("version").GetInt32();
        var removed = await bureau.DeleteAsync($"/api/projects/{id}/arrivals/{arrivalId}?version={newVersion}");
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(6200.5m, (await removed.JsonAsync()).GetProperty("project").GetProperty("actualFunds").GetDecimal());

        var admin = await host.SignInAsync("admin");
        var audit = await admin.GetJsonAsync<JsonElement>($"/api/audit?entity=ProjectFundsArrival&pageSize=50");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("entityId").GetString() == arrivalId);
    }

    [Fact]
    public async Task A_milestone_reached_three_days_early_shows_its_variance_on_the_ledger_and_in_the_export()
    {
        var bureau = await host.SignInAsync("bureau");
        var (_, park) = await ZoneAsync(bureau);
        var token = Token();
        var project = await CreateAsync(bureau, park, $"节点项目{token}", "2026-11-04");
        var id = project.GetProperty("id").GetString();

        var topping = await bureau.PostAsJsonAsync($"/api/projects/{id}/milestones",
            new { kind = "Topping", name = "一号楼主体封顶", plannedOn = "2026-11-20", actualOn = "2026-11-17" });
        Assert.Equal(HttpStatusCode.OK, topping.StatusCode);
        var milestone = (await topping.JsonAsync()).GetProperty("milestones")[0];
        Assert.Equal(3, milestone.GetProperty("daysAhead").GetInt32());
        Assert.True(milestone.GetProperty("reached").GetBoolean());

        var listed = await bureau.GetJsonAsync<JsonElement>($"/api/projects?search={Uri.EscapeDataString(token)}");
        var next = listed.GetProperty("items")[0].GetProperty("nextMilestone");
        Assert.Equal("一号楼主体封顶", next.GetProperty("name").GetString());
        Assert.Equal(3, next.GetProperty("daysAhead").GetInt32());

        // A milestone still due whose day has passed comes next on the ledger, overdue by the days since.
        var completion = await bureau.PostAsJsonAsync($"/api/projects/{id}/milestones", new { kind = "Completion", plannedOn = "2026-11-01" });
        Assert.Equal(HttpStatusCode.OK, completion.StatusCode);
        next = (await bureau.GetJsonAsync<JsonElement>($"/api/projects?search={Uri.EscapeDataString(token)}"))
            .GetProperty("items")[0].GetProperty("nextMilestone");
        Assert.Equal("Completion", next.GetProperty("kind").GetString());
        Assert.True(next.GetProperty("overdue").GetBoolean());
        Assert.Equal(-22, next.GetProperty("daysAhead").GetInt32());

        var export = await bureau.GetAsync($"/api/projects/ledger/export?search={Uri.EscapeDataString(token)}");
        var sheet = XlsxReader.Read(await export.Content.ReadAsStreamAsync(), 100);
        var headers = sheet.Rows[1].Cells.ToList();
        var row = sheet.Rows.Single(r => r[1] == $"节点项目{token}");
        Assert.Equal("竣工", row[headers.IndexOf("下一节点")]);
        Assert.Equal("-22", row[headers.IndexOf("节点提前（+）或滞后（-）天数")]);
        Assert.Equal("2026-11-04", row[headers.IndexOf("入库日期")]);
        // The columns added since keep to the end, so a workbook filled in from an older template still lines up.
        Assert.Equal(["入库日期", "年度产值目标（万元）", "年度实际产值（万元）"], headers[^3..]);

        // Refused by field: a kind of one's own without a name, a day reached that lies ahead, no day at all.
        var bad = await bureau.PostAsJsonAsync($"/api/projects/{id}/milestones", new { kind = "Other", actualOn = "2026-12-30" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["actualOn", "name"], (await bad.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task At_start_up_an_undated_project_takes_its_creation_date_and_its_running_total_becomes_one_months_arrival()
    {
        var bureau = await host.SignInAsync("bureau");
        var (_, park) = await ZoneAsync(bureau);
        var plain = await CreateAsync(bureau, park, $"旧项目{Token()}", "2026-11-10");
        var audited = await CreateAsync(bureau, park, $"旧项目{Token()}", "2026-11-10");
        var (plainId, auditedId) = (Guid.Parse(plain.GetProperty("id").GetString()!), Guid.Parse(audited.GetProperty("id").GetString()!));

        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using var system = db.RunAsSystem();
            // As a project stood before: no entry date, one running total; one of them had it changed in September (the audit log says so).
            await db.Projects.Where(p => p.Id == plainId || p.Id == auditedId)
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.EnteredOn, DateOnly.MinValue).SetProperty(p => p.ActualFunds, 4321m));
            var june = new DateOnly(2024, 6, 15);
            await db.ProjectStageChanges.Where(c => c.ProjectId == plainId).ExecuteUpdateAsync(u => u.SetProperty(c => c.On, june));
            await db.Projects.Where(p => p.Id == plainId).ExecuteUpdateAsync(u => u.SetProperty(p => p.StageChangedOn, june));
            db.AuditEntries.Add(new AuditEntry
            {
                Id = Guid.NewGuid(), At = new DateTimeOffset(2026, 9, 30, 20, 0, 0, TimeSpan.Zero), UserName = "bureau", Action = AuditActions.Updated,
                Entity = nameof(Project), EntityId = auditedId.ToString(), Changes = "{\"ActualFunds\":{\"before\":0,\"after\":4321}}",
            });
            await db.SaveChangesAsync();
            await ProjectDefaults.EnsureAsync(db);
            await ProjectDefaults.EnsureAsync(db);
        }

        var plainNow = (await bureau.GetJsonAsync<JsonElement>($"/api/projects/{plainId}"));
        Assert.Equal("2024-06-15", plainNow.GetProperty("project").GetProperty("enteredOn").GetString());
        Assert.Equal(4321m, plainNow.GetProperty("project").GetProperty("actualFunds").GetDecimal());
        var plainArrival = Assert.Single(plainNow.GetProperty("arrivals").EnumerateArray());
        // No change in the log: the month of the last stage change (the creation, here).
        Assert.Equal((2024, 6), (plainArrival.GetProperty("year").GetInt32(), plainArrival.GetProperty("month").GetInt32()));

        var auditedNow = await bureau.GetJsonAsync<JsonElement>($"/api/projects/{auditedId}");
        var arrival = Assert.Single(auditedNow.GetProperty("arrivals").EnumerateArray());
        // 20:00 UTC on 30 September is 1 October in China.
        Assert.Equal((2026, 10, 4321m),
            (arrival.GetProperty("year").GetInt32(), arrival.GetProperty("month").GetInt32(), arrival.GetProperty("amount").GetDecimal()));
    }
}
