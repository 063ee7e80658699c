using Torchbase.Domain.Energy;

namespace Torchbase.Domain.Tests.Energy;

public class MeterAlertTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private static readonly MeterAlertRuleVersion Rules = new(new DateOnly(2026, 1, 1), null, "", "", false, "", "", SilentHours: 24,
        JumpFactor: 3, TypicalIntervals: 4, MinimumIntervals: 3);

    public static TheoryData<string, double?, bool> Silences => new()
    {
        { "never reported: nothing to say", null, false },
        { "an hour ago", 1, false },
        { "exactly 24 hours ago is not yet more than 24", 24, false },
        { "a minute past 24 hours", 24 + 1 / 60.0, true },
        { "three days ago", 72, true },
    };

    [Theory, MemberData(nameof(Silences))]
    public void A_meter_is_silent_after_more_than_N_hours(string _, double? hoursAgo, bool silent)
    {
        var now = T0.AddDays(10);
        DateTimeOffset? last = hoursAgo is { } h ? now.AddHours(-h) : null;
        var found = MeterAlertRules.Silence(Rules, last, now);
        Assert.Equal(silent, found is not null);
        if (found is not null) Assert.Equal((MeterAlertKind.Silent, last!.Value), (found.Kind, found.At));
    }

    private static IReadOnlyList<IntervalConsumption> Hourly(params decimal?[] used) =>
        [.. used.Select((u, i) => new IntervalConsumption(T0.AddHours(i), T0.AddHours(i + 1), u, u is null))];

    public static TheoryData<string, decimal?[], int[]> Jumps => new()
    {
        { "steady use", [10, 10, 10, 10, 10, 10], [] },
        { "more than three times the typical", [10, 10, 10, 31], [3] },
        { "exactly three times is not more", [10, 10, 10, 30], [] },
        { "too little history to judge", [10, 10, 31], [] },
        { "the typical is the median, so one spike does not raise it", [10, 10, 10, 100, 31], [3, 4] },
        { "the window forgets old use", [1, 1, 1, 1, 1, 10, 10, 10, 10, 25], [5, 6] },
        { "a reset is neither judged nor part of the history", [10, 10, null, 10, 31], [4] },
        { "nothing used has no scale", [0, 0, 0, 5], [] },
    };

    [Theory, MemberData(nameof(Jumps))]
    public void An_interval_jumps_above_k_times_its_recent_typical(string _, decimal?[] used, int[] jumping)
    {
        var intervals = Hourly(used);
        var found = MeterAlertRules.Jumps(Rules, intervals);
        Assert.Equal(jumping.Select(i => intervals[i].To), found.Select(f => f.At));
        Assert.True(found.All(f => f.Kind == MeterAlertKind.Jump && f.Consumption > 3 * f.Typical));
    }

    [Fact]
    public void A_longer_interval_is_judged_by_its_hours()
    {
        IReadOnlyList<IntervalConsumption> intervals =
        [
            new(T0, T0.AddHours(1), 10, false), new(T0.AddHours(1), T0.AddHours(2), 10, false), new(T0.AddHours(2), T0.AddHours(3), 10, false),
            new(T0.AddHours(3), T0.AddHours(8), 100, false),
        ];
        Assert.Empty(MeterAlertRules.Jumps(Rules, intervals));
    }

    [Fact]
    public void The_published_thresholds_say_they_are_the_zones_choice()
    {
        var rules = MeterAlertRules.InForce(new DateOnly(2026, 11, 23));
        Assert.NotNull(rules);
        Assert.False(rules.Official);
        Assert.Contains("本区", rules.Note);
        Assert.Contains("not a national", rules.NoteEn);
        Assert.True(rules.SilentHours >= 1 && rules.JumpFactor > 1);
        Assert.Null(MeterAlertRules.InForce(new DateOnly(2025, 12, 31)));
    }
}
