using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Economy;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Features.Economy;

/// <summary>
/// The indicators counted from the enterprises' accepted yearly reports (<see cref="IndicatorKind.FromRecords"/>): industrial
/// enterprises above the designated size and those of them with R&amp;D activity, per zone and year, as figures of December.
/// </summary>
public static class RecordFigures
{
    public sealed record Figure(Guid ZoneId, string IndicatorCode, int Year, int Month, decimal Value);

    /// <summary>
    /// The figures of the zones (all the caller sees when null) for the years given, from the totals the database keeps by park
    /// (<see cref="ParkResearchTotal"/>), whose triggers classify each accepted report by the size rules in force for its year.
    /// </summary>
    public static async Task<IReadOnlyList<Figure>> LoadAsync(AppDbContext db, Guid? zoneId, IReadOnlyCollection<int> years, CancellationToken ct)
    {
        var totals = await db.ParkResearchTotals.AsNoTracking()
            .Where(t => (zoneId == null || t.ZoneId == zoneId) && years.Contains(t.Year))
            .GroupBy(t => new { t.ZoneId, t.Year })
            .Select(g => new { g.Key.ZoneId, g.Key.Year, Above = g.Sum(t => t.IndustrialAbove), WithResearch = g.Sum(t => t.WithResearch) })
            .ToListAsync(ct);
        return
        [
            .. totals.Where(t => t.Above > 0).OrderBy(t => t.ZoneId).ThenBy(t => t.Year).SelectMany(t => new[]
            {
                new Figure(t.ZoneId, "ABOVEIND", t.Year, 12, t.Above),
                new Figure(t.ZoneId, "ABOVEINDRD", t.Year, 12, t.WithResearch),
            }),
        ];
    }

    /// <summary>Whether an indicator reads record figures, itself or through its parts.</summary>
    public static bool Reads(EconomicIndicator indicator) =>
        indicator.Kind == IndicatorKind.FromRecords
        || (indicator.Kind == IndicatorKind.Ratio && new[] { indicator.Numerator, indicator.Denominator }
            .Any(c => IndicatorCatalogue.Default.Find(c ?? "") is { Kind: IndicatorKind.FromRecords }));
}
