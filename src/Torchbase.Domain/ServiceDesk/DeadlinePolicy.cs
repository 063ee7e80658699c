namespace Torchbase.Domain.ServiceDesk;

/// <summary>
/// Time limits in working days per step. Defaults follow the escalation ladder of 《高歌奋起谱新篇》(2021):
/// acknowledge in 1, resolve at the officer/park level in 5, departments in 10, the joint meeting in 20. The principal
/// leaders' limit is not in the sources; 20 is Torchbase's default. Every figure is configuration
/// (Torchbase:ServiceDesk:Deadlines), since local rules differ.
/// </summary>
public sealed record DeadlinePolicy
{
    public int AcknowledgeDays { get; init; } = 1;
    public int OfficerDays { get; init; } = 5;
    public int DepartmentDays { get; init; } = 10;
    public int JointMeetingDays { get; init; } = 20;
    public int LeaderDays { get; init; } = 20;
    /// <summary>A reminder goes out when this many working days (or fewer) are left.</summary>
    public int ReminderDays { get; init; } = 1;

    public static DeadlinePolicy Default { get; } = new();

    public int DaysFor(HandlingLevel level) => level switch
    {
        HandlingLevel.Officer => OfficerDays,
        HandlingLevel.ParkDepartments => DepartmentDays,
        HandlingLevel.JointMeeting => JointMeetingDays,
        _ => LeaderDays,
    };

    /// <summary>Working days allowed for the step a request is in; null when nothing is due (resolved, closed).</summary>
    public int? DaysFor(RequestStatus status, HandlingLevel level) => status switch
    {
        RequestStatus.Submitted => AcknowledgeDays,
        RequestStatus.Accepted or RequestStatus.InProgress => DaysFor(level),
        _ => null,
    };
}

/// <summary>Deadlines on the working-day calendar: when a step is due and how it stands on a given day.</summary>
public sealed class Deadlines(DeadlinePolicy policy, WorkingCalendar calendar)
{
    public DeadlinePolicy Policy => policy;
    public WorkingCalendar Calendar => calendar;

    public DateOnly? DueOn(RequestStatus status, HandlingLevel level, DateOnly from) =>
        policy.DaysFor(status, level) is { } days ? calendar.AddWorkingDays(from, days) : null;

    public DateOnly TaskDueOn(DateOnly from) => calendar.AddWorkingDays(from, policy.DepartmentDays);

    public DeadlineState StateOn(DateOnly? due, DateOnly today)
    {
        if (due is not { } d) return DeadlineState.None;
        if (today > d) return DeadlineState.Overdue;
        return calendar.WorkingDaysBetween(today, d) <= policy.ReminderDays ? DeadlineState.DueSoon : DeadlineState.OnTime;
    }
}
