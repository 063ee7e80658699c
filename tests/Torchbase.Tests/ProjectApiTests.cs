using System.Net;
using System.Text.Json;
using Torchbase.Spreadsheets;

namespace Torchbase.Tests;

[Collection(HostCollection.Name)]
public class ProjectApiTests(TorchbaseFactory host)
{
    private static async Task<(string Park1, string Park2)> ParksAsync(ApiClient client)
    {
        var zones = await client.GetJsonAsync<JsonElement>("/api/org/zones");
        var parks = zones[0].GetProperty("parks");
        return (parks[0].GetProperty("id").GetString()!, parks[1].GetProperty("id").GetString()!);
    }

    private static async Task<JsonElement> CreateAsync(ApiClient client, string parkId, string name, decimal planned = 25000)
    {
        var response = await client.PostAsJsonAsync("/api/projects", new
        {
            name, parkId, investor = "测试投资集团有限公司", builder = "测试建设有限公司", origin = "浙江省杭州市", outOfProvince = true,
            enteredOn = "2026-11-02", plannedInvestment = planned, leaderName = "王伟（管委会副主任）", teamName = "项目服务专班", keyLevel = "Municipal",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    [Fact]
    public async Task An_amount_beyond_the_largest_taken_is_refused_before_it_can_break_the_ledgers_sums()
    {
        var bureau = await host.SignInAsync("bureau");
        var (park, _) = await ParksAsync(bureau);
        // decimal.MaxValue is valid JSON for a decimal: two such projects would overflow every sum over the ledger.
        foreach (var planned in new[] { decimal.MaxValue, 1_000_000_000_000.01m })
        {
            var response = await bureau.PostAsJsonAsync("/api/projects", new { name = "天价项目", parkId = park, 
                enteredOn = "2026-11-02", plannedInvestment = planned, leaderName = "王伟" });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var errors = (await response.JsonAsync()).GetProperty("errors");
            Assert.Equal(["plannedInvestment"], errors.EnumerateObject().Select(e => e.Name));
        }
    }

    private static async Task<JsonElement> MoveAsync(ApiClient client, JsonElement detail, string to, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var project = detail.GetProperty("project");
        var response = await client.PostAsJsonAsync($"/api/projects/{project.GetProperty("id").GetString()}/stage",
            new { to, version = project.GetProperty("version").GetInt32() });
        Assert.Equal(expected, response.StatusCode);
        return await response.JsonAsync();
    }

    [Fact]
    public async Task Demo_ledger_lists_filters_and_sorts()
    {
        var bureau = await host.SignInAsync("bureau");
        var signed = await bureau.GetJsonAsync<JsonElement>("/api/projects?stage=Signed&pageSize=200");
        Assert.True(signed.GetProperty("total").GetInt32() > 5);
        AssertAllNonEmpty(signed.GetProperty("items").EnumerateArray(), p => Assert.Equal("Signed", p.GetProperty("stage").GetString()));

        var byPlanned = await bureau.GetJsonAsync<JsonElement>("/api/projects?sort=planned&desc=true&pageSize=30");
        var planned = byPlanned.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("plannedInvestment").GetDecimal()).ToList();
        Assert.Equal(planned.OrderDescending().ToList(), planned);

        var keys = await bureau.GetJsonAsync<JsonElement>("/api/projects?keyLevel=Provincial&pageSize=200");
        Assert.True(keys.GetProperty("total").GetInt32() >= 4);
        AssertAllNonEmpty(keys.GetProperty("items").EnumerateArray(), p =>
        {
            Assert.True(p.GetProperty("annualTarget").GetDecimal() > 0);
            Assert.Equal(Math.Round(p.GetProperty("completedThisYear").GetDecimal() / p.GetProperty("annualTarget").GetDecimal(), 4),
                p.GetProperty("completionRate").GetDecimal());
        });

        var behind = await bureau.GetJsonAsync<JsonElement>("/api/projects?behindOnly=true&pageSize=200");
        AssertAllNonEmpty(behind.GetProperty("items").EnumerateArray(), p => Assert.True(p.GetProperty("behind").GetBoolean()));
    }

    [Fact]
    public async Task Park_officer_sees_and_writes_only_their_park()
    {
        var bureau = await host.SignInAsync("bureau");
        var park1 = await host.SignInAsync("park1");
        var (own, other) = await ParksAsync(bureau);

        var seen = await park1.GetJsonAsync<JsonElement>("/api/projects?pageSize=200");
        Assert.True(seen.GetProperty("total").GetInt32() > 0);
        AssertAllNonEmpty(seen.GetProperty("items").EnumerateArray(), p => Assert.Equal(own, p.GetProperty("parkId").GetString()));

        var elsewhere = await CreateAsync(bureau, other, $"他园区项目{Guid.NewGuid():N}");
        var id = elsewhere.GetProperty("project").GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await park1.GetAsync($"/api/projects/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await park1.PostAsJsonAsync($"/api/projects/{id}/stage", new { to = "Negotiating", version = 0 })).StatusCode);

        var intoOther = await park1.PostAsJsonAsync("/api/projects", new { name = "越权项目", parkId = other, enteredOn = "2026-11-02", plannedInvestment = 1000 });
        Assert.Equal(HttpStatusCode.BadRequest, intoOther.StatusCode);
        Assert.True((await intoOther.JsonAsync()).GetProperty("errors").TryGetProperty("parkId", out _));

        var board = await park1.GetJsonAsync<JsonElement>("/api/projects/board");
        Assert.Equal([own], board.GetProperty("parks").EnumerateArray().Select(p => p.GetProperty("parkId").GetString()));
    }

    [Fact]
    public async Task Enterprise_users_have_no_ledger_and_leaders_cannot_write()
    {
        var ent = await host.SignInAsync("ent1");
        Assert.Equal(HttpStatusCode.Forbidden, (await ent.GetAsync("/api/projects")).StatusCode);
        var leader = await host.SignInAsync("leader");
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/api/projects")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync("/api/projects", new { name = "x" })).StatusCode);
    }

    [Fact]
    public async Task Stages_move_one_allowed_step_at_a_time_with_dated_history()
    {
        var bureau = await host.SignInAsync("bureau");
        var (park, _) = await ParksAsync(bureau);
        var created = await CreateAsync(bureau, park, $"阶段测试项目{Guid.NewGuid():N}");
        Assert.Equal("Lead", created.GetProperty("project").GetProperty("stage").GetString());

        var refused = await MoveAsync(bureau, created, "Started", HttpStatusCode.BadRequest);
        Assert.Equal("不能从当前阶段转到该阶段", refused.GetProperty("errors").GetProperty("to")[0].GetString());

        // The history is ordered by when each change was recorded: on the test host's fixed clock, let a minute pass between them.
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var signed = await MoveAsync(bureau, created, "Signed");
        Assert.Equal("Signed", signed.GetProperty("project").GetProperty("stage").GetString());
        Assert.NotEqual(JsonValueKind.Null, signed.GetProperty("project").GetProperty("signedOn").ValueKind);
        Assert.Equal(["Started", "Dropped"], signed.GetProperty("nextStages").EnumerateArray().Select(s => s.GetString()));

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var started = await MoveAsync(bureau, signed, "Started");
        var history = started.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()).ToList();
        Assert.Equal(["Started", "Signed", "Lead"], history);
        Assert.Equal("bureau", started.GetProperty("history")[0].GetProperty("by").GetString());

        var back = await MoveAsync(bureau, started, "Signed", HttpStatusCode.BadRequest);
        Assert.True(back.GetProperty("errors").TryGetProperty("to", out _));

        var future = await bureau.PostAsJsonAsync($"/api/projects/{started.GetProperty("project").GetProperty("id").GetString()}/stage",
            new { to = "InProduction", on = host.Clock.Today().AddDays(10).ToString("yyyy-MM-dd"),
                version = started.GetProperty("project").GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.True((await future.JsonAsync()).GetProperty("errors").TryGetProperty("on", out _));
    }

    [Fact]
    public async Task Concurrent_edit_is_refused_with_409_and_the_current_row()
    {
        var bureau = await host.SignInAsync("bureau");
        var park1 = await host.SignInAsync("park1");
        var (park, _) = await ParksAsync(bureau);
        var created = (await CreateAsync(bureau, park, $"并发测试项目{Guid.NewGuid():N}")).GetProperty("project");
        var id = created.GetProperty("id").GetString();
        var version = created.GetProperty("version").GetInt32();
        object Edit(string leader) =>
            new { name = created.GetProperty("name").GetString(), parkId = park, plannedInvestment = 30000, leaderName = leader, version };

        Assert.Equal(HttpStatusCode.OK, (await park1.PutAsJsonAsync($"/api/projects/{id}", Edit("李强"))).StatusCode);
        var second = await bureau.PutAsJsonAsync($"/api/projects/{id}", Edit("张敏"));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var body = await second.JsonAsync();
        Assert.Equal("concurrency", body.GetProperty("code").GetString());
        Assert.Equal("李强", body.GetProperty("current").GetProperty("project").GetProperty("leaderName").GetString());

        // A stage move with the stale version conflicts too.
        var stale = await bureau.PostAsJsonAsync($"/api/projects/{id}/stage", new { to = "Negotiating", version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Monthly_investment_gives_completion_on_the_ledger_and_in_its_export()
    {
        var bureau = await host.SignInAsync("bureau");
        var (park, _) = await ParksAsync(bureau);
        var name = $"完成率测试项目{Guid.NewGuid():N}"[..20];
        var created = await CreateAsync(bureau, park, name);
        var id = created.GetProperty("project").GetProperty("id").GetString();
        var today = host.Clock.Today();

        Assert.Equal(HttpStatusCode.OK, (await bureau.PutAsJsonAsync($"/api/projects/{id}/plans/{today.Year}", new { target = 12000 })).StatusCode);
        var reported = await bureau.PutAsJsonAsync($"/api/projects/{id}/investments/{today.Year}/{today.Month}",
            new { amount = 3000, imageProgress = "主体结构施工中" });
        Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
        var detail = await reported.JsonAsync();
        Assert.Equal(0.25m, detail.GetProperty("project").GetProperty("completionRate").GetDecimal());
        Assert.Equal(0.25m, detail.GetProperty("progress").GetProperty("completionRate").GetDecimal());
        Assert.Equal("主体结构施工中", detail.GetProperty("project").GetProperty("imageProgress").GetString());

        var nextMonth = today.AddMonths(1);
        var future = await bureau.PutAsJsonAsync($"/api/projects/{id}/investments/{nextMonth.Year}/{nextMonth.Month}", new { amount = 10 });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);

        var listed = await bureau.GetJsonAsync<JsonElement>($"/api/projects?search={Uri.EscapeDataString(name)}");
        Assert.Equal(0.25m, listed.GetProperty("items")[0].GetProperty("completionRate").GetDecimal());

        var export = await bureau.GetAsync($"/api/projects/ledger/export?search={Uri.EscapeDataString(name)}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var sheet = XlsxReader.Read(await export.Content.ReadAsStreamAsync(), 1000);
        Assert.StartsWith($"{today.Year}年重点项目建设台账", sheet.Headers[0]);
        var headers = sheet.Rows[1].Cells.ToList();
        Assert.Equal("项目名称", sheet.Rows[0][1]);
        Assert.Equal($"{today.Year}年投资完成情况", sheet.Rows[0][headers.IndexOf("年度")]);
        var row = sheet.Rows.Single(r => r[1] == name);
        Assert.Equal("12000", row[headers.IndexOf("年度计划投资（万元）")]);
        Assert.Equal("3000", row[headers.IndexOf($"{today.Month}月完成投资（万元）")]);
        Assert.Equal("3000", row[headers.IndexOf("累计完成投资（万元）")]);
        Assert.Equal("25.0%", row[headers.IndexOf("完成率")]);
    }

    [Fact]
    public async Task Tours_need_every_criterion_and_problems_can_be_closed()
    {
        var bureau = await host.SignInAsync("bureau");
        var (park, _) = await ParksAsync(bureau);
        var id = (await CreateAsync(bureau, park, $"督导测试项目{Guid.NewGuid():N}")).GetProperty("project").GetProperty("id").GetString();
        var today = host.Clock.Today().ToString("yyyy-MM-dd");

        var partial = await bureau.PostAsJsonAsync($"/api/projects/{id}/supervisions",
            new { kind = "MonthlyTour", on = today, scores = new Dictionary<string, decimal> { ["progress"] = 90 } });
        Assert.Equal(HttpStatusCode.BadRequest, partial.StatusCode);
        Assert.True((await partial.JsonAsync()).GetProperty("errors").TryGetProperty("scores.investment", out _));

        var weekly = await bureau.PostAsJsonAsync($"/api/projects/{id}/supervisions",
            new { kind = "WeeklyReport", on = today, progress = "基础施工", problemRaised = true, problem = "用电增容待办" });
        Assert.Equal(HttpStatusCode.OK, weekly.StatusCode);
        var record = (await weekly.JsonAsync()).GetProperty("supervisions")[0];
        Assert.True(record.GetProperty("problemRaised").GetBoolean());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("serviceRequestId").ValueKind);

        var resolved = await bureau.PostAsJsonAsync($"/api/projects/{id}/supervisions/{record.GetProperty("id").GetString()}/resolve", new { });
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.NotEqual(JsonValueKind.Null, (await resolved.JsonAsync()).GetProperty("supervisions")[0].GetProperty("problemResolvedOn").ValueKind);
    }

    [Fact]
    public async Task Quarterly_rating_ranks_projects_and_parks_by_weighted_tour_scores()
    {
        var leader = await host.SignInAsync("leader");
        var rating = await leader.GetJsonAsync<JsonElement>("/api/projects/rating");
        var projects = rating.GetProperty("projects").EnumerateArray().ToList();
        Assert.NotEmpty(projects);
        var totals = projects.Select(p => p.GetProperty("total").GetDecimal()).ToList();
        Assert.Equal(totals.OrderDescending().ToList(), totals);
        Assert.Equal(1, projects[0].GetProperty("rank").GetInt32());
        AssertAllNonEmpty(projects,
            p => Assert.Equal(p.GetProperty("total").GetDecimal(), p.GetProperty("criteria").EnumerateArray().Sum(c => c.GetProperty("points").GetDecimal())));
        Assert.Equal(100, rating.GetProperty("criteria").EnumerateArray().Sum(c => c.GetProperty("weight").GetDecimal()));
        Assert.NotEmpty(rating.GetProperty("parks").EnumerateArray());
    }

    [Fact]
    public async Task Criteria_weights_must_add_up_to_one_hundred()
    {
        var bureau = await host.SignInAsync("bureau");
        var current = await bureau.GetJsonAsync<JsonElement>("/api/projects/rating-criteria");
        Assert.Equal(4, current.GetProperty("criteria").GetArrayLength());
        var bad = await bureau.PutAsJsonAsync("/api/projects/rating-criteria",
            new { criteria = new[] { new { code = "progress", name = "形象进度", weight = 60, maxScore = 100 } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("100", (await bad.JsonAsync()).GetProperty("errors").GetProperty("criteria")[0].GetString());
    }

    [Fact]
    public async Task City_comparison_ranks_every_visible_zone()
    {
        var admin = await host.SignInAsync("admin");
        var all = await admin.GetJsonAsync<JsonElement>("/api/projects/comparison");
        var zones = all.GetProperty("zones").EnumerateArray().ToList();
        Assert.Equal(2, zones.Count);
        Assert.Equal([1, 2], zones.Select(z => z.GetProperty("rank").GetInt32()).Order());
        Assert.True(zones.All(z => z.GetProperty("rates").GetProperty("signed").GetInt32() >= 8));
        Assert.Contains("三个一批", all.GetProperty("policy").GetString());

        var leader2 = await host.SignInAsync("leader2");
        var own = await leader2.GetJsonAsync<JsonElement>("/api/projects/comparison");
        Assert.Single(own.GetProperty("zones").EnumerateArray());

        var summary = await leader2.GetJsonAsync<JsonElement>("/api/projects/summary");
        Assert.Equal(8, summary.GetProperty("rates").GetProperty("signed").GetInt32());
        Assert.Equal(21, summary.GetProperty("rates").GetProperty("negotiating").GetInt32());
    }
}
