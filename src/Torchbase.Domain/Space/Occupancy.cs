namespace Torchbase.Domain.Space;

/// <summary>A unit as occupancy sees it: its area and whether it can be let at all.</summary>
public readonly record struct OccupancyUnit(Guid Id, decimal Area, UnitStatus Status);

/// <summary>A lease as occupancy sees it: which unit, which days (both included), how much area.</summary>
public readonly record struct OccupancyLease(Guid UnitId, DateOnly From, DateOnly To, decimal Area);

/// <summary>Occupancy of a set of units in one month: the lettable area, the area let, and 入驻率 (null when nothing is lettable).</summary>
public sealed record OccupancyResult(int Year, int Month, decimal LettableArea, decimal LeasedArea, decimal? Rate);

/// <summary>
/// 入驻率 = leased area / lettable area, for any set of units (a building, a park, a zone) and any month.
/// Lettable: every unit except those under disposal (处置中), which are out of the market; idle units (闲置) count,
/// since they are space the park has and does not use. A lease counts in every month it covers, even one day of it;
/// a unit never counts as more let than its own area, however many leases overlap in the month.
/// </summary>
public static class Occupancy
{
    public static bool Covers(DateOnly from, DateOnly to, int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return from <= first.AddMonths(1).AddDays(-1) && to >= first;
    }

    public static OccupancyResult Of(IEnumerable<OccupancyUnit> units, IEnumerable<OccupancyLease> leases, int year, int month)
    {
        var lettable = units.Where(u => u.Status != UnitStatus.Disposal).ToDictionary(u => u.Id, u => u.Area);
        var total = lettable.Values.Sum();
        var leased = leases.Where(l => lettable.ContainsKey(l.UnitId) && Covers(l.From, l.To, year, month))
            .GroupBy(l => l.UnitId)
            .Sum(g => Math.Min(lettable[g.Key], g.Sum(l => l.Area)));
        return new OccupancyResult(year, month, total, leased, total > 0 ? Math.Round(leased / total, 4) : null);
    }

    /// <summary>The months from one to another (both included), each with its occupancy.</summary>
    public static IReadOnlyList<OccupancyResult> Series(IReadOnlyCollection<OccupancyUnit> units, IReadOnlyCollection<OccupancyLease> leases,
        int fromYear, int fromMonth, int toYear, int toMonth)
    {
        var result = new List<OccupancyResult>();
        for (var m = new DateOnly(fromYear, fromMonth, 1); m <= new DateOnly(toYear, toMonth, 1); m = m.AddMonths(1))
            result.Add(Of(units, leases, m.Year, m.Month));
        return result;
    }
}
