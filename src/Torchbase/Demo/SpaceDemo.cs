using Torchbase.Data;
using Torchbase.Domain.Space;

namespace Torchbase.Demo;

/// <summary>
/// The parks' space for both demo zones: two to four buildings a park (standard factory buildings, incubator floors, offices), four to
/// eight units each, and leases to the park's own enterprises covering this month, so that each park's occupancy (入驻率) lands near a
/// plausible share between 55% and 100%; some leases are 先租后让, some units idle (闲置) or under disposal (处置中), some leases ended
/// last year. The parks named in the reports (跨境装备制造产业园 and others) are not among the demo's parks; all figures are 示例数据.
/// </summary>
public sealed class SpaceDemo : IDemoModule
{
    public int Order => 55;

    private static readonly decimal[] Targets = [1m, 0.9m, 0.85m, 0.75m, 0.95m, 0.6m, 0.8m];
    private static readonly (string Name, BuildingKind Kind, BuildingOwner Owner)[] Templates =
    [
        ("{0}号标准化厂房", BuildingKind.StandardFactory, BuildingOwner.ParkCompany),
        ("孵化器{0}号楼", BuildingKind.IncubatorFloor, BuildingOwner.ParkCompany),
        ("{0}号标准化厂房", BuildingKind.StandardFactory, BuildingOwner.Private),
        ("综合办公楼{0}座", BuildingKind.Office, BuildingOwner.Other),
    ];

    public Task SeedAsync(AppDbContext db, DemoWorld world)
    {
        var random = world.RandomFor("space");
        foreach (var zone in new[] { world.Main, world.Second })
        {
            var p = 0;
            foreach (var park in zone.Zone.Parks.OrderBy(x => x.Name, StringComparer.Ordinal))
            {
                var tenants = zone.Enterprises.Where(e => e.ParkId == park.Id).Select(e => e.Id).ToList();
                Seed(db, world, zone.Zone.Id, park.Id, tenants, Targets[p++ % Targets.Length], random);
            }
        }
        return Task.CompletedTask;
    }

    private static void Seed(AppDbContext db, DemoWorld world, Guid zoneId, Guid parkId, List<Guid> tenants, decimal target, Random random)
    {
        var today = world.Today;
        var units = new List<SpaceUnit>();
        var buildings = 2 + random.Next(3);
        for (var b = 0; b < buildings; b++)
        {
            var (name, kind, owner) = Templates[b % Templates.Length];
            var floors = kind == BuildingKind.StandardFactory ? 1 + random.Next(4) : 4 + random.Next(8);
            var building = new Building
            {
                Id = Guid.NewGuid(), ZoneId = zoneId, ParkId = parkId, Name = string.Format(null, name, b + 1), Kind = kind, Floors = floors, Owner = owner,
            };
            var count = 4 + random.Next(5);
            for (var u = 0; u < count; u++)
            {
                var area = kind == BuildingKind.StandardFactory ? 800 + random.Next(0, 33) * 50 : 150 + random.Next(0, 18) * 25;
                var unit = new SpaceUnit
                {
                    Id = Guid.NewGuid(), ZoneId = zoneId, ParkId = parkId, BuildingId = building.Id, Name = $"{1 + u % floors}层{(char)('A' + u / floors)}区",
                    Floor = 1 + u % floors, Area = area, FloorLoad = kind == BuildingKind.StandardFactory ? 10 + random.Next(3) * 5 : 3.5m,
                    PowerKva = kind == BuildingKind.StandardFactory ? 200 + random.Next(5) * 100 : 50 + random.Next(4) * 25, Status = UnitStatus.Vacant,
                };
                building.Units.Add(unit);
                units.Add(unit);
            }
            building.GrossArea = Math.Round(building.Units.Sum(x => x.Area) * 1.15m, 0);
            db.Buildings.Add(building);
        }

        // Let units, in a shuffled order, until the target share of the lettable area is let; the rest stay vacant, reserved or idle.
        var order = units.OrderBy(_ => random.Next()).ToList();
        var lettable = units.Sum(u => u.Area);
        var let = 0m;
        var t = 0;
        foreach (var unit in order)
        {
            if (tenants.Count == 0 || let + unit.Area > lettable * target + 1) continue;
            var from = today.AddMonths(-random.Next(1, 24)).AddDays(-random.Next(28));
            var transfer = unit.Area >= 1000 && random.Next(4) == 0;
            db.Leases.Add(new Lease
            {
                ZoneId = zoneId, ParkId = parkId, UnitId = unit.Id, EnterpriseId = tenants[t++ % tenants.Count], From = from,
                To = from.AddYears(3 + random.Next(3)).AddDays(-1), Area = unit.Area,
                MonthlyRent = unit.FloorLoad >= 10 ? 8 + random.Next(8) : 20 + random.Next(15),
                LeaseThenTransfer = transfer, TransferBy = transfer ? from.AddYears(3) : null,
                // Rent paid up to the coming weeks, one lease in seven four months behind (arrears read by the zombie rules).
                RentPaidUntil = Later(from.AddDays(-1), t % 7 == 3 ? today.AddDays(-120) : today.AddDays(30 - t % 30)),
            });
            unit.Status = UnitStatus.Leased;
            let += unit.Area;
        }
        var rest = order.Where(u => u.Status == UnitStatus.Vacant).ToList();
        for (var i = 0; i < rest.Count; i++)
        {
            rest[i].Status = (i % 4) switch { 1 => UnitStatus.Reserved, 3 => UnitStatus.Idle, _ => UnitStatus.Vacant };
            // An earlier tenant that left last year: the unit's history, outside this month's occupancy.
            if (i % 3 == 0 && tenants.Count > 0)
            {
                var ended = today.AddMonths(-3 - random.Next(9));
                db.Leases.Add(new Lease
                {
                    ZoneId = zoneId, ParkId = parkId, UnitId = rest[i].Id, EnterpriseId = tenants[random.Next(tenants.Count)], From = ended.AddYears(-2),
                    To = ended, Area = rest[i].Area, MonthlyRent = 12, RentPaidUntil = ended,
                });
            }
        }
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
