using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Policies;
using Torchbase.Features.Policies;

namespace Torchbase.Tests;

[Collection(HostCollection.Name)]
public class PolicyApiTests(TorchbaseFactory host)
{
    private static async Task<JsonElement> OkJson(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<T> AsSystemAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = db.RunAsSystem();
        return await read(db);
    }

    private DateOnly Today => host.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Date is var d ? DateOnly.FromDateTime(d) : default;

    private static object Policy(string title, object item) => new
    {
        title, documentNo = "测试〔2026〕1号", issuingBody = "高新区管委会", level = "District", inForceFrom = "2026-01-01", inForceUntil = "2027-12-31",
        text = "示例政策", items = new[] { item },
    };

    [Fact]
    public async Task An_enterprise_applies_the_park_and_the_bureau_review_the_notice_passes_and_the_payout_consumes_the_budget()
    {
        var bureau = await host.SignInAsync("bureau");
        var park = await host.SignInAsync("park1");
        var enterprise = await host.SignInAsync("ent1");
        var me = await enterprise.GetJsonAsync<JsonElement>("/api/auth/me");
        var enterpriseId = Guid.Parse(me.GetProperty("enterpriseId").GetString()!);
        var parkId = await AsSystemAsync(db => db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.ParkId).SingleAsync());

        var title = $"园区企业奖励 {Guid.NewGuid():N}";
        var created = await OkJson(await bureau.PostAsJsonAsync("/api/policies", Policy(title, new
        {
            name = "园区企业奖励", type = "Reward", rule = new { kind = "Fixed", @fixed = 20 }, budget = 100, noApplication = false,
            conditions = new object[] { new { kind = "InPark", parkId }, new { kind = "Declaration", text = "近三年无重大安全事故" } },
        })));
        var policyId = created.GetProperty("id").GetString();
        var itemId = created.GetProperty("items")[0].GetProperty("id").GetString();

