using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Torchbase.Tests;

[Collection(HostCollection.Name)]
public class CultivationApiTests(TorchbaseFactory host)
{
    private static async Task<List<JsonElement>> LibraryAsync(ApiClient client, string query = "") =>
        (await client.GetJsonAsync<JsonElement>($"/api/cultivation/library?pageSize=200{query}")).GetProperty("items").EnumerateArray().ToList();

    private static async Task<List<JsonElement>> EnterprisesAsync(ApiClient client) =>
        (await client.GetJsonAsync<JsonElement>("/api/enterprises?pageSize=200")).GetProperty("items").EnumerateArray().ToList();

    [Fact]
    public async Task Ladder_card_explains_every_rule_set_with_criteria()
    {
        var bureau = await host.SignInAsync("bureau");
        var id = (await EnterprisesAsync(bureau))[0].GetProperty("id").GetString();
        var card = await bureau.GetJsonAsync<JsonElement>($"/api/cultivation/enterprises/{id}/ladder");
        var evaluations = card.GetProperty("evaluations").EnumerateArray().ToList();
        Assert.Equal(6, evaluations.Count);
        var highTech = evaluations.Single(e => e.GetProperty("tier").GetString() == "HighTech");
        Assert.Contains(highTech.GetProperty("criteria").EnumerateArray(), c => c.GetProperty("key").GetString() == "rdRatio3Years");
        Assert.Contains(highTech.GetProperty("verdict").GetString(), new[] { "Qualifies", "DoesNotQualify", "MissingData" });
        Assert.Equal(4, card.GetProperty("innovation").GetProperty("tiers").GetArrayLength());
    }

    private static JsonElement Tier(JsonElement card, string tier, string list = "evaluations") =>
        card.GetProperty(list).EnumerateArray().Single(e => e.GetProperty("tier").GetString() == tier);

