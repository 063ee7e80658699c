using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Torchbase.Tests;

/// <summary>The indicator-set editor: the published sets, a clone changed and previewed without saving, then saved as a new version.</summary>
[Collection(HostCollection.Name)]
public class PointsEditorApiTests(TorchbaseFactory host)
{
    private static async Task<JsonElement> OkJson(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<(ApiClient Admin, string Zone)> SecondZoneAsync()
    {
        // The second zone, through the administrator, so the main zone's board stays as the other tests expect.
        var admin = await host.SignInAsync("admin");
        var leader2 = await host.SignInAsync("leader2");
        return (admin, (await leader2.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("zoneId").GetString()!);
    }

    [Fact]
    public async Task The_published_sets_are_the_2024_guide_with_stage_weights_and_guide_2_with_bonus_points()
    {
        var bureau = await host.SignInAsync("bureau");
        var templates = (await bureau.GetJsonAsync<JsonElement>("/api/points/templates")).EnumerateArray().ToList();
        Assert.Equal(["torch-core-2024", "torch-guide2-2025"], templates.Select(t => t.GetProperty("code").GetString()));
        var core = templates[0].GetProperty("set");
        Assert.Equal(18, core.GetProperty("indicators").GetArrayLength());
        Assert.True(core.GetProperty("indicators")[0].TryGetProperty("stageWeights", out var stages));
        Assert.Equal(["Startup", "Growth", "Mature"], stages.EnumerateObject().Select(p => p.Name));
        Assert.False(core.GetProperty("stages").GetProperty("verified").GetBoolean());
        Assert.Equal(130, templates[1].GetProperty("maxTotal").GetDouble());
        Assert.Equal(30, templates[1].GetProperty("set").GetProperty("bonusCap").GetDouble());
    }

    [Fact]
    public async Task A_cloned_set_is_previewed_without_saving_and_saved_as_a_new_version_leaving_old_scores_alone()
    {
        var (admin, zone) = await SecondZoneAsync();
        var year = (await admin.GetJsonAsync<JsonElement>($"/api/points/summary?zoneId={zone}")).GetProperty("year").GetInt32();
        var versions = await admin.GetJsonAsync<JsonElement>($"/api/points/sets?zoneId={zone}");
        var latest = versions[0];
        var detail = await admin.GetJsonAsync<JsonElement>($"/api/points/sets/{latest.GetProperty("id").GetString()}");
        var runsBefore = (await admin.GetJsonAsync<JsonElement>($"/api/points/runs?zoneId={zone}")).GetRawText();
        var boardBefore = (await admin.GetJsonAsync<JsonElement>($"/api/points/scores?zoneId={zone}&year={year}&pageSize=50")).GetRawText();

        // The clone, unchanged: nobody changes grade.
        var clone = JsonNode.Parse(detail.GetProperty("set").GetRawText())!.AsObject();
        var same = await OkJson(await admin.PostAsJsonAsync("/api/points/sets/preview", new { set = clone, year, zoneId = zone }));
        Assert.True(same.GetProperty("enterprises").GetInt32() > 0);
        Assert.Equal(0, same.GetProperty("gradeChanged").GetInt32());
        Assert.Equal(0, same.GetProperty("gained").GetInt32() + same.GetProperty("lost").GetInt32());

        // Change a weight (points moved between two indicators in every stage, so each stage still adds up) and lower the top band.
        var indicators = clone["indicators"]!.AsArray();
        foreach (var stage in new[] { "Startup", "Growth", "Mature" })
        {
            indicators[0]!["stageWeights"]![stage] = indicators[0]!["stageWeights"]![stage]!.GetValue<double>() + 4;
            indicators[1]!["stageWeights"]![stage] = indicators[1]!["stageWeights"]![stage]!.GetValue<double>() - 4;
        }
        indicators[0]!["weight"] = indicators[0]!["stageWeights"]!["Growth"]!.GetValue<double>();
        indicators[1]!["weight"] = indicators[1]!["stageWeights"]!["Growth"]!.GetValue<double>();
        clone["grades"]![0]!["minTotal"] = 60;
        clone["grades"]![1]!["minTotal"] = 50;
        clone["name"] = "研发投入加权版";
        var preview = await OkJson(await admin.PostAsJsonAsync("/api/points/sets/preview", new { set = clone, year, zoneId = zone }));
        var n = preview.GetProperty("enterprises").GetInt32();
        Assert.True(preview.GetProperty("gradeChanged").GetInt32() > 0, preview.GetRawText());
        Assert.True(preview.GetProperty("gained").GetInt32() + preview.GetProperty("lost").GetInt32() > 0);
        var grades = preview.GetProperty("grades").EnumerateArray().ToList();
        Assert.Equal(n, grades.Sum(g => g.GetProperty("before").GetInt32()));
        Assert.Equal(n, grades.Sum(g => g.GetProperty("after").GetInt32()));
        Assert.True(grades.Single(g => g.GetProperty("grade").GetString() == "A").GetProperty("after").GetInt32()
            >= grades.Single(g => g.GetProperty("grade").GetString() == "A").GetProperty("before").GetInt32());
        // A preview stores nothing.
        Assert.Equal(versions.GetRawText(), (await admin.GetJsonAsync<JsonElement>($"/api/points/sets?zoneId={zone}")).GetRawText());
        Assert.Equal(runsBefore, (await admin.GetJsonAsync<JsonElement>($"/api/points/runs?zoneId={zone}")).GetRawText());

        var saved = await OkJson(await admin.PostAsJsonAsync($"/api/points/sets?zoneId={zone}", clone));
        Assert.Equal(latest.GetProperty("number").GetInt32() + 1, saved.GetProperty("number").GetInt32());
        // The old version and the scores computed with it are as they were.
        var old = await admin.GetJsonAsync<JsonElement>($"/api/points/sets/{latest.GetProperty("id").GetString()}");
        Assert.Equal(detail.GetRawText(), old.GetRawText());
        Assert.Equal(boardBefore, (await admin.GetJsonAsync<JsonElement>($"/api/points/scores?zoneId={zone}&year={year}&pageSize=50")).GetRawText());
        Assert.Equal(runsBefore, (await admin.GetJsonAsync<JsonElement>($"/api/points/runs?zoneId={zone}")).GetRawText());
    }

    [Fact]
    public async Task A_draft_whose_weights_do_not_add_up_or_whose_bands_are_out_of_order_is_refused_field_by_field()
    {
        var (admin, zone) = await SecondZoneAsync();
        var guide2 = (await admin.GetJsonAsync<JsonElement>("/api/points/templates"))[1].GetProperty("set");
        var draft = JsonNode.Parse(guide2.GetRawText())!.AsObject();
        draft["indicators"]![0]!["weight"] = 20;           // base now adds up to 108
        draft["grades"]![2]!["minTotal"] = 90;             // C above B
        draft["indicators"]![1]!["formula"] = "Revenue * Secret"; // a figure the platform does not hold
        var versions = (await admin.GetJsonAsync<JsonElement>($"/api/points/sets?zoneId={zone}")).GetRawText();

        foreach (var response in new[]
        {
            await admin.PostAsJsonAsync("/api/points/sets/preview", new { set = draft, year = 2025, zoneId = zone }),
            await admin.PostAsJsonAsync($"/api/points/sets?zoneId={zone}", draft),
        })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var errors = (await response.JsonAsync()).GetProperty("errors");
            Assert.Equal(["grades[2].minTotal", "indicators[1].formula", "weights"], errors.EnumerateObject().Select(p => p.Name).Order());
        }
        var noYear = await admin.PostAsJsonAsync("/api/points/sets/preview", new { set = guide2, zoneId = zone });
        Assert.True((await noYear.JsonAsync()).GetProperty("errors").TryGetProperty("year", out _));
        Assert.Equal(versions, (await admin.GetJsonAsync<JsonElement>($"/api/points/sets?zoneId={zone}")).GetRawText());

        var bank = await host.SignInAsync("bank1");
        Assert.Equal(HttpStatusCode.Forbidden, (await bank.PostAsJsonAsync("/api/points/sets/preview", new { set = guide2, year = 2025 })).StatusCode);
    }

    [Fact]
    public async Task Technology_contract_turnover_comes_from_the_contract_registry()
    {
        var bureau = await host.SignInAsync("bureau");
        var year = (await bureau.GetJsonAsync<JsonElement>("/api/points/summary")).GetProperty("year").GetInt32();
        // Every registered contract of the zone, page by page; the enterprise is the buyer of the first one registered in the year.
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var list = await bureau.GetJsonAsync<JsonElement>($"/api/talent/contracts?pageSize=200&page={page}");
            all.AddRange(list.GetProperty("items").EnumerateArray());
            if (page * 200 >= list.GetProperty("total").GetInt32()) break;
        }
        var ofYear = all.Where(c => DateOnly.Parse(c.GetProperty("registeredOn").GetString()!).Year == year).ToList();
        var me = ofYear.Select(c => c.GetProperty("buyerEnterpriseId")).First(b => b.ValueKind == JsonValueKind.String).GetString();
        var mine = ofYear.Where(c => c.GetProperty("sellerEnterpriseId").ToString() == me || c.GetProperty("buyerEnterpriseId").ToString() == me).ToList();
        var amount = mine.Sum(c => c.GetProperty("amountWan").GetDecimal());
        var contracts = mine.Count;
        Assert.True(contracts > 0 && amount > 0, "the demo registers contracts with enterprises of the zone as buyers");
        await OkJson(await bureau.PostAsJsonAsync("/api/points/runs", new { year }));
        var why = await bureau.GetJsonAsync<JsonElement>($"/api/points/enterprises/{me}?year={year}");
        var line = why.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "TECH_CONTRACTS");
        Assert.Equal((double)amount, line.GetProperty("value").GetDouble(), 2);
        Assert.True(line.GetProperty("reported").GetBoolean());
    }
}
