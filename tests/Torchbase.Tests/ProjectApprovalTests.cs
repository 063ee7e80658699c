using System.Net;
using System.Text.Json;

namespace Torchbase.Tests;

/// <summary>
/// A project's approval items on the "3 个 1" clock, counted in working days: one reviewed and approved a working day apart over a
/// weekend is within the limit, one approved two working days after review is not, one still under review past its due day is
/// overdue; a step dated before the one it follows is a field error, a stale version a conflict, another zone's project not found.
/// </summary>
// A host of its own: the dates below are read against the demo's "today" (Monday 2026-11-23), which the shared host's clock leaves.
public class ProjectApprovalTests(TorchbaseFactory host) : IClassFixture<TorchbaseFactory>
{
    private static async Task<string> ProjectAsync(ApiClient client)
    {
        var park = (await client.GetJsonAsync<JsonElement>("/api/org/zones"))[0].GetProperty("parks")[0].GetProperty("id").GetString();
        var response = await client.PostAsJsonAsync("/api/projects", new
        {
            name = $"审批项目{Guid.NewGuid().ToString("N")[..6]}", parkId = park, plannedInvestment = 5_000, enteredOn = "2026-11-02",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("project").GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> AddAsync(ApiClient client, string id, object item)
    {
        var response = await client.PostAsJsonAsync($"/api/projects/{id}/approvals", item);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private static JsonElement Item(JsonElement list, string kind) =>
        list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == kind);

    [Fact]
    public async Task Items_are_timed_in_working_days_and_counted_in_the_statistics()
    {
        var bureau = await host.SignInAsync("bureau");
        var id = await ProjectAsync(bureau);
        var before = (await bureau.GetJsonAsync<JsonElement>("/api/projects/approvals/statistics")).GetProperty("total");

        // Submitted on Friday the 13th, reviewed on Monday: one working day over the weekend, within the limit; approved on Tuesday.
        await AddAsync(bureau, id, new { kind = "Land", submittedOn = "2026-11-13", reviewedOn = "2026-11-16", approvedOn = "2026-11-17", helper = "张代办" });
        // Reviewed on Tuesday, approved on Thursday: two working days, a day late.
        await AddAsync(bureau, id, new { kind = "Planning", submittedOn = "2026-11-16", reviewedOn = "2026-11-17", approvedOn = "2026-11-19" });
        // Submitted on Wednesday, not yet reviewed on Monday the 23rd: the review was due on Thursday.
        var list = await AddAsync(bureau, id, new { kind = "Environment", submittedOn = "2026-11-18" });

        Assert.False(list.GetProperty("rules").GetProperty("verified").GetBoolean());
        var land = Item(list, "Land");
        Assert.Equal("2026-11-16", land.GetProperty("reviewDue").GetString());
        Assert.Equal("2026-11-17", land.GetProperty("approvalDue").GetString());
        Assert.Equal(1, land.GetProperty("reviewWorkingDays").GetInt32());
        Assert.Equal(1, land.GetProperty("approvalWorkingDays").GetInt32());
        Assert.Equal("Approved", land.GetProperty("status").GetString());
        Assert.True(land.GetProperty("onFastTrack").GetBoolean());
        Assert.False(land.GetProperty("approvalLate").GetBoolean());
        Assert.Equal("张代办", land.GetProperty("helper").GetString());

        var planning = Item(list, "Planning");
        Assert.Equal("2026-11-18", planning.GetProperty("approvalDue").GetString());
        Assert.Equal(2, planning.GetProperty("approvalWorkingDays").GetInt32());
        Assert.True(planning.GetProperty("approvalLate").GetBoolean());
        Assert.False(planning.GetProperty("onFastTrack").GetBoolean());
        Assert.False(planning.GetProperty("overdue").GetBoolean());

        var environment = Item(list, "Environment");
        Assert.Equal("UnderReview", environment.GetProperty("status").GetString());
        Assert.Equal("2026-11-19", environment.GetProperty("reviewDue").GetString());
        Assert.Equal(3, environment.GetProperty("reviewWorkingDays").GetInt32());
        Assert.True(environment.GetProperty("overdue").GetBoolean());

        var after = await bureau.GetJsonAsync<JsonElement>("/api/projects/approvals/statistics");
        var total = after.GetProperty("total");
        Assert.Equal(before.GetProperty("items").GetInt32() + 3, total.GetProperty("items").GetInt32());
        Assert.Equal(before.GetProperty("approved").GetInt32() + 2, total.GetProperty("approved").GetInt32());
        Assert.Equal(before.GetProperty("approvedInTime").GetInt32() + 1, total.GetProperty("approvedInTime").GetInt32());
        Assert.Equal(before.GetProperty("onFastTrack").GetInt32() + 1, total.GetProperty("onFastTrack").GetInt32());
        Assert.Equal(before.GetProperty("overdue").GetInt32() + 1, total.GetProperty("overdue").GetInt32());
        var byKind = after.GetProperty("byKind").EnumerateArray().ToDictionary(k => k.GetProperty("kind").GetString()!, k => k.GetProperty("figures"));
        Assert.True(byKind["Environment"].GetProperty("overdue").GetInt32() >= 1);
        Assert.True(byKind["Planning"].GetProperty("approved").GetInt32() > byKind["Planning"].GetProperty("approvedInTime").GetInt32());
    }

    [Fact]
    public async Task A_step_dated_before_the_one_it_follows_or_without_it_is_a_field_error()
    {
        var bureau = await host.SignInAsync("bureau");
        var id = await ProjectAsync(bureau);
        var early = await bureau.PostAsJsonAsync($"/api/projects/{id}/approvals",
            new { kind = "Energy", submittedOn = "2026-11-18", reviewedOn = "2026-11-17" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var errors = (await early.JsonAsync()).GetProperty("errors");
        Assert.Equal(["reviewedOn"], errors.EnumerateObject().Select(e => e.Name));
        Assert.False(string.IsNullOrWhiteSpace(errors.GetProperty("reviewedOn")[0].GetString()));

        var skipped = await bureau.PostAsJsonAsync($"/api/projects/{id}/approvals", new { kind = "Energy", approvedOn = "2026-11-18" });
        Assert.Equal(HttpStatusCode.BadRequest, skipped.StatusCode);
        Assert.Equal(["reviewedOn"], (await skipped.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name));

        var unnamed = await bureau.PostAsJsonAsync($"/api/projects/{id}/approvals", new { kind = "Other", submittedOn = "2026-11-30" });
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        Assert.Equal(["name", "submittedOn"], (await unnamed.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task An_edit_with_a_stale_version_is_a_conflict_and_a_delete_needs_the_current_one()
    {
        var bureau = await host.SignInAsync("bureau");
        var id = await ProjectAsync(bureau);
        var item = Item(await AddAsync(bureau, id, new { kind = "ConstructionPermit", submittedOn = "2026-11-19" }), "ConstructionPermit");
        var (itemId, version) = (item.GetProperty("id").GetString(), item.GetProperty("version").GetInt32());

        var reviewed = await bureau.PutAsJsonAsync($"/api/projects/{id}/approvals/{itemId}",
            new { kind = "ConstructionPermit", submittedOn = "2026-11-19", reviewedOn = "2026-11-19", version });
        Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        var current = Item(await reviewed.JsonAsync(), "ConstructionPermit");
        Assert.Equal("AwaitingApproval", current.GetProperty("status").GetString());
        // Reviewed on Thursday, the approval was due on Friday: still awaited on Monday, it is overdue.
        Assert.Equal("2026-11-20", current.GetProperty("approvalDue").GetString());
        Assert.True(current.GetProperty("overdue").GetBoolean());

        var stale = await bureau.PutAsJsonAsync($"/api/projects/{id}/approvals/{itemId}",
            new { kind = "ConstructionPermit", submittedOn = "2026-11-19", reviewedOn = "2026-11-20", version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await bureau.DeleteAsync($"/api/projects/{id}/approvals/{itemId}?version={version}")).StatusCode);

        var removed = await bureau.DeleteAsync($"/api/projects/{id}/approvals/{itemId}?version={current.GetProperty("version").GetInt32()}");
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(0, (await removed.JsonAsync()).GetProperty("items").GetArrayLength());

        var admin = await host.SignInAsync("admin");
        var audit = await admin.GetJsonAsync<JsonElement>("/api/audit?entity=ProjectApproval&pageSize=50");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("entityId").GetString() == itemId);
    }

    [Fact]
    public async Task Another_zones_project_is_not_found()
    {
        var bureau = await host.SignInAsync("bureau");
        var id = await ProjectAsync(bureau);
        var leader2 = await host.SignInAsync("leader2");
        Assert.Equal(HttpStatusCode.NotFound, (await leader2.GetAsync($"/api/projects/{id}/approvals")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.GetAsync($"/api/projects/{id}/approvals")).StatusCode);

        var theirs = (await leader2.GetJsonAsync<JsonElement>("/api/projects?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetString();
        var added = await bureau.PostAsJsonAsync($"/api/projects/{theirs}/approvals", new { kind = "Land", submittedOn = "2026-11-20" });
        Assert.Equal(HttpStatusCode.NotFound, added.StatusCode);
    }
}
