using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Tests;

/// <summary>
/// The running totals the database keeps by park (active enterprises; accepted revenue by year) against the same figures counted
/// from the rows, after every kind of write that moves them: registration, reports added, accepted, corrected and deleted, a move to
/// another park, leaving and coming back, deletion, and a bulk insert (COPY on PostgreSQL).
/// </summary>
[Collection(HostCollection.Name)]
public class RegistryTotalsTests(TorchbaseFactory host)
{
    [Fact]
    public async Task The_totals_kept_by_the_database_match_the_rows_after_every_kind_of_write()
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var system = db.RunAsSystem();
        var parks = await db.Parks.OrderBy(p => p.ZoneId).ThenBy(p => p.SortOrder).Select(p => new { p.Id, p.ZoneId }).ToListAsync();
        var zone = parks[0].ZoneId;
        var (parkA, parkB) = (parks[0].Id, parks.First(p => p.ZoneId == zone && p.Id != parks[0].Id).Id);
        var step = "the demo as seeded";

        async Task Check()
        {
            db.ChangeTracker.Clear();
            var counted = await db.Enterprises.Where(e => e.Status == EnterpriseStatus.Active)
                .GroupBy(e => new { e.ZoneId, e.ParkId }).Select(g => new { g.Key.ZoneId, g.Key.ParkId, Count = g.Count() }).ToListAsync();
            var kept = await db.ParkEnterpriseTotals.Where(t => t.ActiveEnterprises != 0).ToListAsync();
            Assert.True(counted.Count > 0, step);
            Assert.Equal(counted.Select(c => $"{c.ZoneId}/{c.ParkId}: {c.Count}").Order(),
                kept.Select(t => $"{t.ZoneId}/{t.ParkId}: {t.ActiveEnterprises}").Order());

            var summed = await db.AnnualReports.Where(r => r.Status == ReportStatus.Accepted && r.Revenue != null)
                .Join(db.Enterprises.Where(e => e.Status == EnterpriseStatus.Active), r => r.EnterpriseId, e => e.Id,
                    (r, e) => new { e.ZoneId, e.ParkId, r.Year, Revenue = (double)r.Revenue!.Value })
                .GroupBy(x => new { x.ZoneId, x.ParkId, x.Year })
                .Select(g => new { g.Key.ZoneId, g.Key.ParkId, g.Key.Year, Revenue = g.Sum(x => x.Revenue), Reports = g.Count() }).ToListAsync();
            var keptRevenue = await db.ParkRevenueTotals.Where(t => t.Reports != 0).ToListAsync();
            Assert.True(summed.Count > 0, step);
            Assert.Equal(summed.Select(s => $"{s.ZoneId}/{s.ParkId}/{s.Year}: {s.Reports} {Math.Round(s.Revenue, 2):F2}").Order(),
                keptRevenue.Select(t => $"{t.ZoneId}/{t.ParkId}/{t.Year}: {t.Reports} {Math.Round(t.Revenue, 2):F2}").Order());
        }

        Enterprise NewEnterprise(string name, Guid park) => new()
        {
            Id = Guid.CreateVersion7(), ZoneId = zone, ParkId = park, Name = name, CreditCode = $"T{Guid.NewGuid():N}"[..18].ToUpperInvariant(),
            IndustryChain = "测试", Status = EnterpriseStatus.Active, RegisteredOn = new DateOnly(2020, 1, 1),
        };
        AnnualReport Report(Guid enterprise, int year, decimal? revenue, ReportStatus status = ReportStatus.Accepted) =>
            new() { Id = Guid.CreateVersion7(), EnterpriseId = enterprise, Year = year, Revenue = revenue, Status = status };

        await Check();

