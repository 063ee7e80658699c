using System.Net;
using System.Text.Json;

namespace Torchbase.Tests;

/// <summary>我的待办 (GET /api/me/todo): each role's queues, counted within the caller's scope and following the work as it moves.</summary>
[Collection(HostCollection.Name)]
public class TodoApiTests(TorchbaseFactory host)
{
    private static async Task<Dictionary<string, JsonElement>> QueuesAsync(ApiClient client) =>
        (await client.GetJsonAsync<JsonElement>("/api/me/todo")).GetProperty("queues").EnumerateArray()
            .ToDictionary(q => q.GetProperty("kind").GetString()!, q => q);

    private static async Task<int> CountAsync(ApiClient client, string kind) => (await QueuesAsync(client))[kind].GetProperty("count").GetInt32();

    private static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.JsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body;
    }

    private static async Task<JsonElement> MoveAsync(ApiClient client, string id, object body)
    {
        var version = (await client.GetJsonAsync<JsonElement>($"/api/service/requests/{id}")).GetProperty("summary").GetProperty("version").GetInt32();
        var merged = JsonSerializer.SerializeToElement(body, ApiClient.Json).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        merged["version"] = version;
        return await OkAsync(client.PostAsJsonAsync($"/api/service/requests/{id}/transitions", merged));
    }

    [Fact]
    public async Task Each_role_gets_its_own_queues_and_others_get_none()
    {
        // dept1 also heads a unit on contest panels of other tests: its scores may be waiting too.
        Assert.Equal(["RequestsToReply"], (await QueuesAsync(await host.SignInAsync("dept1"))).Keys.Where(k => k != "ScoresToGive"));
        Assert.Equal(["RequestsToAct"], (await QueuesAsync(await host.SignInAsync("officer1"))).Keys);
        Assert.Equal(["RequestsToAct", "ReportsToReview"], (await QueuesAsync(await host.SignInAsync("park1"))).Keys);
        Assert.Equal(["ScoresToGive"], (await QueuesAsync(await host.SignInAsync("judge1"))).Keys);
        foreach (var user in new[] { "ent1", "bank1", "expert1" }) Assert.Empty(await QueuesAsync(await host.SignInAsync(user)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await (await host.AnonymousAsync()).GetAsync("/api/me/todo")).StatusCode);
    }

    [Fact]
    public async Task A_request_moves_from_the_officers_queue_to_the_departments_and_back()
    {
        var (ent, officer, dept1, park2) =
            (await host.SignInAsync("ent1"), await host.SignInAsync("officer1"), await host.SignInAsync("dept1"), await host.SignInAsync("park2"));
        var (officerBefore, deptBefore, otherParkBefore) =
            (await CountAsync(officer, "RequestsToAct"), await CountAsync(dept1, "RequestsToReply"), await CountAsync(park2, "RequestsToAct"));

        var created = await OkAsync(ent.PostAsJsonAsync("/api/service/requests",
            new { title = "待办测试：用地指标", description = "二期扩建需新增用地", category = "Land", urgency = "Critical" }));
        var id = created.GetProperty("summary").GetProperty("id").GetString()!;
        // Waiting on the officer of the enterprise's park, not on another park's officer.
        Assert.Equal(officerBefore + 1, await CountAsync(officer, "RequestsToAct"));
        Assert.Equal(otherParkBefore, await CountAsync(park2, "RequestsToAct"));

        await MoveAsync(officer, id, new { action = "Accept" });
        await MoveAsync(officer, id, new { action = "Start" });
        Assert.Equal(officerBefore + 1, await CountAsync(officer, "RequestsToAct"));
        var departments = (await officer.GetJsonAsync<JsonElement>("/api/org/departments")).EnumerateArray()
            .ToDictionary(d => d.GetProperty("name").GetString()!, d => d.GetProperty("id").GetString()!);
        var escalated = await MoveAsync(officer, id, new { action = "Escalate", reason = "园区吹哨", departmentIds = new[] { departments["经济发展局"] } });

        // Now it waits on the department's reply, and the officer waits too.
        Assert.Equal(officerBefore, await CountAsync(officer, "RequestsToAct"));
        Assert.Equal(deptBefore + 1, await CountAsync(dept1, "RequestsToReply"));
        var deptQueue = (await QueuesAsync(dept1))["RequestsToReply"];
        Assert.Equal("/service/requests?open=true", deptQueue.GetProperty("link").GetString());
        var task = escalated.GetProperty("tasks")[0];
        await OkAsync(dept1.PostAsJsonAsync($"/api/service/requests/{id}/tasks/{task.GetProperty("id").GetString()}/reply",
            new { reply = "已落实用地指标", version = task.GetProperty("version").GetInt32() }));

        Assert.Equal(deptBefore, await CountAsync(dept1, "RequestsToReply"));
        Assert.Equal(officerBefore + 1, await CountAsync(officer, "RequestsToAct"));
        await MoveAsync(officer, id, new { action = "Resolve", resolution = "已办结" });
        Assert.Equal(officerBefore, await CountAsync(officer, "RequestsToAct"));
    }

    [Fact]
    public async Task A_filed_report_waits_on_its_parks_officer_only()
    {
        var ent = await host.SignInAsync("ent1");
        var id = (await ent.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("enterpriseId").GetGuid();
        var parkId = (await (await host.SignInAsync("bureau")).GetJsonAsync<JsonElement>($"/api/enterprises/{id}")).GetProperty("parkId").GetString();
        var (park1, park2) = (await host.SignInAsync("park1"), await host.SignInAsync("park2"));
        var (own, other) = (await park1.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("parkId").GetString() == parkId
            ? (park1, park2) : (park2, park1);
        var (ownBefore, otherBefore) = (await CountAsync(own, "ReportsToReview"), await CountAsync(other, "ReportsToReview"));
        Assert.Equal(ownBefore, (await own.GetJsonAsync<JsonElement>("/api/annual-reports/review?status=Pending")).GetProperty("total").GetInt32());

        // An older year the enterprise has not had accepted (this year's report belongs to the yearly-report tests).
        var thisYear = host.Clock.Today().Year;
        int? filedYear = null;
        var version = 0;
        for (var year = thisYear - 2; year > thisYear - 12 && filedYear is null; year--)
        {
            var answer = await ent.PutAsJsonAsync($"/api/annual-reports/enterprises/{id}/{year}", new { revenue = 900m, employees = 30, techStaff = 8 });
            if (answer.StatusCode != HttpStatusCode.OK) continue;
            filedYear = year;
            version = (await answer.JsonAsync()).GetProperty("version").GetInt32();
        }
        Assert.NotNull(filedYear);

        Assert.Equal(ownBefore + 1, await CountAsync(own, "ReportsToReview"));
        Assert.Equal(otherBefore, await CountAsync(other, "ReportsToReview"));
        var queue = (await QueuesAsync(own))["ReportsToReview"];
        Assert.Equal("/reporting/review?status=Pending", queue.GetProperty("link").GetString());
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), i => i.GetProperty("link").GetString() == $"/enterprises/{id}?tab=reports"
            && i.GetProperty("detail").GetString() == filedYear.ToString());

        // Returned, it leaves the queue (and the year stays on the 催报 list, as before it was filed).
        await OkAsync(own.PostAsJsonAsync($"/api/annual-reports/enterprises/{id}/{filedYear}/return", new { reason = "请补充研发人员数", version }));
        Assert.Equal(ownBefore, await CountAsync(own, "ReportsToReview"));
    }

    [Fact]
    public async Task A_judge_counts_the_units_left_to_score_on_open_contests()
    {
        var bureau = await host.SignInAsync("bureau");
        var judge1 = await host.SignInAsync("judge1");
        var before = await CountAsync(judge1, "ScoresToGive");
        var contest = await OkAsync(bureau.PostAsJsonAsync("/api/contests", new { year = 2026, name = $"待办测试赛 {Guid.NewGuid():N}" }));
        var id = contest.GetProperty("id").GetString()!;
        var categories = contest.GetProperty("categories");
        await OkAsync(bureau.PostAsJsonAsync($"/api/contests/{id}/units", new { name = "经济发展局", categoryId = categories[0].GetProperty("id").GetString() }));
        var detail = await OkAsync(bureau.PostAsJsonAsync($"/api/contests/{id}/units",
            new { name = "科技创新局", categoryId = categories[1].GetProperty("id").GetString() }));
        var units = detail.GetProperty("categories").EnumerateArray().SelectMany(c => c.GetProperty("units").EnumerateArray()).ToList();
        var judgeId = (await judge1.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetString();
        await OkAsync(bureau.PutAsJsonAsync($"/api/contests/{id}/judges", new { userIds = new[] { judgeId } }));
        await OkAsync(bureau.PostAsJsonAsync($"/api/contests/{id}/draw", new { }));
        Assert.Equal(before, await CountAsync(judge1, "ScoresToGive")); // not open yet
        await OkAsync(bureau.PostAsJsonAsync($"/api/contests/{id}/open", new { }));

        Assert.Equal(before + 2, await CountAsync(judge1, "ScoresToGive"));
        var marks = new Dictionary<string, decimal> { ["PARTY"] = 18, ["INTEGRITY"] = 14, ["RESULTS"] = 27, ["KEYTASKS"] = 18, ["PLAN"] = 13 };
        await OkAsync(judge1.PutAsJsonAsync($"/api/contests/{id}/my-sheets/{units[0].GetProperty("id").GetString()}", new { scores = marks, submit = true }));
        Assert.Equal(before + 1, await CountAsync(judge1, "ScoresToGive"));
        var queue = (await QueuesAsync(judge1))["ScoresToGive"];
        var items = queue.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(Math.Min(before + 1, 5), items.Count);
        // The card lists the first five: this contest's unit is among them when no more than four others wait.
        if (before < 5) Assert.Contains(items, i => i.GetProperty("link").GetString() == $"/judging/{id}");
    }
}
