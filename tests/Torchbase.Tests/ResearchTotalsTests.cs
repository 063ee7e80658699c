using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Features.Economy;

namespace Torchbase.Tests;

/// <summary>
/// 规上工业企业 and those with R&amp;D activity, kept by the database by park and year, against the same counts made from the rows by
/// the size rules in C# (<see cref="AboveDesignatedSize.Classify"/>, <see cref="ResearchCoverage"/>), after every kind of write that
/// moves them, and after the size rules the database holds changed.
/// </summary>
[Collection(HostCollection.Name)]
public class ResearchTotalsTests(TorchbaseFactory host)
{
    [Fact]
    public async Task The_research_totals_kept_by_the_database_match_the_size_rules_applied_to_the_rows_after_every_kind_of_write()
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

        Enterprise NewEnterprise(string name, Guid park, string? industry) => new()
        {
            Id = Guid.CreateVersion7(), ZoneId = zone, ParkId = park, Name = name, CreditCode = $"R{Guid.NewGuid():N}"[..18].ToUpperInvariant(),
            IndustryChain = "测试", IndustryCode = industry, Status = EnterpriseStatus.Active, RegisteredOn = new DateOnly(2020, 1, 1),
        };
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
}
