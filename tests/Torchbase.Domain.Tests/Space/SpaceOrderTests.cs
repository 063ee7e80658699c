using Torchbase.Domain.Space;

namespace Torchbase.Domain.Tests.Space;

public class SpaceOrderTests
{
    private static Guid G(int n) => Guid.Parse($"00000000-0000-0000-0000-{n:D12}");

    /// <summary>Six buildings: two at 50 % (different vacant areas), two alike in everything but name, one full, one with nothing lettable.</summary>
    private static readonly BuildingOccupancy[] Buildings =
    [
        new(G(1), "A座", 0.5m, 500), new(G(2), "B座", 0.5m, 200), new(G(3), "C座", 1m, 0), new(G(4), "D座", null, 0),
        new(G(5), "E座", 0.25m, 300), new(G(6), "F座", 0.25m, 300),
    ];

    public static TheoryData<string, OccupancySort, bool, string> Cases => new()
    {
        { "rate rising: the emptier first, equal rates the roomier first, equals by name, no rate last", OccupancySort.Rate, false, "E座 F座 A座 B座 C座 D座" },
        { "rate falling: the fuller first, equal rates the less vacant first, equals still by name, no rate last", OccupancySort.Rate, true,
            "C座 B座 A座 E座 F座 D座" },
        { "vacant area rising: ties by rate, equals by name", OccupancySort.VacantArea, false, "C座 D座 B座 E座 F座 A座" },
        { "vacant area falling: equals keep the name order", OccupancySort.VacantArea, true, "A座 E座 F座 B座 C座 D座" },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Buildings_sort_by_occupancy_both_ways_with_a_stable_tie_order(string _, OccupancySort by, bool desc, string expected)
    {
        var order = SpaceOrder.ByOccupancy(Buildings, b => b, by, desc).Select(b => b.Name);
        Assert.Equal(expected, string.Join(' ', order));
    }

    [Fact]
    public void The_order_does_not_depend_on_the_order_the_buildings_come_in()
    {
        var once = SpaceOrder.ByOccupancy(Buildings, b => b, OccupancySort.Rate, true).Select(b => b.Id);
        var reversed = SpaceOrder.ByOccupancy(Buildings.Reverse(), b => b, OccupancySort.Rate, true).Select(b => b.Id);
        Assert.Equal(once, reversed);
    }
}
