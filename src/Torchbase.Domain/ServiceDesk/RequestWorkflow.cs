namespace Torchbase.Domain.ServiceDesk;

/// <summary>What someone asks to do with a request, with what the step needs (departments, meeting record, rating…).</summary>
public sealed record RequestCommand(RequestAction Action, ActorKind Actor)
{
    public string? Reason { get; init; }
    public IReadOnlyList<Guid> Departments { get; init; } = [];
    public string? MeetingRecord { get; init; }
    public string? Resolution { get; init; }
    public int? Rating { get; init; }
    public string? Comment { get; init; }
}

/// <summary>The workflow's answer: where the request goes, or why it may not (a Text key, its arguments and the field at fault).</summary>
public sealed record TransitionVerdict(bool Allowed, RequestStatus To, HandlingLevel Level, string? Refusal = null, string? Field = null, object[]? Args = null)
{
    public static TransitionVerdict Go(RequestStatus to, HandlingLevel level) => new(true, to, level);
    public static TransitionVerdict Refuse(string code, string? field = null, params object[] args) => new(false, default, default, code, field, args);
}

/// <summary>
/// The closed loop of a request: submitted → accepted → in progress at level 1 → escalated level by level (2: the park
/// blows the whistle and named departments report; 3: district joint meeting, with its record; 4: principal leaders)
/// → resolved → closed on the enterprise's confirmation and rating, or reopened.
/// </summary>
public static class RequestWorkflow
{
    public const int MinRating = 1, MaxRating = 5;

    public static TransitionVerdict Decide(ServiceRequest r, RequestCommand c)
    {
        if (!MayAct(r, c)) return TransitionVerdict.Refuse("sd.actor");
        var reasonMissing = string.IsNullOrWhiteSpace(c.Reason);
        var hasMeeting = !string.IsNullOrWhiteSpace(r.MeetingRecord) || !string.IsNullOrWhiteSpace(c.MeetingRecord);
        switch (c.Action, r.Status)
        {
            case (RequestAction.Accept, RequestStatus.Submitted):
                return TransitionVerdict.Go(RequestStatus.Accepted, HandlingLevel.Officer);
            case (RequestAction.Start, RequestStatus.Accepted):
                return TransitionVerdict.Go(RequestStatus.InProgress, HandlingLevel.Officer);
            case (RequestAction.Escalate, RequestStatus.InProgress):
                if (r.Level == HandlingLevel.PrincipalLeaders) return TransitionVerdict.Refuse("sd.top_level");
                if (reasonMissing) return TransitionVerdict.Refuse("sd.reason_required", "reason");
                var next = r.Level + 1;
                if (next == HandlingLevel.ParkDepartments && !c.Departments.Any())
                    return TransitionVerdict.Refuse("sd.departments_required", "departments");
                if (r.Level == HandlingLevel.JointMeeting && !hasMeeting)
                    return TransitionVerdict.Refuse("sd.meeting_required", "meetingRecord");
                return TransitionVerdict.Go(RequestStatus.InProgress, next);
            case (RequestAction.Resolve, RequestStatus.InProgress):
                if (string.IsNullOrWhiteSpace(c.Resolution)) return TransitionVerdict.Refuse("sd.resolution_required", "resolution");
                var open = r.Tasks.Count(t => t.RepliedOn is null);
                if (open > 0) return TransitionVerdict.Refuse("sd.tasks_open", null, open);
                if (r.Level == HandlingLevel.JointMeeting && !hasMeeting)
                    return TransitionVerdict.Refuse("sd.meeting_required", "meetingRecord");
                return TransitionVerdict.Go(RequestStatus.Resolved, r.Level);
            case (RequestAction.Confirm, RequestStatus.Resolved):
                if (c.Rating is not (>= MinRating and <= MaxRating)) return TransitionVerdict.Refuse("sd.rating_range", "rating", MinRating, MaxRating);
                return TransitionVerdict.Go(RequestStatus.Closed, r.Level);
            case (RequestAction.Reopen, RequestStatus.Resolved):
                if (reasonMissing) return TransitionVerdict.Refuse("sd.reason_required", "reason");
                return TransitionVerdict.Go(RequestStatus.InProgress, r.Level);
            default:
                return TransitionVerdict.Refuse("sd.not_allowed", null, r.Status, c.Action);
        }
    }

