using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Common;
using Torchbase.Domain.Economy;

namespace Torchbase.Features.Economy;

/// <summary>Reads a zone's figures and turns them into the sheet, trends and comparisons the pages show.</summary>
public static class EconomyQueries
{
    private static EconomicIndicatorSet Indicators => IndicatorCatalogue.Default;

    /// <summary>
    /// The month a figure of this indicator is read for: quarterly indicators at the last quarter end, annual ones (counted
    /// from yearly reports) at December of the year.
    /// </summary>
    public static int? EffectiveMonth(EconomicIndicator indicator, int month) =>
        indicator.Annual ? 12 : !indicator.Quarterly ? month : month >= 3 ? month - month % 3 : null;

    public static async Task<EconomySheet> SheetAsync(AppDbContext db, Guid zoneId, int year, int month, CancellationToken ct)
    {
        var zoneName = await db.Zones.Where(z => z.Id == zoneId).Select(z => z.Name).FirstAsync(ct);
        var entered = await db.EconomicFigures.AsNoTracking()
            .Where(f => f.ZoneId == zoneId && (f.Year == year || f.Year == year - 1) && f.Month <= month)
            .Select(f => new { f.IndicatorCode, f.Year, f.Month, f.Value, f.Version }).ToListAsync(ct);
        var values = entered.ToDictionary(f => (f.IndicatorCode, f.Year, f.Month), f => f.Value);
        foreach (var f in await RecordFigures.LoadAsync(db, zoneId, [year, year - 1], ct)) values[(f.IndicatorCode, f.Year, f.Month)] = f.Value;
        // Only an entered figure has a version to edit against; a counted one is read, never saved.
        var versions = entered.ToDictionary(f => (f.IndicatorCode, f.Year, f.Month), f => f.Version);
        var targets = await db.EconomicTargets.AsNoTracking().Where(t => t.ZoneId == zoneId && t.Year == year).ToListAsync(ct);

        var rows = Indicators.Indicators.Select(indicator =>
        {
            var at = EffectiveMonth(indicator, month);
            decimal? Read(string code, int y) => at is { } m ? values.GetValueOrDefault((code, y, m)) : null;
            var value = IndicatorMath.ValueOf(indicator, code => Read(code, year));
            var previous = IndicatorMath.ValueOf(indicator, code => Read(code, year - 1));
            var growth = indicator.Kind == IndicatorKind.Ratio ? null : IndicatorMath.GrowthPercent(value, previous);
            var target = targets.FirstOrDefault(t => t.IndicatorCode == indicator.Code);
            var completion = IndicatorMath.CompletionPercent(value, target?.TargetValue);
            var version = indicator.IsEntered && at is { } mm && versions.TryGetValue((indicator.Code, year, mm), out var own) ? own : (int?)null;
            return new SheetRow(indicator.Code, indicator.Name, indicator.NameEn, indicator.Unit, indicator.Kind, indicator.Quarterly, indicator.IsEntered,
                at, value, previous, growth, target?.TargetValue, target?.TargetGrowthPercent, completion,
                // 序时进度 is for figures that accumulate over the year; a share or a year's count has no pace.
                indicator.Kind == IndicatorKind.Cumulative && at is { } m2 ? IndicatorMath.PaceOf(completion, m2) : Pace.Unknown,
                growth is { } g && target?.TargetGrowthPercent is { } tg ? g >= tg : null, version,
                indicator.AcceptsTarget, indicator.Annual, target?.Version);
        }).ToList();
        return new EconomySheet(zoneId, zoneName, year, month, IndicatorMath.TimeElapsedPercent(month), rows);
    }

