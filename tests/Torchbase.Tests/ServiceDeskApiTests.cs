using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Jobs;

namespace Torchbase.Tests;

[Collection(HostCollection.Name)]
public class ServiceDeskApiTests(TorchbaseFactory host)
{
    private static async Task<JsonElement> SubmitAsync(ApiClient ent, string title = "新增用地指标")
    {
        var response = await ent.PostAsJsonAsync("/api/service/requests", new { title, description = "二期扩建需新增用地约20亩", category = "Land", urgency = "Urgent" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    private static async Task<HttpResponseMessage> MoveAsync(ApiClient client, JsonElement request, object body)
    {
        var id = request.GetProperty("summary").GetProperty("id").GetString();
        var current = await client.GetJsonAsync<JsonElement>($"/api/service/requests/{id}");
        var json = JsonSerializer.SerializeToElement(body, ApiClient.Json);
        var merged = json.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        merged["version"] = current.GetProperty("summary").GetProperty("version").GetInt32();
        return await client.PostAsJsonAsync($"/api/service/requests/{id}/transitions", merged);
    }

    private static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.JsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body;
    }

    private static async Task<Dictionary<string, string>> DepartmentsAsync(ApiClient client) =>
        (await client.GetJsonAsync<JsonElement>("/api/org/departments")).EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!,
            d => d.GetProperty("id").GetString()!);

    [Fact]
    public async Task Requests_submitted_at_the_same_moment_all_get_their_own_number()
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => host.SignInAsync("ent1")));
        var created = await Task.WhenAll(clients.Select((client, i) => SubmitAsync(client, $"同时提交的诉求{i}")));
        var numbers = created.Select(r => r.GetProperty("summary").GetProperty("number").GetString()).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Fact]
    public async Task Enterprise_request_goes_through_the_whistle_to_closure_with_a_rating()
    {
        var ent = await host.SignInAsync("ent1");
        var officer = await host.SignInAsync("officer1");
        var dept1 = await host.SignInAsync("dept1");
        var dept2 = await host.SignInAsync("dept2");
        var departments = await DepartmentsAsync(officer);

        var request = await SubmitAsync(ent);
        var id = request.GetProperty("summary").GetProperty("id").GetString();
        Assert.Equal("Submitted", request.GetProperty("summary").GetProperty("status").GetString());
        Assert.Empty(request.GetProperty("actions").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await dept1.GetAsync($"/api/service/requests/{id}")).StatusCode); // no task for it yet

        await OkAsync(MoveAsync(officer, request, new { action = "Accept" }));
        await OkAsync(MoveAsync(officer, request, new { action = "Start" }));
        var escalated = await OkAsync(MoveAsync(officer, request, new
        {
            action = "Escalate", reason = "涉及规划和用地，园区吹哨", departmentIds = new[] { departments["经济发展局"], departments["自然资源和规划分局"] },
        }));
        Assert.Equal("ParkDepartments", escalated.GetProperty("summary").GetProperty("level").GetString());
        Assert.Equal(2, escalated.GetProperty("tasks").GetArrayLength());

        // Each department now sees the request and its own task; the officer cannot resolve before both reply.
        var seenByDept1 = await dept1.GetJsonAsync<JsonElement>($"/api/service/requests/{id}");
        var dept1Task = seenByDept1.GetProperty("myTaskId").GetString();
        Assert.NotNull(dept1Task);
        var dept1List = await dept1.GetJsonAsync<JsonElement>("/api/service/requests?pageSize=200&open=true");
        Assert.Contains(dept1List.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
        await OkAsync(dept1.PostAsJsonAsync($"/api/service/requests/{id}/tasks/{dept1Task}/reply", new { reply = "规划条件已明确", version = 0 }));

        var early = await MoveAsync(officer, request, new { action = "Resolve", resolution = "已解决" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        var problem = await early.JsonAsync();
        Assert.Equal("sd.tasks_open", problem.GetProperty("code").GetString());
        Assert.Equal("还有 1 个部门未答复，不能办结", problem.GetProperty("detail").GetString());

        var seenByDept2 = await dept2.GetJsonAsync<JsonElement>($"/api/service/requests/{id}");
        await OkAsync(dept2.PostAsJsonAsync($"/api/service/requests/{id}/tasks/{seenByDept2.GetProperty("myTaskId").GetString()}/reply",
            new { reply = "用地指标已调剂", version = 0 }));
        await OkAsync(MoveAsync(officer, request, new { action = "Resolve", resolution = "规划与用地指标均已落实" }));

        var closed = await OkAsync(MoveAsync(ent, request, new { action = "Confirm", rating = 5, comment = "很满意" }));
        Assert.Equal("Closed", closed.GetProperty("summary").GetProperty("status").GetString());
        Assert.Equal(5, closed.GetProperty("summary").GetProperty("rating").GetInt32());
        Assert.Equal(["Accept", "Start", "Escalate", "Resolve", "Confirm"],
            closed.GetProperty("transitions").EnumerateArray().Select(t => t.GetProperty("action").GetString()));
        Assert.Equal("officer1", closed.GetProperty("transitions")[2].GetProperty("userName").GetString());

        var stats = await officer.GetJsonAsync<JsonElement>("/api/service/statistics");
        var league = stats.GetProperty("summary").GetProperty("departments").EnumerateArray().Select(d => d.GetProperty("department").GetString()).ToList();
        Assert.Contains("自然资源和规划分局", league);
        Assert.True(stats.GetProperty("summary").GetProperty("received").GetInt32() > 0);

        var notes = await ent.GetJsonAsync<JsonElement>("/api/notifications?pageSize=50");
        Assert.Contains(notes.GetProperty("items").EnumerateArray(), n => n.GetProperty("link").GetString() == $"/service/requests/{id}");
    }

    [Fact]
    public async Task What_an_enterprise_submitted_is_kept_as_submitted_and_accepting_needs_no_reason()
    {
        var request = await SubmitAsync(await host.SignInAsync("ent1"), "原样保留测试");
        var id = request.GetProperty("summary").GetProperty("id").GetString();
        var version = request.GetProperty("summary").GetProperty("version").GetInt32();
        var officer = await host.SignInAsync("officer1");

        var rewritten = await officer.PutAsJsonAsync($"/api/service/requests/{id}",
            new { title = "原样保留测试（服务员改）", description = "服务员的说明", category = "Land", urgency = "Urgent", version });
        Assert.Equal(HttpStatusCode.BadRequest, rewritten.StatusCode);
        var errors = (await rewritten.JsonAsync()).GetProperty("errors");
        Assert.StartsWith("企业提交的内容保持原样", errors.GetProperty("title")[0].GetString());
        Assert.True(errors.TryGetProperty("description", out _));
        var stored = await officer.GetJsonAsync<JsonElement>($"/api/service/requests/{id}");
        Assert.Equal(("原样保留测试", "二期扩建需新增用地约20亩"),
            (stored.GetProperty("summary").GetProperty("title").GetString(), stored.GetProperty("description").GetString()));

        // The desk still corrects the category and urgency, and accepts without giving a reason.
        var corrected = await OkAsync(officer.PutAsJsonAsync($"/api/service/requests/{id}",
            new { title = "原样保留测试", description = "二期扩建需新增用地约20亩", category = "Approval", urgency = "Critical", version }));
        Assert.Equal("Approval", corrected.GetProperty("summary").GetProperty("category").GetString());
        var accepted = await OkAsync(MoveAsync(officer, corrected, new { action = "Accept" }));
        Assert.Equal("Accepted", accepted.GetProperty("summary").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Second_of_two_concurrent_edits_is_refused_and_the_first_is_kept()
    {
        var request = await SubmitAsync(await host.SignInAsync("ent1"), "并发编辑测试");
        var id = request.GetProperty("summary").GetProperty("id").GetString();
        var version = request.GetProperty("summary").GetProperty("version").GetInt32();
        var officer = await host.SignInAsync("officer1");
        var park = await host.SignInAsync("park1");

        const string text = "二期扩建需新增用地约20亩";
        await OkAsync(officer.PutAsJsonAsync($"/api/service/requests/{id}",
            new { title = "并发编辑测试", description = text, category = "Land", urgency = "Critical", version }));
        var second = await park.PutAsJsonAsync($"/api/service/requests/{id}",
            new { title = "并发编辑测试", description = text, category = "Finance", urgency = "Normal", version });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.JsonAsync();
        Assert.Equal("concurrency", problem.GetProperty("code").GetString());
        Assert.Equal("该记录已被他人修改，请刷新后重试", problem.GetProperty("title").GetString());
        Assert.Equal("Critical", problem.GetProperty("current").GetProperty("summary").GetProperty("urgency").GetString());
        var stored = await officer.GetJsonAsync<JsonElement>($"/api/service/requests/{id}");
        Assert.Equal(("Land", "Critical"),
            (stored.GetProperty("summary").GetProperty("category").GetString(), stored.GetProperty("summary").GetProperty("urgency").GetString()));

        // A stale transition is refused the same way.
        var stale = await officer.PostAsJsonAsync($"/api/service/requests/{id}/transitions", new { action = "Accept", version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Refused_transitions_explain_themselves()
    {
        var ent = await host.SignInAsync("ent1");
        var request = await SubmitAsync(ent, "拒绝测试");
        var officer = await host.SignInAsync("officer1");

        var wrongSide = await MoveAsync(ent, request, new { action = "Accept" });
        Assert.Equal(HttpStatusCode.Forbidden, wrongSide.StatusCode);
        Assert.Equal("sd.actor", (await wrongSide.JsonAsync()).GetProperty("code").GetString());

        var outOfOrder = await MoveAsync(officer, request, new { action = "Resolve", resolution = "x" });
        Assert.Equal(HttpStatusCode.Conflict, outOfOrder.StatusCode);
        Assert.Equal("诉求当前为“待受理”，不能“办结”", (await outOfOrder.JsonAsync()).GetProperty("detail").GetString());

        await OkAsync(MoveAsync(officer, request, new { action = "Accept" }));
        await OkAsync(MoveAsync(officer, request, new { action = "Start" }));
        var noDepartments = await MoveAsync(officer, request, new { action = "Escalate", reason = "需要部门" });
        Assert.Equal(HttpStatusCode.BadRequest, noDepartments.StatusCode);
        var body = await noDepartments.JsonAsync();
        Assert.Equal(("sd.departments_required", "departments"), (body.GetProperty("code").GetString(), body.GetProperty("field").GetString()));

        officer.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await MoveAsync(officer, request, new { action = "Confirm", rating = 5 });
        Assert.Equal("Your role may not take this step", (await english.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Departments_and_other_parks_see_only_their_requests()
    {
        var ent = await host.SignInAsync("ent1");
        var officer = await host.SignInAsync("officer1");
        var dept2 = await host.SignInAsync("dept2");
        var departments = await DepartmentsAsync(officer);
        var land = departments["自然资源和规划分局"]; // dept2's department

        // One request whistled to dept2's department, one to another department only, one never escalated.
        var toLand = await SubmitAsync(ent, "部门可见性测试（自然资源）");
        var toEconomy = await SubmitAsync(ent, "部门可见性测试（经发）");
        var kept = await SubmitAsync(ent, "部门可见性测试（未吹哨）");
        foreach (var (request, department) in new[] { (toLand, land), (toEconomy, departments["经济发展局"]) })
        {
            await OkAsync(MoveAsync(officer, request, new { action = "Accept" }));
            await OkAsync(MoveAsync(officer, request, new { action = "Start" }));
            await OkAsync(MoveAsync(officer, request, new { action = "Escalate", reason = "需要部门协办", departmentIds = new[] { department } }));
        }
        string IdOf(JsonElement request) => request.GetProperty("summary").GetProperty("id").GetString()!;

        var list = await dept2.GetJsonAsync<JsonElement>("/api/service/requests?pageSize=200&sort=submittedOn&desc=true");
        var seen = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Contains(IdOf(toLand), seen);
        Assert.DoesNotContain(IdOf(toEconomy), seen);
        Assert.DoesNotContain(IdOf(kept), seen);
        Assert.Equal(HttpStatusCode.NotFound, (await dept2.GetAsync($"/api/service/requests/{IdOf(toEconomy)}")).StatusCode);
        foreach (var id in seen.Take(20))
        {
            var detail = await dept2.GetJsonAsync<JsonElement>($"/api/service/requests/{id}");
            Assert.Contains(detail.GetProperty("tasks").EnumerateArray(), t => t.GetProperty("departmentId").GetString() == land);
        }
        var bureau = await host.SignInAsync("bureau");
        Assert.True((await bureau.GetJsonAsync<JsonElement>("/api/service/requests")).GetProperty("total").GetInt32() > list.GetProperty("total").GetInt32());
        Assert.Equal(0, (await dept2.GetJsonAsync<JsonElement>("/api/service/visits")).GetProperty("total").GetInt32());

        var park2 = await host.SignInAsync("park2");
        Assert.Equal(HttpStatusCode.NotFound, (await park2.GetAsync($"/api/service/requests/{IdOf(kept)}")).StatusCode);
    }

    [Fact]
    public async Task A_visit_record_lists_the_requests_it_raised_and_stays_in_scope()
    {
        var officer = await host.SignInAsync("officer1");
        var enterprise = (await officer.GetJsonAsync<JsonElement>("/api/enterprises?pageSize=1&sort=name")).GetProperty("items")[0];
        var created = await OkAsync(officer.PostAsJsonAsync("/api/service/visits", new
        {
            enterpriseId = enterprise.GetProperty("id").GetString(), visitedOn = "2026-03-02", purpose = "走访记录打印测试", findings = "二期厂房供电不足",
            requests = new[] { new { title = "走访记录：新增变压器", description = "二期厂房需新增变压器容量", category = "Utilities", urgency = "Urgent" } },
        }));
        var id = created.GetProperty("id").GetString();

        var record = await officer.GetJsonAsync<JsonElement>($"/api/service/visits/{id}");
        Assert.Equal("走访记录打印测试", record.GetProperty("visit").GetProperty("purpose").GetString());
        Assert.Equal(enterprise.GetProperty("name").GetString(), record.GetProperty("visit").GetProperty("enterpriseName").GetString());
        var request = Assert.Single(record.GetProperty("requests").EnumerateArray());
        Assert.Equal("走访记录：新增变压器", request.GetProperty("title").GetString());
        Assert.Equal("Submitted", request.GetProperty("status").GetString());
        Assert.StartsWith("SQ-", request.GetProperty("number").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await (await host.SignInAsync("park2")).GetAsync($"/api/service/visits/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await host.SignInAsync("dept2")).GetAsync($"/api/service/visits/{id}")).StatusCode);
    }

    [Fact]
    public async Task Deadline_job_flags_overdue_steps_once_and_notifies_the_officer()
    {
        var request = await SubmitAsync(await host.SignInAsync("ent1"), "超期提醒测试");
        var id = request.GetProperty("summary").GetProperty("id").GetString();
        async Task<DeadlineRun> RunJobAsync()
        {
            using var scope = host.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<ServiceDeskDeadlineJob>().RunAsync(default);
        }
        async Task<JsonElement> SummaryAsync() =>
            (await (await host.SignInAsync("officer1")).GetJsonAsync<JsonElement>($"/api/service/requests/{id}")).GetProperty("summary");

        await RunJobAsync(); // whatever was already late (demo requests, other tests') is flagged now
        Assert.False((await SummaryAsync()).GetProperty("wasOverdue").GetBoolean()); // just submitted: not late
        var before = (await SummaryAsync()).GetProperty("version").GetInt32();

        // A month without an answer: the one-working-day limit to acknowledge it has long passed.
        host.Clock.Advance(TimeSpan.FromDays(30));
        Assert.True((await RunJobAsync()).FlaggedOverdue >= 1);
        Assert.Equal(0, (await RunJobAsync()).FlaggedOverdue); // once per step

        var officer = await host.SignInAsync("officer1");
        var detail = await officer.GetJsonAsync<JsonElement>($"/api/service/requests/{id}");
        Assert.True(detail.GetProperty("summary").GetProperty("wasOverdue").GetBoolean());
        Assert.Equal(before, detail.GetProperty("summary").GetProperty("version").GetInt32()); // an editor holding the request is not put in conflict
        var notes = await officer.GetJsonAsync<JsonElement>("/api/notifications?unreadOnly=true&pageSize=200");
        Assert.Contains(notes.GetProperty("items").EnumerateArray(),
            n => n.GetProperty("link").GetString() == $"/service/requests/{id}" && n.GetProperty("title").GetString()!.Contains("超期"));
        Assert.True((await officer.GetJsonAsync<JsonElement>("/api/notifications/unread-count")).GetProperty("count").GetInt32() > 0);
    }

    [Fact]
    public async Task Attachments_are_stored_and_limited()
    {
        var ent = await host.SignInAsync("ent1");
        var id = (await SubmitAsync(ent, "附件测试")).GetProperty("summary").GetProperty("id").GetString();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("规划图纸"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "图纸.pdf");
        var uploaded = await ent.Http.PostAsync($"/api/service/requests/{id}/attachments", form);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var attachment = await uploaded.JsonAsync();
        var download = await ent.GetAsync($"/api/service/requests/{id}/attachments/{attachment.GetProperty("id").GetString()}");
        Assert.Equal("规划图纸", await download.Content.ReadAsStringAsync());

        using var exe = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "virus.exe" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await ent.Http.PostAsync($"/api/service/requests/{id}/attachments", exe)).StatusCode);
        var park2 = await host.SignInAsync("park2");
        Assert.Equal(HttpStatusCode.NotFound,
            (await park2.GetAsync($"/api/service/requests/{id}/attachments/{attachment.GetProperty("id").GetString()}")).StatusCode);
    }

    [Fact]
    public async Task Request_list_sorts_filters_and_exports()
    {
        var ent = await host.SignInAsync("ent1");
        var land = (await SubmitAsync(ent, "列表筛选测试（用地）")).GetProperty("summary").GetProperty("id").GetString();
        var finance = await ent.PostAsJsonAsync("/api/service/requests",
            new { title = "列表筛选测试（融资）", description = "流动资金贷款", category = "Finance", urgency = "Normal" });
        Assert.Equal(HttpStatusCode.Created, finance.StatusCode);
        var financeId = (await finance.JsonAsync()).GetProperty("summary").GetProperty("id").GetString();

        var bureau = await host.SignInAsync("bureau");
        var page = await bureau.GetJsonAsync<JsonElement>("/api/service/requests?sort=submittedOn&desc=true&pageSize=10");
        var dates = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("submittedOn").GetString()).ToList();
        Assert.Equal(10, dates.Count);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal).ToList(), dates);
        var lands = (await bureau.GetJsonAsync<JsonElement>("/api/service/requests?category=Land&pageSize=200")).GetProperty("items").EnumerateArray().ToList();
        AssertAllNonEmpty(lands, i => Assert.Equal("Land", i.GetProperty("category").GetString()));
        Assert.Contains(lands, i => i.GetProperty("id").GetString() == land);
        Assert.DoesNotContain(lands, i => i.GetProperty("id").GetString() == financeId);
        foreach (var path in new[] { "/api/service/requests/export", "/api/service/visits/export", "/api/service/agency/cases/export" })
        {
            var export = await bureau.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        }
    }
}
