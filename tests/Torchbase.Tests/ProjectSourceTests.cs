using System.Net;
using System.Text.Json;
using Torchbase.Spreadsheets;

namespace Torchbase.Tests;

/// <summary>Where a project came from (招商渠道, who brought it) and what it is (产业项目 / 城建 / 民生): only industrial projects count in 招商.</summary>
[Collection(HostCollection.Name)]
public class ProjectSourceTests(TorchbaseFactory host)
{
    private static async Task<string> ParkAsync(ApiClient client) =>
        (await client.GetJsonAsync<JsonElement>("/api/org/zones"))[0].GetProperty("parks")[0].GetProperty("id").GetString()!;

    private static async Task<JsonElement> CreateAsync(ApiClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/projects", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("project");
    }

    [Fact]
    public async Task A_project_keeps_its_source_and_the_person_who_brought_it_and_tops_the_league_table()
    {
        var bureau = await host.SignInAsync("bureau");
        var park = await ParkAsync(bureau);
        var token = $"来源{Guid.NewGuid().ToString("N")[..6]}";
        var bringer = $"测试引荐人{token}";
        var project = await CreateAsync(bureau, new
        {
            name = $"{token}新能源电池项目", parkId = park, 
                enteredOn = "2026-11-02", plannedInvestment = 9_000_000, source = "AllStaff", broughtBy = bringer, category = "Industrial",
        });
        Assert.Equal("AllStaff", project.GetProperty("source").GetString());
        Assert.Equal(bringer, project.GetProperty("broughtBy").GetString());
        Assert.Equal("Industrial", project.GetProperty("category").GetString());

        var listed = await bureau.GetJsonAsync<JsonElement>($"/api/projects?source=AllStaff&search={Uri.EscapeDataString(token)}");
        Assert.Equal(1, listed.GetProperty("total").GetInt32());
        var other = await bureau.GetJsonAsync<JsonElement>($"/api/projects?source=Competition&search={Uri.EscapeDataString(token)}");
        Assert.Equal(0, other.GetProperty("total").GetInt32());

        var stats = await bureau.GetJsonAsync<JsonElement>("/api/projects/sources");
        var league = stats.GetProperty("league").EnumerateArray().ToList();
        Assert.NotEmpty(league);
        var top = league[0];
        Assert.Equal(bringer, top.GetProperty("broughtBy").GetString());
        Assert.Equal(1, top.GetProperty("rank").GetInt32());
        Assert.Equal(1, top.GetProperty("projects").GetInt32());
        Assert.Equal(9_000_000m, top.GetProperty("plannedInvestment").GetDecimal());
        var allStaff = stats.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("source").GetString() == "AllStaff");
        Assert.True(allStaff.GetProperty("plannedInvestment").GetDecimal() >= 9_000_000m);
        // The demo records a channel for its projects and credits people and units for the 全员招商 ones.
        Assert.True(league.Count > 1);
        Assert.True(stats.GetProperty("sources").GetArrayLength() >= 4);

        var export = await bureau.GetAsync($"/api/projects/ledger/export?search={Uri.EscapeDataString(token)}");
        var sheet = XlsxReader.Read(await export.Content.ReadAsStreamAsync(), 100);
        var headers = sheet.Rows[1].Cells.ToList();
        var row = sheet.Rows.Single(r => r[1] == $"{token}新能源电池项目");
        Assert.Equal("产业项目", row[headers.IndexOf("项目类别")]);
        Assert.Equal("全员招商", row[headers.IndexOf("招商渠道")]);
        Assert.Equal(bringer, row[headers.IndexOf("引荐人或单位")]);
    }

    [Fact]
    public async Task Urban_construction_projects_stay_out_of_the_investment_attraction_figures()
    {
        var bureau = await host.SignInAsync("bureau");
        var park = await ParkAsync(bureau);
        var before = await bureau.GetJsonAsync<JsonElement>("/api/projects/summary");
        var sourcesBefore = await bureau.GetJsonAsync<JsonElement>("/api/projects/sources");
        var project = await CreateAsync(bureau, new
        {
            name = $"城市更新{Guid.NewGuid().ToString("N")[..6]}", parkId = park, 
                enteredOn = "2026-11-02", plannedInvestment = 5000, category = "UrbanConstruction", source = "Other",
        });
        var signed = await bureau.PostAsJsonAsync($"/api/projects/{project.GetProperty("id").GetString()}/stage",
            new { to = "Signed", version = project.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);

        var after = await bureau.GetJsonAsync<JsonElement>("/api/projects/summary");
        Assert.Equal(before.GetProperty("rates").GetProperty("signed").GetInt32(), after.GetProperty("rates").GetProperty("signed").GetInt32());
        Assert.Equal(before.GetProperty("rates").GetProperty("signedInvestment").GetDecimal(),
            after.GetProperty("rates").GetProperty("signedInvestment").GetDecimal());
        var sourcesAfter = await bureau.GetJsonAsync<JsonElement>("/api/projects/sources");
        Assert.Equal(sourcesBefore.GetProperty("otherCategories").GetInt32() + 1, sourcesAfter.GetProperty("otherCategories").GetInt32());
        Assert.Equal(sourcesBefore.GetProperty("sources").ToString(), sourcesAfter.GetProperty("sources").ToString());

        // An industrial project signed the same way does count.
        var industrial = await CreateAsync(bureau, new { name = $"产业项目{Guid.NewGuid().ToString("N")[..6]}", parkId = park, 
            enteredOn = "2026-11-02", plannedInvestment = 5000 });
        Assert.Equal("Industrial", industrial.GetProperty("category").GetString());
        await bureau.PostAsJsonAsync($"/api/projects/{industrial.GetProperty("id").GetString()}/stage",
            new { to = "Signed", version = industrial.GetProperty("version").GetInt32() });
        var counted = await bureau.GetJsonAsync<JsonElement>("/api/projects/summary");
        Assert.Equal(before.GetProperty("rates").GetProperty("signed").GetInt32() + 1, counted.GetProperty("rates").GetProperty("signed").GetInt32());
    }

    [Fact]
    public async Task A_source_or_category_that_is_not_one_of_the_list_and_an_unknown_account_are_refused_by_field()
    {
        var bureau = await host.SignInAsync("bureau");
        var park = await ParkAsync(bureau);
        var unknown = await bureau.PostAsJsonAsync("/api/projects", new
        {
            name = "未知引荐人项目", parkId = park, 
                enteredOn = "2026-11-02", plannedInvestment = 1000, source = "AllStaff", broughtBy = "某人", broughtByUserId = Guid.NewGuid(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(["broughtByUserId"], (await unknown.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name));

        var badSource = await bureau.PostAsJsonAsync("/api/projects", new { name = "渠道错误项目", parkId = park, 
            enteredOn = "2026-11-02", plannedInvestment = 1000, source = "Lottery" });
        Assert.Equal(HttpStatusCode.BadRequest, badSource.StatusCode);
        var list = await bureau.GetJsonAsync<JsonElement>($"/api/projects?search={Uri.EscapeDataString("渠道错误项目")}");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }
}
