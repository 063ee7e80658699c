using Microsoft.Extensions.Time.Testing;
using Torchbase.Domain.ServiceDesk;

namespace Torchbase.Domain.Tests.ServiceDesk;

/// <summary>Deadlines on a fake clock, across a weekend and the National Day holiday.</summary>
public class DeadlinesTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly Deadlines _deadlines = new(DeadlinePolicy.Default, WorkingCalendar.China());

    private static DateOnly TodayOf(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(China).DateTime);

    [Fact]
    public void Level_one_deadline_over_a_weekend_reminds_then_flags_overdue()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 19, 10, 0, 0, China)); // Thursday
        var due = _deadlines.DueOn(RequestStatus.InProgress, HandlingLevel.Officer, TodayOf(clock))!.Value;
        Assert.Equal(new DateOnly(2026, 11, 26), due); // Fri, Mon, Tue, Wed, Thu

        var seen = new List<(DateOnly, DeadlineState)>();
        for (var i = 0; i < 9; i++)
        {
            seen.Add((TodayOf(clock), _deadlines.StateOn(due, TodayOf(clock))));
            clock.Advance(TimeSpan.FromDays(1));
        }
        Assert.Equal(
        [
            DeadlineState.OnTime, DeadlineState.OnTime, DeadlineState.OnTime, DeadlineState.OnTime, // Thu…Sun: 5, 4, 3, 3 days left
            DeadlineState.OnTime, DeadlineState.OnTime, DeadlineState.DueSoon, DeadlineState.DueSoon, // Mon 3, Tue 2, Wed 1, Thu 0
            DeadlineState.Overdue,                                                                 // Friday
        ], seen.Select(s => s.Item2));
    }

    [Fact]
    public void Department_deadline_skips_the_national_day_holiday_and_counts_the_worked_saturday()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 28, 16, 0, 0, China)); // Monday after 中秋
        var due = _deadlines.TaskDueOn(TodayOf(clock));
        // 9-29, 9-30, (10-1…10-7 off), 10-8, 10-9, 10-10 (worked Saturday), 10-12 … 10-16
        Assert.Equal(new DateOnly(2026, 10, 16), due);
        clock.Advance(TimeSpan.FromDays(9)); // 10-7, still the holiday
        Assert.Equal(DeadlineState.OnTime, _deadlines.StateOn(due, TodayOf(clock)));
        clock.Advance(TimeSpan.FromDays(8)); // 10-15
        Assert.Equal(DeadlineState.DueSoon, _deadlines.StateOn(due, TodayOf(clock)));
        clock.Advance(TimeSpan.FromDays(2)); // 10-17
        Assert.Equal(DeadlineState.Overdue, _deadlines.StateOn(due, TodayOf(clock)));
    }

    [Fact]
    public void Finishing_a_step_late_marks_the_request_as_not_on_time()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 9, 0, 0, China)); // Thursday before 元旦 2027 (not yet published)
        var r = new ServiceRequest { Number = "SQ", Title = "t", Description = "d", SubmittedOn = TodayOf(clock) };
        r.DueOn = _deadlines.DueOn(r.Status, r.Level, TodayOf(clock));
        Assert.Equal(new DateOnly(2027, 1, 1), r.DueOn);
        clock.Advance(TimeSpan.FromDays(4)); // Monday 2027-01-04
        var verdict = RequestWorkflow.Apply(r, new RequestCommand(RequestAction.Accept, ActorKind.Officer), _deadlines, clock.GetUtcNow(), TodayOf(clock),
            null, "officer1", Guid.NewGuid);
        Assert.True(verdict.Allowed);
        Assert.True(r.WasOverdue);
    }

    [Theory]
    [InlineData(RequestStatus.Submitted, HandlingLevel.Officer, 1)]
    [InlineData(RequestStatus.Accepted, HandlingLevel.Officer, 5)]
    [InlineData(RequestStatus.InProgress, HandlingLevel.ParkDepartments, 10)]
    [InlineData(RequestStatus.InProgress, HandlingLevel.JointMeeting, 20)]
    [InlineData(RequestStatus.InProgress, HandlingLevel.PrincipalLeaders, 20)]
    [InlineData(RequestStatus.Resolved, HandlingLevel.Officer, null)]
    [InlineData(RequestStatus.Closed, HandlingLevel.JointMeeting, null)]
    public void Default_limits_per_step(RequestStatus status, HandlingLevel level, int? days) =>
        Assert.Equal(days, DeadlinePolicy.Default.DaysFor(status, level));

    [Fact]
    public void Limits_are_configurable()
    {
        var quick = new Deadlines(DeadlinePolicy.Default with { OfficerDays = 2 }, WorkingCalendar.China());
        Assert.Equal(new DateOnly(2026, 11, 24), quick.DueOn(RequestStatus.InProgress, HandlingLevel.Officer, new DateOnly(2026, 11, 20)));
    }
}
