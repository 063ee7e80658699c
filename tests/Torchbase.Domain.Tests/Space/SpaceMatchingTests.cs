using Torchbase.Domain.Space;

namespace Torchbase.Domain.Tests.Space;

public class SpaceMatchingTests
{
    private static SpaceCandidate U(string name, decimal area, decimal? load = 10, decimal? power = 500, UnitStatus status = UnitStatus.Vacant) =>
        new(Guid.NewGuid(), name, status, area, load, power);

    public static TheoryData<string, SpaceNeed, SpaceCandidate, MatchReason[]> Reasons => new()
    {
        { "exactly what is asked", new(1000, 10, 500), U("1", 1000), [MatchReason.Fits] },
        { "more of everything", new(800, 5, 200), U("1", 1000), [MatchReason.Fits] },
        { "only area asked: unknown load and power are not checked", new(800, null, null), U("1", 1000, null, null), [MatchReason.Fits] },
        { "one square metre short", new(1000.5m, null, null), U("1", 1000), [MatchReason.TooSmall] },
        { "floor too weak", new(500, 15, null), U("1", 1000), [MatchReason.FloorLoadTooLow] },
        { "load asked, unit's unknown", new(500, 5, null), U("1", 1000, load: null), [MatchReason.FloorLoadUnknown] },
        { "power too low", new(500, null, 630), U("1", 1000), [MatchReason.PowerTooLow] },
        { "power asked, unit's unknown", new(500, null, 100), U("1", 1000, power: null), [MatchReason.PowerUnknown] },
        { "reserved", new(500, null, null), U("1", 1000, status: UnitStatus.Reserved), [MatchReason.NotVacant] },
        { "leased", new(500, null, null), U("1", 1000, status: UnitStatus.Leased), [MatchReason.NotVacant] },
        { "idle is not on offer", new(500, null, null), U("1", 1000, status: UnitStatus.Idle), [MatchReason.NotVacant] },
        { "every reason at once", new(2000, 20, 1000), U("1", 1000, 10, 500, UnitStatus.Disposal),
            [MatchReason.NotVacant, MatchReason.TooSmall, MatchReason.FloorLoadTooLow, MatchReason.PowerTooLow] },
    };

    [Theory, MemberData(nameof(Reasons))]
    public void A_unit_fits_a_need_or_says_why_not(string _, SpaceNeed need, SpaceCandidate unit, MatchReason[] expected)
    {
        var match = SpaceMatching.Check(need, unit);
        Assert.Equal(expected, match.Reasons);
        Assert.Equal(expected is [MatchReason.Fits], match.Fits);
    }

    [Fact]
    public void Best_fit_first_the_least_area_left_over_then_those_that_do_not_fit_nearest_first()
    {
        var units = new[]
        {
            U("大", 3000), U("刚好", 1200), U("稍大", 1500), U("偏小", 1100), U("已租", 1200, status: UnitStatus.Leased),
            U("很小", 200), U("承重不足", 1350, load: 5),
        };
        var ranked = SpaceMatching.Rank(new SpaceNeed(1200, 8, null), units);
        Assert.Equal(["刚好", "稍大", "大", "已租", "偏小", "承重不足", "很小"], ranked.Select(m => m.Unit.Name));
        Assert.Equal([true, true, true, false, false, false, false], ranked.Select(m => m.Fits));
        Assert.Equal(0, ranked[0].SpareArea);
    }
}
