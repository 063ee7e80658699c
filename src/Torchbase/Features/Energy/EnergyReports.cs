using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Energy;

namespace Torchbase.Features.Energy;

/// <summary>Consumption and savings of the meters in the caller's scope, computed by the domain's rules from the daily rollup of the readings.</summary>
public static class EnergyReports
{
    public static async Task<ConsumptionReport> ConsumptionAsync(AppDbContext db, ConsumptionQuery q, int year, CancellationToken ct)
    {
        var kind = q.Kind ?? MeterKind.Electricity;
        var meters = db.Meters.AsNoTracking().Where(m => m.Kind == kind);
        if (q.ParkId is { } park) meters = meters.Where(m => m.ParkId == park);
        if (q.BuildingId is { } building) meters = meters.Where(m => m.BuildingId == building);
        if (q.MeterId is { } meter) meters = meters.Where(m => m.Id == meter);
        if (q.Purpose is { } purpose) meters = meters.Where(m => m.Purpose == purpose);
        var list = await meters.Select(m => new
        {
            m.Id, m.ParkId, m.BuildingId, m.BaselineYear, m.BaselineMonthly,
            ParkName = db.Parks.Where(p => p.Id == m.ParkId).Select(p => p.Name).First(),
            BuildingName = db.Buildings.Where(b => b.Id == m.BuildingId).Select(b => b.Name).FirstOrDefault(),
        }).ToListAsync(ct);

        // Each meter's year, and its baseline year's, from the readings: from the last reading before the year to the year's end.
        var perMeter = new List<(Guid ParkId, string ParkName, Guid? BuildingId, string? BuildingName, IReadOnlyList<MonthSavings> Months)>();
        foreach (var m in list)
        {
            var months = await MonthsAsync(db, m.Id, year, ct);
            var baselineYear = m.BaselineYear is { } by ? await MonthsAsync(db, m.Id, by, ct) : [];
            var savings = Savings.Over(months, new Baseline(m.BaselineYear, m.BaselineMonthly), baselineYear);
            perMeter.Add((m.ParkId, m.ParkName, m.BuildingId, m.BuildingName, savings.Months));
        }
        var total = Savings.Total(perMeter.Count == 0 ? Empty(year) : Savings.Sum(perMeter.Select(p => p.Months)));
        var places = perMeter.GroupBy(p => (p.ParkId, p.ParkName, p.BuildingId, p.BuildingName))
            .Select(g =>
            {
                var t = Savings.Total(Savings.Sum(g.Select(p => p.Months)));
                var consumption = g.SelectMany(p => p.Months).Where(x => x.Consumption is not null).Select(x => x.Consumption!.Value).ToList();
                return new PlaceConsumption(g.Key.ParkId, g.Key.ParkName, g.Key.BuildingId, g.Key.BuildingName,
                    consumption.Count == 0 ? null : consumption.Sum(), t.MonthsCounted == 0 ? null : t.Saved, t.Percent);
            })
            .OrderBy(p => p.ParkName).ThenBy(p => p.BuildingName).ToList();
        return new ConsumptionReport(year, kind, kind == MeterKind.Electricity ? MeterUnit.Kwh : MeterUnit.CubicMetre, list.Count, total.Months,
            total.Consumption, total.Baseline, total.Saved, total.Percent, total.MonthsCounted, places);
    }

    /// <summary>
    /// A meter's twelve months of a year from the daily rollup: the year's days and the last day before it (one range of the key's
    /// index), counted as <see cref="Consumption.MonthlyFromDays"/> — the same figures as from the readings themselves.
    /// </summary>
    private static async Task<IReadOnlyList<MonthConsumption>> MonthsAsync(AppDbContext db, Guid meterId, int year, CancellationToken ct)
    {
        var start = new DateOnly(year, 1, 1);
        var end = start.AddYears(1);
        var days = db.MeterDays.AsNoTracking().Where(d => d.MeterId == meterId);
        var before = await days.Where(d => d.Day < start).OrderByDescending(d => d.Day).Select(Row).FirstOrDefaultAsync(ct);
        var rows = await days.Where(d => d.Day >= start && d.Day < end).Select(Row).ToListAsync(ct);
        if (before is not null) rows.Add(before);
        return Consumption.MonthlyFromDays(rows, year, 1, year, 12);
    }

    private static readonly System.Linq.Expressions.Expression<Func<MeterDay, DayReadings>> Row =
        d => new DayReadings(d.Day, d.FirstAt, d.FirstValue, d.LastAt, d.LastValue, d.Consumption, d.Resets);

    private static List<MonthSavings> Empty(int year) => [.. Enumerable.Range(1, 12).Select(m => Savings.Of(year, m, null, null))];
}
