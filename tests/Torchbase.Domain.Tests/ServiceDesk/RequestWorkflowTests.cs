using Microsoft.Extensions.Time.Testing;
using Torchbase.Domain.ServiceDesk;

namespace Torchbase.Domain.Tests.ServiceDesk;

public class RequestWorkflowTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, China)); // a Friday
    private readonly Deadlines _deadlines = new(DeadlinePolicy.Default, WorkingCalendar.China());
    private static readonly Guid Finance = Guid.NewGuid(), Land = Guid.NewGuid();

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().ToOffset(China).DateTime);

    private ServiceRequest NewRequest(RequestSource source = RequestSource.Enterprise)
    {
        var r = new ServiceRequest
        {
            Id = Guid.NewGuid(), Number = "SQ-1", Title = "用地指标", Description = "扩建需要用地指标", Source = source,
            SubmittedOn = Today, SubmittedAt = _clock.GetUtcNow(),
        };
        r.DueOn = _deadlines.DueOn(r.Status, r.Level, Today);
        return r;
    }

    private TransitionVerdict Do(ServiceRequest r, RequestAction action, ActorKind actor = ActorKind.Officer, Action<RequestCommand>? _ = null,
        string? reason = "需要协调", Guid[]? departments = null, string? meeting = null, string? resolution = "已解决", int? rating = null) =>
        RequestWorkflow.Apply(r, new RequestCommand(action, actor)
        {
            Reason = reason, Departments = departments ?? [], MeetingRecord = meeting, Resolution = resolution, Rating = rating, Comment = "满意",
        }, _deadlines, _clock.GetUtcNow(), Today, null, actor.ToString(), Guid.NewGuid);

    private static void Allowed(TransitionVerdict v) => Assert.True(v.Allowed, v.Refusal);

    [Fact]
    public void Full_ladder_to_the_principal_leaders_then_closed_with_a_rating()
    {
        var r = NewRequest();
        Assert.Equal(new DateOnly(2026, 11, 23), r.DueOn); // acknowledge in 1 working day: Friday → Monday

        Allowed(Do(r, RequestAction.Accept));
        Allowed(Do(r, RequestAction.Start));
        Assert.Equal((RequestStatus.InProgress, HandlingLevel.Officer), (r.Status, r.Level));
        Assert.Equal(new DateOnly(2026, 11, 27), r.DueOn); // 5 working days from Friday 11-20

        Allowed(Do(r, RequestAction.Escalate, departments: [Finance, Land, Finance]));
        Assert.Equal(HandlingLevel.ParkDepartments, r.Level);
        Assert.Equal([Finance, Land], r.Tasks.Select(t => t.DepartmentId));
        Assert.All(r.Tasks, t => Assert.Equal(new DateOnly(2026, 12, 4), t.DueOn));

        Assert.Null(RequestWorkflow.Reply(r.Tasks[0], Finance, "已落实贴息", Today, "dept1"));
        Assert.Null(RequestWorkflow.Reply(r.Tasks[1], Land, "已调剂指标", Today, "dept2"));
        Allowed(Do(r, RequestAction.Escalate));
        Assert.Equal(HandlingLevel.JointMeeting, r.Level);
        Assert.Equal(new DateOnly(2026, 12, 18), r.DueOn); // 20 working days

        Allowed(Do(r, RequestAction.Escalate, meeting: "第12次联席会议：由主要领导协调"));
        Assert.Equal(HandlingLevel.PrincipalLeaders, r.Level);
        Assert.Equal("sd.top_level", Do(r, RequestAction.Escalate).Refusal);

        Allowed(Do(r, RequestAction.Resolve, ActorKind.Leader));
        Assert.Equal((RequestStatus.Resolved, (DateOnly?)null), (r.Status, r.DueOn));
        Allowed(Do(r, RequestAction.Confirm, ActorKind.Enterprise, rating: 5));
        Assert.Equal((RequestStatus.Closed, 5, Today), (r.Status, r.Rating, r.ClosedOn!.Value));
        Assert.Equal(
            [RequestAction.Accept, RequestAction.Start, RequestAction.Escalate, RequestAction.Escalate, RequestAction.Escalate, RequestAction.Resolve,
                RequestAction.Confirm],
            r.Transitions.Select(t => t.Action));
        Assert.Equal("需要协调", r.Transitions[2].Reason);
        Assert.False(r.WasOverdue);
    }

    [Fact]
    public void Solved_on_the_spot_at_level_one()
    {
        var r = NewRequest();
        Allowed(Do(r, RequestAction.Accept));
        Allowed(Do(r, RequestAction.Start));
        Allowed(Do(r, RequestAction.Resolve));
        Allowed(Do(r, RequestAction.Confirm, ActorKind.Enterprise, rating: 4));
        Assert.Equal((RequestStatus.Closed, HandlingLevel.Officer), (r.Status, r.Level));
    }

    [Fact]
    public void Reopened_by_the_enterprise_goes_back_to_work_at_the_same_level_with_a_new_deadline()
    {
        var r = NewRequest();
        Allowed(Do(r, RequestAction.Accept));
        Allowed(Do(r, RequestAction.Start));
        Allowed(Do(r, RequestAction.Escalate, departments: [Finance]));
        RequestWorkflow.Reply(r.Tasks[0], Finance, "已答复", Today, "dept1");
        Allowed(Do(r, RequestAction.Resolve));
        _clock.Advance(TimeSpan.FromDays(3)); // Monday 11-23
        Assert.Equal("sd.reason_required", Do(r, RequestAction.Reopen, ActorKind.Enterprise, reason: " ").Refusal);
        Allowed(Do(r, RequestAction.Reopen, ActorKind.Enterprise, reason: "问题未彻底解决"));
        Assert.Equal((RequestStatus.InProgress, HandlingLevel.ParkDepartments), (r.Status, r.Level));
        Assert.Null(r.ResolvedOn);
        Assert.Equal(new DateOnly(2026, 12, 7), r.DueOn); // 10 working days from Monday 11-23
        Allowed(Do(r, RequestAction.Resolve, resolution: "补充协调后解决"));
        Allowed(Do(r, RequestAction.Confirm, ActorKind.Enterprise, rating: 3));
        Assert.Equal("补充协调后解决", r.Resolution);
    }

    public static TheoryData<RequestStatus, RequestAction> WrongState => new()
    {
        { RequestStatus.Submitted, RequestAction.Start }, { RequestStatus.Submitted, RequestAction.Escalate },
        { RequestStatus.Submitted, RequestAction.Resolve },
        { RequestStatus.Accepted, RequestAction.Accept }, { RequestStatus.Accepted, RequestAction.Escalate },
        { RequestStatus.InProgress, RequestAction.Accept },
        { RequestStatus.Resolved, RequestAction.Escalate }, { RequestStatus.Resolved, RequestAction.Resolve }, { RequestStatus.Closed, RequestAction.Resolve },
    };

    [Theory, MemberData(nameof(WrongState))]
    public void Steps_out_of_order_are_refused_and_change_nothing(RequestStatus status, RequestAction action)
    {
        var r = NewRequest();
        r.Status = status;
        var verdict = Do(r, action);
        Assert.Equal("sd.not_allowed", verdict.Refusal);
        Assert.Equal([status, action], verdict.Args!.Cast<object>());
        Assert.Equal(status, r.Status);
        Assert.Empty(r.Transitions);
    }

    [Theory]
    [InlineData(RequestStatus.Closed, RequestAction.Confirm)]
    [InlineData(RequestStatus.Closed, RequestAction.Reopen)]
    [InlineData(RequestStatus.InProgress, RequestAction.Confirm)]
    public void Enterprise_steps_out_of_order_are_refused(RequestStatus status, RequestAction action)
    {
        var r = NewRequest();
        r.Status = status;
        Assert.Equal("sd.not_allowed", Do(r, action, ActorKind.Enterprise, rating: 5).Refusal);
    }

    [Theory]
    [InlineData(RequestAction.Accept, ActorKind.Enterprise)]
    [InlineData(RequestAction.Accept, ActorKind.Department)]
    [InlineData(RequestAction.Confirm, ActorKind.Officer)]
    [InlineData(RequestAction.Reopen, ActorKind.Leader)]
    public void Each_side_takes_only_its_own_steps(RequestAction action, ActorKind actor)
    {
        var r = NewRequest();
        if (action is RequestAction.Confirm or RequestAction.Reopen) r.Status = RequestStatus.Resolved;
        Assert.Equal("sd.actor", Do(r, action, actor, rating: 5).Refusal);
    }

    [Fact]
    public void An_officer_confirms_on_behalf_of_the_enterprise_only_for_requests_raised_on_a_visit()
    {
        var fromVisit = NewRequest(RequestSource.Visit);
        fromVisit.Status = RequestStatus.Resolved;
        Allowed(Do(fromVisit, RequestAction.Confirm, ActorKind.Officer, rating: 5));
    }

    [Fact]
    public void What_each_escalation_and_resolution_needs()
    {
        var r = NewRequest();
        Do(r, RequestAction.Accept);
        Do(r, RequestAction.Start);
        Assert.Equal(("sd.reason_required", "reason"), Refusal(Do(r, RequestAction.Escalate, reason: null, departments: [Finance])));
        Assert.Equal(("sd.departments_required", "departments"), Refusal(Do(r, RequestAction.Escalate)));
        Assert.Equal(("sd.resolution_required", "resolution"), Refusal(Do(r, RequestAction.Resolve, resolution: "")));

        Allowed(Do(r, RequestAction.Escalate, departments: [Finance, Land]));
        var blocked = Do(r, RequestAction.Resolve);
        Assert.Equal("sd.tasks_open", blocked.Refusal);
        Assert.Equal([2], blocked.Args!.Cast<object>());
        Assert.Equal("sd.actor", RequestWorkflow.Reply(r.Tasks[0], Land, "不是我们的", Today, "dept2"));
        Assert.Null(RequestWorkflow.Reply(r.Tasks[0], Finance, "已答复", Today, "dept1"));
        Assert.Equal("sd.task_replied", RequestWorkflow.Reply(r.Tasks[0], Finance, "再答复", Today, "dept1"));
        Assert.Equal([1], Do(r, RequestAction.Resolve).Args!.Cast<object>());

        Allowed(Do(r, RequestAction.Escalate)); // open tasks do not hold back an escalation
        Assert.Equal(("sd.meeting_required", "meetingRecord"), Refusal(Do(r, RequestAction.Escalate)));
        RequestWorkflow.Reply(r.Tasks[1], Land, "已答复", Today, "dept2");
        Assert.Equal(("sd.meeting_required", "meetingRecord"), Refusal(Do(r, RequestAction.Resolve)));
        Allowed(Do(r, RequestAction.Resolve, meeting: "联席会议纪要"));
        Assert.Equal("联席会议纪要", r.MeetingRecord);

        foreach (var rating in new[] { 0, 6 })
            Assert.Equal(("sd.rating_range", "rating"), Refusal(Do(r, RequestAction.Confirm, ActorKind.Enterprise, rating: rating)));
        Assert.Equal(("sd.rating_range", "rating"), Refusal(Do(r, RequestAction.Confirm, ActorKind.Enterprise, rating: null)));
        Assert.Equal(RequestStatus.Resolved, r.Status);
    }

    private static (string?, string?) Refusal(TransitionVerdict v) => (v.Refusal, v.Field);

    [Fact]
    public void Buttons_offered_follow_the_state_and_the_side()
    {
        var r = NewRequest();
        Assert.Equal([RequestAction.Accept], RequestWorkflow.Available(r, ActorKind.Officer));
        Assert.Empty(RequestWorkflow.Available(r, ActorKind.Enterprise));
        r.Status = RequestStatus.InProgress;
        Assert.Equal([RequestAction.Escalate, RequestAction.Resolve], RequestWorkflow.Available(r, ActorKind.Officer));
        r.Level = HandlingLevel.PrincipalLeaders;
        Assert.Equal([RequestAction.Resolve], RequestWorkflow.Available(r, ActorKind.Leader));
        r.Status = RequestStatus.Resolved;
        Assert.Equal([RequestAction.Confirm, RequestAction.Reopen], RequestWorkflow.Available(r, ActorKind.Enterprise));
    }
}
