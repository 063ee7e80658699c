using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;
using Torchbase.Features.Audit;
using Torchbase.Spreadsheets;

namespace Torchbase.Tests;

/// <summary>
/// The log reads as the pages do (issue 16): records and fields by their names in the reader's language, enum values by their
/// labels, amounts as numbers with separators; and each enterprise, project and request has its own history within the reader's scope.
/// </summary>
[Collection(HostCollection.Name)]
public partial class AuditReadableTests(TorchbaseFactory host)
{
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();

    [Fact]
    public void Every_logged_record_type_field_and_enum_value_has_a_name_in_both_languages()
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // The totals the database keeps are never written by the application, so never logged.
        var types = db.Model.GetEntityTypes().Where(t => t.ClrType != typeof(AuditEntry) && !t.IsKeptByDatabase()).ToList();
        Assert.NotEmpty(types);
        var missing = new List<string>();
        foreach (var type in types)
        {
            var entity = type.ClrType.Name;
            Check(entity, AuditNames.EntityNames(entity));
            foreach (var property in AuditTrail.Logged(type))
            {
                Check($"{entity}.{property.Name}", AuditNames.FieldNames(entity, property.Name));
                var clr = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (clr.IsEnum)
                    foreach (var value in Enum.GetNames(clr)) Check($"{clr.Name}.{value}", AuditNames.EnumNames(clr, value));
            }
        }
        Assert.True(missing.Count == 0, "No name in Features/Audit/AuditNames.txt for: " + string.Join(", ", missing));

