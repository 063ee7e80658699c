using System.Net;
using System.Text.Json;
using Torchbase.Spreadsheets;

namespace Torchbase.Tests;

/// <summary>The audit log shows a reader no value that reader may not see in the owning feature itself (issue 16 §1).</summary>
[Collection(HostCollection.Name)]
public class AuditConfidentialityTests(TorchbaseFactory host)
{
    private static readonly Dictionary<string, decimal> Marks =
        new() { ["PARTY"] = 17, ["INTEGRITY"] = 13, ["RESULTS"] = 26, ["KEYTASKS"] = 16, ["PLAN"] = 12 };

    private async Task<string> UserIdAsync(string userName) =>
        (await (await host.SignInAsync(userName)).GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetString()!;

    /// <summary>A contest of one unit with judge1 and the zone leader on the panel, drawn and open for scoring.</summary>
    private async Task<(ApiClient Bureau, string ContestId, string UnitId)> OpenContestAsync()
    {
        var bureau = await host.SignInAsync("bureau");
        var created = await bureau.PostAsJsonAsync("/api/contests", new { year = 2026, name = $"审计保密测试 {Guid.NewGuid():N}" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var contest = await created.JsonAsync();
        var id = contest.GetProperty("id").GetString()!;
        var category = contest.GetProperty("categories")[0].GetProperty("id").GetString();
        var detail = await (await bureau.PostAsJsonAsync($"/api/contests/{id}/units", new { name = "经济发展局", categoryId = category })).JsonAsync();
        var unit = detail.GetProperty("categories")[0].GetProperty("units")[0].GetProperty("id").GetString()!;
        var judges = new[] { await UserIdAsync("judge1"), await UserIdAsync("leader") };
        Assert.Equal(HttpStatusCode.OK, (await bureau.PutAsJsonAsync($"/api/contests/{id}/judges", new { userIds = judges })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsJsonAsync($"/api/contests/{id}/draw", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsJsonAsync($"/api/contests/{id}/open", new { })).StatusCode);
        return (bureau, id, unit);
    }

    /// <summary>The sheet a judge gave the unit, found through the log's own record of the sheet's creation.</summary>
    private static async Task<string> SheetIdAsync(ApiClient reader, string judge, string contestId)
    {
        var sheets = await reader.GetJsonAsync<JsonElement>($"/api/audit?entity=ScoreSheet&userName={judge}&action=Created&pageSize=200");
        return sheets.GetProperty("items").EnumerateArray()
            .Single(a => a.GetProperty("changes").GetProperty("ContestId").GetProperty("after").GetString() == contestId)
            .GetProperty("entityId").GetString()!;
    }

    private static async Task<List<JsonElement>> ScoreEntriesAsync(ApiClient reader, string judge, string sheetId)
    {
        var log = await reader.GetJsonAsync<JsonElement>($"/api/audit?entity=AspectScore&userName={judge}&pageSize=200");
        var entries = log.GetProperty("items").EnumerateArray()
            .Where(a => a.GetProperty("entityId").GetString()!.StartsWith(sheetId + "|", StringComparison.Ordinal)).ToList();
        Assert.Equal(Marks.Count, entries.Count);
        return entries;
    }

    private static async Task<List<IReadOnlyList<string?>>> ExportedScoreRowsAsync(ApiClient reader, string judge, string sheetId)
    {
        var response = await reader.GetAsync($"/api/audit/export?entity=AspectScore&userName={judge}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sheet = XlsxReader.Read(await response.Content.ReadAsStreamAsync(), 100_000);
        Assert.Equal("变更", sheet.Headers[6]);
        var rows = sheet.Rows.Where(r => r[4]?.StartsWith(sheetId + "|", StringComparison.Ordinal) == true)
            .Select(r => (IReadOnlyList<string?>)Enumerable.Range(0, sheet.Headers.Count).Select(i => r[i]).ToList()).ToList();
        Assert.Equal(Marks.Count, rows.Count);
        return rows;
    }

    private static decimal Given(JsonElement entry) =>
        Marks[entry.GetProperty("changes").GetProperty("AspectCode").GetProperty("after").GetString()!];

    [Fact]
    public async Task Judges_scores_are_hidden_in_the_log_until_the_results_are_published()
    {
        var (bureau, id, unit) = await OpenContestAsync();
        var judge = await host.SignInAsync("judge1");
        var sheet = new { scores = Marks, submit = true };
        Assert.Equal(HttpStatusCode.OK, (await judge.PutAsJsonAsync($"/api/contests/{id}/my-sheets/{unit}", sheet)).StatusCode);
        var leader = await host.SignInAsync("leader");
        Assert.Equal(HttpStatusCode.OK, (await leader.PutAsJsonAsync($"/api/contests/{id}/my-sheets/{unit}", sheet)).StatusCode);

        // Before publication the leader reads that judge1 scored each aspect, but not the score; their own sheet reads in full.
        var judgeSheet = await SheetIdAsync(leader, "judge1", id);
        foreach (var entry in await ScoreEntriesAsync(leader, "judge1", judgeSheet))
        {
            Assert.Equal("***", entry.GetProperty("changes").GetProperty("Score").GetProperty("after").GetString());
            var readable = entry.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "Score");
            Assert.Equal("已隐藏", readable.GetProperty("after").GetString());
            Assert.Contains(entry.GetProperty("changes").GetProperty("AspectCode").GetProperty("after").GetString(), Marks.Keys);
        }
        foreach (var entry in await ScoreEntriesAsync(leader, "leader", await SheetIdAsync(leader, "leader", id)))
            Assert.Equal(Given(entry), entry.GetProperty("changes").GetProperty("Score").GetProperty("after").GetDecimal());
        foreach (var row in await ExportedScoreRowsAsync(leader, "judge1", judgeSheet))
        {
            Assert.Contains("得分：已隐藏", row[6]);
            Assert.DoesNotMatch(@"得分：\d", row[6]!);
        }
        // The administrator does not see judges' sheets in the contest either.
        var admin = await host.SignInAsync("admin");
        Assert.All(await ScoreEntriesAsync(admin, "judge1", judgeSheet),
            e => Assert.Equal("***", e.GetProperty("changes").GetProperty("Score").GetProperty("after").GetString()));

        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsJsonAsync($"/api/contests/{id}/publish", new { })).StatusCode);

        // Published: the scores read as they were given, in the list and in the export.
        foreach (var entry in await ScoreEntriesAsync(leader, "judge1", judgeSheet))
            Assert.Equal(Given(entry), entry.GetProperty("changes").GetProperty("Score").GetProperty("after").GetDecimal());
        foreach (var row in await ExportedScoreRowsAsync(leader, "judge1", judgeSheet))
            Assert.DoesNotContain("已隐藏", row[6]);
    }

    [Fact]
    public async Task An_enterprise_phone_reads_in_the_log_as_the_reader_reads_it_on_the_enterprise_page()
    {
        var bureau = await host.SignInAsync("bureau");
        var created = await bureau.PostAsJsonAsync("/api/enterprises", await EnterpriseApiTests.NewInputAsync(bureau, name: "审计脱敏测试科技有限公司"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetString();

        static async Task<string?> LoggedPhoneAsync(ApiClient reader, string id)
        {
            var log = await reader.GetJsonAsync<JsonElement>($"/api/audit?entity=Enterprise&search={id}");
            var entry = log.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("action").GetString() == "Created");
            return entry.GetProperty("changes").GetProperty("ContactPhone").GetProperty("after").GetString();
        }

        // The leader reads the registry without write permission: masked there, masked here.
        var leader = await host.SignInAsync("leader");
        Assert.Equal("138****5678", (await leader.GetJsonAsync<JsonElement>($"/api/enterprises/{id}")).GetProperty("contactPhone").GetString());
        Assert.Equal("138****5678", await LoggedPhoneAsync(leader, id!));
        var export = XlsxReader.Read(await (await leader.GetAsync($"/api/audit/export?entity=Enterprise&search={id}")).Content.ReadAsStreamAsync(), 100);
        var row = Assert.Single(export.Rows, r => r[2] == "新增");
        Assert.Contains("138****5678", row[6]);
        Assert.DoesNotContain("13812345678", row[6]);

        var admin = await host.SignInAsync("admin");
        Assert.Equal("13812345678", await LoggedPhoneAsync(admin, id!));
    }
}

/// <summary>Masking follows the reader: an enterprise reads its own data in full, a bank reads a consenting enterprise's masked.</summary>
[Collection(HostCollection.Name)]
public class EnterpriseMaskingTests(TorchbaseFactory host)
{
    private static string? Phone(JsonElement e) => e.GetProperty("contactPhone").GetString();

    private static async Task<List<IReadOnlyList<string?>>> ExportAsync(ApiClient client)
    {
        var response = await client.GetAsync("/api/enterprises/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sheet = XlsxReader.Read(await response.Content.ReadAsStreamAsync(), 10_000);
        var phone = sheet.Headers.ToList().IndexOf("联系电话");
        Assert.True(phone >= 0);
        return sheet.Rows.Select(r => (IReadOnlyList<string?>)[r[0], r[phone]]).ToList();
    }

    [Fact]
    public async Task An_enterprise_reads_its_own_contact_phone_in_full_everywhere()
    {
        var ent = await host.SignInAsync("ent1");
        var bureau = await host.SignInAsync("bureau");
        var own = (await ent.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("enterpriseId").GetString();
        var full = Phone(await bureau.GetJsonAsync<JsonElement>($"/api/enterprises/{own}"));
        Assert.Matches(@"^1\d{10}$", full);

        Assert.Equal(full, Phone(await ent.GetJsonAsync<JsonElement>($"/api/enterprises/{own}")));
        var list = await ent.GetJsonAsync<JsonElement>("/api/enterprises");
        Assert.Equal(full, Phone(Assert.Single(list.GetProperty("items").EnumerateArray())));
        var creditCode = (await bureau.GetJsonAsync<JsonElement>($"/api/enterprises/{own}")).GetProperty("creditCode").GetString();
        var row = Assert.Single(await ExportAsync(ent));
        Assert.Equal(creditCode, row[0]);
        Assert.Equal(full, row[1]);
    }

    [Fact]
    public async Task A_bank_reads_a_consenting_enterprise_s_contact_phone_masked_everywhere()
    {
        var bank = await host.SignInAsync("bank1");
        var bureau = await host.SignInAsync("bureau");
        var items = (await bank.GetJsonAsync<JsonElement>("/api/enterprises?pageSize=200")).GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("contactPhone").ValueKind == JsonValueKind.String).ToList();
        Assert.NotEmpty(items);
        var id = items[0].GetProperty("id").GetString();
        var full = Phone(await bureau.GetJsonAsync<JsonElement>($"/api/enterprises/{id}"))!;
        var masked = $"{full[..3]}{new string('*', full.Length - 7)}{full[^4..]}";
        Assert.NotEqual(full, masked);

        Assert.Equal(masked, Phone(items[0]));
        Assert.Equal(masked, Phone(await bank.GetJsonAsync<JsonElement>($"/api/enterprises/{id}")));
        var creditCode = items[0].GetProperty("creditCode").GetString();
        Assert.Equal(masked, Assert.Single(await ExportAsync(bank), r => r[0] == creditCode)[1]);
    }
}
