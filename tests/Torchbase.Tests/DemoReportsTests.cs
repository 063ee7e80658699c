using System.Text.Json;

namespace Torchbase.Tests;

/// <summary>A host of its own that no test writes to, so that the demo figures read here are the generator's alone.</summary>
public sealed class ReportsHost : TorchbaseFactory;

[CollectionDefinition(Name)]
public sealed class ReportsHostCollection : ICollectionFixture<ReportsHost>
{
    public const string Name = "reports";
}

/// <summary>
/// The demo zone is calibrated to the newspaper reports on the zone (cited in Demo/TalentDemo.cs and Demo/ServiceDeskDemo.cs):
/// these tests check that it still says what the reports say, on a fresh demo that the other tests' writes cannot shift.
/// </summary>
[Collection(ReportsHostCollection.Name)]
public class DemoReportsTests(ReportsHost host)
{
    [Fact]
    public async Task Talent_libraries_match_the_reports()
    {
        var bureau = await host.SignInAsync("bureau");
        var phds = await bureau.GetJsonAsync<JsonElement>("/api/talent/experts?search=城建学院&pageSize=1");
        var pdsu = await bureau.GetJsonAsync<JsonElement>("/api/talent/experts?search=平顶山学院&pageSize=1");
        Assert.Equal(235, phds.GetProperty("total").GetInt32() + pdsu.GetProperty("total").GetInt32());

        // 《擂台比武争先锋 比学赶超促发展》(2024): 53 enterprises signed industry–university agreements.
        var stats = await bureau.GetJsonAsync<JsonElement>("/api/talent/matches/stats");
        Assert.Equal(53, stats.GetProperty("funnel").GetProperty("signedEnterprises").GetInt32());

        // Same report: 304 achievements released at the 火炬科技成果直通车 (平顶山站), 126 of them reached an intent.
        var fair = await bureau.GetJsonAsync<JsonElement>("/api/talent/achievements/stats?eventName=火炬科技成果直通车（平顶山站）");
        Assert.Equal((304, 126), (fair.GetProperty("released").GetInt32(), fair.GetProperty("intents").GetInt32()));

        // 《科创引领蓄势赋能 示范“新”区奋力跃升》(2023): 23 technology contracts this year for 6.55 亿元.
        var totals = await bureau.GetJsonAsync<JsonElement>("/api/talent/contracts/totals");
        var thisYear = totals.EnumerateArray().Single(t => t.GetProperty("year").GetInt32() == host.Clock.Today().Year);
        Assert.Equal(23, thisYear.GetProperty("count").GetInt32());
        Assert.Equal(65_500, thisYear.GetProperty("amountWan").GetDouble(), 0.01);
    }

    [Fact]
    public async Task Service_desk_year_has_the_reports_order_of_magnitude()
    {
        var bureau = await host.SignInAsync("bureau");
        var stats = await bureau.GetJsonAsync<JsonElement>("/api/service/statistics");
        var summary = stats.GetProperty("summary");
        // 《擂台比武争先锋 比学赶超促发展》(2024): 99.1% of requests solved; 《高歌奋起谱新篇》(2021): 100% handled.
        Assert.True(summary.GetProperty("handledRate").GetDouble() >= 95, summary.ToString());
        // 《高新区：追高逐新，激活发展新动能》(2024): 1,000+ visits a year; the statistics count this calendar year so far.
        Assert.True(stats.GetProperty("visits").GetInt32() > 300);
        var officers = await bureau.GetJsonAsync<JsonElement>("/api/service/officers");
        Assert.True(officers.GetArrayLength() >= 6);
        // 《高歌奋起谱新篇》(2021): 403 agency cases.
        var cases = await bureau.GetJsonAsync<JsonElement>("/api/service/agency/cases?pageSize=5");
        Assert.True(cases.GetProperty("total").GetInt32() > 50);
    }
}
