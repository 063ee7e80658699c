namespace Torchbase.Domain.Energy;

/// <summary>A reading as the rules read it: an instant and the register's cumulative value.</summary>
public readonly record struct Reading(DateTimeOffset At, decimal Value);

/// <summary>
/// The consumption between two consecutive readings. <see cref="Reset"/>: the register went down (the meter was reset or replaced);
/// the interval's consumption is then unknown (null), never negative.
/// </summary>
public sealed record IntervalConsumption(DateTimeOffset From, DateTimeOffset To, decimal? Consumption, bool Reset)
{
    public double Hours => (To - From).TotalHours;
}

/// <summary>
/// A month's consumption (China time). Null when the month has no reading. <see cref="Partial"/>: there was no reading before the
/// month, so it counts from the month's first reading only. <see cref="Resets"/>: how many times the register went down in the month
/// (the consumption of those intervals is not counted).
/// </summary>
public sealed record MonthConsumption(int Year, int Month, decimal? Consumption, bool Partial, int Resets);

/// <summary>
/// A meter's readings of one China-time day, as the daily rollup keeps them: the first and last reading of the day, the consumption
/// of the intervals between the day's own readings (resets not counted) and how many of those intervals were resets. The interval
/// across midnight, from the previous day's last reading to this day's first, is not in it: it is counted from the two days' rows.
/// </summary>
public sealed record DayReadings(DateOnly Day, DateTimeOffset FirstAt, decimal FirstValue, DateTimeOffset LastAt, decimal LastValue,
    decimal Consumption, int Resets);

/// <summary>
/// Consumption from cumulative register readings. A month's consumption is its last reading minus the last reading before it
/// (the previous month's last), i.e. the sum of the intervals that end in the month. A register that goes down is a meter reset or
/// replacement: that interval is reported (<see cref="IntervalConsumption.Reset"/>) and not counted, and counting goes on from the
/// new register value. Months are calendar months in China time (UTC+8, no daylight saving).
/// </summary>
public static class Consumption
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The month (China time) an instant falls in.</summary>
    public static (int Year, int Month) MonthOf(DateTimeOffset at)
    {
        var local = at.ToOffset(ChinaOffset);
        return (local.Year, local.Month);
    }

    /// <summary>The first instant of a month in China time.</summary>
    public static DateTimeOffset MonthStart(int year, int month) => new(year, month, 1, 0, 0, 0, ChinaOffset);

    /// <summary>The day (China time) an instant falls in.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(ChinaOffset).DateTime);

    /// <summary>The first instant of a day in China time.</summary>
    public static DateTimeOffset DayStart(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), ChinaOffset);

    /// <summary>The readings rolled up by China-time day (readings in any order; the same instant twice counts once).</summary>
    public static IReadOnlyList<DayReadings> Daily(IEnumerable<Reading> readings) =>
        [.. Ordered(readings).GroupBy(r => DayOf(r.At)).Select(g =>
        {
            var day = g.ToList();
            var own = Intervals(day);
            return new DayReadings(g.Key, day[0].At, day[0].Value, day[^1].At, day[^1].Value, own.Sum(i => i.Consumption ?? 0),
                own.Count(i => i.Reset));
        })];

    /// <summary>
    /// Each month from one to another (both included) from a meter's daily rollup: the same figures as <see cref="Monthly"/> gives
    /// from the readings themselves. A month's consumption is its days' own consumption plus, for each of its days, the interval
    /// from the last reading of the day before it that has readings (a reset when the register went down).
    /// </summary>
    public static IReadOnlyList<MonthConsumption> MonthlyFromDays(IEnumerable<DayReadings> days, int fromYear, int fromMonth, int toYear,
        int toMonth)
    {
        var ordered = days.OrderBy(d => d.Day).ToList();
        var result = new List<MonthConsumption>();
        for (var m = new DateOnly(fromYear, fromMonth, 1); m <= new DateOnly(toYear, toMonth, 1); m = m.AddMonths(1))
        {
            var end = m.AddMonths(1);
            var first = ordered.FindIndex(d => d.Day >= m && d.Day < end);
            if (first < 0)
            {
                result.Add(new MonthConsumption(m.Year, m.Month, null, false, 0));
                continue;
            }
            decimal consumption = 0;
            var resets = 0;
            for (var i = first; i < ordered.Count && ordered[i].Day < end; i++)
            {
                consumption += ordered[i].Consumption;
                resets += ordered[i].Resets;
                if (i == 0) continue;
                var across = ordered[i].FirstValue - ordered[i - 1].LastValue;
                if (across < 0) resets++;
                else consumption += across;
            }
            result.Add(new MonthConsumption(m.Year, m.Month, consumption, first == 0, resets));
        }
        return result;
    }

    /// <summary>The intervals between consecutive readings (readings in any order; the same instant twice counts once).</summary>
    public static IReadOnlyList<IntervalConsumption> Intervals(IEnumerable<Reading> readings)
    {
        var ordered = Ordered(readings);
        var result = new List<IntervalConsumption>(Math.Max(0, ordered.Count - 1));
        for (var i = 1; i < ordered.Count; i++)
        {
            var delta = ordered[i].Value - ordered[i - 1].Value;
            result.Add(new IntervalConsumption(ordered[i - 1].At, ordered[i].At, delta < 0 ? null : delta, delta < 0));
        }
        return result;
    }

    /// <summary>Each month from one to another (both included) with its consumption.</summary>
    public static IReadOnlyList<MonthConsumption> Monthly(IEnumerable<Reading> readings, int fromYear, int fromMonth, int toYear, int toMonth)
    {
        var ordered = Ordered(readings);
        var intervals = Intervals(ordered);
        var result = new List<MonthConsumption>();
        for (var m = new DateOnly(fromYear, fromMonth, 1); m <= new DateOnly(toYear, toMonth, 1); m = m.AddMonths(1))
        {
            var start = MonthStart(m.Year, m.Month);
            var end = MonthStart(m.AddMonths(1).Year, m.AddMonths(1).Month);
            var inMonth = ordered.Where(r => r.At >= start && r.At < end).ToList();
            if (inMonth.Count == 0)
            {
                result.Add(new MonthConsumption(m.Year, m.Month, null, false, 0));
                continue;
            }
            var partial = !ordered.Any(r => r.At < start);
            var own = intervals.Where(i => i.To >= start && i.To < end && (!partial || i.From >= start)).ToList();
            result.Add(new MonthConsumption(m.Year, m.Month, own.Sum(i => i.Consumption ?? 0), partial, own.Count(i => i.Reset)));
        }
        return result;
    }

    /// <summary>
    /// The months of several meters added up (a building, a park): a month is known when at least one meter has a consumption for it,
    /// partial when any of those is partial; resets add up.
    /// </summary>
    public static IReadOnlyList<MonthConsumption> Sum(IEnumerable<IReadOnlyList<MonthConsumption>> meters)
    {
        return meters.SelectMany(m => m).GroupBy(m => (m.Year, m.Month)).OrderBy(g => g.Key)
            .Select(g =>
            {
                var known = g.Where(m => m.Consumption is not null).ToList();
                return new MonthConsumption(g.Key.Year, g.Key.Month, known.Count == 0 ? null : known.Sum(m => m.Consumption!.Value),
                    known.Any(m => m.Partial), g.Sum(m => m.Resets));
            }).ToList();
    }

    private static List<Reading> Ordered(IEnumerable<Reading> readings) =>
        readings.GroupBy(r => r.At.UtcTicks).Select(g => g.First()).OrderBy(r => r.At).ToList();
}
