using System.Net;
using System.Text.Json;

namespace Torchbase.Tests;

[Collection(HostCollection.Name)]
public class ContestApiTests(TorchbaseFactory host)
{
    private static readonly object FullMarks = new { scores = new Dictionary<string,
        decimal> { ["PARTY"] = 18, ["INTEGRITY"] = 14, ["RESULTS"] = 27, ["KEYTASKS"] = 18, ["PLAN"] = 13 }, submit = true };

    private static async Task<string> UserIdAsync(TorchbaseFactory host, string userName) =>
        (await (await host.SignInAsync(userName)).GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetString()!;

    /// <summary>A small contest: one unit headed by dept1 in 发展类, one in 经济类; panel judge1, judge2, dept1; drawn and open.</summary>
    private async Task<(ApiClient Bureau, string ContestId, string OwnUnit, string OtherUnit)> OpenContestAsync()
    {
        var bureau = await host.SignInAsync("bureau");
        var created = await bureau.PostAsJsonAsync("/api/contests", new { year = 2026, name = $"测试夺标赛 {Guid.NewGuid():N}" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var contest = await created.JsonAsync();
        var id = contest.GetProperty("id").GetString()!;
        var categories = contest.GetProperty("categories");
        Assert.Equal(["发展类", "经济类", "保障类"], categories.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        var dept1 = await UserIdAsync(host, "dept1");
        var detail = await (await bureau.PostAsJsonAsync($"/api/contests/{id}/units",
            new { name = "经济发展局", categoryId = categories[0].GetProperty("id").GetString(), headUserId = dept1 })).JsonAsync();
        detail = await (await bureau.PostAsJsonAsync($"/api/contests/{id}/units",
            new { name = "科技创新局", categoryId = categories[1].GetProperty("id").GetString() })).JsonAsync();
        var units = detail.GetProperty("categories").EnumerateArray().SelectMany(c => c.GetProperty("units").EnumerateArray()).ToList();
        var candidates = await bureau.GetJsonAsync<JsonElement>($"/api/contests/{id}/candidates?search=judge");
        Assert.Equal(["judge1", "judge2", "judge3"], candidates.EnumerateArray().Select(c => c.GetProperty("userName").GetString()));
        AssertAllNonEmpty(candidates.EnumerateArray(), c => Assert.True(c.GetProperty("isJudgeRole").GetBoolean()));
        var judges = new[] { await UserIdAsync(host, "judge1"), await UserIdAsync(host, "judge2"), dept1 };
        Assert.Equal(HttpStatusCode.OK, (await bureau.PutAsJsonAsync($"/api/contests/{id}/judges", new { userIds = judges })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await bureau.PostAsJsonAsync($"/api/contests/{id}/open", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsJsonAsync($"/api/contests/{id}/draw", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsJsonAsync($"/api/contests/{id}/open", new { })).StatusCode);
        return (bureau, id, units[0].GetProperty("id").GetString()!, units[1].GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task A_judge_cannot_score_their_own_unit()
    {
        var (_, id, own, other) = await OpenContestAsync();
        var dept1 = await host.SignInAsync("dept1");
        var response = await dept1.PutAsJsonAsync($"/api/contests/{id}/my-sheets/{own}", FullMarks);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("contest.conflict_of_interest", (await response.JsonAsync()).GetProperty("code").GetString());

        // The head still scores the other units, and the sheet list marks the own unit.
        Assert.Equal(HttpStatusCode.OK, (await dept1.PutAsJsonAsync($"/api/contests/{id}/my-sheets/{other}", FullMarks)).StatusCode);
        var mine = await dept1.GetJsonAsync<JsonElement>($"/api/contests/{id}/my-sheets");
        Assert.True(mine.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetString() == own).GetProperty("conflict").GetBoolean());
    }

    [Fact]
    public async Task A_submitted_sheet_is_locked()
    {
        var (bureau, id, own, _) = await OpenContestAsync();
        var judge = await host.SignInAsync("judge1");
        var draft = await judge.PutAsJsonAsync($"/api/contests/{id}/my-sheets/{own}",
            new { scores = new Dictionary<string, decimal> { ["PARTY"] = 15 }, submit = false });
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var version = (await draft.JsonAsync()).GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unitId").GetString() == own)
            .GetProperty("sheet").GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await judge.PutAsJsonAsync($"/api/contests/{id}/my-sheets/{own}",
            new { scores = new Dictionary<string, decimal> { ["PARTY"] = 18, ["INTEGRITY"] = 14, ["RESULTS"] = 27, ["KEYTASKS"] = 18, ["PLAN"] = 13 },
                submit = true, version })).StatusCode);

        var again = await judge.PutAsJsonAsync($"/api/contests/{id}/my-sheets/{own}", new { FullMarks, submit = false, version = version + 1 });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("contest.sheet_locked", (await again.JsonAsync()).GetProperty("code").GetString());

        var progress = await bureau.GetJsonAsync<JsonElement>($"/api/contests/{id}/progress");
        Assert.Equal(1, progress.GetProperty("submitted").GetInt32());
        Assert.Equal(5, progress.GetProperty("expected").GetInt32()); // 2 units × 3 judges − dept1's own unit
        var results = await bureau.GetJsonAsync<JsonElement>($"/api/contests/{id}/results");
        var line = results.GetProperty("categories")[0].GetProperty("units")[0];
        Assert.Equal(90m, line.GetProperty("score").GetDecimal());
        Assert.Contains("MissingSheets", line.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Out_of_range_and_incomplete_sheets_are_refused_with_field_errors()
    {
        var (_, id, own, _) = await OpenContestAsync();
        var judge = await host.SignInAsync("judge2");
        var response = await judge.PutAsJsonAsync($"/api/contests/{id}/my-sheets/{own}",
            new { scores = new Dictionary<string, decimal> { ["PARTY"] = 21, ["RESULTS"] = 20.555m }, submit = true });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal("分值须在 0 至 20 之间", errors.GetProperty("scores.PARTY")[0].GetString());
        Assert.True(errors.TryGetProperty("scores.RESULTS", out _));
        Assert.True(errors.TryGetProperty("scores.PLAN", out _));
    }

    [Fact]
    public async Task Another_zones_contest_is_not_found_and_outsiders_cannot_score()
    {
        var (_, id, own, _) = await OpenContestAsync();
        var leader2 = await host.SignInAsync("leader2");
        Assert.Equal(HttpStatusCode.NotFound, (await leader2.GetAsync($"/api/contests/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader2.GetAsync($"/api/contests/{id}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader2.PutAsJsonAsync($"/api/contests/{id}/my-sheets/{own}", FullMarks)).StatusCode);
        Assert.DoesNotContain(id,
            (await leader2.GetJsonAsync<JsonElement>("/api/contests")).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()));

        // Same zone, but not on this contest's panel: the appointment decides, not the role.
        var judge3 = await host.SignInAsync("judge3");
        Assert.Equal(HttpStatusCode.NotFound, (await judge3.PutAsJsonAsync($"/api/contests/{id}/my-sheets/{own}", FullMarks)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await judge3.PostAsJsonAsync("/api/contests", new { year = 2026, name = "x" })).StatusCode);
    }

    [Fact]
    public async Task The_draw_is_recorded_and_replays()
    {
        var (bureau, id, _, _) = await OpenContestAsync();
        var detail = await bureau.GetJsonAsync<JsonElement>($"/api/contests/{id}");
        var draw = detail.GetProperty("draws")[0];
        Assert.Equal("fisher-yates/splitmix64/v1", draw.GetProperty("algorithm").GetString());
        Assert.Matches("^[0-9a-f]{16}$", draw.GetProperty("seed").GetString());
        var verified = await bureau.GetJsonAsync<JsonElement>($"/api/contests/{id}/draw/verify");
        AssertAllNonEmpty(verified.EnumerateArray(), v => Assert.True(v.GetProperty("verified").GetBoolean()));
        // Open contests refuse set-up changes.
        Assert.Equal(HttpStatusCode.Conflict, (await bureau.PostAsJsonAsync($"/api/contests/{id}/draw", new { })).StatusCode);
    }

    [Fact]
    public async Task Last_years_demo_contest_has_results_and_awards_for_22_units()
    {
        var leader = await host.SignInAsync("leader");
        var list = await leader.GetJsonAsync<JsonElement>("/api/contests?status=Published");
        var contest = list.GetProperty("items").EnumerateArray().First(c => c.GetProperty("isDemo").GetBoolean());
        Assert.Equal(22, contest.GetProperty("unitCount").GetInt32());
        var results = await leader.GetJsonAsync<JsonElement>($"/api/contests/{contest.GetProperty("id").GetString()}/results");
        Assert.Equal(results.GetProperty("expected").GetInt32(), results.GetProperty("submitted").GetInt32());
        foreach (var category in results.GetProperty("categories").EnumerateArray())
        {
            Assert.True(category.GetProperty("prizesAwarded").GetInt32() >= 3);
            Assert.Equal("一等奖", category.GetProperty("units")[0].GetProperty("prize").GetString());
        }
        var export = await leader.GetAsync($"/api/contests/{contest.GetProperty("id").GetString()}/results/export");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
    }
}
