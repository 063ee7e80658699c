namespace Torchbase.Domain.Space;

/// <summary>What a list of buildings can be sorted by besides its stored columns: this month's 入驻率, or the area still vacant.</summary>
public enum OccupancySort { Rate, VacantArea }

/// <summary>A building as the occupancy sort reads it: its rate (null when nothing in it is lettable) and its vacant area (m²).</summary>
public readonly record struct BuildingOccupancy(Guid Id, string Name, decimal? Rate, decimal VacantArea);

/// <summary>
/// Buildings in order of occupancy. Sorted by rate, ties go by the vacant area (the larger first when the rates rise, so that of two
/// equally empty buildings the one with more room comes first); sorted by vacant area, ties go by rate. A building with nothing
/// lettable has no rate and comes last in both directions. Whatever the direction, buildings still equal keep one order — name,
/// then id — so that a page boundary never moves between two requests.
/// </summary>
public static class SpaceOrder
{
    public static IReadOnlyList<T> ByOccupancy<T>(IEnumerable<T> items, Func<T, BuildingOccupancy> key, OccupancySort by, bool desc)
    {
        var rows = items.Select(i => (Item: i, Key: key(i))).ToList();
        var ordered = rows.OrderBy(r => r.Key.Rate is null && by == OccupancySort.Rate ? 1 : 0);
        ordered = by == OccupancySort.Rate
            ? (desc ? ordered.ThenByDescending(r => r.Key.Rate) : ordered.ThenBy(r => r.Key.Rate))
                .ThenByDescending(r => desc ? -r.Key.VacantArea : r.Key.VacantArea)
            : (desc ? ordered.ThenByDescending(r => r.Key.VacantArea) : ordered.ThenBy(r => r.Key.VacantArea))
                .ThenBy(r => r.Key.Rate is null ? 1 : 0).ThenBy(r => desc ? -(r.Key.Rate ?? 0) : r.Key.Rate ?? 0);
        return [.. ordered.ThenBy(r => r.Key.Name, StringComparer.Ordinal).ThenBy(r => r.Key.Id).Select(r => r.Item)];
    }
}
