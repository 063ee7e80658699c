namespace Torchbase.Domain.Projects;

/// <summary>
/// A span of whole months within one year, as the reports count them: a month, a quarter, "前三季度" (months 1–9), a year.
/// </summary>
public readonly record struct MonthSpan(int Year, int FromMonth, int ToMonth)
{
    public static MonthSpan Month(int year, int month) => new(year, month, month);
    public static MonthSpan OfQuarter(int year, int quarter) => new(year, quarter * 3 - 2, quarter * 3);
    /// <summary>前N季度: from January through the end of quarter N.</summary>
    public static MonthSpan FirstQuarters(int year, int quarters) => new(year, 1, quarters * 3);
    public static MonthSpan WholeYear(int year) => new(year, 1, 12);

    public bool IsValid => FromMonth is >= 1 and <= 12 && ToMonth is >= 1 and <= 12 && FromMonth <= ToMonth;
    public bool Contains(int year, int month) => year == Year && month >= FromMonth && month <= ToMonth;
    public bool Contains(DateOnly day) => Contains(day.Year, day.Month);
    /// <summary>
    /// The same months a year earlier, the base of a year-on-year comparison (较去年同期). A method, not a property: a
    /// record prints its properties, and a property returning another span would print without end.
    /// </summary>
    public MonthSpan YearBefore() => this with { Year = Year - 1 };

    public override string ToString() => FromMonth == ToMonth ? $"{Year}-{FromMonth:00}" : $"{Year}-{FromMonth:00}..{ToMonth:00}";
}

/// <summary>An amount recorded for one month (万元).</summary>
public readonly record struct MonthAmount(int Year, int Month, decimal Amount);

/// <summary>A figure for a span and the same span a year earlier, with the growth between them.</summary>
public sealed record PeriodComparison(decimal Current, decimal Previous, decimal? Growth);

public static class PeriodFigures
{
    /// <summary>The sum of the months that fall in the span; months outside it are ignored.</summary>
    public static decimal Sum(IEnumerable<MonthAmount> amounts, MonthSpan span) =>
        amounts.Where(a => span.Contains(a.Year, a.Month)).Sum(a => a.Amount);

    /// <summary>How many entry dates (入库) fall in the span.</summary>
    public static int Count(IEnumerable<DateOnly> days, MonthSpan span) => days.Count(span.Contains);

    /// <summary>
    /// Year-on-year growth (current − previous) / previous, rounded to 4 places (0.443 = 44.3%). With nothing a year earlier
    /// (a zero or negative base) there is no growth to state: null, shown as "—", never infinity.
    /// </summary>
    public static decimal? Growth(decimal current, decimal previous) =>
        previous <= 0 ? null : Math.Round((current - previous) / previous, 4);

    public static PeriodComparison Compare(IEnumerable<MonthAmount> amounts, MonthSpan span)
    {
        var list = amounts as IReadOnlyCollection<MonthAmount> ?? amounts.ToList();
        var (current, previous) = (Sum(list, span), Sum(list, span.YearBefore()));
        return new PeriodComparison(current, previous, Growth(current, previous));
    }

    public static PeriodComparison CompareCounts(IEnumerable<DateOnly> days, MonthSpan span)
    {
        var list = days as IReadOnlyCollection<DateOnly> ?? days.ToList();
        var (current, previous) = (Count(list, span), Count(list, span.YearBefore()));
        return new PeriodComparison(current, previous, Growth(current, previous));
    }
}

/// <summary>
/// How a milestone stands against its plan: reached early or late by so many days, or still due (overdue once the planned day
/// has passed). Positive days are ahead of plan ("比原计划提前 3 天"), negative behind.
/// </summary>
public sealed record MilestoneVariance(int? DaysAhead, bool Reached, bool Overdue);

public static class MilestoneRules
{
    public static MilestoneVariance Evaluate(DateOnly? planned, DateOnly? actual, DateOnly today) => (planned, actual) switch
    {
        ({ } p, { } a) => new MilestoneVariance(p.DayNumber - a.DayNumber, true, false),
        (null, { }) => new MilestoneVariance(null, true, false),
        ({ } p, null) when today > p => new MilestoneVariance(p.DayNumber - today.DayNumber, false, true),
        _ => new MilestoneVariance(null, false, false),
    };
}
