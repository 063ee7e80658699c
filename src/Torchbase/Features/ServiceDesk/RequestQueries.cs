using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.ServiceDesk;

/// <summary>Reads of requests: list filters, the item projection and the detail the request page shows.</summary>
public static class RequestQueries
{
    private static readonly Dictionary<string, Expression<Func<ServiceRequest, object?>>> SortKeys = new()
    {
        ["submittedOn"] = r => r.SubmittedOn, ["dueOn"] = r => r.DueOn, ["number"] = r => r.Number, ["status"] = r => r.Status,
        ["level"] = r => r.Level, ["urgency"] = r => r.Urgency, ["category"] = r => r.Category, ["rating"] = r => r.Rating,
    };

    public static IQueryable<ServiceRequest> Filter(AppDbContext db, RequestQuery q, Deadlines deadlines, DateOnly today)
    {
        var query = db.ServiceRequests.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            query = query.Where(r => r.Number.Contains(s) || r.Title.Contains(s) || db.Enterprises.Any(e => e.Id == r.EnterpriseId && e.Name.Contains(s)));
        }
        if (q.ParkId is { } park) query = query.Where(r => r.ParkId == park);
        if (q.EnterpriseId is { } enterprise) query = query.Where(r => r.EnterpriseId == enterprise);
        if (q.DepartmentId is { } department) query = query.Where(r => r.Tasks.Any(t => t.DepartmentId == department));
        if (q.Category is { } category) query = query.Where(r => r.Category == category);
        if (q.Status is { } status) query = query.Where(r => r.Status == status);
        if (q.Level is { } level) query = query.Where(r => r.Level == level);
        if (q.Urgency is { } urgency) query = query.Where(r => r.Urgency == urgency);
        if (q.Source is { } source) query = query.Where(r => r.Source == source);
        if (q.Open == true) query = query.Where(r => r.Status != RequestStatus.Resolved && r.Status != RequestStatus.Closed);
        if (q.From is { } from) query = query.Where(r => r.SubmittedOn >= from);
        if (q.To is { } to) query = query.Where(r => r.SubmittedOn <= to);
        if (q.Deadline is { } deadline)
        {
            // "Due soon" is a window of working days: turned into a date once, so the database can compare.
            var soon = deadlines.Calendar.AddWorkingDays(today, deadlines.Policy.ReminderDays);
            query = deadline switch
            {
                DeadlineState.Overdue => query.Where(r => r.DueOn < today),
                DeadlineState.DueSoon => query.Where(r => r.DueOn >= today && r.DueOn <= soon),
                DeadlineState.OnTime => query.Where(r => r.DueOn > soon),
                _ => query.Where(r => r.DueOn == null),
            };
        }
        var desc = q.Desc ?? q.Sort is null; // newest first unless asked otherwise
        return query.SortBy(q.Sort, desc, SortKeys, "submittedOn", r => r.Number);
    }

    public static IQueryable<RequestItem> Items(AppDbContext db, IQueryable<ServiceRequest> query) =>
        query.Select(r => new RequestItem(r.Id, r.Number, r.Title, r.Category, r.Urgency, r.Source, r.Status, r.Level,
            r.EnterpriseId, db.Enterprises.Where(e => e.Id == r.EnterpriseId).Select(e => e.Name).FirstOrDefault() ?? "",
            r.ParkId, db.Parks.Where(p => p.Id == r.ParkId).Select(p => p.Name).FirstOrDefault() ?? "",
            db.Users.Where(u => u.Id == r.OfficerId).Select(u => u.DisplayName).FirstOrDefault(),
            r.SubmittedOn, r.DueOn, DeadlineState.None, r.WasOverdue, r.Rating, r.Version));

    /// <summary>The deadline state depends on the working-day calendar: worked out for the rows read, not in SQL.</summary>
    public static RequestItem WithDeadline(this RequestItem item, Deadlines deadlines, DateOnly today) =>
        item with { Deadline = deadlines.StateOn(item.DueOn, today) };

    public static async Task<RequestDetail?> DetailAsync(
        AppDbContext db, Guid id, ClaimsPrincipal user, Deadlines deadlines, DateOnly today, CancellationToken ct)
    {
        var request = await db.ServiceRequests.AsNoTracking().AsSplitQuery()
            .Include(r => r.Transitions).Include(r => r.Tasks).Include(r => r.Attachments)
            .FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null) return null;
        var item = (await Items(db, db.ServiceRequests.AsNoTracking().Where(r => r.Id == id)).FirstAsync(ct)).WithDeadline(deadlines, today);
        var departmentIds = request.Tasks.Select(t => t.DepartmentId).ToList();
        var departments = await db.Departments.AsNoTracking().Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var actor = ServiceDeskActors.Of(user);
        var myDepartment = db.Scope.DepartmentId;
        return new RequestDetail(item, request.Description, request.VisitId, request.MeetingRecord, request.MeetingOn, request.Resolution,
            request.ResolvedOn, request.ClosedOn, request.RatingComment,
            request.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id)
                .Select(t => new TransitionItem(t.Id, t.Action, t.FromStatus, t.ToStatus, t.FromLevel, t.ToLevel, t.At, t.UserName, t.Reason)).ToList(),
            request.Tasks.OrderBy(t => departments.GetValueOrDefault(t.DepartmentId), StringComparer.Ordinal)
                .Select(t => new TaskItem(t.Id, t.DepartmentId, departments.GetValueOrDefault(t.DepartmentId) ?? "", t.AssignedOn, t.DueOn,
                    t.RepliedOn is null ? deadlines.StateOn(t.DueOn, today) : DeadlineState.None, t.Reply, t.RepliedOn, t.RepliedBy, t.Version)).ToList(),
            request.Attachments.OrderBy(a => a.UploadedAt)
                .Select(a => new AttachmentItem(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt, a.UploadedBy)).ToList(),
            actor is { } side && (user.Can(Permissions.ServiceHandle) || user.Can(Permissions.ServiceSubmit)) ? RequestWorkflow.Available(request, side) : [],
            request.Tasks.FirstOrDefault(t => t.DepartmentId == myDepartment && t.RepliedOn is null)?.Id,
            await Projects.SupervisionRequests.LinkOfAsync(db, id, ct));
    }
}
