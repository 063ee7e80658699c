using Torchbase.Domain.Energy;

namespace Torchbase.Domain.Tests.Energy;

public class ConsumptionTests
{
    /// <summary>A reading at a China-time instant ("2026-03-31 23:00").</summary>
    private static Reading R(string at, decimal value) =>
        new(DateTimeOffset.Parse(at + " +08:00", System.Globalization.CultureInfo.InvariantCulture), value);

    public static TheoryData<string, Reading[], int, int, string?, bool, int> Months => new()
    {
        { "last of the month minus last of the month before", [R("2026-02-20 12:00", 100), R("2026-02-28 23:00", 150),
            R("2026-03-10 08:00", 300), R("2026-03-31 22:00", 450)], 2026, 3, "300", false, 0 },
        { "a month without readings is unknown, not zero", [R("2026-02-28 23:00", 150), R("2026-04-02 08:00", 300)], 2026, 3, null, false, 0 },
        { "the month after a gap takes the whole gap", [R("2026-02-28 23:00", 150), R("2026-04-02 08:00", 300)], 2026, 4, "150", false, 0 },
        { "midnight China time belongs to the new month", [R("2026-02-28 23:00", 150), R("2026-03-01 00:00", 160),
            R("2026-03-31 23:59", 200)], 2026, 3, "50", false, 0 },
        { "16:30 UTC on the last day is already the next month in China", [R("2026-02-27 12:00", 10),
            new(DateTimeOffset.Parse("2026-02-28T16:30:00Z", System.Globalization.CultureInfo.InvariantCulture), 30)], 2026, 2, "0", true, 0 },
        { "the first month of a meter counts from its first reading, marked partial", [R("2026-03-05 08:00", 1000),
            R("2026-03-31 08:00", 1040)], 2026, 3, "40", true, 0 },
        { "a reset is reported and not read as negative", [R("2026-02-28 23:00", 9990), R("2026-03-10 08:00", 9999),
            R("2026-03-11 08:00", 5), R("2026-03-31 08:00", 25)], 2026, 3, "29", false, 1 },
        { "the same instant twice counts once", [R("2026-02-28 23:00", 100), R("2026-03-31 08:00", 130), R("2026-03-31 08:00", 130)],
            2026, 3, "30", false, 0 },
        { "readings in any order", [R("2026-03-31 08:00", 130), R("2026-02-28 23:00", 100)], 2026, 3, "30", false, 0 },
    };

    [Theory, MemberData(nameof(Months))]
    public void A_months_consumption_is_read_from_the_register(string _, Reading[] readings, int year, int month, string? expected,
        bool partial, int resets)
    {
        var result = Assert.Single(Consumption.Monthly(readings, year, month, year, month));
        Assert.Equal(expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Consumption);
        Assert.Equal(partial, result.Partial);
        Assert.Equal(resets, result.Resets);
    }

    [Fact]
    public void Intervals_report_a_reset_with_no_consumption()
    {
        var intervals = Consumption.Intervals([R("2026-03-01 00:00", 50), R("2026-03-01 01:00", 60), R("2026-03-01 02:00", 2)]);
        Assert.Equal([10m, null], intervals.Select(i => i.Consumption));
        Assert.Equal([false, true], intervals.Select(i => i.Reset));
        Assert.Equal(1.0, intervals[0].Hours);
    }

    [Fact]
    public void A_year_of_months_adds_up_to_the_last_reading_minus_the_one_before_the_year()
    {
        var readings = Enumerable.Range(0, 13).Select(i => R($"{new DateOnly(2025, 12, 31).AddMonths(i):yyyy-MM-dd} 20:00", 1000 + i * 100 + i * i))
            .ToList();
        var months = Consumption.Monthly(readings, 2026, 1, 2026, 12);
        Assert.Equal(12, months.Count);
        Assert.Equal(readings[^1].Value - readings[0].Value, months.Sum(m => m.Consumption));
    }

    [Fact]
    public void Meters_add_up_by_month_and_an_unknown_month_stays_unknown()
    {
        IReadOnlyList<MonthConsumption> a = [new(2026, 1, 100, false, 0), new(2026, 2, null, false, 0), new(2026, 3, 50, false, 1)];
        IReadOnlyList<MonthConsumption> b = [new(2026, 1, 20, true, 0), new(2026, 2, null, false, 0), new(2026, 3, 5, false, 0)];
        var sum = Consumption.Sum([a, b]);
        Assert.Equal([120m, null, 55m], sum.Select(m => m.Consumption));
        Assert.Equal([true, false, false], sum.Select(m => m.Partial));
        Assert.Equal(1, sum[2].Resets);
    }
}
