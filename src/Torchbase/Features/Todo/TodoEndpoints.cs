using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Contest;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Todo;

/// <summary>What waits on the caller: a department's replies, an officer's requests, a park's reports, a judge's sheets.</summary>
public enum TodoKind { RequestsToReply, RequestsToAct, ReportsToReview, ScoresToGive }

/// <summary>One thing to do: what it is, a second line (enterprise, park, contest), its deadline if it has one, and the page that does it.</summary>
public sealed record TodoItem(string Title, string? Detail, DateOnly? DueOn, string Link);

/// <summary>One kind of work: how many are waiting, the first few (soonest due first) and the list that holds them all.</summary>
public sealed record TodoQueue(TodoKind Kind, int Count, IReadOnlyList<TodoItem> Items, string Link);

public sealed record TodoList(IReadOnlyList<TodoQueue> Queues);

/// <summary>
/// 我的待办: the home page's card of what waits on the signed-in user. Each queue belongs to the roles that do that work; what
/// is counted is what the data scope (the query filters) lets the caller see, so a park officer counts their park only.
/// </summary>
public static class TodoEndpoints
{
    /// <summary>How many items of each queue the card lists.</summary>
    public const int TopItems = 5;

    public static void MapTodoEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/me").WithTags("Todo").RequireAuthorization();

        group.MapGet("/todo", GetMyTodo)
            .WithName(nameof(GetMyTodo))
            .WithSummary("What waits on the caller: requests to reply to or act on, reports to review, scores to give; counts and the first items");
    }

    public static async Task<Ok<TodoList>> GetMyTodo([AsParameters] ApiServices api)
    {
        // A queue is the caller's when it holds the permission to act on it where it sits (its department, its park).
        var (user, scope, queues) = (api.User, api.Db.Scope, new List<TodoQueue>());
        var handles = user.Can(Permissions.ServiceHandle);
        if (handles && scope.DepartmentId is not null) queues.Add(await RequestsToReplyAsync(api.Db, api.Ct));
        if (handles && scope.ParkId is not null) queues.Add(await RequestsToActAsync(api.Db, api.Ct));
        if (user.Can(Permissions.EnterprisesWrite) && scope.ParkId is not null) queues.Add(await ReportsToReviewAsync(api.Db, api.Ct));
        if (user.Can(Permissions.ContestScore) || await JudgesAnyAsync(api.Db, api.Ct)) queues.Add(await ScoresToGiveAsync(api.Db, api.Ct));
        return TypedResults.Ok(new TodoList(queues));
    }

    /// <summary>Open requests on which the caller's department has a task it has not answered.</summary>
    private static async Task<TodoQueue> RequestsToReplyAsync(AppDbContext db, CancellationToken ct)
    {
        var department = db.Scope.DepartmentId;
        var tasks = db.ServiceRequests.AsNoTracking()
            .Where(r => r.Status == RequestStatus.InProgress)
            .SelectMany(r => r.Tasks.Where(t => t.DepartmentId == department && t.RepliedOn == null), (r, t) => new { r, t });
        var count = await tasks.CountAsync(ct);
        var top = await tasks.OrderBy(x => x.t.DueOn).ThenBy(x => x.r.Number).Take(TopItems)
            .Select(x => new
            {
                x.r.Id, x.r.Number, x.r.Title, x.t.DueOn,
                Enterprise = db.Enterprises.Where(e => e.Id == x.r.EnterpriseId).Select(e => e.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return new TodoQueue(TodoKind.RequestsToReply, count,
            top.Select(x => new TodoItem($"{x.Number} {x.Title}", x.Enterprise, x.DueOn, $"/service/requests/{x.Id}")).ToList(),
            "/service/requests?open=true");
    }

    /// <summary>
    /// Requests whose next step is the officer's: to acknowledge, to start, or in progress with no department still to answer
    /// (to resolve or to take higher).
    /// </summary>
    private static async Task<TodoQueue> RequestsToActAsync(AppDbContext db, CancellationToken ct)
    {
        var requests = db.ServiceRequests.AsNoTracking().Where(r => r.Status == RequestStatus.Submitted || r.Status == RequestStatus.Accepted
            || (r.Status == RequestStatus.InProgress && !r.Tasks.Any(t => t.RepliedOn == null)));
        var count = await requests.CountAsync(ct);
        var top = await requests.OrderBy(r => r.DueOn == null).ThenBy(r => r.DueOn).ThenBy(r => r.Number).Take(TopItems)
            .Select(r => new
            {
                r.Id, r.Number, r.Title, r.DueOn,
                Enterprise = db.Enterprises.Where(e => e.Id == r.EnterpriseId).Select(e => e.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return new TodoQueue(TodoKind.RequestsToAct, count,
            top.Select(x => new TodoItem($"{x.Number} {x.Title}", x.Enterprise, x.DueOn, $"/service/requests/{x.Id}")).ToList(),
            "/service/requests?open=true");
    }

    /// <summary>Yearly reports the enterprises filed and nobody has accepted or returned yet, oldest first.</summary>
    private static async Task<TodoQueue> ReportsToReviewAsync(AppDbContext db, CancellationToken ct)
    {
        var reports = from e in db.Enterprises.AsNoTracking()
                      from r in e.Reports
                      where r.Status == ReportStatus.Pending && r.SubmittedAt != null
                      select new { e.Id, e.Name, r.Year, r.SubmittedAt };
        var count = await reports.CountAsync(ct);
        var top = await reports.OrderBy(x => x.SubmittedAt).ThenBy(x => x.Name).Take(TopItems).ToListAsync(ct);
        return new TodoQueue(TodoKind.ReportsToReview, count,
            top.Select(x => new TodoItem(x.Name, x.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
                $"/enterprises/{x.Id}?tab=reports")).ToList(),
            "/reporting/review?status=Pending");
    }

    /// <summary>Whether the caller sits on the panel of a contest being scored (leaders and unit heads judge too).</summary>
    private static Task<bool> JudgesAnyAsync(AppDbContext db, CancellationToken ct)
    {
        var me = db.Scope.UserId;
        return db.Contests.AsNoTracking().AnyAsync(c => c.Status == ContestStatus.Scoring && c.Judges.Any(j => j.UserId == me), ct);
    }

    /// <summary>Units of contests being scored that the caller judges and has not yet submitted a sheet for (never their own unit).</summary>
    private static async Task<TodoQueue> ScoresToGiveAsync(AppDbContext db, CancellationToken ct)
    {
        var me = db.Scope.UserId;
        var units = from c in db.Contests.AsNoTracking()
                    where c.Status == ContestStatus.Scoring && c.Judges.Any(j => j.UserId == me)
                    from u in db.ContestUnits.Where(u => u.ContestId == c.Id)
                    where u.HeadUserId != me
                          && !db.ScoreSheets.Any(s => s.ContestId == c.Id && s.UnitId == u.Id && s.JudgeUserId == me && s.SubmittedAt != null)
                    select new { ContestId = c.Id, Contest = c.Name, c.HeldOn, Unit = u.Name, u.DrawPosition };
        var count = await units.CountAsync(ct);
        var top = await units.OrderBy(x => x.HeldOn).ThenBy(x => x.Contest).ThenBy(x => x.DrawPosition).ThenBy(x => x.Unit).Take(TopItems)
            .ToListAsync(ct);
        return new TodoQueue(TodoKind.ScoresToGive, count,
            top.Select(x => new TodoItem(x.Unit, x.Contest, x.HeldOn, $"/judging/{x.ContestId}")).ToList(), "/judging");
    }
}
