using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;
using Torchbase.Spreadsheets;

namespace Torchbase.Tests;

[Collection(HostCollection.Name)]
public class GlossaryApiTests(TorchbaseFactory host)
{
    private static async Task<string> NewExpertAsync(ApiClient bureau, string name, string summary, string keyword) =>
        (await (await bureau.PostAsJsonAsync("/api/talent/experts", new
        {
            name, institution = "郑州大学", degree = "Doctor", fields = new[] { "装备制造" }, keywords = new[] { keyword },
            researchSummary = summary, availability = "Available", consentToContact = false,
        })).JsonAsync()).GetProperty("id").GetString()!;

    private async Task<string> NewDemandAsync(ApiClient bureau, string title, string problem, string keyword) =>
        (await (await bureau.PostAsJsonAsync("/api/talent/demands", new
        {
            title, problem, field = "装备制造", keywords = new[] { keyword }, deadline = host.Clock.Today().AddDays(60).ToString("yyyy-MM-dd"),
        })).JsonAsync()).GetProperty("id").GetString()!;

    [Fact]
    public async Task A_synonym_the_bureau_adds_brings_an_expert_into_the_next_ranking_with_the_expansion_as_reason()
    {
        var bureau = await host.SignInAsync("bureau");
        var expert = await NewExpertAsync(bureau, "蠕化专家", "长期从事球铁蠕化处理研究，解决蠕化率波动。", "球铁蠕化处理");
        var demand = await NewDemandAsync(bureau, "QZX9 良率偏低", "产线上的 QZX9 环节良率偏低，求助。", "良率");
        var before = await bureau.GetJsonAsync<JsonElement>($"/api/talent/demands/{demand}/experts?top=20");
        Assert.DoesNotContain(before.EnumerateArray(), e => e.GetProperty("expertId").GetString() == expert);

        var added = await bureau.PostAsJsonAsync("/api/talent/glossary", new { chain = "装备制造", term = "球铁蠕化处理", synonyms = new[] { "QZX9" } });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        var after = await bureau.GetJsonAsync<JsonElement>($"/api/talent/demands/{demand}/experts?top=20");
        var found = after.EnumerateArray().SingleOrDefault(e => e.GetProperty("expertId").GetString() == expert);
        Assert.Equal(JsonValueKind.Object, found.ValueKind);
        Assert.Contains(found.GetProperty("expansions").EnumerateArray().Select(x => x.GetString()!),
            x => x.Contains("qzx9", StringComparison.OrdinalIgnoreCase) && x.Contains("球铁蠕化处理", StringComparison.Ordinal));

        // Removing the entry takes the expert out again.
        var id = (await added.JsonAsync()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NoContent, (await bureau.DeleteAsync($"/api/talent/glossary/{id}")).StatusCode);
        var removed = await bureau.GetJsonAsync<JsonElement>($"/api/talent/demands/{demand}/experts?top=20");
        Assert.DoesNotContain(removed.EnumerateArray(), e => e.GetProperty("expertId").GetString() == expert);
    }

