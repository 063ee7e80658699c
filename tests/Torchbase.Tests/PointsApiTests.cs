using System.Net;
using System.Text.Json;

namespace Torchbase.Tests;

[Collection(HostCollection.Name)]
public class PointsApiTests(TorchbaseFactory host)
{
    private static async Task<JsonElement> OkJson(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    [Fact]
    public async Task The_demo_board_ranks_the_zone_and_rescoring_the_same_inputs_changes_nothing()
    {
        var bureau = await host.SignInAsync("bureau");
        var summary = await bureau.GetJsonAsync<JsonElement>("/api/points/summary");
        var year = summary.GetProperty("year").GetInt32();
        // Other tests on this host may have filed or imported reports since the demo was scored: score once to catch up.
        await OkJson(await bureau.PostAsJsonAsync("/api/points/runs", new { year }));
        var board = await bureau.GetJsonAsync<JsonElement>($"/api/points/scores?year={year}&pageSize=5");
        var items = board.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(1, items[0].GetProperty("rank").GetInt32());
        Assert.True(items[0].GetProperty("total").GetDouble() >= items[^1].GetProperty("total").GetDouble());

        var rerun = await OkJson(await bureau.PostAsJsonAsync("/api/points/runs", new { year }));
        Assert.True(rerun.GetProperty("unchanged").GetBoolean());
        var again = await bureau.GetJsonAsync<JsonElement>($"/api/points/scores?year={year}&pageSize=5");
        Assert.Equal(board.GetRawText(), again.GetRawText());
    }

    [Fact]
    public async Task A_province_user_sees_every_zones_board_or_the_one_picked_and_no_zone_outside_its_scope()
    {
        var province = await host.SignInAsync("province");
        var all = await province.GetJsonAsync<JsonElement>("/api/points/summary");
        Assert.Equal(2, all.GetProperty("zones").GetInt32());
        var year = all.GetProperty("year").GetInt32();
        var zones = (await province.GetJsonAsync<JsonElement>("/api/dashboard/zones")).EnumerateArray()
            .Select(z => (Id: z.GetProperty("zoneId").GetString()!, Name: z.GetProperty("zoneName").GetString()!)).ToList();
        Assert.Equal(2, zones.Count);

        // Every zone's board together: the rows carry their zone, and the count is the zones' counts added up.
        var board = await province.GetJsonAsync<JsonElement>($"/api/points/scores?year={year}&pageSize=200");
        var boardZones = board.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("zoneName").GetString()!).ToHashSet();
        Assert.Equal(zones.Select(z => z.Name).ToHashSet(), boardZones);
        var perZone = new List<int>();
        foreach (var (id, name) in zones)
        {
            var one = await province.GetJsonAsync<JsonElement>($"/api/points/scores?year={year}&zoneId={id}&pageSize=5");
            var items = one.GetProperty("items").EnumerateArray().ToList();
            AssertAllNonEmpty(items, i => Assert.Equal(name, i.GetProperty("zoneName").GetString()));
            Assert.Equal(1, items[0].GetProperty("rank").GetInt32());
            var summary = await province.GetJsonAsync<JsonElement>($"/api/points/summary?year={year}&zoneId={id}");
            Assert.Equal(1, summary.GetProperty("zones").GetInt32());
            Assert.Equal(one.GetProperty("total").GetInt32(), summary.GetProperty("enterprises").GetInt32());
            perZone.Add(one.GetProperty("total").GetInt32());
        }
        Assert.Equal(perZone.Sum(), board.GetProperty("total").GetInt32());
        Assert.Equal(perZone.Sum(), (await province.GetJsonAsync<JsonElement>($"/api/points/summary?year={year}")).GetProperty("enterprises").GetInt32());

        // A one-zone user sees its own zone's board; another zone answers 404 as the dashboard does.
        var leader2 = await host.SignInAsync("leader2");
        var own = (await leader2.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("zoneId").GetString();
        var leaderBoard = await leader2.GetJsonAsync<JsonElement>($"/api/points/scores?year={year}&pageSize=5");
        AssertAllNonEmpty(leaderBoard.GetProperty("items").EnumerateArray(), i => Assert.Equal(own, i.GetProperty("zoneId").GetString()));
        var other = zones.Select(z => z.Id).Single(id => id != own);
        foreach (var url in new[] { "/api/points/scores", "/api/points/scores/export", "/api/points/summary" })
            Assert.Equal(HttpStatusCode.NotFound, (await leader2.GetAsync($"{url}?zoneId={other}")).StatusCode);
    }

    [Fact]
    public async Task An_enterprise_sees_why_it_has_its_points_and_not_another_enterprises()
    {
        var enterprise = await host.SignInAsync("ent1");
        var me = await enterprise.GetJsonAsync<JsonElement>("/api/auth/me");
        var why = await enterprise.GetJsonAsync<JsonElement>($"/api/points/enterprises/{me.GetProperty("enterpriseId").GetString()}");
        var lines = why.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(18, lines.Count);
        Assert.Equal(why.GetProperty("total").GetDouble(), Math.Round(lines.Sum(l => l.GetProperty("points").GetDouble()), 2), 2);
        AssertAllNonEmpty(lines.Where(l => !l.GetProperty("reported").GetBoolean()), l => Assert.Equal(0, l.GetProperty("points").GetDouble()));
        Assert.Equal(2, why.GetProperty("history").GetArrayLength());

        var bureau = await host.SignInAsync("bureau");
        var other = (await bureau.GetJsonAsync<JsonElement>("/api/points/scores?pageSize=2")).GetProperty("items").EnumerateArray()
            .First(i => i.GetProperty("enterpriseId").GetString() != me.GetProperty("enterpriseId").GetString()).GetProperty("enterpriseId").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await enterprise.GetAsync($"/api/points/enterprises/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.PostAsJsonAsync("/api/points/runs", new { year = 2024 })).StatusCode);
    }

    [Fact]
    public async Task A_changed_set_is_a_new_version_and_old_scores_keep_theirs()
    {
        // The second zone, through the administrator, so the main zone's board stays as the other tests expect.
        var admin = await host.SignInAsync("admin");
        var zones = await admin.GetJsonAsync<JsonElement>("/api/points/runs");
        var leader2 = await host.SignInAsync("leader2");
        var zone = (await leader2.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("zoneId").GetString();
        var sets = await admin.GetJsonAsync<JsonElement>($"/api/points/sets?zoneId={zone}");
        var v1 = sets[0];
        var detail = await admin.GetJsonAsync<JsonElement>($"/api/points/sets/{v1.GetProperty("id").GetString()}");
        var set = JsonSerializer.Deserialize<Dictionary<string, object>>(detail.GetProperty("set").GetRawText())!;

        var bad = await admin.PostAsJsonAsync($"/api/points/sets?zoneId={zone}",
            new { name = "坏", policy = "p", policyYear = 2024, source = "s",
            indicators = new[] { new { code = "A", name = "A", group = "Local", weight = 0, formula = "(" } },
            grades = new[] { new { grade = "A", minTotal = 0 } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("indicators[0].weight", out _));
        Assert.True(errors.TryGetProperty("indicators[0].formula", out _));

        var before = await admin.GetJsonAsync<JsonElement>($"/api/points/scores?zoneId={zone}&pageSize=1");
        var year = before.GetProperty("items")[0].GetProperty("year").GetInt32();
        var firstEnterprise = before.GetProperty("items")[0].GetProperty("enterpriseId").GetString();
        set["name"] = "南阳特色指标版";
        var v2 = await OkJson(await admin.PostAsJsonAsync($"/api/points/sets?zoneId={zone}", set));
        Assert.Equal(v1.GetProperty("number").GetInt32() + 1, v2.GetProperty("number").GetInt32());

        var run = await OkJson(await admin.PostAsJsonAsync("/api/points/runs", new { year, zoneId = zone }));
        Assert.Equal(v2.GetProperty("number").GetInt32(), run.GetProperty("setNumber").GetInt32());
        Assert.False(run.GetProperty("unchanged").GetBoolean());
        var runs = (await admin.GetJsonAsync<JsonElement>($"/api/points/runs?zoneId={zone}")).EnumerateArray().Where(r =>
            r.GetProperty("year").GetInt32() == year).ToList();
        Assert.Equal(2, runs.Count); // the v1 run of that year is still there, untouched
        var why = await admin.GetJsonAsync<JsonElement>($"/api/points/enterprises/{firstEnterprise}?year={year}");
        Assert.Equal(v2.GetProperty("number").GetInt32(), why.GetProperty("setNumber").GetInt32());
    }
}
