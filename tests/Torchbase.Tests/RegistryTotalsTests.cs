using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Features.Economy;

namespace Torchbase.Tests;

/// <summary>
/// The running totals the database keeps by park against the same figures counted from the rows, after every kind of write that
/// moves them: active enterprises and accepted revenue by year (registration, reports added, accepted, corrected and deleted, a move
/// to another park, leaving and coming back, deletion, a bulk insert — COPY on PostgreSQL — and single-statement bulk updates), and
/// 规上工业企业 with those of them with R&amp;D activity, counted from the rows by the size rules in C#
/// (<see cref="AboveDesignatedSize.Classify"/>, <see cref="ResearchCoverage"/>), after the same writes, a change of industry code, and
/// a change of the size rules the database holds.
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
        var (zone, parkA, parkB) = await TwoParksAsync(db);
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

        Enterprise NewEnterprise(string name, Guid park) => Registered(zone, park, name, null);
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

    [Fact]
    public async Task The_research_totals_kept_by_the_database_match_the_size_rules_applied_to_the_rows_after_every_kind_of_write()
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var system = db.RunAsSystem();
        var (zone, parkA, parkB) = await TwoParksAsync(db);
        var step = "the demo as seeded";

        async Task Check()
        {
            db.ChangeTracker.Clear();
            var rows = await db.AnnualReports.Where(r => r.Status == ReportStatus.Accepted)
                .Join(db.Enterprises, r => r.EnterpriseId, e => e.Id, (r, e) => new
                {
                    e.ZoneId, e.ParkId, e.IndustryCode, r.Year, r.MainBusinessRevenue, r.Revenue, r.SizeDeclaration, r.RdExpense,
                }).ToListAsync();
            var counted = rows.GroupBy(x => (x.ZoneId, x.ParkId, x.Year))
                .Select(g => (g.Key, Coverage: ResearchCoverage.Of(g.Select(x =>
                    (AboveDesignatedSize.Classify(x.IndustryCode, x.Year, x.MainBusinessRevenue, x.Revenue, x.SizeDeclaration), x.RdExpense)))))
                .Where(c => c.Coverage.IndustrialAbove > 0)
                .Select(c => $"{c.Key.ZoneId}/{c.Key.ParkId}/{c.Key.Year}: {c.Coverage.IndustrialAbove} {c.Coverage.WithResearch}").Order().ToList();
            var kept = await db.ParkResearchTotals.Where(t => t.IndustrialAbove != 0 || t.WithResearch != 0).ToListAsync();
            Assert.True(counted.Count > 0, step);
            Assert.Equal(counted, kept.Select(t => $"{t.ZoneId}/{t.ParkId}/{t.Year}: {t.IndustrialAbove} {t.WithResearch}").Order());
        }

        Enterprise NewEnterprise(string name, Guid park, string? industry) => Registered(zone, park, name, industry);
        AnnualReport Report(Guid enterprise, int year, decimal? mainRevenue, decimal? rd, ReportStatus status = ReportStatus.Accepted) => new()
        {
            Id = Guid.CreateVersion7(), EnterpriseId = enterprise, Year = year, MainBusinessRevenue = mainRevenue, Revenue = mainRevenue,
            RdExpense = rd, Status = status,
        };

        await Check();

        step = "a manufacturer registered with reports above, below and at the threshold, a wholesaler and one without an industry code";
        var maker = NewEnterprise("规上测试制造有限公司", parkA, "C3812");
        var trader = NewEnterprise("规上测试批发有限公司", parkA, "F5123");
        var blank = NewEnterprise("规上测试未分类有限公司", parkA, null);
        db.Enterprises.AddRange(maker, trader, blank);
        db.AnnualReports.AddRange(Report(maker.Id, 2022, 5000m, 0m), Report(maker.Id, 2023, 2500m, 10m), Report(maker.Id, 2024, 1999.99m, 5m),
            Report(maker.Id, 2025, 3000m, null, ReportStatus.Pending), Report(trader.Id, 2024, 9000m, 50m), Report(blank.Id, 2024, 9000m, 50m));
        await db.SaveChangesAsync();
        await Check();

        step = "the pending report accepted, one raised to the threshold, one R&D expense no longer reported";
        var reports = await db.AnnualReports.Where(r => r.EnterpriseId == maker.Id).ToListAsync();
        reports.Single(r => r.Year == 2025).Status = ReportStatus.Accepted;
        reports.Single(r => r.Year == 2024).MainBusinessRevenue = 2000m;
        reports.Single(r => r.Year == 2023).RdExpense = null;
        await db.SaveChangesAsync();
        await Check();

        step = "the manufacturer's industry code changed to wholesale, then to electricity, and the wholesaler's to manufacturing";
        foreach (var (id, code) in new[] { (maker.Id, "F5123"), (maker.Id, "D44"), (trader.Id, "C13") })
        {
            var tracked = await db.Enterprises.SingleAsync(e => e.Id == id);
            tracked.IndustryCode = code;
            await db.SaveChangesAsync();
            await Check();
        }

        step = "moved to another park, and moved out of the registry (its reports still count for their years)";
        var moving = await db.Enterprises.SingleAsync(e => e.Id == maker.Id);
        moving.ParkId = parkB;
        moving.Status = EnterpriseStatus.MovedOut;
        await db.SaveChangesAsync();
        await Check();

        step = "a report deleted, then the enterprise deleted with its reports";
        db.AnnualReports.Remove(await db.AnnualReports.SingleAsync(r => r.EnterpriseId == maker.Id && r.Year == 2023));
        await db.SaveChangesAsync();
        await Check();
        db.Enterprises.Remove(await db.Enterprises.Include(e => e.Reports).SingleAsync(e => e.Id == maker.Id));
        await db.SaveChangesAsync();
        await Check();

        step = "a bulk insert: 600 enterprises of three sectors and their reports (COPY on PostgreSQL)";
        var codes = new[] { "C13", "B06", "F51" };
        var many = Enumerable.Range(0, 600).Select(i => NewEnterprise($"规上批量{i:D4}有限公司", i % 2 == 0 ? parkA : parkB, codes[i % 3])).ToList();
        db.Enterprises.AddRange(many);
        db.AnnualReports.AddRange(many.SelectMany((e, i) => new[]
        {
            Report(e.Id, 2024, 2000m + i, i % 4 == 0 ? null : i % 2), Report(e.Id, 2025, 1500m + 2 * i, 1m, ReportStatus.Returned),
        }));
        await BulkSave.SaveChangesAsync(db, [typeof(Enterprise), typeof(AnnualReport)], CancellationToken.None);
        await Check();

        step = "in one statement each: the returned reports accepted, a third recoded, half moved to the other park";
        db.ChangeTracker.Clear();
        var ids = many.Select(e => e.Id).ToList();
        await db.AnnualReports.Where(r => ids.Contains(r.EnterpriseId) && r.Status == ReportStatus.Returned)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, ReportStatus.Accepted));
        await Check();
        var third = ids.Where((_, i) => i % 3 == 1).ToList();
        await db.Enterprises.Where(e => third.Contains(e.Id)).ExecuteUpdateAsync(u => u.SetProperty(e => e.IndustryCode, "F52"));
        await Check();
        var half = ids.Where((_, i) => i % 2 == 1).ToList();
        await db.Enterprises.Where(e => half.Contains(e.Id)).ExecuteUpdateAsync(u => u.SetProperty(e => e.ParkId, e => e.ParkId == parkA ? parkB : parkA));
        await Check();

        step = "the rules the database holds changed (the industrial threshold at 1 万元) and a report counted by them, then start-up";
        try
        {
            await db.Database.ExecuteSqlRawAsync("""UPDATE "SizeRulePrefixes" SET "ThresholdWan" = 1 WHERE "Prefix" = 'C'""");
            db.AnnualReports.Add(Report(many[0].Id, 2023, 100m, 3m));
            await db.SaveChangesAsync();
            var counts = await db.ParkResearchTotals.Where(t => t.ZoneId == zone && t.Year == 2023).SumAsync(t => t.IndustrialAbove);
            Assert.True(await SizeRulesInDatabase.EnsureAsync(db, CancellationToken.None), "the changed rules are written again");
            Assert.Equal(counts - 1, await db.ParkResearchTotals.Where(t => t.ZoneId == zone && t.Year == 2023).SumAsync(t => t.IndustrialAbove));
            Assert.False(await SizeRulesInDatabase.EnsureAsync(db, CancellationToken.None), "rules in line are left alone");
            await Check();
        }
        finally
        {
            await SizeRulesInDatabase.EnsureAsync(db, CancellationToken.None);
        }

        step = "the bulk rows deleted";
        await db.AnnualReports.Where(r => ids.Contains(r.EnterpriseId)).ExecuteDeleteAsync();
        await db.Enterprises.Where(e => ids.Contains(e.Id) || e.Id == trader.Id || e.Id == blank.Id).ExecuteDeleteAsync();
        await Check();
    }

    /// <summary>The first zone and two of its parks.</summary>
    private static async Task<(Guid Zone, Guid ParkA, Guid ParkB)> TwoParksAsync(AppDbContext db)
    {
        var parks = await db.Parks.OrderBy(p => p.ZoneId).ThenBy(p => p.SortOrder).Select(p => new { p.Id, p.ZoneId }).ToListAsync();
        var zone = parks[0].ZoneId;
        return (zone, parks[0].Id, parks.First(p => p.ZoneId == zone && p.Id != parks[0].Id).Id);
    }

    private static Enterprise Registered(Guid zone, Guid park, string name, string? industry) => new()
    {
        Id = Guid.CreateVersion7(), ZoneId = zone, ParkId = park, Name = name, CreditCode = $"T{Guid.NewGuid():N}"[..18].ToUpperInvariant(),
        IndustryChain = "测试", IndustryCode = industry, Status = EnterpriseStatus.Active, RegisteredOn = new DateOnly(2020, 1, 1),
    };
}
