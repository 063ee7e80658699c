using Torchbase.Domain.ServiceDesk;

namespace Torchbase.Domain.Projects;

/// <summary>The approvals a project goes through before it can break ground.</summary>
public enum ApprovalItemKind
{
    /// <summary>立项（备案、核准或审批）</summary>
    ProjectApproval,
    /// <summary>用地</summary>
    Land,
    /// <summary>规划</summary>
    Planning,
    /// <summary>施工许可</summary>
    ConstructionPermit,
    /// <summary>环评</summary>
    Environment,
    /// <summary>能评</summary>
    Energy,
    Other,
}

/// <summary>
/// The fast track's time limits (the "3 个 1"), as shipped in <c>Projects/Rules/approval-fast-track-2023.json</c>: working days from
/// submission to review and from review to approval, with the source and whether the figures are confirmed.
/// </summary>
public sealed record FastTrackRules(
    string Version, string Name, string Source, int? ReportedYear, DateOnly? InForceFrom, DateOnly? InForceTo, bool Verified, string Note,
    int ReviewWorkingDays, int ApprovalWorkingDays)
{
    private static readonly Lazy<FastTrackRules> Current = new(() => RulesFile.Load<FastTrackRules>("approval-fast-track-2023.json"));

    public static FastTrackRules Default => Current.Value;
}

/// <summary>The days an approval item was submitted (报送), reviewed (评审) and approved (批复); each null until it happens.</summary>
public readonly record struct ApprovalDates(DateOnly? SubmittedOn, DateOnly? ReviewedOn, DateOnly? ApprovedOn);

public enum ApprovalStatus { NotSubmitted, UnderReview, AwaitingApproval, Approved }

/// <summary>
/// Where an item stands against the fast track: the day each step is due, the working days each took (or has taken so far), and
/// whether a step is late — done after its due day, or still open after it.
/// </summary>
public sealed record ApprovalClockResult(
    ApprovalStatus Status, DateOnly? ReviewDue, DateOnly? ApprovalDue, int? ReviewWorkingDays, int? ApprovalWorkingDays,
    bool ReviewLate, bool ApprovalLate)
{
    /// <summary>A step still open after its due day: the item needs chasing.</summary>
    public bool Overdue { get; init; }

    /// <summary>Approved with both steps within their limits.</summary>
    public bool OnFastTrack => Status == ApprovalStatus.Approved && !ReviewLate && !ApprovalLate;
}

/// <summary>Items of a set, how many are approved, how many within the approval limit, and their share (null: none approved).</summary>
public sealed record ApprovalStatistics(int Items, int Approved, int ApprovedInTime, decimal? ApprovedInTimeRate, int OnFastTrack, int Overdue);

/// <summary>The "3 个 1" clock of one approval item, and the figures of many, counted in working days of the official calendar.</summary>
public static class ApprovalClock
{
    /// <summary>
    /// What is wrong with the dates, as (field, code) pairs: a step needs the one before it, comes on or after it, and not after today.
    /// </summary>
    public static IReadOnlyList<(string Field, string Code)> Check(ApprovalDates dates, DateOnly today)
    {
        var errors = new List<(string, string)>();
        foreach (var (field, day) in new[] { ("submittedOn", dates.SubmittedOn), ("reviewedOn", dates.ReviewedOn), ("approvedOn", dates.ApprovedOn) })
            if (day > today) errors.Add((field, "project_date_in_future"));
        if (dates.ReviewedOn is { } reviewed)
        {
            if (dates.SubmittedOn is not { } submitted) errors.Add(("submittedOn", "required"));
            else if (reviewed < submitted) errors.Add(("reviewedOn", "approval_step_order"));
        }
        if (dates.ApprovedOn is { } approved)
        {
            if (dates.ReviewedOn is not { } reviewedOn) errors.Add(("reviewedOn", "required"));
            else if (approved < reviewedOn) errors.Add(("approvedOn", "approval_step_order"));
        }
        return errors;
    }

    /// <summary>The clock of dates that pass <see cref="Check"/>: each step is due a number of working days after the one before.</summary>
    public static ApprovalClockResult Evaluate(ApprovalDates dates, FastTrackRules rules, WorkingCalendar calendar, DateOnly today)
    {
        if (dates.SubmittedOn is not { } submitted) return new(ApprovalStatus.NotSubmitted, null, null, null, null, false, false);
        var reviewDue = calendar.AddWorkingDays(submitted, rules.ReviewWorkingDays);
        var reviewEnd = dates.ReviewedOn ?? today;
        var reviewLate = reviewEnd > reviewDue;
        var reviewDays = calendar.WorkingDaysBetween(submitted, reviewEnd);
        if (dates.ReviewedOn is not { } reviewed)
            return new(ApprovalStatus.UnderReview, reviewDue, null, reviewDays, null, reviewLate, false) { Overdue = reviewLate };

        var approvalDue = calendar.AddWorkingDays(reviewed, rules.ApprovalWorkingDays);
        var approvalEnd = dates.ApprovedOn ?? today;
        var approvalLate = approvalEnd > approvalDue;
        var approvalDays = calendar.WorkingDaysBetween(reviewed, approvalEnd);
        var status = dates.ApprovedOn is null ? ApprovalStatus.AwaitingApproval : ApprovalStatus.Approved;
        return new(status, reviewDue, approvalDue, reviewDays, approvalDays, reviewLate, approvalLate)
        {
            Overdue = status == ApprovalStatus.AwaitingApproval && approvalLate,
        };
    }

    /// <summary>"x% approved within the limit": of the approved items, those approved within the approval step's working days.</summary>
    public static ApprovalStatistics Summarise(IReadOnlyCollection<ApprovalClockResult> items)
    {
        var approved = items.Where(i => i.Status == ApprovalStatus.Approved).ToList();
        var inTime = approved.Count(i => !i.ApprovalLate);
        return new ApprovalStatistics(items.Count, approved.Count, inTime, approved.Count == 0 ? null : Math.Round((decimal)inTime / approved.Count, 4),
            approved.Count(i => i.OnFastTrack), items.Count(i => i.Overdue));
    }
}
