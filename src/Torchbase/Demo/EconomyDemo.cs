using Torchbase.Data;
using Torchbase.Domain.Economy;

namespace Torchbase.Demo;

/// <summary>
/// Monthly cumulative economic figures for both demo zones over the last three years and this year to last month, with
/// this year's targets. The latest year's growth follows the reports: Pingdingshan (《高歌奋起谱新篇》(2021)) GDP +5.3%, industrial value
/// added +6.8%, fixed-asset investment +16.1%, budget revenue +13.2%; Nanyang (《高新区：追高逐新，激活发展新动能》(2024)) GDP +7.5%, industrial value
/// added +11.2%, fixed-asset investment +7.2%, industrial investment +33.9%, retail +4.7%, tax share 86.2%.
/// </summary>
public sealed class EconomyDemo : IDemoModule
{
    public int Order => 10;

    /// <summary>A zone's annual figures (亿元) three years ago, and the growth of its latest year in percent.</summary>
    private sealed record Profile(Dictionary<string, decimal> Base, Dictionary<string, decimal> LatestGrowth);

    private static readonly Profile Pingdingshan = new(
        new() { ["GDP"] = 168m, ["IVA"] = 66m, ["HTIVA"] = 40m, ["FAI"] = 96m, ["INDINV"] = 52m, ["RETAIL"] = 35m, ["BUDGET"] = 8.4m, ["TAX"] = 6.9m, ["TRADE"] = 12.5m },
        new() { ["GDP"] = 5.3m, ["IVA"] = 6.8m, ["HTIVA"] = 9.5m, ["FAI"] = 16.1m, ["INDINV"] = 18.4m, ["RETAIL"] = 5.1m, ["BUDGET"] = 13.2m, ["TAX"] = 12.1m, ["TRADE"] = 6.2m });

    private static readonly Profile Nanyang = new(
        new() { ["GDP"] = 236m, ["IVA"] = 88m, ["HTIVA"] = 57m, ["FAI"] = 128m, ["INDINV"] = 64m, ["RETAIL"] = 50m, ["BUDGET"] = 11.6m, ["TAX"] = 10m, ["TRADE"] = 19m },
        new() { ["GDP"] = 7.5m, ["IVA"] = 11.2m, ["HTIVA"] = 13.6m, ["FAI"] = 7.2m, ["INDINV"] = 33.9m, ["RETAIL"] = 4.7m, ["BUDGET"] = 8.8m, ["TAX"] = 9.0m, ["TRADE"] = 8.1m });

    public Task SeedAsync(AppDbContext db, DemoWorld world)
    {
        var random = world.RandomFor("economy");
        foreach (var (zone, profile) in new[] { (world.Main.Zone, Pingdingshan), (world.Second.Zone, Nanyang) })
        {
            var thisYear = world.Today.Year;
            var lastMonth = world.Today.AddMonths(-1);
            var annual = new Dictionary<string, decimal>(profile.Base);
            for (var year = thisYear - 3; year <= thisYear; year++)
            {
                if (year > thisYear - 3)
                {
                    foreach (var code in annual.Keys.ToList())
                    {
                        // Earlier years grow a little slower than the latest one, which lands on the seed's figure.
                        var growth = year == thisYear ? profile.LatestGrowth[code] : profile.LatestGrowth[code] * (0.6m + (decimal)random.NextDouble() * 0.4m);
                        annual[code] = Math.Round(annual[code] * (1 + growth / 100), 4);
                    }
                }
                var months = year < lastMonth.Year ? 12 : year == lastMonth.Year ? lastMonth.Month : 0;
                for (var month = 1; month <= months; month++)
                    foreach (var indicator in IndicatorCatalogue.Default.Indicators.Where(i => i.IsEntered))
                    {
                        if (indicator.Quarterly && month % 3 != 0) continue;
                        db.EconomicFigures.Add(new EconomicFigure
                        {
                            Id = Guid.CreateVersion7(), ZoneId = zone.Id, IndicatorCode = indicator.Code, Year = year, Month = month,
                            Value = Math.Round(annual[indicator.Code] * YearShare(month), 2),
                        });
                    }
                if (year == thisYear)
                    foreach (var (code, value) in annual)
                        db.EconomicTargets.Add(new EconomicTarget
                        {
                            Id = Guid.CreateVersion7(), ZoneId = zone.Id, IndicatorCode = code, Year = year,
                            // Some zones set targets above their pace, some below: the sheet shows both.
                            TargetValue = Math.Round(value * (0.95m + (decimal)random.NextDouble() * 0.1m), 1),
                            TargetGrowthPercent = Math.Round(profile.LatestGrowth[code] + 0.5m, 1),
                        });
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>The share of a year's total reached by the end of a month: the same for a month every year, so growth carries through.</summary>
    private static decimal YearShare(int month) => Math.Round((decimal)Math.Pow(month / 12.0, 1.08), 4);
}
