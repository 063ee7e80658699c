using Torchbase.Domain.Space;

namespace Torchbase.Domain.Tests.Space;

public class OccupancyTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000000c");
    private static readonly Guid D = Guid.Parse("00000000-0000-0000-0000-00000000000d");

    /// <summary>Four units: 1,000 + 600 + 400 m² lettable (C idle still counts), D under disposal does not.</summary>
    private static readonly OccupancyUnit[] Units =
    [
        new(A, 1000, UnitStatus.Leased), new(B, 600, UnitStatus.Leased), new(C, 400, UnitStatus.Idle), new(D, 500, UnitStatus.Disposal),
    ];

    private static OccupancyLease L(Guid unit, string from, string to, decimal area) => new(unit, DateOnly.Parse(from), DateOnly.Parse(to), area);

    public static TheoryData<string, OccupancyLease[], int, int, decimal, string?> Cases => new()
    {
        { "nothing let", [], 2026, 3, 0, "0" },
        { "one unit all year", [L(A, "2026-01-01", "2026-12-31", 1000)], 2026, 3, 1000, "0.5" },
        { "a lease starting on the last day of the month counts", [L(A, "2026-03-31", "2027-03-30", 1000)], 2026, 3, 1000, "0.5" },
        { "a lease ending on the first day of the month counts", [L(A, "2025-03-01", "2026-03-01", 1000)], 2026, 3, 1000, "0.5" },
        { "a lease ended the month before does not", [L(A, "2025-03-01", "2026-02-28", 1000)], 2026, 3, 0, "0" },
        { "a lease starting the month after does not", [L(A, "2026-04-01", "2027-03-31", 1000)], 2026, 3, 0, "0" },
        { "part of a unit", [L(B, "2026-01-01", "2026-12-31", 300)], 2026, 6, 300, "0.15" },
        { "overlapping leases never let more than the unit", [L(B, "2026-01-01", "2026-06-30", 600), L(B, "2026-06-01", "2026-12-31", 600)],
            2026, 6, 600, "0.3" },
        { "a unit under disposal is out of both sides", [L(D, "2026-01-01", "2026-12-31", 500)], 2026, 6, 0, "0" },
        { "everything lettable let", [L(A, "2026-01-01", "2026-12-31", 1000), L(B, "2026-01-01", "2026-12-31", 600),
            L(C, "2026-01-01", "2026-12-31", 400)], 2026, 6, 2000, "1" },
        { "a thirds rate is rounded to four places", [L(A, "2026-01-01", "2026-12-31", 1000), L(B, "2026-01-01", "2026-12-31", 600),
            L(C, "2026-01-01", "2026-12-31", 66.67m)], 2026, 6, 1666.67m, "0.8333" },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Occupancy_is_the_area_let_in_the_month_over_the_lettable_area(
        string _, OccupancyLease[] leases, int year, int month, decimal leased, string? rate)
    {
        var result = Occupancy.Of(Units, leases, year, month);
        Assert.Equal(2000, result.LettableArea);
        Assert.Equal(leased, result.LeasedArea);
        Assert.Equal(rate is null ? null : decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), result.Rate);
    }

    [Fact]
    public void With_nothing_lettable_there_is_no_rate_rather_than_zero()
    {
        var result = Occupancy.Of([new(D, 500, UnitStatus.Disposal)], [L(D, "2026-01-01", "2026-12-31", 500)], 2026, 1);
        Assert.Null(result.Rate);
        Assert.Equal(0, result.LettableArea);
    }

    [Fact]
    public void A_series_gives_every_month_and_a_lease_raises_only_the_months_it_covers()
    {
        var series = Occupancy.Series(Units, [L(A, "2026-02-15", "2026-04-10", 1000)], 2025, 12, 2026, 5);
        Assert.Equal(["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05"], series.Select(s => $"{s.Year}-{s.Month:00}"));
        Assert.Equal([0m, 0m, 0.5m, 0.5m, 0.5m, 0m], series.Select(s => s.Rate ?? -1));
    }
}
