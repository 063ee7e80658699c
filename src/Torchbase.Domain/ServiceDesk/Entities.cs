using Torchbase.Domain.Common;

namespace Torchbase.Domain.ServiceDesk;

/// <summary>A request (诉求) of an enterprise, tracked from submission to the enterprise's confirmation.</summary>
public sealed class ServiceRequest : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public Guid EnterpriseId { get; set; }
    /// <summary>Human-readable number, e.g. SQ-2026-00042.</summary>
    public required string Number { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public RequestCategory Category { get; set; }
    public Urgency Urgency { get; set; }
    public RequestSource Source { get; set; }
    public Guid? VisitId { get; set; }
    /// <summary>The enterprise's chief service officer when the request came in.</summary>
    public Guid? OfficerId { get; set; }
    public RequestStatus Status { get; set; }
    public HandlingLevel Level { get; set; } = HandlingLevel.Officer;
    public DateOnly SubmittedOn { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    /// <summary>The deadline of the current step (acknowledge, or resolve at the current level).</summary>
    public DateOnly? DueOn { get; set; }
    /// <summary>The day the current level began, to measure time per level.</summary>
    public DateOnly? LevelStartedOn { get; set; }
    /// <summary>Any step finished late: the request no longer counts as on time.</summary>
    public bool WasOverdue { get; set; }
    /// <summary>Set by the deadline job so each reminder or overdue notice goes out once per step.</summary>
    public DateOnly? RemindedFor { get; set; }
    public DateOnly? FlaggedOverdueFor { get; set; }
    public string? MeetingRecord { get; set; }
    public DateOnly? MeetingOn { get; set; }
    public string? Resolution { get; set; }
    public DateOnly? ResolvedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public int? Rating { get; set; }
    public string? RatingComment { get; set; }
    public int Version { get; set; }
    public List<RequestTransition> Transitions { get; set; } = [];
    public List<DepartmentTask> Tasks { get; set; } = [];
    public List<RequestAttachment> Attachments { get; set; } = [];
}

/// <summary>One step of a request's history: who moved it, from where to where, and why.</summary>
public sealed class RequestTransition
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public RequestAction Action { get; set; }
    public RequestStatus FromStatus { get; set; }
    public RequestStatus ToStatus { get; set; }
    public HandlingLevel FromLevel { get; set; }
    public HandlingLevel ToLevel { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? UserId { get; set; }
    public required string UserName { get; set; }
    public string? Reason { get; set; }
}

/// <summary>A department's task when the park blows the whistle (部门报到): its own deadline and reply.</summary>
public sealed class DepartmentTask : IVersioned
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public Guid DepartmentId { get; set; }
    public DateOnly AssignedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public string? Reply { get; set; }
    public DateOnly? RepliedOn { get; set; }
    public string? RepliedBy { get; set; }
    public DateOnly? FlaggedOverdueFor { get; set; }
    public int Version { get; set; }
}

public sealed class RequestAttachment
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    /// <summary>Relative to the configured files folder; never derived from the client's file name.</summary>
    public required string StoredAs { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public required string UploadedBy { get; set; }
}

/// <summary>The chief service officer (首席服务员) of one enterprise: one each.</summary>
public sealed class OfficerAssignment : IZoneOwned
{
    public Guid EnterpriseId { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public Guid OfficerId { get; set; }
    public DateOnly AssignedOn { get; set; }
}

/// <summary>A visit to an enterprise (走访), whose findings may become requests.</summary>
public sealed class Visit : IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public Guid EnterpriseId { get; set; }
    public Guid? OfficerId { get; set; }
    public required string VisitorName { get; set; }
    public DateOnly VisitedOn { get; set; }
    public required string Purpose { get; set; }
    public string? Findings { get; set; }
}

/// <summary>An item of the agency catalogue (代办事项), by lifecycle stage.</summary>
public sealed class AgencyItem : IZoneOwned, IVersioned, Organisation.IDeactivatable
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public LifecycleStage Stage { get; set; }
    public required string Name { get; set; }
    public required string Authority { get; set; }
    /// <summary>Working days promised to the enterprise.</summary>
    public int PromisedDays { get; set; }
    public bool Active { get; set; } = true;
    public int Version { get; set; }
}

/// <summary>One agency case: an agent handles an item for an enterprise, step by step.</summary>
public sealed class AgencyCase : IZoneOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public Guid EnterpriseId { get; set; }
    public Guid ItemId { get; set; }
    public required string AgentName { get; set; }
    public DateOnly OpenedOn { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public AgencyCaseStatus Status { get; set; }
    public int Version { get; set; }
    public List<AgencyStep> Steps { get; set; } = [];
}

public sealed class AgencyStep
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public int Order { get; set; }
    public required string Name { get; set; }
    public DateOnly DoneOn { get; set; }
    public string? Note { get; set; }
}
