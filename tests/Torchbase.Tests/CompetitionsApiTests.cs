using System.Net;
using System.Text.Json;
using Torchbase.Demo;

namespace Torchbase.Tests;

/// <summary>Competitions (创新创业大赛) and matchmaking events (成果直通车): the demo's reported figures, scoring, leads turned into projects.</summary>
[Collection(HostCollection.Name)]
public class CompetitionsApiTests(TorchbaseFactory host)
{
    private static async Task<string> ParkAsync(ApiClient client) =>
        (await client.GetJsonAsync<JsonElement>("/api/org/zones"))[0].GetProperty("parks")[0].GetProperty("id").GetString()!;

    private static async Task<JsonElement> DemoCompetitionAsync(ApiClient client)
    {
        var list = await client.GetJsonAsync<JsonElement>("/api/competitions?search=" + Uri.EscapeDataString("高新区创新创业大赛"));
        var demo = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("isDemo").GetBoolean());
        return await client.GetJsonAsync<JsonElement>($"/api/competitions/{demo.GetProperty("id").GetString()}");
    }

    private static async Task<JsonElement> DemoEventAsync(ApiClient client)
    {
        var list = await client.GetJsonAsync<JsonElement>("/api/events?kind=AchievementExpress");
        var demo = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("isDemo").GetBoolean());
        return await client.GetJsonAsync<JsonElement>($"/api/events/{demo.GetProperty("id").GetString()}");
    }

    private static async Task<JsonElement> NewCompetitionAsync(ApiClient bureau, string name)
    {
        var response = await bureau.PostAsJsonAsync("/api/competitions", new
        {
            name, year = 2026, heldOn = "2026-10-10",
            rounds = new object[] { new { name = "初赛", advanceCount = 2 }, new { name = "决赛" } },
            prizes = new object[] { new { name = "一等奖", count = 1, amountWan = 30 }, new { name = "二等奖", count = 1, amountWan = 10 } },
            judges = new object[] { new { name = "甲" }, new { name = "乙" }, new { name = "丙" }, new { name = "丁" } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    private static async Task<JsonElement> AddEntrantAsync(ApiClient bureau, string competition, string team, int round = 0)
    {
        var response = await bureau.PostAsJsonAsync($"/api/competitions/{competition}/entrants",
            new { teamName = team, projectTitle = $"{team}的项目", industry = "新材料", roundReached = round });
        return await ApiAssert.OkJson(response);
    }

    [Fact]
    public async Task The_demo_competition_and_event_show_the_reported_figures_computed_from_their_records()
    {
        var bureau = await host.SignInAsync("bureau");
        var competition = await DemoCompetitionAsync(bureau);
        var stats = competition.GetProperty("statistics");
        Assert.Equal(CompetitionsDemo.Entrants, stats.GetProperty("entrants").GetInt32());
        Assert.True(stats.GetProperty("entrants").GetInt32() >= 500);
        Assert.Equal(37, stats.GetProperty("matched").GetInt32());
        Assert.Equal(820_100m, stats.GetProperty("signedAmountWan").GetDecimal());
        Assert.Equal(405m, stats.GetProperty("prizeMoneyWan").GetDecimal());
        var id = competition.GetProperty("id").GetString();
        // The same figures from the lists: the statistics are counts of the rows, not stored numbers.
        var all = await bureau.GetJsonAsync<JsonElement>($"/api/competitions/{id}/entrants?pageSize=1");
        Assert.Equal(CompetitionsDemo.Entrants, all.GetProperty("total").GetInt32());
        var matched = await bureau.GetJsonAsync<JsonElement>($"/api/competitions/{id}/entrants?matched=true&pageSize=200");
        Assert.Equal(37, matched.GetProperty("total").GetInt32());
        Assert.Equal(820_100m, matched.GetProperty("items").EnumerateArray().Sum(i => i.GetProperty("signedAmountWan").GetDecimal()));
        var awarded = 0;
        foreach (var level in new[] { 1, 2, 3 })
            awarded += (await bureau.GetJsonAsync<JsonElement>($"/api/competitions/{id}/entrants?award={level}&pageSize=1")).GetProperty("total").GetInt32();
        Assert.Equal(19, awarded);

        // The final's ranking gives the prizes the entrants hold; the declared conflict excludes one sheet.
        var ranking = await bureau.GetJsonAsync<JsonElement>($"/api/competitions/{id}/ranking?round=2");
        var lines = ranking.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(40, lines.Count);
        Assert.Equal(3, lines.Count(l => l.GetProperty("prize").GetString() == "一等奖"));
        Assert.Single(lines, l => l.GetProperty("conflictExcluded").GetArrayLength() == 1);

        var e = await DemoEventAsync(bureau);
        var es = e.GetProperty("statistics");
        Assert.Equal(304, es.GetProperty("achievements").GetInt32());
        Assert.Equal(42, es.GetProperty("attending").GetInt32());
        Assert.Equal(8, es.GetProperty("signings").GetInt32());
        Assert.Equal(126, es.GetProperty("intents").GetInt32());
        var eid = e.GetProperty("id").GetString();
        Assert.Equal(304, (await bureau.GetJsonAsync<JsonElement>($"/api/events/{eid}/achievements?pageSize=1")).GetProperty("total").GetInt32());
        Assert.Equal(126, (await bureau.GetJsonAsync<JsonElement>($"/api/events/{eid}/intents?pageSize=1")).GetProperty("total").GetInt32());
        Assert.Equal(42, e.GetProperty("attendees").GetArrayLength());

        // Another zone's leader does not see them.
        var leader2 = await host.SignInAsync("leader2");
        Assert.Equal(HttpStatusCode.NotFound, (await leader2.GetAsync($"/api/competitions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader2.GetAsync($"/api/events/{eid}")).StatusCode);
    }

    [Fact]
    public async Task Scores_rank_by_the_trimmed_mean_and_the_best_go_on()
    {
        var bureau = await host.SignInAsync("bureau");
        var c = await NewCompetitionAsync(bureau, $"评分测试{Guid.NewGuid().ToString("N")[..6]}");
        var id = c.GetProperty("id").GetString();
        var judges = c.GetProperty("judges").EnumerateArray().Select(j => j.GetProperty("id").GetString()!).ToList();
        var a = await AddEntrantAsync(bureau, id!, "甲队");
        var b = await AddEntrantAsync(bureau, id!, "乙队");
        var d = await AddEntrantAsync(bureau, id!, "丙队");
        async Task Score(JsonElement entrant, params decimal[] scores) => await ApiAssert.OkJson(await bureau.PutAsJsonAsync(
            $"/api/competitions/{id}/entrants/{entrant.GetProperty("id").GetString()}/scores",
            new { round = 0, scores = scores.Select((s, i) => new { judgeId = judges[i], score = s }).ToArray() }));
        await Score(a, 60, 90, 90, 95);   // trimmed: 90
        await Score(b, 80, 85, 85, 99);   // trimmed: 85
        await Score(d, 10, 88, 89, 100);  // trimmed: 88.5
        var ranking = await bureau.GetJsonAsync<JsonElement>($"/api/competitions/{id}/ranking?round=0");
        Assert.Equal(["甲队", "丙队", "乙队"], ranking.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("entrantName").GetString()));
        Assert.Equal(2, ranking.GetProperty("advancing").GetArrayLength());

        // A declared conflict takes the judge's sheet out: 甲队 without 丁's 95 → 60, 90, 90 trimmed → 90; 乙队 without 甲's 80 → 85.
        var updated = await ApiAssert.OkJson(await bureau.PutAsJsonAsync($"/api/competitions/{id}/entrants/{b.GetProperty("id").GetString()}", new
        {
            teamName = "乙队", projectTitle = "乙队的项目", roundReached = 0, conflictedJudges = new[] { judges[3] }, version = b.GetProperty("version").GetInt32(),
        }));
        Assert.Single(updated.GetProperty("conflictedJudges").EnumerateArray());
        ranking = await bureau.GetJsonAsync<JsonElement>($"/api/competitions/{id}/ranking?round=0");
        var line = ranking.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("entrantName").GetString() == "乙队");
        Assert.Equal(85m, line.GetProperty("score").GetDecimal());
        Assert.Equal(3, line.GetProperty("sheetsExpected").GetInt32());

        await ApiAssert.OkJson(await bureau.PostAsJsonAsync($"/api/competitions/{id}/rounds/0/advance", new { }));
        var final = await bureau.GetJsonAsync<JsonElement>($"/api/competitions/{id}/entrants?round=1");
        Assert.Equal(["丙队", "甲队"], final.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("entrantName").GetString()!).Order());

        // An out-of-range score is refused at its field, in the caller's language, never clamped.
        bureau.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var bad = await bureau.PutAsJsonAsync($"/api/competitions/{id}/entrants/{a.GetProperty("id").GetString()}/scores",
            new { round = 0, scores = new[] { new { judgeId = judges[0], score = 100.5m } } });
        await ApiAssert.FieldError(bad, "scores[0].score");
        Assert.Contains("0 to 100", await bad.Content.ReadAsStringAsync());
        var stale = await bureau.PutAsJsonAsync($"/api/competitions/{id}/entrants/{b.GetProperty("id").GetString()}", new
        {
            teamName = "乙队", projectTitle = "乙队的项目", version = b.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task A_matched_entrant_becomes_one_project_lead_credited_to_the_competition()
    {
        var bureau = await host.SignInAsync("bureau");
        var park = await ParkAsync(bureau);
        var name = $"线索测试大赛{Guid.NewGuid().ToString("N")[..6]}";
        var c = await NewCompetitionAsync(bureau, name);
        var id = c.GetProperty("id").GetString();
        var entrant = await AddEntrantAsync(bureau, id!, "转化团队");
        var eid = entrant.GetProperty("id").GetString();
        var url = $"/api/competitions/{id}/entrants/{eid}/project";

        var notMatched = await bureau.PostAsJsonAsync(url, new { parkId = park });
        Assert.Equal(HttpStatusCode.Conflict, notMatched.StatusCode);
        Assert.Equal("competition_entrant_not_matched", (await notMatched.JsonAsync()).GetProperty("code").GetString());
        await ApiAssert.FieldError(await bureau.PutAsJsonAsync($"/api/competitions/{id}/entrants/{eid}", new
        {
            teamName = "转化团队", projectTitle = "转化团队的项目", matched = false, signedAmountWan = 500, version = entrant.GetProperty("version").GetInt32(),
        }), "signedAmountWan");
        await ApiAssert.OkJson(await bureau.PutAsJsonAsync($"/api/competitions/{id}/entrants/{eid}", new
        {
            teamName = "转化团队", projectTitle = "转化团队的项目", matched = true, signedAmountWan = 1500, version = entrant.GetProperty("version").GetInt32(),
        }));
        await ApiAssert.FieldError(await bureau.PostAsJsonAsync(url, new { }), "parkId");

        var created = await bureau.PostAsJsonAsync(url, new { parkId = park });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var projectId = (await created.JsonAsync()).GetProperty("projectId").GetString();
        var project = await bureau.GetJsonAsync<JsonElement>($"/api/projects/{projectId}");
        Assert.Equal("Competition", project.GetProperty("project").GetProperty("source").GetString());
        Assert.Equal(name, project.GetProperty("project").GetProperty("broughtBy").GetString());
        Assert.Equal("Lead", project.GetProperty("project").GetProperty("stage").GetString());
        Assert.Equal(1500m, project.GetProperty("project").GetProperty("plannedInvestment").GetDecimal());
        var lead = project.GetProperty("lead");
        Assert.Equal("competition", lead.GetProperty("kind").GetString());
        Assert.Equal(id, lead.GetProperty("ownerId").GetString());
        Assert.Equal(eid, lead.GetProperty("leadId").GetString());

        var again = await bureau.PostAsJsonAsync(url, new { parkId = park });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(projectId, (await again.JsonAsync()).GetProperty("projectId").GetString());
        var listed = await bureau.GetJsonAsync<JsonElement>($"/api/competitions/{id}/entrants?search={Uri.EscapeDataString("转化团队")}");
        Assert.Equal(projectId, listed.GetProperty("items")[0].GetProperty("projectId").GetString());
        Assert.Equal(1, (await bureau.GetJsonAsync<JsonElement>($"/api/competitions/{id}")).GetProperty("statistics").GetProperty("projects").GetInt32());
    }

    [Fact]
    public async Task An_event_records_attendance_intents_and_a_signing_that_becomes_one_project()
    {
        var bureau = await host.SignInAsync("bureau");
        var park = await ParkAsync(bureau);
        var enterprise = (await bureau.GetJsonAsync<JsonElement>("/api/enterprises?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetString();
        var name = $"对接会测试{Guid.NewGuid().ToString("N")[..6]}";
        await ApiAssert.FieldError(await bureau.PostAsJsonAsync("/api/events", new { name, kind = "Matchmaking" }), "heldOn");
        var created = await bureau.PostAsJsonAsync("/api/events", new { name, kind = "Matchmaking", heldOn = "2026-11-20", place = "服务中心" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var e = await created.JsonAsync();
        var id = e.GetProperty("id").GetString();
        var attended = await ApiAssert.OkJson(await bureau.PutAsJsonAsync($"/api/events/{id}/attendees",
            new { enterpriseIds = new[] { enterprise }, version = e.GetProperty("version").GetInt32() }));
        Assert.Equal(1, attended.GetProperty("statistics").GetProperty("attending").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await bureau.PutAsJsonAsync($"/api/events/{id}/attendees",
            new { enterpriseIds = Array.Empty<string>(), version = e.GetProperty("version").GetInt32() })).StatusCode);

        var achievement = await ApiAssert.OkJson(await bureau.PostAsJsonAsync($"/api/events/{id}/achievements",
            new { title = "尼龙改性技术", owner = "郑州大学", field = "新材料" }));
        var aid = achievement.GetProperty("id").GetString();
        await ApiAssert.OkJson(await bureau.PostAsJsonAsync($"/api/events/{id}/intents", new { achievementId = aid, enterpriseId = enterprise }));
        await ApiAssert.FieldError(await bureau.PostAsJsonAsync($"/api/events/{id}/intents",
            new { achievementId = aid, enterpriseId = enterprise }), "enterpriseId");
        await ApiAssert.FieldError(await bureau.PostAsJsonAsync($"/api/events/{id}/signings",
            new { title = "签约", parties = "甲 / 乙", amountWan = -1 }), "amountWan");
        var signed = await ApiAssert.OkJson(await bureau.PostAsJsonAsync($"/api/events/{id}/signings",
            new { title = "尼龙改性技术转化", parties = "郑州大学 / 企业", enterpriseId = enterprise, achievementId = aid, amountWan = 800 }));
        var stats = signed.GetProperty("statistics");
        Assert.Equal(1, stats.GetProperty("signings").GetInt32());
        Assert.Equal(1, stats.GetProperty("intents").GetInt32());
        Assert.Equal(800m, stats.GetProperty("signedAmountWan").GetDecimal());
        var signing = signed.GetProperty("signings")[0].GetProperty("id").GetString();

        var url = $"/api/events/{id}/signings/{signing}/project";
        var lead = await bureau.PostAsJsonAsync(url, new { parkId = park });
        Assert.Equal(HttpStatusCode.Created, lead.StatusCode);
        var projectId = (await lead.JsonAsync()).GetProperty("projectId").GetString();
        var project = await bureau.GetJsonAsync<JsonElement>($"/api/projects/{projectId}");
        Assert.Equal(name, project.GetProperty("project").GetProperty("broughtBy").GetString());
        Assert.Equal("event", project.GetProperty("lead").GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await bureau.PostAsJsonAsync(url, new { parkId = park })).StatusCode);
        var detail = await bureau.GetJsonAsync<JsonElement>($"/api/events/{id}");
        Assert.Equal(projectId, detail.GetProperty("signings")[0].GetProperty("projectId").GetString());
    }

    [Fact]
    public async Task A_signings_amount_is_corrected_with_its_version_and_the_figures_follow()
    {
        var bureau = await host.SignInAsync("bureau");
        var name = $"签约更正{Guid.NewGuid().ToString("N")[..6]}";
        var e = await ApiAssert.OkJson(await bureau.PostAsJsonAsync("/api/events", new { name, kind = "AchievementExpress", heldOn = "2026-11-20" }));
        var id = e.GetProperty("id").GetString();
        var signed = await ApiAssert.OkJson(await bureau.PostAsJsonAsync($"/api/events/{id}/signings",
            new { title = "中试线合作", parties = "研究院 / 企业", amountWan = 8000 }));
        var signing = signed.GetProperty("signings")[0];
        var url = $"/api/events/{id}/signings/{signing.GetProperty("id").GetString()}";
        var version = signing.GetProperty("version").GetInt32();

        await ApiAssert.FieldError(await bureau.PutAsJsonAsync(url, new { title = "中试线合作", parties = "研究院 / 企业", amountWan = -80, version }),
            "amountWan");
        await ApiAssert.FieldError(await bureau.PutAsJsonAsync(url, new { title = "中试线合作", parties = "研究院 / 企业", amountWan = 80 }), "version");
        await ApiAssert.FieldError(await bureau.PutAsJsonAsync(url, new { title = "", parties = "研究院 / 企业", amountWan = 80, version }), "title");
        var corrected = await ApiAssert.OkJson(await bureau.PutAsJsonAsync(url,
            new { title = "中试线合作协议", parties = "研究院 / 企业", amountWan = 80, version }));
        Assert.Equal(80m, corrected.GetProperty("statistics").GetProperty("signedAmountWan").GetDecimal());
        Assert.Equal(1, corrected.GetProperty("statistics").GetProperty("signings").GetInt32());
        Assert.Equal("中试线合作协议", corrected.GetProperty("signings")[0].GetProperty("title").GetString());
        Assert.NotEqual(version, corrected.GetProperty("signings")[0].GetProperty("version").GetInt32());

        var stale = await bureau.PutAsJsonAsync(url, new { title = "中试线合作", parties = "研究院 / 企业", amountWan = 90, version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var other = (await ApiAssert.OkJson(await bureau.PostAsJsonAsync("/api/events",
            new { name = $"{name}乙", kind = "Matchmaking", heldOn = "2026-11-21" }))).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await bureau.PutAsJsonAsync(url.Replace(id!, other!, StringComparison.Ordinal),
            new { title = "中试线合作", parties = "研究院 / 企业", amountWan = 90, version })).StatusCode);
        var detail = await bureau.GetJsonAsync<JsonElement>($"/api/events/{id}");
        Assert.Equal(80m, detail.GetProperty("statistics").GetProperty("signedAmountWan").GetDecimal());
    }
}
