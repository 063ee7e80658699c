using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Features.Reports;
using Torchbase.Localization;

namespace Torchbase.Features.Carriers;

/// <summary>创新平台与孵化载体: platforms by level (approved by year end), carriers, tenants incubating and graduated in the year.</summary>
public sealed class CarrierReportSection : IReportSection
{
    public int Order => 40;

    public async Task<ReportSection?> BuildAsync(AppDbContext db, ReportContext c, CancellationToken ct)
    {
        var platforms = await db.Platforms.AsNoTracking().Where(p => p.ZoneId == c.ZoneId && (p.ApprovedOn == null || p.ApprovedOn <= c.AsOf))
            .GroupBy(p => p.Level).Select(g => new { Level = g.Key, Count = g.Count() }).ToListAsync(ct);
        var carriers = db.IncubationCarriers.AsNoTracking().Where(x => x.ZoneId == c.ZoneId);
        var carrierCount = await carriers.CountAsync(ct);
        var incubating = await carriers.SelectMany(x => x.Tenancies).CountAsync(t => t.EnteredOn <= c.AsOf && (t.LeftOn == null || t.LeftOn > c.AsOf), ct);
        var graduated = await carriers.SelectMany(x => x.Tenancies)
            .CountAsync(t => t.Status == TenantStatus.Graduated && t.LeftOn >= c.YearStart && t.LeftOn <= c.YearEnd, ct);
        var levels = Enum.GetValues<PlatformLevel>();
        return new ReportSection("carriers", Text.Get("report.carriers"),
        [
            new(Text.Get("report.platforms"), platforms.Sum(p => p.Count), Text.Get("unit.items"), Link: "/platforms"),
            .. levels.Select(l => new ReportFigure($"{Text.Get("report.platforms")}·{PlatformEndpoints.LevelNames[l]}",
                platforms.FirstOrDefault(p => p.Level == l)?.Count ?? 0, Text.Get("unit.items"), Link: $"/platforms?level={l}")),
            new(Text.Get("report.incubators"), carrierCount, Text.Get("unit.items"), Link: "/incubators"),
            new(Text.Get("report.incubating"), incubating, Text.Get("unit.companies")),
            new(Text.Get("report.graduated"), graduated, Text.Get("unit.companies")),
        ],
        Chart: new ReportChart("pie", Text.Get("report.platforms"), levels.Select(l => PlatformEndpoints.LevelNames[l]).ToList(),
            [new(Text.Get("report.platforms"), levels.Select(l => (decimal?)(platforms.FirstOrDefault(p => p.Level == l)?.Count ?? 0)).ToList())]));
    }
}
