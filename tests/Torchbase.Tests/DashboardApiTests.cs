using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Torchbase.Data;

namespace Torchbase.Tests;

[Collection(HostCollection.Name)]
public class DashboardApiTests(TorchbaseFactory host)
{
    [Fact]
    public async Task A_province_user_sees_the_zones_side_by_side_with_ranks()
    {
        var province = await host.SignInAsync("province");
        var zones = (await province.GetJsonAsync<JsonElement>("/api/dashboard/zones")).EnumerateArray().ToList();
        Assert.Equal(2, zones.Count);
        foreach (var column in new[] { "enterprises", "highTech" })
        {
            var values = zones.Select(z => z.GetProperty(column).GetInt32()).ToList();
            var ranks = zones.Select(z => z.GetProperty("ranks").GetProperty(column).GetInt32()).ToList();
            // The bigger figure ranks first; equal figures share a rank.
            Assert.Equal(values[0] >= values[1] ? 1 : 2, ranks[0]);
            Assert.Equal(values[1] >= values[0] ? 1 : 2, ranks[1]);
        }

        var leader2 = await host.SignInAsync("leader2");
        var own = (await leader2.GetJsonAsync<JsonElement>("/api/dashboard/zones")).EnumerateArray().Single();
        var ownSummary = await leader2.GetJsonAsync<JsonElement>("/api/dashboard/summary");
        Assert.Equal(own.GetProperty("enterprises").GetInt32(), ownSummary.GetProperty("enterpriseCount").GetInt32());

        // The province user picks that zone and sees the same figures its own leader sees.
        var zoneId = own.GetProperty("zoneId").GetString();
        var picked = await province.GetJsonAsync<JsonElement>($"/api/dashboard/summary?zoneId={zoneId}");
        Assert.Equal(ownSummary.GetProperty("enterpriseCount").GetInt32(), picked.GetProperty("enterpriseCount").GetInt32());
        Assert.Equal(ownSummary.GetProperty("platformCount").GetInt32(), picked.GetProperty("platformCount").GetInt32());

        var other = zones.Select(z => z.GetProperty("zoneId").GetString()).Single(id => id != zoneId);
        Assert.Equal(HttpStatusCode.NotFound, (await leader2.GetAsync($"/api/dashboard/summary?zoneId={other}")).StatusCode);
    }

    [Fact]
    public async Task The_figures_are_kept_between_calls_but_a_write_shows_at_once()
    {
        var leader = await host.SignInAsync("leader");
        var bureau = await host.SignInAsync("bureau");
        var before = await leader.GetJsonAsync<JsonElement>("/api/dashboard/summary");
        var zonesBefore = await leader.GetJsonAsync<JsonElement>("/api/dashboard/zones");
        Assert.Equal(before.GetProperty("enterpriseCount").GetInt32(),
            (await leader.GetJsonAsync<JsonElement>("/api/dashboard/summary")).GetProperty("enterpriseCount").GetInt32());

        var created = await bureau.PostAsJsonAsync("/api/enterprises", await EnterpriseApiTests.NewInputAsync(bureau, name: "看板缓存测试有限公司"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var after = await leader.GetJsonAsync<JsonElement>("/api/dashboard/summary");
        Assert.Equal(before.GetProperty("enterpriseCount").GetInt32() + 1, after.GetProperty("enterpriseCount").GetInt32());
        var zonesAfter = await leader.GetJsonAsync<JsonElement>("/api/dashboard/zones");
        Assert.Equal(zonesBefore[0].GetProperty("enterprises").GetInt32() + 1, zonesAfter[0].GetProperty("enterprises").GetInt32());
    }

    [Fact]
    public async Task Cached_figures_expire_when_a_transaction_commits_and_not_when_it_rolls_back()
    {
        var signals = host.Services.GetRequiredService<DataChangeSignals>();
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        // Writes a row in a transaction and tells whether the token had fired once the row was saved, before the commit.
        async Task<bool> WriteInTransaction(bool commit, IChangeToken token)
        {
            var firedBeforeCommit = false;
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var tx = await db.Database.BeginTransactionAsync();
                db.AuditEntries.Add(new AuditEntry { Id = Guid.CreateVersion7(), At = host.Clock.GetUtcNow(), UserName = "test", Action = "test",
                    Entity = "FigureCache", Summary = "probe" });
                await db.SaveChangesAsync();
                firedBeforeCommit = token.HasChanged;
                if (commit) await tx.CommitAsync(); else await tx.RollbackAsync();
                db.ChangeTracker.Clear();
            });
            return firedBeforeCommit;
        }

        var rolledBack = signals.Watch(typeof(AuditEntry));
        Assert.False(await WriteInTransaction(commit: false, rolledBack));
        Assert.False(rolledBack.HasChanged);

        var committed = signals.Watch(typeof(AuditEntry));
        Assert.False(await WriteInTransaction(commit: true, committed)); // saved but not committed: readers still see the old rows
        Assert.True(committed.HasChanged);
    }
}

[Collection(HostCollection.Name)]
public class AnnualReportApiTests(TorchbaseFactory host)
{
    [Fact]
    public async Task The_report_has_a_section_per_feature_and_a_workbook_with_a_sheet_per_section()
    {
        var leader = await host.SignInAsync("leader");
        var year = host.Clock.Today().Year - 1;
        var report = await leader.GetJsonAsync<JsonElement>($"/api/reports/annual?year={year}");
        Assert.Equal(year, report.GetProperty("year").GetInt32());
        var sections = report.GetProperty("sections").EnumerateArray().ToList();
        var keys = sections.Select(s => s.GetProperty("key").GetString()).ToList();
        Assert.Contains("enterprises", keys);
        Assert.Contains("economy", keys);
        Assert.Contains("carriers", keys);

        // The register count in the report is the dashboard's.
        var summary = await leader.GetJsonAsync<JsonElement>("/api/dashboard/summary");
        var active = sections.Single(s => s.GetProperty("key").GetString() == "enterprises").GetProperty("figures")[0];
        Assert.Equal(summary.GetProperty("enterpriseCount").GetInt32(), active.GetProperty("value").GetInt32());

        var workbook = await leader.GetAsync($"/api/reports/annual/export?year={year}");
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        using var stream = await workbook.Content.ReadAsStreamAsync();
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);
        var sheetNames = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(sections.Count, sheetNames.Count);
        Assert.Equal(sheetNames.Count, sheetNames.Distinct().Count());

        var enterprise = await host.SignInAsync("ent1");
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync("/api/reports/annual")).StatusCode);
    }
}
