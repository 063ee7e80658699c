using Torchbase.Domain.ServiceDesk;
using Torchbase.Http;

namespace Torchbase.Features.ServiceDesk;

public sealed record RequestQuery(
    string? Search, Guid? ParkId, Guid? EnterpriseId, Guid? DepartmentId, RequestCategory? Category, RequestStatus? Status, HandlingLevel? Level,
    Urgency? Urgency, RequestSource? Source, DeadlineState? Deadline, bool? Open, DateOnly? From, DateOnly? To,
    int? Page, int? PageSize, string? Sort, bool? Desc) : PageQuery(Page, PageSize, Sort, Desc);

public sealed record RequestItem(
    Guid Id, string Number, string Title, RequestCategory Category, Urgency Urgency, RequestSource Source, RequestStatus Status, HandlingLevel Level,
    Guid EnterpriseId, string EnterpriseName, Guid ParkId, string ParkName, string? OfficerName, DateOnly SubmittedOn, DateOnly? DueOn,
    DeadlineState Deadline, bool WasOverdue, int? Rating, int Version);

public sealed record TransitionItem(Guid Id, RequestAction Action, RequestStatus FromStatus, RequestStatus ToStatus, HandlingLevel FromLevel,
    HandlingLevel ToLevel, DateTimeOffset At, string UserName, string? Reason);

public sealed record TaskItem(Guid Id, Guid DepartmentId, string DepartmentName, DateOnly AssignedOn, DateOnly DueOn, DeadlineState Deadline,
    string? Reply, DateOnly? RepliedOn, string? RepliedBy, int Version);

public sealed record AttachmentItem(Guid Id, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string UploadedBy);

public sealed record RequestDetail(
    RequestItem Summary, string Description, Guid? VisitId, string? MeetingRecord, DateOnly? MeetingOn, string? Resolution, DateOnly? ResolvedOn,
    DateOnly? ClosedOn, string? RatingComment, IReadOnlyList<TransitionItem> Transitions, IReadOnlyList<TaskItem> Tasks,
    IReadOnlyList<AttachmentItem> Attachments, IReadOnlyList<RequestAction> Actions, Guid? MyTaskId,
    Projects.RequestProjectLink? Project = null);

/// <summary>A new request, or an edit of one (with the version the editor loaded).</summary>
public sealed record RequestInput(string? Title, string? Description, RequestCategory? Category, Urgency? Urgency, Guid? EnterpriseId, int? Version);

public sealed record TransitionInput(RequestAction? Action, int? Version, string? Reason, List<Guid>? DepartmentIds, string? MeetingRecord,
    string? Resolution, int? Rating, string? Comment);

public sealed record ReplyInput(string? Reply, int? Version);
