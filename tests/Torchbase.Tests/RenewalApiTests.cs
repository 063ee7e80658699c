using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Jobs;
using Torchbase.Spreadsheets;

namespace Torchbase.Tests;

public sealed class RenewalHost : TorchbaseFactory;

/// <summary>The renewal calendar and its reminders: a title nearing its end is listed in scope and reminded of once per step.</summary>
public class RenewalApiTests(RenewalHost host) : IClassFixture<RenewalHost>
{
    private static readonly string[] AllTypes = ["TechSme", "HighTech", "Gazelle", "InnovationLeader", "InnovativeSme", "Specialized", "LittleGiant"];

    [Fact]
    public async Task A_title_near_its_end_is_listed_in_scope_exported_and_reminded_of_once_per_step()
    {
        var bureau = await host.SignInAsync("bureau");
        var ent = await host.SignInAsync("ent1");
        var id = (await ent.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("enterpriseId").GetGuid();
        var detail = await bureau.GetJsonAsync<JsonElement>($"/api/enterprises/{id}");
        var (code, name, parkId) = (detail.GetProperty("creditCode").GetString()!, detail.GetProperty("name").GetString()!,
            detail.GetProperty("parkId").GetString());
        var held = detail.GetProperty("qualificationsHeld").EnumerateArray().Select(q => q.GetProperty("type").GetString()).ToHashSet();
        var type = AllTypes.FirstOrDefault(t => !held.Contains(t));
        Assert.NotNull(type); // a kind the enterprise does not hold yet, so the new title is its latest of that kind
        var today = host.Clock.Today();
        var end = today.AddDays(40);
        Assert.Equal(HttpStatusCode.OK, (await bureau.PostAsJsonAsync($"/api/enterprises/{id}/qualifications",
            new { type, certificateNo = "XQ-2026-001", issuedOn = today.AddDays(-300), expiresOn = end })).StatusCode);

        // Listed within 60 days, not within 30; the rule behind it comes with its source.
        var calendar = await bureau.GetJsonAsync<JsonElement>($"/api/cultivation/renewals?within=60&search={code}");
        var row = Assert.Single(calendar.GetProperty("page").GetProperty("items").EnumerateArray(), r => r.GetProperty("type").GetString() == type);
        Assert.Equal(40, row.GetProperty("daysLeft").GetInt32());
        Assert.Equal(end.ToString("yyyy-MM-dd"), row.GetProperty("expiresOn").GetString());
        var rule = Assert.Single(calendar.GetProperty("rules").EnumerateArray(), r => r.GetProperty("type").GetString() == type);
        Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("source").GetString()));
        var steps = rule.GetProperty("reminderDays").EnumerateArray().Select(d => d.GetInt32()).ToList();
        Assert.Equal(40 <= steps[0] ? "DueSoon" : "Upcoming", row.GetProperty("state").GetString());
        Assert.DoesNotContain((await bureau.GetJsonAsync<JsonElement>($"/api/cultivation/renewals?within=30&search={code}"))
            .GetProperty("page").GetProperty("items").EnumerateArray(), r => r.GetProperty("type").GetString() == type);

        // A value out of range is refused, not clamped.
        var refused = await bureau.GetAsync("/api/cultivation/renewals?within=0");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("within", out _));

        // The export holds the same row; a park officer of another park does not see it.
        var export = await bureau.GetAsync($"/api/cultivation/renewals/export?within=60&search={code}");
        var sheet = XlsxReader.Read(await export.Content.ReadAsStreamAsync(), 100);
        Assert.Contains(sheet.Rows, r => r[0] == name && r[6] == end.ToString("yyyy-MM-dd") && r[7] == "40");
        foreach (var park in new[] { "park1", "park2" })
        {
            var officer = await host.SignInAsync(park);
            var sees = (await officer.GetJsonAsync<JsonElement>($"/api/cultivation/renewals?within=60&search={code}"))
                .GetProperty("page").GetProperty("total").GetInt32() > 0;
            Assert.Equal((await officer.GetJsonAsync<JsonElement>("/api/auth/me")).GetProperty("parkId").GetString() == parkId, sees);
        }

        // Reminders: the enterprise's users get one notice per step of the rule, never twice.
        async Task<int> RunJobAsync()
        {
            using var scope = host.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<RenewalReminderJob>().RunAsync(default);
        }
        async Task<List<string>> NoticesAsync() =>
        [
            .. (await ent.GetJsonAsync<JsonElement>("/api/notifications?pageSize=200")).GetProperty("items").EnumerateArray()
                .Where(n => n.GetProperty("link").GetString() == $"/enterprises/{id}" && n.GetProperty("body").GetString() == "XQ-2026-001")
                .Select(n => n.GetProperty("title").GetString()!),
        ];
        Assert.True(await RunJobAsync() >= 1);
        var first = Assert.Single(await NoticesAsync());
        Assert.Contains(name, first);
        Assert.Contains(end.ToString("yyyy-MM-dd"), first);
        await RunJobAsync();
        Assert.Single(await NoticesAsync()); // the same step is not sent again

        var next = steps.Where(s => s < 40).DefaultIfEmpty(0).Max(); // the next step: a nearer reminder, or the end itself
        host.Clock.Advance(TimeSpan.FromDays(40 - next));
        ent = await host.SignInAsync("ent1"); // days later: a new session
        await RunJobAsync();
        Assert.Equal(2, (await NoticesAsync()).Count);
    }
}
