using System.Globalization;
using Torchbase.Domain.Projects;
using Torchbase.Domain.ServiceDesk;

namespace Torchbase.Domain.Tests.Projects;

/// <summary>
/// The "3 个 1" clock (1日报送 1日评审 1日批复) of an approval item, in working days of the official 2026 calendar: weekends, the
/// National Day holiday (1–7 October) and the adjusted working Saturday (10 October) count as the State Council's notice says.
/// </summary>
public class ApprovalClockTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.China();
    private static readonly FastTrackRules Rules = FastTrackRules.Default;
    private static readonly DateOnly Today = new(2026, 11, 25); // a Wednesday

    private static DateOnly? D(string? day) => day is null ? null : DateOnly.Parse(day, CultureInfo.InvariantCulture);

    [Fact]
    public void The_shipped_rules_give_one_working_day_a_step_cite_their_source_and_say_they_are_not_confirmed()
    {
        Assert.Equal((1, 1), (Rules.ReviewWorkingDays, Rules.ApprovalWorkingDays));
        Assert.Contains("1日评审 1日批复", Rules.Source);
        Assert.False(Rules.Verified);
        Assert.Null(Rules.InForceFrom);
    }

    /// <summary>The clock in one line: status, the two due days, the working days each step took, and what is late.</summary>
    private static string Describe(ApprovalClockResult c) =>
        $"{c.Status} due {Day(c.ReviewDue)}/{Day(c.ApprovalDue)} took {Count(c.ReviewWorkingDays)}/{Count(c.ApprovalWorkingDays)}"
        + (c.ReviewLate ? " review-late" : "") + (c.ApprovalLate ? " approval-late" : "") + (c.Overdue ? " overdue" : "");

    private static string Day(DateOnly? day) => day is { } d ? d.ToString("MM-dd", CultureInfo.InvariantCulture) : "-";

    private static string Count(int? days) => days is { } n ? n.ToString(CultureInfo.InvariantCulture) : "-";

    public static TheoryData<string, string?, string?, string?, string> Clocks => new()
    {
        { "not submitted", null, null, null, "NotSubmitted due -/- took -/-" },
        { "a day a step", "2026-11-23", "2026-11-24", "2026-11-25", "Approved due 11-24/11-25 took 1/1" },
        { "all on the day", "2026-11-23", "2026-11-23", "2026-11-23", "Approved due 11-24/11-24 took 0/0" },
        { "a weekend does not count", "2026-11-20", "2026-11-23", "2026-11-24", "Approved due 11-23/11-24 took 1/1" },
        { "nor the National Day holiday", "2026-09-30", "2026-10-08", null, "AwaitingApproval due 10-08/10-09 took 1/35 approval-late overdue" },
        { "a working Saturday does", "2026-10-09", "2026-10-12", "2026-10-13", "Approved due 10-10/10-13 took 2/1 review-late" },
        { "approved a day late", "2026-11-19", "2026-11-20", "2026-11-24", "Approved due 11-20/11-23 took 1/2 approval-late" },
        { "review still open and late", "2026-11-23", null, null, "UnderReview due 11-24/- took 2/- review-late overdue" },
        { "review open, due today", "2026-11-24", null, null, "UnderReview due 11-25/- took 1/-" },
        { "approval open, due today", "2026-11-23", "2026-11-24", null, "AwaitingApproval due 11-24/11-25 took 1/1" },
    };

    [Theory, MemberData(nameof(Clocks))]
    public void Each_step_is_due_one_working_day_after_the_one_before(string _, string? submitted, string? reviewed, string? approved,
        string expected)
    {
        var dates = new ApprovalDates(D(submitted), D(reviewed), D(approved));
        Assert.Empty(ApprovalClock.Check(dates, Today));
        var clock = ApprovalClock.Evaluate(dates, Rules, Calendar, Today);
        Assert.Equal(expected, Describe(clock));
        Assert.Equal(expected.StartsWith("Approved", StringComparison.Ordinal) && !expected.Contains("late", StringComparison.Ordinal),
            clock.OnFastTrack);
    }

    public static TheoryData<string?, string?, string?, string> Refused => new()
    {
        { "2026-11-26", null, null, "submittedOn:project_date_in_future" },
        { "2026-11-23", "2026-11-20", null, "reviewedOn:approval_step_order" },
        { null, "2026-11-20", null, "submittedOn:required" },
        { "2026-11-20", "2026-11-23", "2026-11-21", "approvedOn:approval_step_order" },
        { "2026-11-20", null, "2026-11-23", "reviewedOn:required" },
        { "2026-11-20", "2026-11-23", "2026-11-30", "approvedOn:project_date_in_future" },
    };

    [Theory, MemberData(nameof(Refused))]
    public void Dates_out_of_order_missing_a_step_or_ahead_of_today_are_refused_on_their_field(string? submitted, string? reviewed,
        string? approved, string expected) =>
        Assert.Equal([expected], ApprovalClock.Check(new ApprovalDates(D(submitted), D(reviewed), D(approved)), Today).Select(e => $"{e.Field}:{e.Code}"));

    [Fact]
    public void Statistics_give_the_share_approved_within_the_limit_of_the_approved_items_only()
    {
        ApprovalClockResult Clock(string? s, string? r, string? a) => ApprovalClock.Evaluate(new ApprovalDates(D(s), D(r), D(a)), Rules, Calendar, Today);
        var items = new[]
        {
            Clock("2026-11-23", "2026-11-24", "2026-11-25"), // on the fast track
            Clock("2026-10-09", "2026-10-12", "2026-10-13"), // approved in time, but the review was late
            Clock("2026-11-19", "2026-11-20", "2026-11-24"), // approved late
            Clock("2026-11-23", null, null),                 // review overdue
            Clock(null, null, null),
        };
        Assert.Equal(new ApprovalStatistics(5, 3, 2, 0.6667m, 1, 1), ApprovalClock.Summarise(items));
        Assert.Equal(new ApprovalStatistics(2, 0, 0, null, 0, 1), ApprovalClock.Summarise(items[3..]));
    }
}
