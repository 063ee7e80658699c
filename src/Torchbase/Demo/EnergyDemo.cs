using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Energy;

namespace Torchbase.Demo;

/// <summary>
/// Lighting circuits with a baseline year and the years after a lighting retrofit, after the Nanyang report's 智慧园区 in
/// 中关村创新创业科技城: "预计每年可节省照明耗电量约 3.3 万度，节能 50% 以上". In the Nanyang-like zone's 中关村园区 four lighting circuits use
/// about 41 kWh a day each in the baseline year (two years before today's) and about 18.4 kWh a day since the retrofit at its end, so
/// last year's savings come to about 33,000 kWh, 55%; a daily reading at 23:00 China time up to yesterday. The first zone's first park
/// (park1's) has two circuits on the same pattern, at half the scale, so that its officers see savings too. All figures are 示例数据,
/// deterministic: a gentle seasonal swing, no randomness.
/// </summary>
public sealed class EnergyDemo : IDemoModule
{
    public int Order => 60;

    private const decimal BaselineDaily = 41.0m;
    private const decimal RetrofitDaily = 18.4m;

    public async Task SeedAsync(AppDbContext db, DemoWorld world)
    {
        var nanyang = world.Second.Zone;
        var zgc = nanyang.Parks.FirstOrDefault(p => p.Name.Contains("中关村", StringComparison.Ordinal)) ?? nanyang.Parks.OrderBy(p => p.Name).First();
        await SeedParkAsync(db, world, nanyang.Id, zgc.Id, "ZGC-LIGHT", 4, 1m);
        var main = world.Main.Zone;
        var park1 = world.Logins.TryGetValue("park1", out var officer) && officer.ParkId is { } id ? id : main.Parks.OrderBy(p => p.Name).First().Id;
        await SeedParkAsync(db, world, main.Id, park1, "LIGHT", 2, 0.5m);
        // The readings go in directly, not through the store: their daily rollup is filled from them once they are saved.
        await db.SaveChangesAsync();
        await Features.Energy.MeterDayRollup.RebuildAsync(db, CancellationToken.None,
            [.. db.ChangeTracker.Entries<Meter>().Select(e => e.Entity.Id)]);
    }

    private static async Task SeedParkAsync(AppDbContext db, DemoWorld world, Guid zoneId, Guid parkId, string prefix, int circuits, decimal scale)
    {
        var buildings = await db.Buildings.AsNoTracking().Where(b => b.ParkId == parkId).OrderBy(b => b.Name).Select(b => (Guid?)b.Id).ToListAsync();
        var baselineYear = world.Today.Year - 2;
        var start = new DateOnly(baselineYear - 1, 12, 31);
        for (var c = 1; c <= circuits; c++)
        {
            var meter = new Meter
            {
                Id = Guid.NewGuid(), ZoneId = zoneId, ParkId = parkId, BuildingId = buildings.Count > 0 ? buildings[(c - 1) % buildings.Count] : null,
                Code = $"{prefix}-{c:00}", Name = $"公共照明回路{c}号", Kind = MeterKind.Electricity, Purpose = MeterPurpose.Lighting,
                Unit = MeterUnit.Kwh, BaselineYear = baselineYear,
            };
            db.Meters.Add(meter);
            var register = 1000m * c;
            for (var day = start; day < world.Today; day = day.AddDays(1))
            {
                db.MeterReadings.Add(new MeterReading
                {
                    MeterId = meter.Id, At = new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 0)), Consumption.ChinaOffset).ToUniversalTime(),
                    Value = Math.Round(register, 1),
                });
                // Lighting burns longer in winter: ±8% over the year, summing to about nothing.
                var season = 1m + 0.08m * (decimal)Math.Cos(2 * Math.PI * (day.DayOfYear - 15) / 365.0);
                register += (day.AddDays(1).Year <= baselineYear ? BaselineDaily : RetrofitDaily) * season * scale;
            }
        }
    }
}
