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

    /// <summary>The figures of the zones (all the caller sees when null) for the years given.</summary>
    public static async Task<IReadOnlyList<Figure>> LoadAsync(AppDbContext db, Guid? zoneId, IReadOnlyCollection<int> years, CancellationToken ct)
    {
        var rules = years.Select(AboveDesignatedSize.InForce).OfType<SizeRuleVersion>().Distinct().ToList();
        if (rules.Count == 0) return [];
        // Only the sections an industrial rule covers are read (B, C, D): the size rule then decides from the figures.
        var sections = rules.SelectMany(r => r.Classes).Where(c => c.Industrial).SelectMany(c => c.Prefixes).Select(p => p[..1]).Distinct().ToList();
        // Only what can be above the size: a report below the lowest industrial threshold on both figures never is. At a million
        // enterprises this leaves the database a few rows in ten instead of every report. (Declared classes are not industrial.)
        var industrial = rules.SelectMany(r => r.Classes).Where(c => c.Industrial).ToList();
        var floor = industrial.All(c => c.ThresholdWan is not null) ? industrial.Min(c => c.ThresholdWan) : null;
        var reports = await db.Enterprises.AsNoTracking()
            .Where(e => (zoneId == null || e.ZoneId == zoneId) && e.IndustryCode != null && sections.Contains(e.IndustryCode.Substring(0, 1)))
            .SelectMany(e => e.Reports.Where(r => r.Status == ReportStatus.Accepted && years.Contains(r.Year)
                    && (floor == null || r.MainBusinessRevenue >= floor || r.Revenue >= floor)),
                (e, r) => new { e.ZoneId, e.IndustryCode, r.Year, r.MainBusinessRevenue, r.Revenue, r.RdExpense })
            .ToListAsync(ct);
        var figures = new List<Figure>();
        foreach (var group in reports.GroupBy(r => (r.ZoneId, r.Year)))
        {
            var coverage = ResearchCoverage.Of(group.Select(r =>
                (AboveDesignatedSize.Classify(r.IndustryCode, r.Year, r.MainBusinessRevenue, r.Revenue), r.RdExpense)));
            if (coverage.IndustrialAbove == 0) continue;
            figures.Add(new Figure(group.Key.ZoneId, "ABOVEIND", group.Key.Year, 12, coverage.IndustrialAbove));
            figures.Add(new Figure(group.Key.ZoneId, "ABOVEINDRD", group.Key.Year, 12, coverage.WithResearch));
        }
        return figures;
    }

    /// <summary>Whether an indicator reads record figures, itself or through its parts.</summary>
    public static bool Reads(EconomicIndicator indicator) =>
        indicator.Kind == IndicatorKind.FromRecords
        || (indicator.Kind == IndicatorKind.Ratio && new[] { indicator.Numerator, indicator.Denominator }
            .Any(c => IndicatorCatalogue.Default.Find(c ?? "") is { Kind: IndicatorKind.FromRecords }));
}