    /// <summary>Monthly figures of one indicator over the last <paramref name="years"/> years with their growth.</summary>
    public static async Task<IReadOnlyList<TrendPoint>> TrendAsync(
        AppDbContext db, Guid zoneId, EconomicIndicator indicator, int lastYear, int years, CancellationToken ct)
    {
        var codes = indicator.Kind == IndicatorKind.Ratio ? new[] { indicator.Numerator!, indicator.Denominator! } : [indicator.Code];
        var figures = await db.EconomicFigures.AsNoTracking()
            .Where(f => f.ZoneId == zoneId && codes.Contains(f.IndicatorCode) && f.Year >= lastYear - years && f.Year <= lastYear)
            .Select(f => new { f.IndicatorCode, f.Year, f.Month, f.Value })
            .ToListAsync(ct);
        if (RecordFigures.Reads(indicator))
            figures.AddRange((await RecordFigures.LoadAsync(db, zoneId, [.. Enumerable.Range(lastYear - years, years + 1)], ct))
                .Where(f => codes.Contains(f.IndicatorCode)).Select(f => new { f.IndicatorCode, f.Year, f.Month, Value = (decimal?)f.Value }));
        var byKey = figures.ToDictionary(f => (f.IndicatorCode, f.Year, f.Month), f => f.Value);
        decimal? ValueAt(int y, int m) => IndicatorMath.ValueOf(indicator, code => byKey.GetValueOrDefault((code, y, m)));
        return figures.Select(f => (f.Year, f.Month)).Distinct().Where(p => p.Year > lastYear - years)
            .OrderBy(p => p.Year).ThenBy(p => p.Month)
            .Select(p =>
            {
                var value = ValueAt(p.Year, p.Month);
                var growth = indicator.Kind == IndicatorKind.Ratio ? null : IndicatorMath.GrowthPercent(value, ValueAt(p.Year - 1, p.Month));
                return new TrendPoint(p.Year, p.Month, value, growth);
            }).ToList();
    }

    /// <summary>The zones the caller sees, side by side on one indicator, ranked by amount and by growth.</summary>
    public static async Task<ZoneComparison> CompareAsync(AppDbContext db, EconomicIndicator indicator, int year, int month, CancellationToken ct)
    {
        var at = EffectiveMonth(indicator, month);
        var zones = await db.Zones.AsNoTracking().OrderBy(z => z.Name).Select(z => new { z.Id, z.Name }).ToListAsync(ct);
        var codes = indicator.Kind == IndicatorKind.Ratio ? new[] { indicator.Numerator!, indicator.Denominator! } : [indicator.Code];
        var figures = await db.EconomicFigures.AsNoTracking()
            .Where(f => codes.Contains(f.IndicatorCode) && (f.Year == year || f.Year == year - 1) && f.Month == at)
            .Select(f => new { f.ZoneId, f.IndicatorCode, f.Year, f.Value }).ToListAsync(ct);
        if (RecordFigures.Reads(indicator))
            figures.AddRange((await RecordFigures.LoadAsync(db, null, [year, year - 1], ct))
                .Where(f => codes.Contains(f.IndicatorCode)).Select(f => new { f.ZoneId, f.IndicatorCode, f.Year, Value = (decimal?)f.Value }));
        var byKey = figures.ToDictionary(f => (f.ZoneId, f.IndicatorCode, f.Year), f => f.Value);
        var rows = zones.Select(z =>
        {
            var value = IndicatorMath.ValueOf(indicator, code => byKey.GetValueOrDefault((z.Id, code, year)));
            var previous = IndicatorMath.ValueOf(indicator, code => byKey.GetValueOrDefault((z.Id, code, year - 1)));
            var growth = indicator.Kind == IndicatorKind.Ratio ? null : IndicatorMath.GrowthPercent(value, previous);
            return (z.Id, z.Name, value, growth);
        }).ToList();
        var valueRanks = Ranking.Rank(rows.Select(r => r.value).ToList());
        var growthRanks = Ranking.Rank(rows.Select(r => r.growth).ToList());
        return new ZoneComparison(indicator.Code, indicator.Name, indicator.Unit, year, month,
            rows.Select((r, i) => new ZoneFigure(r.Id, r.Name, r.value, r.growth, valueRanks[i], growthRanks[i])).ToList());
    }
}