    /// <summary>Who may take each step. The enterprise judges the outcome; officers and leaders run the handling.
    /// A request an officer entered (from a visit or a call) may be confirmed by the officer after asking the enterprise.</summary>
    public static bool MayAct(ServiceRequest r, RequestCommand c) => c.Action switch
    {
        RequestAction.Confirm or RequestAction.Reopen =>
            c.Actor == ActorKind.Enterprise || (c.Actor == ActorKind.Officer && r.Source != RequestSource.Enterprise),
        _ => c.Actor is ActorKind.Officer or ActorKind.Leader,
    };

    /// <summary>The actions the actor could try now (the UI's buttons); Decide still checks what each one needs.</summary>
    public static IReadOnlyList<RequestAction> Available(ServiceRequest r, ActorKind actor) =>
        Enum.GetValues<RequestAction>()
            .Where(a => MayAct(r, new RequestCommand(a, actor)) && Decide(r, Probe(a, actor)).Refusal is not "sd.not_allowed" and not "sd.top_level")
            .ToList();

    private static RequestCommand Probe(RequestAction action, ActorKind actor) =>
        new(action, actor) { Reason = "?", Departments = [Guid.Empty], MeetingRecord = "?", Resolution = "?", Rating = MaxRating };

    /// <summary>
    /// Takes the step if the workflow allows it: moves the request, starts the next deadline, creates the department
    /// tasks of a level-2 escalation and records who did it and why. The request is unchanged when refused.
    /// </summary>
    public static TransitionVerdict Apply(ServiceRequest r, RequestCommand c, Deadlines deadlines, DateTimeOffset now, DateOnly today,
        Guid? userId, string userName, Func<Guid> newId)
    {
        var verdict = Decide(r, c);
        if (!verdict.Allowed) return verdict;

        if (r.DueOn is { } due && today > due) r.WasOverdue = true;
        var (fromStatus, fromLevel) = (r.Status, r.Level);
        r.Status = verdict.To;
        r.Level = verdict.Level;
        if (fromLevel != verdict.Level || fromStatus == RequestStatus.Submitted || c.Action == RequestAction.Reopen) r.LevelStartedOn = today;
        r.DueOn = deadlines.DueOn(verdict.To, verdict.Level, today);
        r.RemindedFor = null;
        r.FlaggedOverdueFor = null;
        if (!string.IsNullOrWhiteSpace(c.MeetingRecord)) { r.MeetingRecord = c.MeetingRecord.Trim(); r.MeetingOn ??= today; }

        switch (c.Action)
        {
            case RequestAction.Escalate when verdict.Level == HandlingLevel.ParkDepartments:
                foreach (var department in c.Departments.Distinct())
                    r.Tasks.Add(new DepartmentTask { Id = newId(), RequestId = r.Id, DepartmentId = department, AssignedOn = today,
                        DueOn = deadlines.TaskDueOn(today) });
                break;
            case RequestAction.Resolve:
                r.Resolution = c.Resolution!.Trim();
                r.ResolvedOn = today;
                break;
            case RequestAction.Confirm:
                r.Rating = c.Rating;
                r.RatingComment = string.IsNullOrWhiteSpace(c.Comment) ? null : c.Comment.Trim();
                r.ClosedOn = today;
                break;
            case RequestAction.Reopen:
                r.ResolvedOn = null;
                break;
        }

        r.Transitions.Add(new RequestTransition
        {
            Id = newId(), RequestId = r.Id, Action = c.Action, FromStatus = fromStatus, ToStatus = verdict.To, FromLevel = fromLevel, ToLevel = verdict.Level,
            At = now, UserId = userId, UserName = userName,
            Reason = c.Action == RequestAction.Confirm ? r.RatingComment : string.IsNullOrWhiteSpace(c.Reason) ? null : c.Reason.Trim(),
        });
        return verdict;
    }

    /// <summary>A department answers its task; refused when it is not that department's, or already answered.</summary>
    public static string? Reply(DepartmentTask task, Guid departmentId, string? reply, DateOnly today, string userName)
    {
        if (task.DepartmentId != departmentId) return "sd.actor";
        if (task.RepliedOn is not null) return "sd.task_replied";
        if (string.IsNullOrWhiteSpace(reply)) return "required";
        task.Reply = reply.Trim();
        task.RepliedOn = today;
        task.RepliedBy = userName;
        return null;
    }
}
