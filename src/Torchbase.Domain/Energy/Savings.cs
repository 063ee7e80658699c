namespace Torchbase.Domain.Energy;

/// <summary>
/// A baseline: the same month of a baseline year (read from the meter's own readings), or a fixed monthly figure the officer entered.
/// Neither: no baseline, and no savings.
/// </summary>
public sealed record Baseline(int? Year, decimal? Monthly)
{
    public static readonly Baseline None = new(null, null);
}

/// <summary>A month's consumption against its baseline; savings and the share saved are null when either side is unknown.</summary>
public sealed record MonthSavings(int Year, int Month, decimal? Consumption, decimal? Baseline, decimal? Saved, decimal? Percent);

/// <summary>Savings over a period: only the months where both the consumption and the baseline are known count.</summary>
public sealed record PeriodSavings(IReadOnlyList<MonthSavings> Months, decimal Consumption, decimal Baseline, decimal Saved, decimal? Percent,
    int MonthsCounted);

/// <summary>
/// Savings against a baseline (节能量): baseline − consumption, and the share of the baseline saved (节能率). The report's "每年可节省
/// 照明耗电量约 3.3 万度，节能 50% 以上" is a period's <see cref="PeriodSavings.Saved"/> (≈ 33 000 kWh) and <see cref="PeriodSavings.Percent"/>
/// (&gt; 0.5). A consumption above the baseline is a negative saving, shown as it is.
/// </summary>
public static class Savings
{
    /// <summary>The baseline of a month: the fixed figure, else the same month of the baseline year (null when that month is unknown).</summary>
    public static decimal? BaselineOf(Baseline baseline, IReadOnlyList<MonthConsumption> baselineYear, int month) =>
        baseline.Monthly ?? (baseline.Year is { } year ? baselineYear.FirstOrDefault(m => m.Year == year && m.Month == month)?.Consumption : null);

    public static MonthSavings Of(int year, int month, decimal? consumption, decimal? baseline)
    {
        decimal? saved = consumption is { } c && baseline is { } b ? b - c : null;
        decimal? percent = saved is { } s && baseline is > 0 ? Math.Round(s / baseline.Value, 4) : null;
        return new MonthSavings(year, month, consumption, baseline, saved, percent);
    }

    /// <summary>Each month of <paramref name="months"/> against the baseline (the baseline year's months read from <paramref name="baselineYear"/>).</summary>
    public static PeriodSavings Over(IReadOnlyList<MonthConsumption> months, Baseline baseline, IReadOnlyList<MonthConsumption> baselineYear)
    {
        var rows = months.Select(m => Of(m.Year, m.Month, m.Consumption, BaselineOf(baseline, baselineYear, m.Month))).ToList();
        return Total(rows);
    }

    /// <summary>The period's totals over the months where both sides are known.</summary>
    public static PeriodSavings Total(IReadOnlyList<MonthSavings> rows)
    {
        var counted = rows.Where(r => r.Saved is not null).ToList();
        var consumption = counted.Sum(r => r.Consumption!.Value);
        var baseTotal = counted.Sum(r => r.Baseline!.Value);
        var saved = baseTotal - consumption;
        return new PeriodSavings(rows, consumption, baseTotal, saved, baseTotal > 0 ? Math.Round(saved / baseTotal, 4) : null, counted.Count);
    }

    /// <summary>Several meters' month rows added up month by month (a building's or a park's savings); unknown stays unknown.</summary>
    public static IReadOnlyList<MonthSavings> Sum(IEnumerable<IReadOnlyList<MonthSavings>> meters) =>
        meters.SelectMany(m => m).GroupBy(m => (m.Year, m.Month)).OrderBy(g => g.Key)
            .Select(g =>
            {
                var known = g.Where(m => m.Saved is not null).ToList();
                return known.Count == 0
                    ? new MonthSavings(g.Key.Year, g.Key.Month, Add(g.Select(m => m.Consumption)), null, null, null)
                    : Of(g.Key.Year, g.Key.Month, known.Sum(m => m.Consumption!.Value), known.Sum(m => m.Baseline!.Value));
            }).ToList();

    private static decimal? Add(IEnumerable<decimal?> values)
    {
        var known = values.Where(v => v is not null).ToList();
        return known.Count == 0 ? null : known.Sum(v => v!.Value);
    }
}
