using System.Net;
using System.Text.Json;

namespace Torchbase.Tests;

/// <summary>
/// A problem raised in supervision becomes a service-desk request in one action, linked both ways; the request's steps decide the
/// problem (resolved → resolved, reopened → open again, closed → resolved). Converting twice is a conflict; bad input is a field error;
/// another park's project is not found. And a producing project's output (投产达效) per year, on its page, the ledger and the sums.
/// </summary>
[Collection(HostCollection.Name)]
public class ProjectSupervisionRequestTests(TorchbaseFactory host)
{
    private static async Task<(string Own, string Other)> ParksAsync(ApiClient client)
    {
        var parks = (await client.GetJsonAsync<JsonElement>("/api/org/zones"))[0].GetProperty("parks");
        return (parks[0].GetProperty("id").GetString()!, parks[1].GetProperty("id").GetString()!);
    }

    private static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.JsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body;
    }

    private static async Task<JsonElement> ProjectAsync(ApiClient client, string park, string prefix) =>
        await OkAsync(client.PostAsJsonAsync("/api/projects", new
        {
            name = $"{prefix}{Guid.NewGuid().ToString("N")[..6]}", parkId = park, plannedInvestment = 8_000, enteredOn = "2026-10-12",
        }));

    private static string Id(JsonElement detail) => detail.GetProperty("project").GetProperty("id").GetString()!;

    /// <summary>Records a weekly report (with a problem when one is given) and returns the project with it.</summary>
    private static async Task<(JsonElement Detail, JsonElement Record)> SuperviseAsync(ApiClient client, string id, string? problem)
    {
        var before = (await client.GetJsonAsync<JsonElement>($"/api/projects/{id}")).GetProperty("supervisions").EnumerateArray()
            .Select(s => s.GetProperty("id").GetString()).ToHashSet();
        var detail = await OkAsync(client.PostAsJsonAsync($"/api/projects/{id}/supervisions", new
        {
            kind = "WeeklyReport", on = "2026-11-20", progress = "主体施工", problemRaised = problem is not null, problem,
        }));
        return (detail, detail.GetProperty("supervisions").EnumerateArray().Single(s => !before.Contains(s.GetProperty("id").GetString())));
    }

    private static async Task<string> EnterpriseAsync(ApiClient client) =>
        (await client.GetJsonAsync<JsonElement>("/api/enterprises?pageSize=1&sort=name")).GetProperty("items")[0].GetProperty("id").GetString()!;

    private static async Task<JsonElement> StepAsync(ApiClient client, string requestId, object body)
    {
        var current = await client.GetJsonAsync<JsonElement>($"/api/service/requests/{requestId}");
        var merged = JsonSerializer.SerializeToElement(body, ApiClient.Json).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        merged["version"] = current.GetProperty("summary").GetProperty("version").GetInt32();
        return await OkAsync(client.PostAsJsonAsync($"/api/service/requests/{requestId}/transitions", merged));
    }

    private static async Task<JsonElement> RecordAsync(ApiClient client, string id, string recordId) =>
        (await client.GetJsonAsync<JsonElement>($"/api/projects/{id}")).GetProperty("supervisions").EnumerateArray()
            .Single(s => s.GetProperty("id").GetString() == recordId);

    [Fact]
    public async Task A_problem_becomes_a_request_linked_both_ways_and_the_request_decides_it()
    {
        var bureau = await host.SignInAsync("bureau");
        var park1 = await host.SignInAsync("park1");
        var (own, _) = await ParksAsync(bureau);
        var id = Id(await ProjectAsync(bureau, own, "督导转诉求"));
        var (_, record) = await SuperviseAsync(park1, id, "施工用电增容迟迟未批");
        var recordId = record.GetProperty("id").GetString()!;
        var enterprise = await EnterpriseAsync(park1);

        var detail = await OkAsync(park1.PostAsJsonAsync($"/api/projects/{id}/supervisions/{recordId}/request",
            new { enterpriseId = enterprise, category = "Utilities", urgency = "Urgent" }));
        var linked = detail.GetProperty("supervisions").EnumerateArray().Single(s => s.GetProperty("id").GetString() == recordId);
        var requestId = linked.GetProperty("serviceRequestId").GetString()!;
        var number = linked.GetProperty("requestNumber").GetString()!;
        Assert.StartsWith("SQ-", number);
        Assert.Equal("Submitted", linked.GetProperty("requestStatus").GetString());
        Assert.Equal(JsonValueKind.Null, linked.GetProperty("problemResolvedOn").ValueKind);

        // The request carries the enterprise, the project's park, the problem and a link back to the project and its supervision.
        var request = await park1.GetJsonAsync<JsonElement>($"/api/service/requests/{requestId}");
        Assert.Equal(number, request.GetProperty("summary").GetProperty("number").GetString());
        Assert.Equal(enterprise, request.GetProperty("summary").GetProperty("enterpriseId").GetString());
        Assert.Equal(own, request.GetProperty("summary").GetProperty("parkId").GetString());
        Assert.Equal("Urgent", request.GetProperty("summary").GetProperty("urgency").GetString());
        Assert.Contains("施工用电增容迟迟未批", request.GetProperty("description").GetString());
        Assert.Equal(id, request.GetProperty("project").GetProperty("projectId").GetString());
        Assert.Equal(recordId, request.GetProperty("project").GetProperty("supervisionId").GetString());

        // Once is enough: a second conversion is a conflict naming the request; closing the problem by hand is the request's job now.
        var again = await park1.PostAsJsonAsync($"/api/projects/{id}/supervisions/{recordId}/request", new { enterpriseId = enterprise, category = "Land" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var problem = await again.JsonAsync();
        Assert.Equal("project_problem_on_desk", problem.GetProperty("code").GetString());
        Assert.Contains(number, problem.GetProperty("detail").GetString());
        var byHand = await park1.PostAsJsonAsync($"/api/projects/{id}/supervisions/{recordId}/resolve", new { });
        Assert.Equal(HttpStatusCode.Conflict, byHand.StatusCode);

        await StepAsync(park1, requestId, new { action = "Accept" });
        await StepAsync(park1, requestId, new { action = "Start" });
        await StepAsync(park1, requestId, new { action = "Resolve", resolution = "供电公司已完成增容" });
        var resolved = await RecordAsync(bureau, id, recordId);
        Assert.Equal("Resolved", resolved.GetProperty("requestStatus").GetString());
        Assert.NotEqual(JsonValueKind.Null, resolved.GetProperty("problemResolvedOn").ValueKind);
        var row = (await bureau.GetJsonAsync<JsonElement>($"/api/projects?search={Uri.EscapeDataString(await NameAsync(bureau, id))}"))
            .GetProperty("items")[0];
        Assert.Equal(JsonValueKind.Null, row.GetProperty("openProblem").ValueKind);

        // Reopened, the problem is open again; confirmed and closed, it is resolved for good.
        await StepAsync(park1, requestId, new { action = "Reopen", reason = "企业反映仍未通电" });
        Assert.Equal(JsonValueKind.Null, (await RecordAsync(bureau, id, recordId)).GetProperty("problemResolvedOn").ValueKind);
        await StepAsync(park1, requestId, new { action = "Resolve", resolution = "已通电" });
        await StepAsync(park1, requestId, new { action = "Confirm", rating = 5 });
        var closed = await RecordAsync(bureau, id, recordId);
        Assert.Equal("Closed", closed.GetProperty("requestStatus").GetString());
        Assert.NotEqual(JsonValueKind.Null, closed.GetProperty("problemResolvedOn").ValueKind);

        // An enterprise sees its request but not the project it came from.
        var ent = await host.SignInAsync("ent1");
        var seen = await ent.GetAsync($"/api/service/requests/{requestId}");
        if (seen.StatusCode == HttpStatusCode.OK)
            Assert.Equal(JsonValueKind.Null, (await seen.JsonAsync()).GetProperty("project").ValueKind);
    }

    private static async Task<string> NameAsync(ApiClient client, string id) =>
        (await client.GetJsonAsync<JsonElement>($"/api/projects/{id}")).GetProperty("project").GetProperty("name").GetString()!;

    [Fact]
    public async Task Converting_refuses_bad_input_a_problem_already_resolved_and_other_parks()
    {
        var bureau = await host.SignInAsync("bureau");
        var (own, other) = await ParksAsync(bureau);
        var id = Id(await ProjectAsync(bureau, own, "督导校验"));
        var (_, record) = await SuperviseAsync(bureau, id, "环评批复滞后");
        var url = $"/api/projects/{id}/supervisions/{record.GetProperty("id").GetString()}/request";

        var missing = await bureau.PostAsJsonAsync(url, new { });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(["category", "enterpriseId"],
            (await missing.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        var unknown = await bureau.PostAsJsonAsync(url, new { enterpriseId = Guid.NewGuid(), category = "Land" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(["enterpriseId"], (await unknown.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name));

        var (_, quiet) = await SuperviseAsync(bureau, id, null);
        var noProblem = await bureau.PostAsJsonAsync($"/api/projects/{id}/supervisions/{quiet.GetProperty("id").GetString()}/request",
            new { enterpriseId = await EnterpriseAsync(bureau), category = "Land" });
        Assert.Equal(HttpStatusCode.BadRequest, noProblem.StatusCode);
        Assert.Equal(["problem"], (await noProblem.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name));

        await OkAsync(bureau.PostAsJsonAsync($"/api/projects/{id}/supervisions/{record.GetProperty("id").GetString()}/resolve", new { }));
        var resolved = await bureau.PostAsJsonAsync(url, new { enterpriseId = await EnterpriseAsync(bureau), category = "Land" });
        Assert.Equal(HttpStatusCode.Conflict, resolved.StatusCode);
        Assert.Equal("project_problem_resolved", (await resolved.JsonAsync()).GetProperty("code").GetString());

        var elsewhere = Id(await ProjectAsync(bureau, other, "他园区督导"));
        var (_, theirs) = await SuperviseAsync(bureau, elsewhere, "土地手续未完成");
        var park1 = await host.SignInAsync("park1");
        var notSeen = await park1.PostAsJsonAsync($"/api/projects/{elsewhere}/supervisions/{theirs.GetProperty("id").GetString()}/request",
            new { enterpriseId = await EnterpriseAsync(park1), category = "Land" });
        Assert.Equal(HttpStatusCode.NotFound, notSeen.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.SignInAsync("officer1")).PostAsJsonAsync(url, new { })).StatusCode);
    }

    [Fact]
    public async Task A_producing_project_reports_its_output_and_the_sums_follow()
    {
        var bureau = await host.SignInAsync("bureau");
        var (own, _) = await ParksAsync(bureau);
        var detail = await ProjectAsync(bureau, own, "投产达效");
        var id = Id(detail);
        var year = (await bureau.GetJsonAsync<JsonElement>($"/api/projects/{id}")).GetProperty("project").GetProperty("year").GetInt32();

        var early = await bureau.PutAsJsonAsync($"/api/projects/{id}/outputs/{year}", new { target = 1000, actual = 1200 });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal("项目尚未投产，不能填报产值", (await early.JsonAsync()).GetProperty("errors").GetProperty("year")[0].GetString());

        foreach (var to in new[] { "Signed", "Started", "InProduction" })
        {
            var version = (await bureau.GetJsonAsync<JsonElement>($"/api/projects/{id}")).GetProperty("project").GetProperty("version").GetInt32();
            await OkAsync(bureau.PostAsJsonAsync($"/api/projects/{id}/stage", new { to, version }));
        }
        var before = await bureau.GetJsonAsync<JsonElement>($"/api/projects/outputs/statistics?year={year}");

        var empty = await bureau.PutAsJsonAsync($"/api/projects/{id}/outputs/{year}", new { });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var future = await bureau.PutAsJsonAsync($"/api/projects/{id}/outputs/{year + 1}", new { target = 10, actual = 5 });
        Assert.Equal(["actual"], (await future.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name));

        var saved = await OkAsync(bureau.PutAsJsonAsync($"/api/projects/{id}/outputs/{year}", new { target = 1000, actual = 900 }));
        var output = saved.GetProperty("outputs")[0];
        Assert.Equal("Missed", output.GetProperty("verdict").GetString());
        Assert.Equal(0.9m, output.GetProperty("rate").GetDecimal());

        // An existing year is edited with its version: without one it is a field error, with a stale one a conflict.
        var noVersion = await bureau.PutAsJsonAsync($"/api/projects/{id}/outputs/{year}", new { target = 1000, actual = 1200 });
        Assert.Equal(["version"], (await noVersion.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var version0 = output.GetProperty("version").GetInt32();
        var reached = await OkAsync(bureau.PutAsJsonAsync($"/api/projects/{id}/outputs/{year}", new { target = 1000, actual = 1200, version = version0 }));
        Assert.Equal("Achieved", reached.GetProperty("outputs")[0].GetProperty("verdict").GetString());
        Assert.Equal(1200m, reached.GetProperty("project").GetProperty("outputActual").GetDecimal());
        Assert.Equal("Achieved", reached.GetProperty("project").GetProperty("outputVerdict").GetString());
        var stale = await bureau.PutAsJsonAsync($"/api/projects/{id}/outputs/{year}", new { target = 1000, actual = 1300, version = version0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var after = await bureau.GetJsonAsync<JsonElement>($"/api/projects/outputs/statistics?year={year}");
        Assert.Equal(before.GetProperty("total").GetProperty("projects").GetInt32() + 1, after.GetProperty("total").GetProperty("projects").GetInt32());
        Assert.Equal(before.GetProperty("total").GetProperty("actual").GetDecimal() + 1200, after.GetProperty("total").GetProperty("actual").GetDecimal());
        Assert.Equal(before.GetProperty("total").GetProperty("achieved").GetInt32() + 1, after.GetProperty("total").GetProperty("achieved").GetInt32());
        decimal ParkTarget(JsonElement stats) => stats.GetProperty("byPark").EnumerateArray()
            .Where(p => p.GetProperty("key").GetString() == own).Select(p => p.GetProperty("figures").GetProperty("target").GetDecimal()).SingleOrDefault();
        Assert.Equal(ParkTarget(before) + 1000, ParkTarget(after));
        var bad = await bureau.GetAsync("/api/projects/outputs/statistics?year=1999");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