    [Fact]
    public async Task The_shipped_glossary_is_given_once_so_a_zone_that_deleted_every_entry_keeps_none_after_a_restart()
    {
        var admin = await host.SignInAsync("admin");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var region = await (await admin.PostAsJsonAsync("/api/setup/regions", new { name = $"术语市{suffix}" })).JsonAsync();
        var created = await admin.PostAsJsonAsync("/api/setup/zones", new { name = $"术语高新区{suffix}", regionId = region.GetProperty("id").GetString() });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var zone = Guid.Parse((await created.JsonAsync()).GetProperty("id").GetString()!);

        async Task<T> WithDb<T>(Func<AppDbContext, Task<T>> work)
        {
            using var scope = host.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using var system = db.RunAsSystem();
            return await work(db);
        }
        Task<int> Entries() => WithDb(db => db.GlossaryEntries.IgnoreQueryFilters().CountAsync(e => e.ZoneId == zone));
        Task<int> DeleteAll() => WithDb(db => db.GlossaryEntries.IgnoreQueryFilters().Where(e => e.ZoneId == zone).ExecuteDeleteAsync());
        async Task Restart()
        {
            using var scope = host.Services.CreateScope();
            await Startup.PrepareDatabaseAsync(scope.ServiceProvider, loadDemo: false);
        }

        // A new zone starts from the shipped glossary; its bureau deletes every entry, and a restart leaves it empty.
        Assert.True(await Entries() > 0);
        Assert.True(await DeleteAll() > 0);
        await Restart();
        Assert.Equal(0, await Entries());

        // A zone older than the glossary gets it at the first start, once.
        await WithDb(db => db.Zones.IgnoreQueryFilters().Where(z => z.Id == zone).ExecuteUpdateAsync(u => u.SetProperty(z => z.GlossarySeeded, false)));
        await Restart();
        Assert.True(await Entries() > 0);
        Assert.True(await WithDb(db => db.Zones.IgnoreQueryFilters().Where(z => z.Id == zone).Select(z => z.GlossarySeeded).SingleAsync()));
        await DeleteAll();
        await Restart();
        Assert.Equal(0, await Entries());
    }

    [Fact]
    public async Task Each_zone_starts_from_the_shipped_glossary_and_the_list_searches_filters_and_exports()
    {
        var bureau = await host.SignInAsync("bureau");
        var found = await bureau.GetJsonAsync<JsonElement>("/api/talent/glossary?search=sf6");
        var sf6 = Assert.Single(found.GetProperty("items").EnumerateArray(), e => e.GetProperty("term").GetString() == "SF6");
        Assert.Contains("六氟化硫", sf6.GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()));

        var chains = await bureau.GetJsonAsync<List<string>>("/api/talent/glossary/chains");
        Assert.Contains("尼龙新材料", chains);
        var nylon = await bureau.GetJsonAsync<JsonElement>("/api/talent/glossary?chain=尼龙新材料&pageSize=200");
        Assert.NotEmpty(nylon.GetProperty("items").EnumerateArray());
        Assert.All(nylon.GetProperty("items").EnumerateArray(), e => Assert.Equal("尼龙新材料", e.GetProperty("chain").GetString()));

        var export = await bureau.GetAsync("/api/talent/glossary/export?search=sf6");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var sheet = XlsxReader.Read(await export.Content.ReadAsStreamAsync(), 100);
        Assert.Contains(sheet.Rows, r => r[sheet.Headers.ToList().IndexOf("术语")] == "SF6");