        // A draft is the bureau's: the enterprise does not see it.
        Assert.Equal(HttpStatusCode.NotFound, (await enterprise.GetAsync($"/api/policies/{policyId}")).StatusCode);
        await OkJson(await bureau.PostAsJsonAsync($"/api/policies/{policyId}/publish", new { version = 0 }));
        // Published, it is pushed to the enterprises it matches (in-app), and no longer edited.
        var notes = await enterprise.GetJsonAsync<JsonElement>("/api/notifications?pageSize=50");
        Assert.Contains(notes.GetProperty("items").EnumerateArray(), n => n.GetProperty("title").GetString()!.Contains(title));
        var edit = await bureau.PutAsJsonAsync($"/api/policies/{policyId}", new
        {
            title, issuingBody = "高新区管委会", level = "District", inForceFrom = "2026-01-01",
            items = new[] { new { name = "x", type = "Reward", rule = new { kind = "Fixed", @fixed = 1 } } }, version = 1,
        });
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);

        // 政策计算器: the enterprise can get it once it declares; each condition comes with its reason.
        var matching = await enterprise.GetJsonAsync<JsonElement>($"/api/policies/matching/enterprises/{enterpriseId}");
        var match = matching.GetProperty("qualifies").EnumerateArray().Single(m => m.GetProperty("itemId").GetString() == itemId);
        Assert.Equal("EligibleOnDeclaration", match.GetProperty("verdict").GetString());
        Assert.Equal(20m, match.GetProperty("amount").GetDecimal());
        Assert.Equal(["Met", "Unknown"], match.GetProperty("conditions").EnumerateArray().Select(c => c.GetProperty("status").GetString()));
        Assert.All(match.GetProperty("conditions").EnumerateArray(), c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("reason").GetString())));

        // Per item, the bureau sees exactly the active enterprises of that park, and the total.
        var perItem = await bureau.GetJsonAsync<JsonElement>($"/api/policies/items/{itemId}/matching");
        var expected = await AsSystemAsync(db => db.Enterprises.Where(e => e.ParkId == parkId && e.Status == EnterpriseStatus.Active)
            .Select(e => e.Id).ToListAsync());
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), perItem.GetProperty("enterprises").EnumerateArray().Select(e => e.GetProperty("enterpriseId").GetGuid()).Order());
        Assert.Equal(20m * expected.Count, perItem.GetProperty("total").GetDecimal());

        // Applying without the declaration is refused next to the field; with it, the application is submitted.
        var undeclared = await enterprise.PostAsJsonAsync($"/api/policies/items/{itemId}/applications", new { declared = Array.Empty<int>() });
        Assert.Equal(HttpStatusCode.BadRequest, undeclared.StatusCode);
        Assert.True((await undeclared.JsonAsync()).GetProperty("errors").TryGetProperty("declared", out _));
        var applied = await OkJson(await enterprise.PostAsJsonAsync($"/api/policies/items/{itemId}/applications", new { declared = new[] { 1 } }));
        var id = applied.GetProperty("id").GetString();
        Assert.Equal("Submitted", applied.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict,
            (await enterprise.PostAsJsonAsync($"/api/policies/items/{itemId}/applications", new { declared = new[] { 1 } })).StatusCode);

        // The bureau reviews only after the park.
        Assert.Equal(HttpStatusCode.Conflict, (await bureau.PostAsJsonAsync($"/api/policies/applications/{id}/bureau-review",
            new { approved = true, noticeFrom = Today, noticeDays = 3, version = 0 })).StatusCode);
        var parkReviewed = await OkJson(await park.PostAsJsonAsync($"/api/policies/applications/{id}/park-review", new { approved = true, version = 0 }));
        Assert.Equal("ParkApproved", parkReviewed.GetProperty("status").GetString());
        var inNotice = await OkJson(await bureau.PostAsJsonAsync($"/api/policies/applications/{id}/bureau-review",
            new { approved = true, noticeFrom = Today, noticeDays = 3, version = parkReviewed.GetProperty("version").GetInt32() }));
        Assert.Equal("InNotice", inNotice.GetProperty("status").GetString());
        var until = DateOnly.Parse(inNotice.GetProperty("noticeUntil").GetString()!);
        Assert.True(until >= Today.AddDays(2), $"3 working days from {Today} end on {until}");

        // During the notice: no payout; an objection is recorded and dismissed.
        var version = inNotice.GetProperty("version").GetInt32();
        var early = await bureau.PostAsJsonAsync($"/api/policies/applications/{id}/payout", new { amount = 20, paidOn = Today, version });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        var objected = await OkJson(await bureau.PostAsJsonAsync($"/api/policies/applications/{id}/objections", new { text = "对金额有异议" }));
        var objectionId = objected.GetProperty("objections")[0].GetProperty("id").GetString();
        await OkJson(await bureau.PostAsJsonAsync($"/api/policies/applications/{id}/objections/{objectionId}/decide",
            new { upheld = false, note = "经核实符合条件" }));

        host.Clock.Advance(TimeSpan.FromDays(until.DayNumber - Today.DayNumber + 1));
        // Days later: a new sign-in (the earlier sessions have expired).
        bureau = await host.SignInAsync("bureau");
        enterprise = await host.SignInAsync("ent1");
        var current = await bureau.GetJsonAsync<JsonElement>($"/api/policies/applications/{id}");
        var over = await bureau.PostAsJsonAsync($"/api/policies/applications/{id}/payout",
            new { amount = 25, paidOn = Today, version = current.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        var paid = await OkJson(await bureau.PostAsJsonAsync($"/api/policies/applications/{id}/payout",
            new { amount = 20, paidOn = Today, version = current.GetProperty("version").GetInt32() }));
        Assert.Equal("Paid", paid.GetProperty("status").GetString());
        var policy = await bureau.GetJsonAsync<JsonElement>($"/api/policies/{policyId}");
        Assert.Equal(20m, policy.GetProperty("items")[0].GetProperty("paid").GetDecimal());
        Assert.Equal(80m, policy.GetProperty("items")[0].GetProperty("remaining").GetDecimal());

        // The enterprise sees its own application; every step was audited.
        var mine = await enterprise.GetJsonAsync<JsonElement>($"/api/policies/applications?itemId={itemId}");
        Assert.Equal(1, mine.GetProperty("total").GetInt32());
        var audited = await AsSystemAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(BenefitApplication) && a.EntityId == id));
        // Applied, park review, bureau review, payout; the objection has its own entries (recorded, decided).
        Assert.Equal(4, audited);
        var objectionEntries = await AsSystemAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(BenefitObjection) && a.EntityId == objectionId));
        Assert.Equal(2, objectionEntries);
    }

    [Fact]
    public async Task The_enterprise_attaches_files_to_its_application_the_reviewers_download_them_and_no_other_enterprise_reaches_them()
    {
        var bureau = await host.SignInAsync("bureau");
        var park = await host.SignInAsync("park1");
        var enterprise = await host.SignInAsync("ent1");
        var enterpriseId = Guid.Parse((await enterprise.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("enterpriseId").GetString()!);
        var parkId = await AsSystemAsync(db => db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.ParkId).SingleAsync());
        var zoneId = await AsSystemAsync(db => db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.ZoneId).SingleAsync());
        var created = await OkJson(await bureau.PostAsJsonAsync("/api/policies", Policy($"附件测试奖励 {Guid.NewGuid():N}", new
        {
            name = "附件测试奖励", type = "Subsidy", rule = new { kind = "Fixed", @fixed = 5 }, noApplication = false,
            conditions = new object[] { new { kind = "InPark", parkId } },
        })));
        var itemId = created.GetProperty("items")[0].GetProperty("id").GetString();
        await OkJson(await bureau.PostAsJsonAsync($"/api/policies/{created.GetProperty("id").GetString()}/publish", new { version = 0 }));
        var id = (await OkJson(await enterprise.PostAsJsonAsync($"/api/policies/items/{itemId}/applications", new { declared = Array.Empty<int>() })))
            .GetProperty("id").GetString();

        static MultipartFormDataContent FileForm(byte[] bytes, string name, string type = "application/pdf")
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
            return new MultipartFormDataContent { { file, "file", name } };
        }

        // Uploaded by the enterprise, listed on the application and downloaded whole by the park and the bureau.
        using (var form = FileForm("研发费用专项审计报告"u8.ToArray(), "审计报告.pdf"))
        {
            var uploaded = await enterprise.Http.PostAsync($"/api/policies/applications/{id}/attachments", form);
            Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        }
        var application = await enterprise.GetJsonAsync<JsonElement>($"/api/policies/applications/{id}");
        var attachment = Assert.Single(application.GetProperty("attachments").EnumerateArray());
        Assert.Equal("审计报告.pdf", attachment.GetProperty("fileName").GetString());
        var url = $"/api/policies/applications/{id}/attachments/{attachment.GetProperty("id").GetString()}";
        foreach (var reviewer in new[] { park, bureau })
        {
            var download = await reviewer.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("研发费用专项审计报告", await download.Content.ReadAsStringAsync());
        }
        Assert.Equal(1, await AsSystemAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(BenefitAttachment)
            && a.EntityId == attachment.GetProperty("id").GetString())));

        // A wrong type and a file over the limit are refused next to the field, and nothing is stored.
        using (var exe = FileForm([1, 2, 3], "setup.exe", "application/octet-stream"))
        {
            var refused = await enterprise.Http.PostAsync($"/api/policies/applications/{id}/attachments", exe);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("file", out _));
        }
        using (var huge = FileForm(new byte[Http.Uploads.MaxBytes + 1], "扫描件.pdf"))
        {
            var refused = await enterprise.Http.PostAsync($"/api/policies/applications/{id}/attachments", huge);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("file", out _));
        }
        Assert.Equal(1, await AsSystemAsync(db => db.BenefitAttachments.CountAsync(a => a.ApplicationId == Guid.Parse(id!))));

        // Another enterprise of the same zone neither downloads nor attaches: the application is not found.
        var admin = await host.SignInAsync("admin");
        var otherId = await AsSystemAsync(db => db.Enterprises.Where(e => e.ZoneId == zoneId && e.Id != enterpriseId).Select(e => e.Id).FirstAsync());
        var userName = $"att{Guid.NewGuid():N}"[..20];
        var user = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = "附件测试", password = "Attach@12345", role = "EnterpriseUser", zoneId, enterpriseId = otherId,
        });
        Assert.True(user.StatusCode == HttpStatusCode.Created, await user.Content.ReadAsStringAsync());
        var other = await host.SignInAsync(userName, "Attach@12345");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        using (var form = FileForm("x"u8.ToArray(), "x.pdf"))
            Assert.Equal(HttpStatusCode.NotFound, (await other.Http.PostAsync($"/api/policies/applications/{id}/attachments", form)).StatusCode);

        // Once the park rejects it, the application takes no more files.
        await OkJson(await park.PostAsJsonAsync($"/api/policies/applications/{id}/park-review", new { approved = false, note = "材料不全", version = 0 }));
        using (var late = FileForm("补充材料"u8.ToArray(), "补充.pdf"))
            Assert.Equal(HttpStatusCode.Conflict, (await enterprise.Http.PostAsync($"/api/policies/applications/{id}/attachments", late)).StatusCode);
    }

    [Fact]
    public async Task New_high_tech_enterprises_of_this_year_are_matched_and_a_no_application_item_is_paid_as_a_batch_within_its_budget()
    {
        var bureau = await host.SignInAsync("bureau");
        var zoneId = await AsSystemAsync(db => db.Users.Where(u => u.UserName == "bureau").Select(u => u.ZoneId!.Value).SingleAsync());
        var year = Today.Year;
        var created = await OkJson(await bureau.PostAsJsonAsync("/api/policies", Policy($"新认定高新技术企业奖励 {Guid.NewGuid():N}", new
        {
            name = "新认定高新技术企业 奖励 20 万元", type = "Reward", rule = new { kind = "Fixed", @fixed = 20 }, noApplication = true,
            conditions = new object[] { new { kind = "TitleGranted", title = "HighTech", from = $"{year}-01-01", to = $"{year}-12-31" } },
        })));
        var policyId = created.GetProperty("id").GetString();
        var itemId = created.GetProperty("items")[0].GetProperty("id").GetString();
        await OkJson(await bureau.PostAsJsonAsync($"/api/policies/{policyId}/publish", new { version = 0 }));

        var expected = await AsSystemAsync(db => db.Enterprises
            .Where(e => e.ZoneId == zoneId && e.Status == EnterpriseStatus.Active
                && e.Qualifications.Any(q => q.Type == QualificationType.HighTech && q.IssuedOn.Year == year))
            .Select(e => e.Id).ToListAsync());
        Assert.NotEmpty(expected);
        var matching = await bureau.GetJsonAsync<JsonElement>($"/api/policies/items/{itemId}/matching");
        var matched = matching.GetProperty("enterprises").EnumerateArray().Select(e => e.GetProperty("enterpriseId").GetGuid()).ToList();
        Assert.Equal(expected.Order(), matched.Order());

        // An enterprise that does not qualify cannot be slipped into the batch.
        var outsider = await AsSystemAsync(db => db.Enterprises.Where(e => e.ZoneId == zoneId && !expected.Contains(e.Id)).Select(e => e.Id).FirstAsync());
        var refused = await bureau.PostAsJsonAsync($"/api/policies/items/{itemId}/batch-payout",
            new { enterpriseIds = matched.Append(outsider), paidOn = Today });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var batch = await OkJson(await bureau.PostAsJsonAsync($"/api/policies/items/{itemId}/batch-payout", new { enterpriseIds = matched, paidOn = Today }));
        Assert.Equal(matched.Count, batch.GetProperty("paid").GetInt32());
        Assert.Equal(20m * matched.Count, batch.GetProperty("total").GetDecimal());
        var payments = await AsSystemAsync(db => db.BenefitApplications.Where(a => a.ItemId == Guid.Parse(itemId!)).ToListAsync());
        Assert.Equal(matched.Count, payments.Count);
        Assert.All(payments, p => Assert.True(p.NoApplication && p.Status == ApplicationStatus.Paid && p.PaidAmount == 20));
    }

    [Fact]
    public async Task The_statistics_of_last_year_reproduce_the_reports_orders_and_add_up_by_level_type_park_and_year()
    {
        var bureau = await host.SignInAsync("bureau");
        var zoneId = await AsSystemAsync(db => db.Users.Where(u => u.UserName == "bureau").Select(u => u.ZoneId!.Value).SingleAsync());
        var year = Today.Year - 1;
        var stats = await bureau.GetJsonAsync<JsonElement>($"/api/policies/statistics?year={year}");
        var paid = await AsSystemAsync(db => db.BenefitApplications
            .Where(a => a.ZoneId == zoneId && a.Status == ApplicationStatus.Paid && a.PaidOn!.Value.Year == year).ToListAsync());
        Assert.NotEmpty(paid);
        // The demo carries out 38 items in the last year, with tax relief of 1,509万 to 315 enterprises (fewer in this small demo zone).
        Assert.Equal(38, stats.GetProperty("items").GetInt32());
        Assert.Equal(paid.Select(a => a.ItemId).Distinct().Count(), stats.GetProperty("items").GetInt32());
        Assert.Equal(paid.Select(a => a.EnterpriseId).Distinct().Count(), stats.GetProperty("enterprises").GetInt32());
        Assert.Equal(Math.Round(paid.Sum(a => a.PaidAmount!.Value), 2), stats.GetProperty("paid").GetDecimal());
        // The demo's own enterprises (not the ones other tests add to the zone): the paid tax reliefs' distinct enterprises.
        var taxItems = await AsSystemAsync(db => db.BenefitItems.Where(i => i.Type == BenefitType.TaxRelief).Select(i => i.Id).ToListAsync());
        var taxed = paid.Where(a => taxItems.Contains(a.ItemId)).Select(a => a.EnterpriseId).Distinct().Count();
        Assert.InRange(taxed, 1, 315);
        var tax = stats.GetProperty("byType").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "TaxRelief");
        Assert.Equal(1509m, tax.GetProperty("amount").GetDecimal());
        Assert.Equal(taxed, tax.GetProperty("enterprises").GetInt32());
        foreach (var by in new[] { "byLevel", "byType", "byPark" })
            Assert.Equal(stats.GetProperty("paid").GetDecimal(), stats.GetProperty(by).EnumerateArray().Sum(r => r.GetProperty("amount").GetDecimal()));
        Assert.Contains(stats.GetProperty("byYear").EnumerateArray(), r => r.GetProperty("key").GetString() == $"{year}");
        Assert.True(stats.GetProperty("fundsSecured").GetDecimal() > 0);

        // A year in the future is refused next to its field, not clamped.
        Assert.Equal(HttpStatusCode.BadRequest, (await bureau.GetAsync($"/api/policies/statistics?year={Today.Year + 1}")).StatusCode);

        // The annual report has its section 惠企政策兑现 with the same figures.
        var leader = await host.SignInAsync("leader");
        var report = await leader.GetJsonAsync<JsonElement>($"/api/reports/annual?year={year}");
        var section = report.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "policies");
        Assert.Equal("惠企政策兑现", section.GetProperty("title").GetString());
        Assert.Equal(38m, section.GetProperty("figures")[0].GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Two_payouts_racing_for_the_last_of_a_budget_one_wins_and_the_budget_is_exact()
    {
        var bureau = await host.SignInAsync("bureau");
        var zoneId = await AsSystemAsync(db => db.Users.Where(u => u.UserName == "bureau").Select(u => u.ZoneId!.Value).SingleAsync());
        var created = await OkJson(await bureau.PostAsJsonAsync("/api/policies", Policy($"预算竞争 {Guid.NewGuid():N}", new
        {
            name = "定额补贴", type = "Subsidy", rule = new { kind = "Fixed", @fixed = 20 }, budget = 30,
        })));
        var policyId = Guid.Parse(created.GetProperty("id").GetString()!);
        var itemId = Guid.Parse(created.GetProperty("items")[0].GetProperty("id").GetString()!);
        await OkJson(await bureau.PostAsJsonAsync($"/api/policies/{policyId}/publish", new { version = 0 }));

        // Two applications whose notice has passed, each for 20 of a budget of 30.
        var today = Today;
        var ids = await AsSystemAsync(async db =>
        {
            var enterprises = await db.Enterprises.Where(e => e.ZoneId == zoneId).OrderBy(e => e.Id).Take(2).ToListAsync();
            Assert.Equal(2, enterprises.Count);
            var apps = enterprises.Select(e => new BenefitApplication
            {
                Id = Guid.CreateVersion7(), ZoneId = zoneId, ParkId = e.ParkId, EnterpriseId = e.Id, PolicyId = policyId, ItemId = itemId,
                Status = ApplicationStatus.InNotice, Amount = 20, AppliedOn = today.AddDays(-10), NoticeFrom = today.AddDays(-8), NoticeDays = 3,
                NoticeUntil = today.AddDays(-2),
            }).ToList();
            db.BenefitApplications.AddRange(apps);
            await db.SaveChangesAsync();
            return apps.Select(a => a.Id).ToList();
        });

        var second = await host.SignInAsync("bureau");
        var answers = await Task.WhenAll(
            bureau.PostAsJsonAsync($"/api/policies/applications/{ids[0]}/payout", new { amount = 20, paidOn = today, version = 0 }),
            second.PostAsJsonAsync($"/api/policies/applications/{ids[1]}/payout", new { amount = 20, paidOn = today, version = 0 }));
        var statuses = answers.Select(a => a.StatusCode).Order().ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
        var loser = answers.Single(a => a.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", loser.Content.Headers.ContentType?.MediaType);
        Assert.Equal("policy_budget_exhausted", (await loser.JsonAsync()).GetProperty("code").GetString());

        var (paid, paidApplications) = await AsSystemAsync(async db => (
            await db.BenefitItems.Where(i => i.Id == itemId).Select(i => i.Paid).SingleAsync(),
            await db.BenefitApplications.CountAsync(a => a.ItemId == itemId && a.Status == ApplicationStatus.Paid)));
        Assert.Equal(20m, paid);
        Assert.Equal(1, paidApplications);
    }

    [Fact]
    public async Task Bad_rules_and_conditions_are_refused_next_to_their_field()
    {
        var bureau = await host.SignInAsync("bureau");
        var response = await bureau.PostAsJsonAsync("/api/policies", Policy("x", new
        {
            name = "x", type = "Reward", rule = new { kind = "GrowthShare", figure = "RdExpense", rate = 1.5, cap = 100 },
            conditions = new object[] { new { kind = "TitleGranted", title = "HighTech" } },
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("items[0].rule.rate", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("items[0].conditions[0].from", out _), errors.ToString());
    }
}
