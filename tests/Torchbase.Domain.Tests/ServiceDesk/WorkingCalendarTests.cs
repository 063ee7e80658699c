using System.Globalization;
using Torchbase.Domain.ServiceDesk;

namespace Torchbase.Domain.Tests.ServiceDesk;

public class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.China();
    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void The_2026_calendar_is_shipped_with_its_source()
    {
        var year = Assert.Single(WorkingCalendar.Official, y => y.Year == 2026);
        Assert.Contains("国务院办公厅", year.Source);
        Assert.StartsWith("https://", year.Url);
        Assert.Equal(7, year.Holidays.Count);
        Assert.Equal(6, year.WorkingWeekends.Count);
    }

    [Theory]
    [InlineData("2026-01-01", false)] // 元旦
    [InlineData("2026-01-04", true)]  // Sunday worked in exchange (调休)
    [InlineData("2026-02-14", true)]  // Saturday before the Spring Festival, worked
    [InlineData("2026-02-16", false)] // Spring Festival, a Monday
    [InlineData("2026-02-23", false)] // last day of the Spring Festival
    [InlineData("2026-02-24", true)]
    [InlineData("2026-10-08", true)]
    [InlineData("2026-10-10", true)]  // Saturday worked after National Day
    [InlineData("2026-11-21", false)] // ordinary Saturday
    [InlineData("2026-11-23", true)]  // ordinary Monday
    public void Knows_holidays_and_adjusted_weekends(string day, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(D(day)));

    [Theory]
    [InlineData("2026-11-20", 1, "2026-11-23")]  // Friday + 1 → Monday
    [InlineData("2026-11-23", 5, "2026-11-30")]
    [InlineData("2026-09-30", 1, "2026-10-08")]  // over National Day
    [InlineData("2026-09-29", 4, "2026-10-10")]  // 9-30, 10-8, 10-9, then the worked Saturday
    [InlineData("2026-02-13", 1, "2026-02-14")]  // Friday → the worked Saturday
    [InlineData("2026-02-13", 2, "2026-02-24")]
    [InlineData("2027-03-05", 1, "2027-03-08")]  // a year without a published calendar: weekends only
    [InlineData("2026-11-23", 0, "2026-11-23")]
    public void Adds_working_days(string start, int days, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), days));

    [Fact]
    public void Counting_is_the_inverse_of_adding()
    {
        for (var day = D("2026-01-01"); day < D("2026-12-01"); day = day.AddDays(7))
            foreach (var n in new[] { 1, 5, 10, 20 })
                Assert.Equal(n, Calendar.WorkingDaysBetween(day, Calendar.AddWorkingDays(day, n)));
        Assert.Equal(-3, Calendar.WorkingDaysBetween(D("2026-11-26"), D("2026-11-23")));
    }

    [Fact]
    public void Extra_local_holidays_are_skipped()
    {
        var local = WorkingCalendar.China([D("2026-11-24")]);
        Assert.Equal(D("2026-11-25"), local.AddWorkingDays(D("2026-11-23"), 1));
        Assert.Equal(D("2026-11-24"), Calendar.AddWorkingDays(D("2026-11-23"), 1));
    }
}
