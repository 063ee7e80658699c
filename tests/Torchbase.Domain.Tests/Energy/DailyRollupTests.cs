using Torchbase.Domain.Energy;

namespace Torchbase.Domain.Tests.Energy;

/// <summary>The daily rollup gives the same months as the readings themselves, whatever the order, repeats and resets.</summary>
public class DailyRollupTests
{
    private static Reading R(string at, decimal value) =>
        new(DateTimeOffset.Parse(at + " +08:00", System.Globalization.CultureInfo.InvariantCulture), value);

    /// <summary>Every case of the readings' own table, counted again from the rollup.</summary>
    [Theory, MemberData(nameof(ConsumptionTests.Months), MemberType = typeof(ConsumptionTests))]
    public void A_month_from_the_rollup_equals_the_month_from_the_readings(string _, Reading[] readings, int year, int month,
        string? expected, bool partial, int resets)
    {
        var result = Assert.Single(Consumption.MonthlyFromDays(Consumption.Daily(readings), year, month, year, month));
        Assert.Equal(expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Consumption);
        Assert.Equal(partial, result.Partial);
        Assert.Equal(resets, result.Resets);
    }

    public static TheoryData<string, Reading[], string, string, string, string, string, int> Days => new()
    {
        { "first and last of the day, its own intervals", [R("2026-03-01 08:00", 10), R("2026-03-01 20:00", 14.5m), R("2026-03-01 12:00", 12)],
            "2026-03-01", "08:00", "10", "20:00", "4.5", 0 },
        { "midnight China time opens the day", [R("2026-03-02 00:00", 20), R("2026-03-01 23:59", 19), R("2026-03-02 23:59", 25)],
            "2026-03-02", "00:00", "20", "23:59", "5", 0 },
        { "a reset inside the day is counted as a reset, not consumption", [R("2026-03-03 01:00", 90), R("2026-03-03 02:00", 99),
            R("2026-03-03 03:00", 1), R("2026-03-03 04:00", 3)], "2026-03-03", "01:00", "90", "04:00", "11", 1 },
        { "a repeat of an instant counts once", [R("2026-03-04 01:00", 5), R("2026-03-04 01:00", 5), R("2026-03-04 02:00", 7)],
            "2026-03-04", "01:00", "5", "02:00", "2", 0 },
    };

    [Theory, MemberData(nameof(Days))]
    public void A_day_keeps_its_first_and_last_reading_and_its_own_consumption(string _, Reading[] readings, string day, string firstAt,
        string firstValue, string lastAt, string consumption, int resets)
    {
        var row = Consumption.Daily(readings).Single(d => d.Day == DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(R($"{day} {firstAt}", 0).At, row.FirstAt);
        Assert.Equal(decimal.Parse(firstValue, inv), row.FirstValue);
        Assert.Equal(R($"{day} {lastAt}", 0).At, row.LastAt);
        Assert.Equal(decimal.Parse(consumption, inv), row.Consumption);
        Assert.Equal(resets, row.Resets);
    }

    [Fact]
    public void A_year_of_shuffled_readings_with_resets_and_gaps_gives_the_same_months_from_the_rollup()
    {
        var random = new Random(2026);
        var start = R("2025-12-30 00:00", 0).At;
        var readings = new List<Reading>();
        var value = 100m;
        for (var i = 0; i < 1500; i++)
        {
            if (i is >= 400 and < 560) continue; // May 2026 without readings
            value = i % 97 == 0 ? 3.5m : value + Math.Round((decimal)random.NextDouble() * 7, 3);
            readings.Add(new Reading(start.AddHours(i * 7), value));
        }
        var shuffled = readings.Concat(readings.Take(50)).OrderBy(_ => random.Next()).ToList();
        var fromReadings = Consumption.Monthly(shuffled, 2026, 1, 2027, 1);
        var fromRollup = Consumption.MonthlyFromDays(Consumption.Daily(shuffled), 2026, 1, 2027, 1);
        Assert.Equal(fromReadings, fromRollup);
        Assert.True(fromReadings.Sum(m => m.Resets) > 5);
        Assert.Contains(fromReadings, m => m.Consumption is null);
    }
}
