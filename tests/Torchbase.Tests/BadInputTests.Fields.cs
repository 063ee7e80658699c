using System.Net;
using System.Text.Json;

namespace Torchbase.Tests;

/// <summary>Fields an endpoint no longer takes: a client that still sends one is told so, field by field, and nothing is written.</summary>
public partial class BadInputTests
{
    [Fact]
    public async Task A_project_sent_with_its_old_running_total_of_funds_is_refused_on_that_field()
    {
        var bureau = await host.SignInAsync("bureau");
        var park = (await bureau.GetJsonAsync<JsonElement>("/api/org/zones"))[0].GetProperty("parks")[0].GetProperty("id").GetString();
        var name = $"旧版到位资金{Guid.NewGuid().ToString("N")[..6]}";
        var body = new { name, parkId = park, plannedInvestment = 5_000, enteredOn = "2026-11-02", actualFunds = 1_200 };

        var created = await bureau.PostAsJsonAsync("/api/projects", body);
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Equal(["actualFunds"], (await created.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var search = $"/api/projects?search={Uri.EscapeDataString(name)}";
        Assert.Equal(0, (await bureau.GetJsonAsync<JsonElement>(search)).GetProperty("total").GetInt32());

        // Without the old field the same body is taken; an edit that sends it back is refused and leaves the row as it was.
        var accepted = await bureau.PostAsJsonAsync("/api/projects", new { name, parkId = park, plannedInvestment = 5_000, enteredOn = "2026-11-02" });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var project = (await accepted.JsonAsync()).GetProperty("project");
        var id = project.GetProperty("id").GetString();
        var version = project.GetProperty("version").GetInt32();
        var edit = await bureau.PutAsJsonAsync($"/api/projects/{id}",
            new { name, parkId = park, plannedInvestment = 6_000, actualFunds = 0, version });
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Equal(["actualFunds"], (await edit.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var after = (await bureau.GetJsonAsync<JsonElement>($"/api/projects/{id}")).GetProperty("project");
        Assert.Equal((5_000m, version, 0m), (after.GetProperty("plannedInvestment").GetDecimal(), after.GetProperty("version").GetInt32(),
            after.GetProperty("actualFunds").GetDecimal()));
    }
}
