namespace Torchbase.Domain.Economy;

/// <summary>Where a cumulative figure stands against its annual target and the time elapsed (序时进度).</summary>
public enum Pace { Unknown, Ahead, OnPace, Behind }

/// <summary>Growth, shares and completion as the zone's statistics report them. Every input may be missing (null): so is the result.</summary>
public static class IndicatorMath
{
    /// <summary>Year-on-year growth in percent: (current − same period last year) ÷ same period last year × 100.</summary>
    public static decimal? GrowthPercent(decimal? current, decimal? previous) =>
        current is { } c && previous is { } p && p != 0 ? Math.Round((c - p) / Math.Abs(p) * 100, 2) : null;

    /// <summary>A share in percent (e.g. tax revenue of budget revenue).</summary>
    public static decimal? SharePercent(decimal? part, decimal? whole) =>
        part is { } a && whole is { } b && b != 0 ? Math.Round(a / b * 100, 2) : null;

    /// <summary>Completion of an annual target in percent (完成率).</summary>
    public static decimal? CompletionPercent(decimal? actual, decimal? target) => SharePercent(actual, target);

    /// <summary>The share of the year elapsed at the end of a month (序时进度): month ÷ 12.</summary>
    public static decimal TimeElapsedPercent(int month) =>
        month is >= 1 and <= 12 ? Math.Round(month * 100m / 12, 2) : throw new ArgumentOutOfRangeException(nameof(month));

    /// <summary>
    /// Ahead when completion exceeds the elapsed share of the year by more than <paramref name="tolerancePoints"/>,
    /// behind when it falls short by more, on pace in between.
    /// </summary>
    public static Pace PaceOf(decimal? completionPercent, int month, decimal tolerancePoints = 2m)
    {
        if (completionPercent is not { } completion) return Pace.Unknown;
        var elapsed = TimeElapsedPercent(month);
        if (completion > elapsed + tolerancePoints) return Pace.Ahead;
        return completion < elapsed - tolerancePoints ? Pace.Behind : Pace.OnPace;
    }

    /// <summary>The value of an indicator for a period: entered figures as given, ratios from their parts.</summary>
    public static decimal? ValueOf(EconomicIndicator indicator, Func<string, decimal?> entered) =>
        indicator.Kind == IndicatorKind.Ratio
            ? SharePercent(entered(indicator.Numerator!), entered(indicator.Denominator!))
            : entered(indicator.Code);
}