        step = "registered with reports: two accepted, one pending, one without revenue";
        var enterprise = NewEnterprise("合计测试有限公司", parkA);
        db.Enterprises.Add(enterprise);
        db.AnnualReports.AddRange(Report(enterprise.Id, 2023, 1234.56m), Report(enterprise.Id, 2024, 2000.10m),
            Report(enterprise.Id, 2025, 3000m, ReportStatus.Pending), Report(enterprise.Id, 2022, null));
        await db.SaveChangesAsync();
        await Check();

        step = "the pending report accepted, one revenue corrected, one set to not reported";
        var reports = await db.AnnualReports.Where(r => r.EnterpriseId == enterprise.Id).ToListAsync();
        reports.Single(r => r.Year == 2025).Status = ReportStatus.Accepted;
        reports.Single(r => r.Year == 2024).Revenue = 2500.25m;
        reports.Single(r => r.Year == 2023).Revenue = null;
        await db.SaveChangesAsync();
        await Check();

        step = "moved to another park";
        var tracked = await db.Enterprises.SingleAsync(e => e.Id == enterprise.Id);
        tracked.ParkId = parkB;
        await db.SaveChangesAsync();
        await Check();

        step = "moved out of the zone's registry, then back";
        tracked = await db.Enterprises.SingleAsync(e => e.Id == enterprise.Id);
        tracked.Status = EnterpriseStatus.MovedOut;
        await db.SaveChangesAsync();
        await Check();
        step = "a report of an enterprise that moved out accepted, then the enterprise back";
        var accepted = await db.AnnualReports.SingleAsync(r => r.EnterpriseId == enterprise.Id && r.Year == 2023);
        accepted.Revenue = 800m;
        await db.SaveChangesAsync();
        await Check();
        tracked = await db.Enterprises.SingleAsync(e => e.Id == enterprise.Id);
        tracked.Status = EnterpriseStatus.Active;
        await db.SaveChangesAsync();
        await Check();

        step = "a report deleted";
        db.AnnualReports.Remove(await db.AnnualReports.SingleAsync(r => r.EnterpriseId == enterprise.Id && r.Year == 2024));
        await db.SaveChangesAsync();
        await Check();

        step = "the enterprise deleted with its reports";
        db.Enterprises.Remove(await db.Enterprises.Include(e => e.Reports).SingleAsync(e => e.Id == enterprise.Id));
        await db.SaveChangesAsync();
        await Check();

        step = "a bulk insert: 1,200 enterprises and their reports (COPY on PostgreSQL)";
        var many = Enumerable.Range(0, 1200).Select(i => NewEnterprise($"合计批量{i:D4}有限公司", i % 2 == 0 ? parkA : parkB)).ToList();
        db.Enterprises.AddRange(many);
        db.AnnualReports.AddRange(many.SelectMany(e => new[] { Report(e.Id, 2024, 100.5m), Report(e.Id, 2025, 7m, ReportStatus.Returned) }));
        await BulkSave.SaveChangesAsync(db, [typeof(Enterprise), typeof(AnnualReport)], CancellationToken.None);
        await Check();

        step = "in one statement each: the returned reports accepted, half the enterprises moved out, a third moved to the other park";
        db.ChangeTracker.Clear();
        var ids = many.Select(e => e.Id).ToList();
        await db.AnnualReports.Where(r => ids.Contains(r.EnterpriseId) && r.Status == ReportStatus.Returned)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, ReportStatus.Accepted));
        await Check();
        var half = ids.Where((_, i) => i % 2 == 1).ToList();
        await db.Enterprises.Where(e => half.Contains(e.Id)).ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, EnterpriseStatus.MovedOut));
        await Check();
        var third = ids.Where((_, i) => i % 3 == 0).ToList();
        await db.Enterprises.Where(e => third.Contains(e.Id)).ExecuteUpdateAsync(u => u.SetProperty(e => e.ParkId, e => e.ParkId == parkA ? parkB : parkA));
        await Check();

        step = "the bulk rows deleted";
        await db.AnnualReports.Where(r => ids.Contains(r.EnterpriseId)).ExecuteDeleteAsync();
        await db.Enterprises.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync();
        await Check();
    }
}