    [Fact]
    public async Task Ladder_card_as_of_a_date_uses_the_standard_in_force_that_day()
    {
        var bureau = await host.SignInAsync("bureau");
        var id = (await EnterprisesAsync(bureau))[0].GetProperty("id").GetString();
        var before = await bureau.GetJsonAsync<JsonElement>($"/api/cultivation/enterprises/{id}/ladder?asOf=2026-03-31");
        var after = await bureau.GetJsonAsync<JsonElement>($"/api/cultivation/enterprises/{id}/ladder?asOf=2026-04-01");
        Assert.Equal("2026-03-31", before.GetProperty("asOf").GetString());
        Assert.Equal("specialized-sme-2022", Tier(before, "Specialized").GetProperty("ruleSetId").GetString());
        Assert.Equal("工信部企业〔2022〕63号", Tier(before, "Specialized").GetProperty("shortName").GetString());
        Assert.Equal("little-giant-2026", Tier(after, "LittleGiant").GetProperty("ruleSetId").GetString());
        Assert.Equal("工信部企业〔2026〕2号", Tier(after, "Specialized").GetProperty("shortName").GetString());
        // 2026 is the year of transition: the other standard's verdict goes alongside.
        Assert.Equal("specialized-sme-2026", Tier(before, "Specialized", "alsoInForce").GetProperty("ruleSetId").GetString());
        Assert.Equal("little-giant-2022", Tier(after, "LittleGiant", "alsoInForce").GetProperty("ruleSetId").GetString());
        var later = await bureau.GetJsonAsync<JsonElement>($"/api/cultivation/enterprises/{id}/ladder?asOf=2027-06-01");
        Assert.Equal(0, later.GetProperty("alsoInForce").GetArrayLength());

        var refused = await bureau.GetAsync($"/api/cultivation/enterprises/{id}/ladder?asOf=2001-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("asOf", out _));
    }

    [Fact]
    public async Task Candidates_as_of_a_date_are_judged_live_by_that_days_standard()
    {
        var bureau = await host.SignInAsync("bureau");
        foreach (var (day, version) in new[] { ("2026-03-31", "specialized-sme-2022"), ("2026-04-01", "specialized-sme-2026") })
        {
            var page = await bureau.GetJsonAsync<JsonElement>($"/api/cultivation/candidates?asOf={day}&tier=Specialized&pageSize=20");
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.NotEmpty(items);
            Assert.True(page.GetProperty("total").GetInt32() > items.Count);
            AssertAllNonEmpty(items, c => Assert.Equal(version, c.GetProperty("ruleSetId").GetString()));
            AssertAllNonEmpty(items, c => Assert.Equal(day, c.GetProperty("evaluatedOn").GetString()));
        }
        var noTier = await bureau.GetAsync("/api/cultivation/candidates?asOf=2026-04-01");
        Assert.Equal(HttpStatusCode.BadRequest, noTier.StatusCode);
        Assert.True((await noTier.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("tier", out _));
    }

    [Fact]
    public async Task Rule_sets_say_when_they_are_in_force_with_notes_in_the_users_language()
    {
        var bureau = await host.SignInAsync("bureau");
        var sets = (await bureau.GetJsonAsync<JsonElement>("/api/cultivation/rulesets")).EnumerateArray().ToList();
        Assert.Equal(8, sets.Count);
        var old = sets.Single(r => r.GetProperty("id").GetString() == "specialized-sme-2022");
        Assert.Equal("2026-03-31", old.GetProperty("inForceUntil").GetString());
        var now = sets.Single(r => r.GetProperty("id").GetString() == "specialized-sme-2026");
        Assert.Equal("2026-04-01", now.GetProperty("inForceFrom").GetString());
        Assert.NotEqual(old.GetProperty("inForce").GetBoolean(), now.GetProperty("inForce").GetBoolean());
        foreach (var r in sets)
        {
            Assert.NotEqual(0, r.GetProperty("userNotes").GetProperty("zh-CN").GetArrayLength());
            Assert.NotEqual(0, r.GetProperty("userNotes").GetProperty("en").GetArrayLength());
            // Maintainers' notes stay in the rule files.
            Assert.False(r.TryGetProperty("notes", out _));
            Assert.False(r.GetProperty("documents")[0].TryGetProperty("verifiedBy", out _));
        }
    }

    [Fact]
    public async Task Batch_run_as_of_a_date_says_which_versions_judged_it()
    {
        var bureau = await host.SignInAsync("bureau");
        var run = await bureau.PostAsJsonAsync("/api/cultivation/evaluations", new { offset = 0, size = 5, asOf = "2026-03-31" });
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var progress = await run.Content.ReadFromJsonAsync<JsonElement>();
        var ids = progress.GetProperty("ruleSets").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("specialized-sme-2022", ids);
        Assert.DoesNotContain("specialized-sme-2026", ids);
        // Put the chunk back to today's standards.
        var again = await (await bureau.PostAsJsonAsync("/api/cultivation/evaluations", new { offset = 0, size = 5 })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(6, again.GetProperty("ruleSets").GetArrayLength());
        var bad = await bureau.PostAsJsonAsync("/api/cultivation/evaluations", new { offset = 0, size = 5, asOf = "2099-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Park_officer_sees_only_their_parks_library_entries()
    {
        var bureau = await host.SignInAsync("bureau");
        var park1 = await host.SignInAsync("park1");
        var parkId = (await park1.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("parkId").GetString();

        var mine = await LibraryAsync(park1);
        Assert.NotEmpty(mine);
        AssertAllNonEmpty(mine, e => Assert.Equal(parkId, e.GetProperty("parkId").GetString()));

        var all = await LibraryAsync(bureau);
        var elsewhere = all.First(e => e.GetProperty("parkId").GetString() != parkId);
        var id = elsewhere.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await park1.GetAsync($"/api/cultivation/library/{id}")).StatusCode);
        var action = await park1.PostAsJsonAsync($"/api/cultivation/library/{id}/actions",
            new { kind = "Guidance", occurredOn = "2026-01-05", version = elsewhere.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.NotFound, action.StatusCode);

        var candidates = await park1.GetJsonAsync<JsonElement>("/api/cultivation/candidates?pageSize=200");
        var parkName = mine[0].GetProperty("parkName").GetString();
        AssertAllNonEmpty(candidates.GetProperty("items").EnumerateArray(), c => Assert.Equal(parkName, c.GetProperty("parkName").GetString()));
    }

    [Fact]
    public async Task Enterprise_user_sees_only_its_own_ladder_card_and_entries()
    {
        var bureau = await host.SignInAsync("bureau");
        var ent = await host.SignInAsync("ent1");
        var own = (await ent.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("enterpriseId").GetString();

        Assert.Equal(HttpStatusCode.OK, (await ent.GetAsync($"/api/cultivation/enterprises/{own}/ladder")).StatusCode);
        var other = (await EnterprisesAsync(bureau)).First(e => e.GetProperty("id").GetString() != own).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await ent.GetAsync($"/api/cultivation/enterprises/{other}/ladder")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ent.GetAsync($"/api/cultivation/enterprises/{other}/declarations")).StatusCode);

        // The enterprise declares for itself (the figures cannot show a standard led or an award won), and only for itself.
        var mine = await ent.GetJsonAsync<JsonElement>($"/api/cultivation/enterprises/{own}/declarations");
        var version = mine.ValueKind == JsonValueKind.Object && mine.TryGetProperty("version", out var v) ? v.GetInt32() : 0;
        var declared = await ent.PutAsJsonAsync($"/api/cultivation/enterprises/{own}/declarations", new { ledStandard = true, version });
        Assert.Equal(HttpStatusCode.OK, declared.StatusCode);
        Assert.True((await declared.JsonAsync()).GetProperty("ledStandard").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound,
            (await ent.PutAsJsonAsync($"/api/cultivation/enterprises/{other}/declarations", new { ledStandard = true, version = 0 })).StatusCode);

        var entries = await LibraryAsync(ent);
        Assert.NotEmpty(entries);
        AssertAllNonEmpty(entries, e => Assert.Equal(own, e.GetProperty("enterpriseId").GetString()));
        // Reading is all an enterprise may do here.
        Assert.Equal(HttpStatusCode.Forbidden, (await ent.PostAsJsonAsync("/api/cultivation/evaluations", new { offset = 0 })).StatusCode);
    }

    [Fact]
    public async Task Bank_user_has_no_access()
    {
        var bank = await host.SignInAsync("bank1");
        Assert.Equal(HttpStatusCode.Forbidden, (await bank.GetAsync("/api/cultivation/funnel")).StatusCode);
    }

    [Fact]
    public async Task Add_to_library_apply_and_approve_creates_the_title()
    {
        var bureau = await host.SignInAsync("bureau");
        var enterprise = (await EnterprisesAsync(bureau)).First(e =>
            !e.GetProperty("qualifications").EnumerateArray().Any(q => q.GetString() == "LittleGiant"));
        var id = enterprise.GetProperty("id").GetString();
        var year = host.Clock.Today().Year;

        var created = await bureau.PostAsJsonAsync("/api/cultivation/library",
            new { enterpriseId = id, targetTier = "LittleGiant", targetYear = year, note = "重点培育" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var entry = (await created.JsonAsync()).GetProperty("entry");
        var entryId = entry.GetProperty("id").GetString();
        Assert.Equal("Cultivating", entry.GetProperty("status").GetString());

        var duplicate = await bureau.PostAsJsonAsync("/api/cultivation/library", new { enterpriseId = id, targetTier = "LittleGiant", targetYear = year });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        // Approval before an application is not a valid step.
        var early = await bureau.PostAsJsonAsync($"/api/cultivation/library/{entryId}/actions",
            new { kind = "Approved", occurredOn = $"{year}-01-02", version = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);

        var applied = await (await bureau.PostAsJsonAsync($"/api/cultivation/library/{entryId}/actions",
            new { kind = "Applied", occurredOn = $"{year}-01-02", version = 0 })).JsonAsync();
        Assert.Equal("Applied", applied.GetProperty("entry").GetProperty("status").GetString());

        // A stale version loses.
        var stale = await bureau.PostAsJsonAsync($"/api/cultivation/library/{entryId}/actions",
            new { kind = "Approved", occurredOn = $"{year}-01-03", version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var approved = await (await bureau.PostAsJsonAsync($"/api/cultivation/library/{entryId}/actions",
            new { kind = "Approved", occurredOn = $"{year}-01-03", certificateNo = "XJR-TEST-1",
                version = applied.GetProperty("entry").GetProperty("version").GetInt32() })).JsonAsync();
        Assert.Equal("Approved", approved.GetProperty("entry").GetProperty("status").GetString());
        Assert.Equal(3, approved.GetProperty("actions").GetArrayLength() + 1); // applied + approved (+ none before)

        var detail = await bureau.GetJsonAsync<JsonElement>($"/api/enterprises/{id}");
        Assert.Contains(detail.GetProperty("qualificationsHeld").EnumerateArray(),
            q => q.GetProperty("type").GetString() == "LittleGiant" && q.GetProperty("certificateNo").GetString() == "XJR-TEST-1");
        Assert.Equal(HttpStatusCode.Conflict, (await bureau.DeleteAsync($"/api/cultivation/library/{entryId}")).StatusCode);
    }

    [Fact]
    public async Task Rejection_needs_a_reason_in_the_callers_language()
    {
        var bureau = await host.SignInAsync("bureau");
        var enterprise = (await EnterprisesAsync(bureau))[3].GetProperty("id").GetString();
        var year = host.Clock.Today().Year + 1;
        var entry = (await (await bureau.PostAsJsonAsync("/api/cultivation/library",
            new { enterpriseId = enterprise, targetTier = "Gazelle", targetYear = year })).JsonAsync()).GetProperty("entry");
        var entryId = entry.GetProperty("id").GetString();
        var applied = await (await bureau.PostAsJsonAsync($"/api/cultivation/library/{entryId}/actions",
            new { kind = "Applied", occurredOn = "2026-01-02", version = 0 })).JsonAsync();
        var version = applied.GetProperty("entry").GetProperty("version").GetInt32();

        var response = await bureau.PostAsJsonAsync($"/api/cultivation/library/{entryId}/actions",
            new { kind = "Rejected", occurredOn = "2026-01-05", version });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("必填", (await response.JsonAsync()).GetProperty("errors").GetProperty("note")[0].GetString());

        var rejected = await (await bureau.PostAsJsonAsync($"/api/cultivation/library/{entryId}/actions",
            new { kind = "Rejected", occurredOn = "2026-01-05", note = "增长率不足", version })).JsonAsync();
        Assert.Equal("Rejected", rejected.GetProperty("entry").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Batch_evaluation_runs_in_chunks_and_fills_the_funnel()
    {
        var bureau = await host.SignInAsync("bureau");
        int? offset = 0;
        var rounds = 0;
        JsonElement progress = default;
        while (offset is { } o)
        {
            progress = await (await bureau.PostAsJsonAsync("/api/cultivation/evaluations", new { offset = o, size = 40 })).JsonAsync();
            offset = progress.GetProperty("next").ValueKind == JsonValueKind.Number ? progress.GetProperty("next").GetInt32() : null;
            rounds++;
        }
        var total = progress.GetProperty("total").GetInt32();
        Assert.Equal(total, progress.GetProperty("processed").GetInt32());
        Assert.Equal((total + 39) / 40, rounds);

        var funnel = await bureau.GetJsonAsync<JsonElement>("/api/cultivation/funnel?margin=0.1");
        var tiers = funnel.GetProperty("tiers").EnumerateArray().ToList();
        Assert.Equal(6, tiers.Count);
        foreach (var t in tiers)
        {
            var sum = new[] { "holds", "qualifiesNow", "withinReach", "far", "missingData" }.Sum(k => t.GetProperty(k).GetInt32());
            Assert.True(sum >= total, $"{t.GetProperty("tier")}: {sum} < {total}");
        }

        // A tier and the narrowest margin that put enterprises within reach (the small test demo has none within 10 % of any tier).
        var (tier, margin) = (default(string), 0m);
        foreach (var m in new[] { 0.1m, 0.2m, 0.3m, 0.5m })
        {
            var reachable = (await bureau.GetJsonAsync<JsonElement>($"/api/cultivation/funnel?margin={m}")).GetProperty("tiers").EnumerateArray()
                .FirstOrDefault(t => t.GetProperty("withinReach").GetInt32() > 0);
            if (reachable.ValueKind != JsonValueKind.Object) continue;
            (tier, margin) = (reachable.GetProperty("tier").GetString(), m);
            break;
        }
        Assert.NotNull(tier);
        var near = await bureau.GetJsonAsync<JsonElement>($"/api/cultivation/candidates?tier={tier}&band=WithinReach&margin={margin}&pageSize=200");
        AssertAllNonEmpty(near.GetProperty("items").EnumerateArray(), c =>
        {
            Assert.Equal("WithinReach", c.GetProperty("band").GetString());
            Assert.InRange(c.GetProperty("distance").GetDecimal(), 0m, margin);
        });
        var export = await bureau.GetAsync("/api/cultivation/candidates/export?tier=HighTech");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
    }

    [Fact]
    public async Task Declarations_change_the_live_evaluation_and_are_versioned()
    {
        var bureau = await host.SignInAsync("bureau");
        var id = (await EnterprisesAsync(bureau))[5].GetProperty("id").GetString();
        var current = await bureau.GetJsonAsync<JsonElement>($"/api/cultivation/enterprises/{id}/declarations");
        var first = await (await bureau.PutAsJsonAsync($"/api/cultivation/enterprises/{id}/declarations",
            new { ipCoreSupport = true, version = current.GetProperty("version").GetInt32() })).JsonAsync();
        var version = first.GetProperty("version").GetInt32();
        var saved = await bureau.PutAsJsonAsync($"/api/cultivation/enterprises/{id}/declarations", new { ipCoreSupport = false, version });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(version + 1, (await saved.JsonAsync()).GetProperty("version").GetInt32());
        var card = await bureau.GetJsonAsync<JsonElement>($"/api/cultivation/enterprises/{id}/ladder");
        var highTech = card.GetProperty("evaluations").EnumerateArray().Single(e => e.GetProperty("tier").GetString() == "HighTech");
        Assert.Equal("NotMet", highTech.GetProperty("criteria").EnumerateArray().Single(c =>
            c.GetProperty("key").GetString() == "ipCoreSupport").GetProperty("status").GetString());

        var stale = await bureau.PutAsJsonAsync($"/api/cultivation/enterprises/{id}/declarations", new { ipCoreSupport = true, version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var invalid = await bureau.PutAsJsonAsync($"/api/cultivation/enterprises/{id}/declarations", new { rdManagementScore = 21, version = version + 1 });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Fact]
    public async Task Stage_targets_show_completion()
    {
        var bureau = await host.SignInAsync("bureau");
        var year = host.Clock.Today().Year;
        var rows = await bureau.GetJsonAsync<JsonElement>($"/api/cultivation/targets?year={year}");
        var row = rows.EnumerateArray().First(r => r.GetProperty("tier").GetString() == "HighTech");
        var updated = await bureau.PutAsJsonAsync("/api/cultivation/targets", new
        {
            parkId = row.GetProperty("parkId").GetString(), year, tier = "HighTech", target = 20, version = row.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var after = (await updated.JsonAsync()).EnumerateArray().First(r => r.GetProperty("parkId").GetString() == row.GetProperty("parkId").GetString()
            && r.GetProperty("tier").GetString() == "HighTech");
        Assert.Equal(20, after.GetProperty("target").GetInt32());
        Assert.Equal(Math.Min(1m, after.GetProperty("approved").GetInt32() / 20m), after.GetProperty("completion").GetDecimal());
    }
}
