using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;
using Torchbase.Spreadsheets;

namespace Torchbase.Tests;

/// <summary>Ids in the log read as the names of the records they point at, within the reader's scope (issue 16).</summary>
public partial class AuditReadableTests
{
    private sealed record Moved(string Id, string Name, string FromPark, string ToPark, string Officer);

    /// <summary>An enterprise made in park2's park, moved to park1's park, and given officer1 as its chief service officer.</summary>
    private async Task<Moved> MovedEnterpriseAsync()
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Guid fromPark, toPark, officerId;
        string fromName, toName, officerName;
        using (db.RunAsSystem())
        {
            fromPark = await db.Users.Where(u => u.UserName == "park2").Select(u => u.ParkId!.Value).FirstAsync();
            toPark = await db.Users.Where(u => u.UserName == "park1").Select(u => u.ParkId!.Value).FirstAsync();
            var officer = await db.Users.Where(u => u.UserName == "officer1").Select(u => new { u.Id, u.DisplayName }).FirstAsync();
            (officerId, officerName) = (officer.Id, officer.DisplayName);
            fromName = await db.Parks.Where(p => p.Id == fromPark).Select(p => p.Name).FirstAsync();
            toName = await db.Parks.Where(p => p.Id == toPark).Select(p => p.Name).FirstAsync();
        }
        Assert.NotEqual(fromPark, toPark);

        var bureau = await host.SignInAsync("bureau");
        var name = "名称日志测试" + Guid.NewGuid().ToString("N")[..6] + "有限公司";
        var created = await bureau.PostAsJsonAsync("/api/enterprises", await EnterpriseApiTests.NewInputAsync(bureau, name: name));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var enterprise = await created.JsonAsync();
        var id = enterprise.GetProperty("id").GetString()!;
        var place = await bureau.PutAsJsonAsync($"/api/enterprises/{id}", Edit(fromPark, enterprise.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, place.StatusCode);
        var move = await bureau.PutAsJsonAsync($"/api/enterprises/{id}", Edit(toPark, (await place.JsonAsync()).GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, move.StatusCode);
        var assign = await bureau.PutAsJsonAsync($"/api/service/assignments/{id}", new { officerId });
        Assert.Equal(HttpStatusCode.NoContent, assign.StatusCode);
        return new Moved(id, name, fromName, toName, officerName);

        object Edit(Guid park, int version) => new
        {
            creditCode = enterprise.GetProperty("creditCode").GetString(), name, parkId = park,
            industryChain = enterprise.GetProperty("industryChain").GetString(), scale = "Small", registeredOn = "2020-05-01", version,
        };
    }

    private static JsonElement ParkChange(IEnumerable<JsonElement> entries, string to) => entries.Single(e =>
        e.GetProperty("action").GetString() == "Updated" && e.GetProperty("fields").EnumerateArray()
            .Any(f => f.GetProperty("field").GetString() == "ParkId" && f.GetProperty("after").GetString() == to));

    [Fact]
    public async Task The_log_and_its_export_name_the_park_and_officer_a_change_refers_to()
    {
        var moved = await MovedEnterpriseAsync();
        var leader = await host.SignInAsync("leader");
        var log = (await leader.GetJsonAsync<JsonElement>($"/api/audit?search={moved.Id}&pageSize=50")).GetProperty("items").EnumerateArray().ToList();
        var park = Field(ParkChange(log, moved.ToPark), "ParkId");
        Assert.Equal(moved.FromPark, park.GetProperty("before").GetString());
        Assert.Equal("所属园区", park.GetProperty("name").GetString());
        Assert.Equal(moved.Name, ParkChange(log, moved.ToPark).GetProperty("recordName").GetString());
        var assignment = log.Single(e => e.GetProperty("entity").GetString() == "OfficerAssignment");
        Assert.Equal(moved.Officer, Field(assignment, "OfficerId").GetProperty("after").GetString());
        Assert.Equal(moved.Name, Field(assignment, "EnterpriseId").GetProperty("after").GetString());
        Assert.Equal(moved.ToPark, Field(assignment, "ParkId").GetProperty("after").GetString());

        leader.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = (await leader.GetJsonAsync<JsonElement>($"/api/audit?search={moved.Id}&pageSize=50")).GetProperty("items").EnumerateArray();
        Assert.Equal(moved.FromPark, Field(ParkChange(english, moved.ToPark), "ParkId").GetProperty("before").GetString());

        var response = await (await host.SignInAsync("leader")).GetAsync($"/api/audit/export?search={moved.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = XlsxReader.Read(await response.Content.ReadAsStreamAsync(), 100_000).Rows.Where(r => r[4] == moved.Id).ToList();
        Assert.Contains(rows, r => r[3] == "企业" && r[6]!.Contains($"所属园区：{moved.FromPark}→{moved.ToPark}", StringComparison.Ordinal)
            && r[7] == moved.Name);
        Assert.Contains(rows, r => r[3] == "首席服务员分包" && r[6]!.Contains($"首席服务员：{moved.Officer}", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r[3] == "首席服务员分包" && r[6]?.Contains(moved.Id, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_park_officer_reads_no_name_of_a_park_outside_their_scope()
    {
        var moved = await MovedEnterpriseAsync();
        var park1 = await host.SignInAsync("park1");
        var response = await park1.GetAsync($"/api/audit/records/enterprise/{moved.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var park = Field(ParkChange(JsonDocument.Parse(body).RootElement.EnumerateArray(), moved.ToPark), "ParkId");
        Assert.Equal("（无权查看）", park.GetProperty("before").GetString());
        Assert.DoesNotContain(moved.FromPark, body, StringComparison.Ordinal);

        // The bureau sees the whole zone: the same entry names both parks.
        var bureau = await (await host.SignInAsync("bureau")).GetJsonAsync<JsonElement>($"/api/audit/records/enterprise/{moved.Id}");
        Assert.Equal(moved.FromPark, Field(ParkChange(bureau.EnumerateArray(), moved.ToPark), "ParkId").GetProperty("before").GetString());

        park1.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await park1.GetJsonAsync<JsonElement>($"/api/audit/records/enterprise/{moved.Id}");
        Assert.Equal("(not visible to you)", Field(ParkChange(english.EnumerateArray(), moved.ToPark), "ParkId").GetProperty("before").GetString());
    }
}
