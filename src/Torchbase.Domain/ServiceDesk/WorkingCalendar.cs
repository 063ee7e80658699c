using System.Reflection;
using System.Text.Json;

namespace Torchbase.Domain.ServiceDesk;

/// <summary>One year's official holiday arrangement: days off, and the weekends worked in exchange (调休).</summary>
public sealed record HolidayYear(string Calendar, int Year, string Source, string Url, IReadOnlyList<HolidaySpan> Holidays,
    IReadOnlyList<DateOnly> WorkingWeekends);

public sealed record HolidaySpan(string Name, DateOnly From, DateOnly To);

/// <summary>
/// Working days as the government counts them: Monday to Friday, minus official holidays, plus the adjusted
/// working weekends. Years without a published arrangement fall back to plain weekends.
/// </summary>
public sealed class WorkingCalendar
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HashSet<DateOnly> _holidays = [];
    private readonly HashSet<DateOnly> _workingWeekends = [];

    public WorkingCalendar(IEnumerable<HolidayYear> years, IEnumerable<DateOnly>? extraHolidays = null)
    {
        Years = years.ToList();
        foreach (var year in Years)
        {
            foreach (var span in year.Holidays)
                for (var d = span.From; d <= span.To; d = d.AddDays(1)) _holidays.Add(d);
            _workingWeekends.UnionWith(year.WorkingWeekends);
        }
        if (extraHolidays is not null) _holidays.UnionWith(extraHolidays);
    }

    public IReadOnlyList<HolidayYear> Years { get; }

    /// <summary>The official calendars shipped with Torchbase (embedded JSON, one file a year).</summary>
    public static IReadOnlyList<HolidayYear> Official { get; } = LoadOfficial();

    public static WorkingCalendar China(IEnumerable<DateOnly>? extraHolidays = null) => new(Official, extraHolidays);

    public bool IsWorkingDay(DateOnly day) =>
        !_holidays.Contains(day) && (_workingWeekends.Contains(day) || day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>The day on which <paramref name="days"/> working days after <paramref name="start"/> end (start itself not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = start;
        while (days > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) days--;
        }
        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when to is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from) return -WorkingDaysBetween(to, from);
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (IsWorkingDay(d)) count++;
        return count;
    }

    public static HolidayYear Parse(string json) =>
        JsonSerializer.Deserialize<HolidayYear>(json, Json) ?? throw new InvalidDataException("Empty holiday calendar");

    private static List<HolidayYear> LoadOfficial()
    {
        var assembly = typeof(WorkingCalendar).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.Contains(".ServiceDesk.Calendars.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return Parse(reader.ReadToEnd());
            })
            .OrderBy(y => y.Year)
            .ToList();
    }
}
