using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Economy;
using Torchbase.Domain.Enterprises;
using Torchbase.Features.Reports;
using Torchbase.Localization;

namespace Torchbase.Features.Enterprises;

/// <summary>企业发展: enterprises in the register, arrivals and departures, tiers in force at year end against the year before.</summary>
public sealed class EnterpriseGrowthSection : IReportSection
{
    public int Order => 10;

    public async Task<ReportSection?> BuildAsync(AppDbContext db, ReportContext c, CancellationToken ct)
    {
        var zone = db.Enterprises.AsNoTracking().Where(e => e.ZoneId == c.ZoneId);
        var active = await zone.CountAsync(e => e.Status == EnterpriseStatus.Active, ct);
        var events = await zone.SelectMany(e => e.Lifecycle).Where(l => l.OccurredOn >= c.YearStart && l.OccurredOn <= c.YearEnd)
            .GroupBy(l => l.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(ct);
        int EventCount(params LifecycleKind[] kinds) => events.Where(e => kinds.Contains(e.Kind)).Sum(e => e.Count);

        var tiers = new[] { QualificationType.TechSme, QualificationType.HighTech, QualificationType.Gazelle, QualificationType.InnovativeSme,
            QualificationType.Specialized, QualificationType.LittleGiant, QualificationType.InnovationLeader };
        async Task<Dictionary<QualificationType, int>> InForce(DateOnly on) => (await zone.SelectMany(e => e.Qualifications)
                .Where(q => q.IssuedOn <= on && (q.ExpiresOn == null || q.ExpiresOn >= on))
                .GroupBy(q => q.Type).Select(g => new { g.Key, Count = g.Select(q => q.EnterpriseId).Distinct().Count() }).ToListAsync(ct))
            .ToDictionary(x => x.Key, x => x.Count);
        var now = await InForce(c.AsOf);
        var before = await InForce(c.PreviousAsOf);

        var byPark = await db.Parks.AsNoTracking().Where(p => p.ZoneId == c.ZoneId).OrderBy(p => p.SortOrder)
            .Select(p => new { p.Name, Count = zone.Count(e => e.ParkId == p.Id && e.Status == EnterpriseStatus.Active) }).ToListAsync(ct);

        var figures = new List<ReportFigure>
        {
            new(Text.Get("report.active"), active, Text.Get("unit.companies"), Link: "/enterprises"),
            new(Text.Get("report.settled"), EventCount(LifecycleKind.SettledIn), Text.Get("unit.companies")),
            new(Text.Get("report.left"), EventCount(LifecycleKind.MovedOut, LifecycleKind.Deregistered), Text.Get("unit.companies")),
        };
        figures.AddRange(tiers.Select(t => new ReportFigure(EnterpriseSheet.QualificationNames[t], now.GetValueOrDefault(t), Text.Get("unit.companies"),
            IndicatorMath.GrowthPercent(now.GetValueOrDefault(t), before.TryGetValue(t, out var b) ? b : null), $"/enterprises?qualification={t}")));
        return new ReportSection("enterprises", Text.Get("report.enterprises"), figures,
            new ReportTable([Text.Get("report.park"), Text.Get("report.count")], byPark.Select(p => (IReadOnlyList<object?>)[p.Name, p.Count]).ToList()),
            new ReportChart("bar", Text.Get("report.tiers"), tiers.Select(t => EnterpriseSheet.QualificationNames[t]).ToList(),
            [
                new(Text.Get("report.lastYear"), tiers.Select(t => (decimal?)before.GetValueOrDefault(t)).ToList()),
                new(Text.Get("report.thisYear"), tiers.Select(t => (decimal?)now.GetValueOrDefault(t)).ToList()),
            ]));
    }
}

/// <summary>企业经营: the year's reports summed over the zone, against the year before. Only reported figures are summed.</summary>
public sealed class EnterpriseOperationsSection : IReportSection
{
    public int Order => 20;

    public async Task<ReportSection?> BuildAsync(AppDbContext db, ReportContext c, CancellationToken ct)
    {
        var totals = await db.Enterprises.AsNoTracking().Where(e => e.ZoneId == c.ZoneId).SelectMany(e => e.Reports.Where(r => r.Status == ReportStatus.Accepted))
            .Where(r => r.Year == c.Year || r.Year == c.Year - 1)
            .GroupBy(r => r.Year)
            .Select(g => new
            {
                Year = g.Key, Reporting = g.Count(),
                Revenue = g.Sum(r => (double?)r.Revenue), Rd = g.Sum(r => (double?)r.RdExpense), Taxes = g.Sum(r => (double?)r.Taxes),
                Employees = g.Sum(r => r.Employees), Inventions = g.Sum(r => r.InventionPatents),
            }).ToListAsync(ct);
        var now = totals.FirstOrDefault(t => t.Year == c.Year);
        if (now is null) return null;
        var before = totals.FirstOrDefault(t => t.Year == c.Year - 1);
        static decimal? D(double? v) => v is { } x ? Math.Round((decimal)x, 2) : null;
        ReportFigure Figure(string key, decimal? value, decimal? previous, string unit) =>
            new(Text.Get(key), value, unit, IndicatorMath.GrowthPercent(value, previous));
        var rdRatio = IndicatorMath.SharePercent(D(now.Rd), D(now.Revenue));
        return new ReportSection("operations", Text.Get("report.operations"),
        [
            new(Text.Get("report.reporting"), now.Reporting, Text.Get("unit.companies")),
            Figure("report.revenue", D(now.Revenue), D(before?.Revenue), Text.Get("unit.tenThousandYuan")),
            Figure("report.rd", D(now.Rd), D(before?.Rd), Text.Get("unit.tenThousandYuan")),
            new(Text.Get("report.rdRatio"), rdRatio, "%"),
            Figure("report.taxes", D(now.Taxes), D(before?.Taxes), Text.Get("unit.tenThousandYuan")),
            Figure("report.employees", now.Employees, before?.Employees, Text.Get("unit.people")),
            Figure("report.inventions", now.Inventions, before?.Inventions, Text.Get("unit.items")),
        ]);
    }
}
