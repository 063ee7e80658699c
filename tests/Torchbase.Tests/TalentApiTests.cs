using System.Net;
using System.Text.Json;

namespace Torchbase.Tests;

[Collection(HostCollection.Name)]
public class TalentApiTests(TorchbaseFactory host)
{
    private object Demand(string title = "改性尼龙注塑件翘曲变形", string field = "尼龙新材料") => new
    {
        title, problem = "我公司玻纤增强尼龙66注塑件翘曲变形，尺寸稳定性不足，希望与高校合作开展改性配方优化。",
        field, keywords = new[] { "玻纤增强", "注塑成型", "尺寸稳定性" }, budgetWan = 30, deadline = host.Clock.Today().AddDays(90).ToString("yyyy-MM-dd"),
    };

    [Fact]
    public async Task Enterprise_posts_a_demand_and_gets_ranked_experts_with_reasons()
    {
        var ent = await host.SignInAsync("ent1");
        var response = await ent.PostAsJsonAsync("/api/talent/demands", Demand());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var demand = await response.JsonAsync();
        var me = await ent.GetJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal(me.GetProperty("enterpriseId").GetString(), demand.GetProperty("enterpriseId").GetString());

        var experts = await ent.GetJsonAsync<JsonElement>($"/api/talent/demands/{demand.GetProperty("id")}/experts?top=5");
        Assert.Equal(5, experts.GetArrayLength());
        var scores = experts.EnumerateArray().Select(e => e.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        var best = experts[0];
        Assert.Contains("尼龙新材料", best.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.NotEmpty(best.GetProperty("sharedKeywords").EnumerateArray());
    }

    [Fact]
    public async Task Matchmaking_runs_from_recommendation_to_agreement_and_cannot_go_back()
    {
        var ent = await host.SignInAsync("ent1");
        var demand = await (await ent.PostAsJsonAsync("/api/talent/demands", Demand("储能电池热失控预警", "新能源"))).JsonAsync();
        var id = demand.GetProperty("id").GetString();
        var expert = (await ent.GetJsonAsync<JsonElement>($"/api/talent/demands/{id}/experts?top=1"))[0].GetProperty("expertId").GetString();

        var created = await ent.PostAsJsonAsync("/api/talent/matches", new { demandId = id, expertId = expert });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var match = await created.JsonAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await ent.PostAsJsonAsync("/api/talent/matches", new { demandId = id, expertId = expert })).StatusCode);

        var matchId = match.GetProperty("id").GetString();
        var contacted = await (await ent.PutAsJsonAsync($"/api/talent/matches/{matchId}/stage",
            new { stage = "Contacted", version = match.GetProperty("version").GetInt32() })).JsonAsync();
        var signedResponse = await ent.PutAsJsonAsync($"/api/talent/matches/{matchId}/stage",
            new { stage = "Signed", agreementAmountWan = 40, version = contacted.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, signedResponse.StatusCode);
        var signed = await signedResponse.JsonAsync();
        Assert.Equal(("Signed", 40m), (signed.GetProperty("stage").GetString(), signed.GetProperty("agreementAmountWan").GetDecimal()));
        Assert.Equal("Matched", (await ent.GetJsonAsync<JsonElement>($"/api/talent/demands/{id}")).GetProperty("status").GetString());

        var back = await ent.PutAsJsonAsync($"/api/talent/matches/{matchId}/stage",
            new { stage = "Meeting", version = signed.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.BadRequest, back.StatusCode);
        Assert.Equal("对接已办结，不能再变更", (await back.JsonAsync()).GetProperty("errors").GetProperty("stage")[0].GetString());

        var stale = await ent.PutAsJsonAsync($"/api/talent/matches/{matchId}/stage", new { stage = "Declined", version = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode); // closed beats stale: the rule is checked first
    }

    [Fact]
    public async Task Enterprise_sees_only_its_own_demands_and_404_for_others()
    {
        var bureau = await host.SignInAsync("bureau");
        var ent = await host.SignInAsync("ent1");
        var posted = await ent.PostAsJsonAsync("/api/talent/demands", Demand("尼龙切片色差控制", "尼龙新材料"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var postedId = (await posted.JsonAsync()).GetProperty("id").GetString();
        var mine = await ent.GetJsonAsync<JsonElement>("/api/talent/demands?pageSize=200");
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetString() == postedId);
        var myEnterprise = (await ent.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("enterpriseId").GetString();
        AssertAllNonEmpty(mine.GetProperty("items").EnumerateArray(), d => Assert.Equal(myEnterprise, d.GetProperty("enterpriseId").GetString()));

        var all = await bureau.GetJsonAsync<JsonElement>("/api/talent/demands?pageSize=200");
        var other = all.GetProperty("items").EnumerateArray().First(d =>
            d.GetProperty("enterpriseId").GetString() != myEnterprise).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await ent.GetAsync($"/api/talent/demands/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ent.GetAsync($"/api/talent/demands/{other}/experts")).StatusCode);
    }

    [Fact]
    public async Task Contact_details_are_hidden_without_consent_and_an_expert_edits_only_their_own_profile()
    {
        var ent = await host.SignInAsync("ent1");
        var list = await ent.GetJsonAsync<JsonElement>("/api/talent/experts?pageSize=200");
        foreach (var e in list.GetProperty("items").EnumerateArray())
            if (!e.GetProperty("consentToContact").GetBoolean())
                Assert.Equal(JsonValueKind.Null, e.GetProperty("phone").ValueKind);
        Assert.Contains(list.GetProperty("items").EnumerateArray(),
            e => e.GetProperty("consentToContact").GetBoolean() && e.GetProperty("phone").ValueKind == JsonValueKind.String);

        var expert = await host.SignInAsync("expert1");
        var me = await expert.GetJsonAsync<JsonElement>("/api/talent/experts/me");
        Assert.True(me.GetProperty("isMine").GetBoolean());
        var input = new
        {
            name = me.GetProperty("name").GetString(), institution = me.GetProperty("institution").GetString(), title = "教授", degree = "Doctor",
            fields = new[] { "尼龙新材料" }, keywords = new[] { "阻燃改性", "尼龙" }, researchSummary = "阻燃尼龙", availability = "Available",
            consentToContact = true, phone = "13900000000", version = me.GetProperty("version").GetInt32(),
        };
        var updated = await expert.PutAsJsonAsync($"/api/talent/experts/{me.GetProperty("id")}", input);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await expert.PutAsJsonAsync($"/api/talent/experts/{me.GetProperty("id")}", input)).StatusCode);

        var someoneElse = list.GetProperty("items").EnumerateArray().First(e => e.GetProperty("id").GetString() != me.GetProperty("id").GetString());
        var forbidden = await expert.PutAsJsonAsync($"/api/talent/experts/{someoneElse.GetProperty("id")}", input with { });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        // Recommendations the other way round: demands for the expert.
        var demands = await expert.GetJsonAsync<JsonElement>($"/api/talent/experts/{me.GetProperty("id")}/demands?top=5");
        Assert.True(demands.GetArrayLength() > 0);
    }

    /// <summary>
    /// One rule for an expert's phone and e-mail in the list, the detail and the export: shown with the expert's consent, to the
    /// expert, or to the library's contact curator — the system administrator (admin). The bureau (talent.write) curates the
    /// library's content but sees contact details only with consent, like any other reader.
    /// </summary>
    [Fact]
    public async Task Contact_details_follow_one_rule_in_the_list_the_detail_and_the_export()
    {
        var bureau = await host.SignInAsync("bureau");
        var admin = await host.SignInAsync("admin");
        var tag = Guid.NewGuid().ToString("N")[..8];
        var institution = $"联系方式测试学院{tag}";
        object Profile(string name, bool consent, string? phone, string? email, int? version = null) => new
        {
            name, institution, degree = "Doctor", fields = new[] { "尼龙新材料" }, keywords = new[] { "尼龙" }, availability = "Available",
            consentToContact = consent, phone, email, version,
        };
        var hiddenResponse = await bureau.PostAsJsonAsync("/api/talent/experts", Profile("未授权专家", false, "13800000001", "hidden@example.com"));
        Assert.Equal(HttpStatusCode.Created, hiddenResponse.StatusCode);
        var hidden = await hiddenResponse.JsonAsync();
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("phone").ValueKind);
        Assert.Equal(HttpStatusCode.Created,
            (await bureau.PostAsJsonAsync("/api/talent/experts", Profile("已授权专家", true, "13800000002", "open@example.com"))).StatusCode);

        var list = (await bureau.GetJsonAsync<JsonElement>($"/api/talent/experts?search={tag}")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, list.Count);
        var hiddenRow = list.Single(e => e.GetProperty("name").GetString() == "未授权专家");
        Assert.Equal(JsonValueKind.Null, hiddenRow.GetProperty("phone").ValueKind);
        Assert.Equal(JsonValueKind.Null, hiddenRow.GetProperty("email").ValueKind);
        var openRow = list.Single(e => e.GetProperty("name").GetString() == "已授权专家");
        Assert.Equal(("13800000002", "open@example.com"), (openRow.GetProperty("phone").GetString(), openRow.GetProperty("email").GetString()));

        var detail = await bureau.GetJsonAsync<JsonElement>($"/api/talent/experts/{hidden.GetProperty("id")}");
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("phone").ValueKind);
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("email").ValueKind);

        var export = await bureau.GetAsync($"/api/talent/experts/export?search={tag}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var sheet = Spreadsheets.XlsxReader.Read(await export.Content.ReadAsStreamAsync(), 100);
        int Column(string header) => sheet.Headers.ToList().IndexOf(header);
        Assert.Equal(2, sheet.Rows.Count);
        var hiddenLine = sheet.Rows.Single(r => r[Column("姓名")] == "未授权专家");
        Assert.True(string.IsNullOrEmpty(hiddenLine[Column("电话")]));
        Assert.True(string.IsNullOrEmpty(hiddenLine[Column("邮箱")]));
        Assert.DoesNotContain(sheet.Rows.SelectMany(r => r.Cells), c => c is "13800000001" or "hidden@example.com");
        var openLine = sheet.Rows.Single(r => r[Column("姓名")] == "已授权专家");
        Assert.Equal(("13800000002", "open@example.com"), (openLine[Column("电话")], openLine[Column("邮箱")]));

        // The contact curator sees them.
        var curated = await admin.GetJsonAsync<JsonElement>($"/api/talent/experts/{hidden.GetProperty("id")}");
        Assert.Equal(("13800000001", "hidden@example.com"), (curated.GetProperty("phone").GetString(), curated.GetProperty("email").GetString()));

        // The bureau edits the profile without seeing them: what it cannot see stays as stored, and it cannot overwrite or unlock it.
        var url = $"/api/talent/experts/{hidden.GetProperty("id")}";
        var version = hidden.GetProperty("version").GetInt32();
        var blindPhone = await bureau.PutAsJsonAsync(url, Profile("未授权专家", false, "13999999999", null, version));
        Assert.Equal(HttpStatusCode.BadRequest, blindPhone.StatusCode);
        Assert.True((await blindPhone.JsonAsync()).GetProperty("errors").TryGetProperty("phone", out _));
        var consentForThem = await bureau.PutAsJsonAsync(url, Profile("未授权专家", true, null, null, version));
        Assert.Equal(HttpStatusCode.BadRequest, consentForThem.StatusCode);
        Assert.True((await consentForThem.JsonAsync()).GetProperty("errors").TryGetProperty("consentToContact", out _));
        var renamed = await bureau.PutAsJsonAsync(url, Profile("未授权专家（改）", false, null, null, version));
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var kept = await admin.GetJsonAsync<JsonElement>(url);
        Assert.Equal(("未授权专家（改）", "13800000001", "hidden@example.com"),
            (kept.GetProperty("name").GetString(), kept.GetProperty("phone").GetString(), kept.GetProperty("email").GetString()));

        // The expert sees their own without consenting; the bureau does not.
        var expert = await host.SignInAsync("expert1");
        var me = await expert.GetJsonAsync<JsonElement>("/api/talent/experts/me");
        var own = await expert.PutAsJsonAsync($"/api/talent/experts/{me.GetProperty("id")}", new
        {
            name = me.GetProperty("name").GetString(), institution = me.GetProperty("institution").GetString(), degree = "Doctor",
            fields = new[] { "尼龙新材料" }, keywords = new[] { "尼龙" }, availability = "Available",
            consentToContact = false, phone = "13700000003", email = "me@example.com", version = me.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var mine = await expert.GetJsonAsync<JsonElement>("/api/talent/experts/me");
        Assert.Equal(("13700000003", "me@example.com"), (mine.GetProperty("phone").GetString(), mine.GetProperty("email").GetString()));
        var seenByBureau = await bureau.GetJsonAsync<JsonElement>($"/api/talent/experts/{me.GetProperty("id")}");
        Assert.Equal(JsonValueKind.Null, seenByBureau.GetProperty("phone").ValueKind);
        Assert.Equal(JsonValueKind.Null, seenByBureau.GetProperty("email").ValueKind);
    }

    [Fact]
    public async Task Technology_contract_registration_checks_amounts_and_shows_in_the_yearly_totals()
    {
        var bureau = await host.SignInAsync("bureau");
        var day = host.Clock.Today();
        var year = day.Year;
        var before = (await bureau.GetJsonAsync<JsonElement>("/api/talent/contracts/totals")).EnumerateArray().Single(t =>
            t.GetProperty("year").GetInt32() == year);
        var today = day.ToString("yyyy-MM-dd");
        object Contract(decimal amount, decimal tech) => new
        {
            type = "Development", subject = "高强尼龙工业丝联合开发", seller = "平顶山学院", buyer = "测试尼龙科技有限公司",
            signedOn = today, registeredOn = today, amountWan = amount, techTransactionWan = tech, field = "尼龙新材料",
        };

        var invalid = await bureau.PostAsJsonAsync("/api/talent/contracts", Contract(100, 120));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("技术交易额不能大于合同金额", (await invalid.JsonAsync()).GetProperty("errors").GetProperty("techTransactionWan")[0].GetString());

        var created = await bureau.PostAsJsonAsync("/api/talent/contracts", Contract(100, 80));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.StartsWith($"JS{year}", (await created.JsonAsync()).GetProperty("registrationNo").GetString());

        var after = (await bureau.GetJsonAsync<JsonElement>("/api/talent/contracts/totals")).EnumerateArray().Single(t =>
            t.GetProperty("year").GetInt32() == year);
        Assert.Equal(before.GetProperty("count").GetInt32() + 1, after.GetProperty("count").GetInt32());
        Assert.Equal(before.GetProperty("amountWan").GetDouble() + 100, after.GetProperty("amountWan").GetDouble(), 0.01);

        var ranking = await bureau.GetJsonAsync<JsonElement>($"/api/talent/contracts/ranking?year={year}");
        Assert.Equal(2, ranking.GetArrayLength());
        Assert.True(ranking[0].GetProperty("isMine").GetBoolean());

        var ent = await host.SignInAsync("ent1");
        Assert.Equal(HttpStatusCode.Forbidden, (await ent.PostAsJsonAsync("/api/talent/contracts", Contract(10, 5))).StatusCode);
    }

    [Fact]
    public async Task Second_zone_leader_does_not_see_the_first_zone_s_library()
    {
        var leader2 = await host.SignInAsync("leader2");
        var experts = await leader2.GetJsonAsync<JsonElement>("/api/talent/experts?pageSize=200");
        AssertAllNonEmpty(experts.GetProperty("items").EnumerateArray(),
            e => Assert.DoesNotContain(e.GetProperty("institution").GetString(), new[] { "河南城建学院", "平顶山学院" }));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.SignInAsync("bank1")).GetAsync("/api/talent/experts")).StatusCode);
    }
}