        void Check(string what, (string Zh, string En)? name)
        {
            if (name is not { } n || string.IsNullOrWhiteSpace(n.Zh) || string.IsNullOrWhiteSpace(n.En) || Cjk().IsMatch(n.En)) missing.Add(what);
        }
    }

    private async Task<(ApiClient Bureau, string Id)> ChangedEnterpriseAsync()
    {
        var bureau = await host.SignInAsync("bureau");
        var created = await bureau.PostAsJsonAsync("/api/enterprises", await EnterpriseApiTests.NewInputAsync(bureau, name: "可读日志测试有限公司"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetString()!;
        var moved = await bureau.PostAsJsonAsync($"/api/enterprises/{id}/lifecycle", new { kind = "MovedOut", occurredOn = "2026-01-05", note = "迁往外地" });
        Assert.True(moved.IsSuccessStatusCode);
        return (bureau, id);
    }

    private static JsonElement Field(JsonElement entry, string field) =>
        entry.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == field);

    [Fact]
    public async Task The_log_names_records_fields_and_values_as_the_pages_do_in_the_readers_language()
    {
        var (_, id) = await ChangedEnterpriseAsync();
        var leader = await host.SignInAsync("leader");
        var log = await leader.GetJsonAsync<JsonElement>($"/api/audit?search={id}&entity=Enterprise&action=Updated&pageSize=50");
        var update = log.GetProperty("items").EnumerateArray().First(a => a.GetProperty("fields").EnumerateArray()
            .Any(f => f.GetProperty("field").GetString() == "Status"));
        Assert.Equal("企业", update.GetProperty("entityName").GetString());
        Assert.Equal("修改", update.GetProperty("actionName").GetString());
        var status = Field(update, "Status");
        Assert.Equal("状态", status.GetProperty("name").GetString());
        Assert.Equal("在册", status.GetProperty("before").GetString());
        Assert.Equal("已迁出", status.GetProperty("after").GetString());

        leader.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = (await leader.GetJsonAsync<JsonElement>($"/api/audit?search={id}&entity=Enterprise&action=Updated&pageSize=50"))
            .GetProperty("items").EnumerateArray().Single(a => a.GetProperty("id").GetString() == update.GetProperty("id").GetString());
        Assert.Equal("Enterprise", english.GetProperty("entityName").GetString());
        Assert.Equal("Moved out", Field(english, "Status").GetProperty("after").GetString());
    }

    [Fact]
    public async Task The_export_reads_as_the_page_amounts_with_separators()
    {
        var (bureau, id) = await ChangedEnterpriseAsync();
        var report = await bureau.PutAsJsonAsync($"/api/enterprises/{id}/reports/2025", new { revenue = 12345.5m, employees = 30 });
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var leader = await host.SignInAsync("leader");
        var response = await leader.GetAsync($"/api/audit/export?search={id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sheet = XlsxReader.Read(await response.Content.ReadAsStreamAsync(), 100_000);
        var rows = sheet.Rows.Where(r => r[4] == id).ToList();
        Assert.NotEmpty(rows);
        Assert.Contains(rows, r => r[3] == "企业" && r[2] == "修改" && r[6]!.Contains("状态：在册→已迁出", StringComparison.Ordinal));
        var reports = XlsxReader.Read(await (await leader.GetAsync("/api/audit/export?entity=AnnualReport&userName=bureau")).Content.ReadAsStreamAsync(),
            100_000);
        // The report names its enterprise, not its id.
        var reportRow = reports.Rows.Single(r => r[6]?.Contains("12,345.5", StringComparison.Ordinal) == true
            && r[6]!.Contains("可读日志测试有限公司", StringComparison.Ordinal));
        Assert.DoesNotContain(id, reportRow[6], StringComparison.Ordinal);
        Assert.Equal("年度数据", reportRow[3]);
        Assert.Equal("新增", reportRow[2]);
        Assert.Contains("营业收入：12,345.5", reportRow[6]);
    }

    [Fact]
    public async Task An_enterprise_history_lists_its_changes_within_the_readers_scope()
    {
        var (_, id) = await ChangedEnterpriseAsync();
        var officer = await host.SignInAsync("bureau");
        var history = await officer.GetJsonAsync<JsonElement>($"/api/audit/records/enterprise/{id}");
        var entries = history.EnumerateArray().ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal(id, e.GetProperty("entityId").GetString()));
        Assert.Contains(entries, e => e.GetProperty("fields").EnumerateArray().Any(f => f.GetProperty("after").GetString() == "已迁出"));
        Assert.Equal("Created", entries[^1].GetProperty("action").GetString());

        var otherZone = await host.SignInAsync("leader2");
        Assert.Equal(HttpStatusCode.NotFound, (await otherZone.GetAsync($"/api/audit/records/enterprise/{id}")).StatusCode);
        var enterprise = await host.SignInAsync("ent1");
        Assert.Equal(HttpStatusCode.NotFound, (await enterprise.GetAsync($"/api/audit/records/enterprise/{id}")).StatusCode);
    }

    [Fact]
    public async Task Project_and_request_histories_are_found_for_their_readers_only()
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using (db.RunAsSystem())
        {
            var project = await db.Projects.Select(p => p.Id).FirstAsync();
            var request = await db.ServiceRequests.Select(r => r.Id).FirstAsync();
            var leader = await host.SignInAsync("leader");
            var leader2 = await host.SignInAsync("leader2");
            var projectZone = await db.Projects.Where(p => p.Id == project).Select(p => p.ZoneId).FirstAsync();
            var requestZone = await db.ServiceRequests.Where(r => r.Id == request).Select(r => r.ZoneId).FirstAsync();
            var leaderZone = await db.Users.Where(u => u.UserName == "leader").Select(u => u.ZoneId).FirstAsync();
            var (same, other) = projectZone == leaderZone ? (leader, leader2) : (leader2, leader);
            Assert.Equal(HttpStatusCode.OK, (await same.GetAsync($"/api/audit/records/project/{project}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/audit/records/project/{project}")).StatusCode);
            (same, other) = requestZone == leaderZone ? (leader, leader2) : (leader2, leader);
            Assert.Equal(HttpStatusCode.OK, (await same.GetAsync($"/api/audit/records/request/{request}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/audit/records/request/{request}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await same.GetAsync($"/api/audit/records/request/{Guid.NewGuid()}")).StatusCode);
        }
    }
}
