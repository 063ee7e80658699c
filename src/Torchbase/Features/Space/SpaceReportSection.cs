using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Space;
using Torchbase.Features.Reports;
using Torchbase.Localization;

namespace Torchbase.Features.Space;

/// <summary>园区空间与入驻率: buildings, lettable and let area and occupancy in December, by park, and occupancy month by month.</summary>
public sealed class SpaceReportSection : IReportSection
{
    public int Order => 45;

    public async Task<ReportSection?> BuildAsync(AppDbContext db, ReportContext c, CancellationToken ct)
    {
        var buildings = await db.Buildings.AsNoTracking().CountAsync(b => b.ZoneId == c.ZoneId, ct);
        if (buildings == 0) return null;
        var (units, leases) = await SpaceQueries.LoadAsync(db, db.SpaceUnits.Where(u => u.ZoneId == c.ZoneId), c.YearStart, c.YearEnd, ct);
        var all = units.Select(u => u.Unit).ToList();
        var year = Occupancy.Of(all, leases, c.Year, 12);
        var months = Occupancy.Series(all, leases, c.Year, 1, c.Year, 12);
        var parks = await SpaceQueries.ByParkAsync(db, c.ZoneId, c.Year, 12, ct);
        var ltt = await db.Leases.AsNoTracking()
            .CountAsync(l => l.ZoneId == c.ZoneId && l.LeaseThenTransfer && l.From <= c.YearEnd && l.To >= c.YearStart, ct);
        static decimal? Pct(decimal? rate) => rate is { } r ? Math.Round(r * 100, 1) : null;
        var sqm = Text.Get("unit.sqm");
        return new ReportSection("space", Text.Get("report.space"),
        [
            new(Text.Get("report.space_buildings"), buildings, Text.Get("unit.items"), Link: "/space"),
            new(Text.Get("report.space_lettable"), year.LettableArea, sqm),
            new(Text.Get("report.space_leased"), year.LeasedArea, sqm),
            new(Text.Get("report.space_occupancy"), Pct(year.Rate), "%"),
            new(Text.Get("report.space_ltt"), ltt, Text.Get("unit.items"), Link: "/space?tab=leases"),
        ],
        Table: new ReportTable(
            [Text.Get("report.park"), Text.Get("report.space_lettable"), Text.Get("report.space_leased"), Text.Get("report.space_occupancy")],
            parks.Select(p => (IReadOnlyList<object?>)[p.Name, p.LettableArea, p.LeasedArea, Pct(p.Rate)]).ToList()),
        Chart: new ReportChart("line", Text.Get("report.space_occupancy"), months.Select(m => $"{m.Month}").ToList(),
            [new("%", months.Select(m => Pct(m.Rate)).ToList())]));
    }
}