        // Another zone's leader sees nothing of it, and only the bureau edits.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.SignInAsync("leader2")).GetAsync("/api/talent/glossary")).StatusCode);
    }

    [Fact]
    public async Task Bad_entries_are_refused_with_field_errors_and_a_stale_edit_conflicts()
    {
        var bureau = await host.SignInAsync("bureau");
        async Task<JsonElement> Errors(object body)
        {
            var response = await bureau.PostAsJsonAsync("/api/talent/glossary", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.JsonAsync()).GetProperty("errors");
        }
        Assert.Equal("必填", (await Errors(new { chain = "输变电装备", term = " " })).GetProperty("term")[0].GetString());
        Assert.Equal("同义词不能与术语本身相同",
            (await Errors(new { chain = "输变电装备", term = "真空断路器X", synonyms = new[] { "真空断路器x" } })).GetProperty("synonyms")[0].GetString());
        Assert.Equal("本区术语表已有此术语或同义词", (await Errors(new { chain = "输变电装备", term = "六氟化硫" })).GetProperty("term")[0].GetString());
        Assert.Equal("本区术语表已有此术语或同义词", (await Errors(new { chain = "输变电装备", term = "sf 6" })).GetProperty("term")[0].GetString());

        var created = await (await bureau.PostAsJsonAsync("/api/talent/glossary", new { chain = "输变电装备", term = "局放在线监测", synonyms = new[] { "PDOM" } }))
            .JsonAsync();
        var id = created.GetProperty("id").GetString();
        var version = created.GetProperty("version").GetInt32();
        var edited = await bureau.PutAsJsonAsync($"/api/talent/glossary/{id}", new
        {
            chain = "输变电装备", term = "局放在线监测", synonyms = new[] { "PDOM", "局部放电在线监测" }, broader = new[] { "局部放电" }, version,
        });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(["PDOM", "局部放电在线监测"], (await edited.JsonAsync()).GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()));
        var stale = await bureau.PutAsJsonAsync($"/api/talent/glossary/{id}", new { chain = "输变电装备", term = "局放在线监测", version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await bureau.DeleteAsync($"/api/talent/glossary/{id}")).StatusCode);
    }

    [Fact]
    public async Task An_officer_marks_recommendations_and_the_bureau_exports_them_as_labelled_pairs()
    {
        var bureau = await host.SignInAsync("bureau");
        var expert = await NewExpertAsync(bureau, "评价专家", "研究矿用隔爆电机绕组绝缘老化与在线监测。", "隔爆电机");
        var demand = await NewDemandAsync(bureau, "隔爆电机绕组绝缘老化", "我公司矿用隔爆电机绕组绝缘老化快，希望开展在线监测。", "隔爆电机");
        var listed = await bureau.GetJsonAsync<JsonElement>($"/api/talent/demands/{demand}/experts?top=10");
        Assert.Contains(listed.EnumerateArray(), e => e.GetProperty("expertId").GetString() == expert);

        var marked = await bureau.PutAsJsonAsync("/api/talent/feedback", new { demandId = demand, expertId = expert, fits = true, note = "方向对口" });
        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        var feedback = (await bureau.GetJsonAsync<JsonElement>($"/api/talent/demands/{demand}/experts?top=10")).EnumerateArray()
            .Single(e => e.GetProperty("expertId").GetString() == expert).GetProperty("feedback");
        Assert.Equal((1, 0, true, "方向对口"), (feedback.GetProperty("fits").GetInt32(), feedback.GetProperty("doesNotFit").GetInt32(),
            feedback.GetProperty("mine").GetBoolean(), feedback.GetProperty("myNote").GetString()));

        // Marking again changes the officer's one judgement; another officer's is counted beside it.
        await bureau.PutAsJsonAsync("/api/talent/feedback", new { demandId = demand, expertId = expert, fits = false });
        var admin = await host.SignInAsync("admin");
        var second = await admin.PutAsJsonAsync("/api/talent/feedback", new { demandId = demand, expertId = expert, fits = true });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        feedback = (await bureau.GetJsonAsync<JsonElement>($"/api/talent/demands/{demand}/experts?top=10")).EnumerateArray()
            .Single(e => e.GetProperty("expertId").GetString() == expert).GetProperty("feedback");
        Assert.Equal((1, 1, false), (feedback.GetProperty("fits").GetInt32(), feedback.GetProperty("doesNotFit").GetInt32(),
            feedback.GetProperty("mine").GetBoolean()));

        var missing = await bureau.PutAsJsonAsync("/api/talent/feedback", new { demandId = demand, expertId = expert });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.JsonAsync()).GetProperty("errors").TryGetProperty("fits", out _));

        var export = await bureau.GetAsync($"/api/talent/feedback/export?demandId={demand}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var sheet = XlsxReader.Read(await export.Content.ReadAsStreamAsync(), 100);
        int Column(string header) => sheet.Headers.ToList().IndexOf(header);
        Assert.Equal(2, sheet.Rows.Count);
        Assert.All(sheet.Rows, r => Assert.Equal(expert, r[Column("专家编号")]));
        Assert.Equal(["0", "1"], sheet.Rows.Select(r => r[Column("标签")]).Order());
        Assert.All(sheet.Rows, r => Assert.Equal("隔爆电机绕组绝缘老化", r[Column("需求")]));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.SignInAsync("park1")).GetAsync("/api/talent/feedback/export")).StatusCode);
    }
}
