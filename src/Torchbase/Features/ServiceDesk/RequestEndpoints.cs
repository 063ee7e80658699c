using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Features.Notifications;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Localization;

namespace Torchbase.Features.ServiceDesk;

/// <summary>Requests (诉求): list, submit, edit, move through the workflow, department replies.</summary>
public static class RequestEndpoints
{
    public static void MapRequestEndpoints(this RouteGroupBuilder service)
    {
        var group = service.MapGroup("/requests");

        group.MapGet("/", ListServiceRequests)
            .WithName(nameof(ListServiceRequests))
            .WithSummary("Requests in the caller's scope, filtered, sorted and paged, each with its deadline state");
        group.MapGet("/export", ExportServiceRequests)
            .WithName(nameof(ExportServiceRequests))
            .WithSummary("The filtered requests as an Excel workbook");
        group.MapGet("/{id:guid}", GetServiceRequest)
            .WithName(nameof(GetServiceRequest))
            .WithSummary("One request with its history, department tasks, attachments and the steps the caller may take");
        group.MapPost("/", SubmitServiceRequest)
            .WithName(nameof(SubmitServiceRequest))
            .WithSummary("Put a request on the desk for an enterprise (an enterprise user for its own), numbered and given its first deadline")
            .RequireAuthorization(ServiceDeskPolicies.Submit);
        group.MapPut("/{id:guid}", EditServiceRequest)
            .WithName(nameof(EditServiceRequest))
            .WithSummary("Correct a request's category and urgency (and the title and description of one the desk itself recorded)")
            .RequireAuthorization(Permissions.ServiceHandle);
        group.MapPost("/{id:guid}/transitions", MoveServiceRequest)
            .WithName(nameof(MoveServiceRequest))
            .WithSummary("Take one workflow step (accept, escalate, resolve, confirm…) as the caller's side of the desk")
            .RequireAuthorization(ServiceDeskPolicies.Act);
        group.MapPost("/{id:guid}/tasks/{taskId:guid}/reply", ReplyToDepartmentTask)
            .WithName(nameof(ReplyToDepartmentTask))
            .WithSummary("A department's answer to the task it was given on a request")
            .RequireAuthorization(Permissions.ServiceHandle);
    }

    public static async Task<Ok<Paged<RequestItem>>> ListServiceRequests(
        [AsParameters] RequestQuery q, [AsParameters] ServiceDeskServices desk, [AsParameters] ApiServices api)
    {
        var today = api.Clock.Today();
        var page = await RequestQueries.Items(api.Db, RequestQueries.Filter(api.Db, q, desk.Deadlines, today)).ToPagedAsync(q, api.Ct);
        return TypedResults.Ok(page with { Items = page.Items.Select(i => i.WithDeadline(desk.Deadlines, today)).ToList() });
    }

    public static async Task<FileContentHttpResult> ExportServiceRequests(
        [AsParameters] RequestQuery q, [AsParameters] ServiceDeskServices desk, [AsParameters] ApiServices api)
    {
        var today = api.Clock.Today();
        var items = await RequestQueries.Items(api.Db, RequestQueries.Filter(api.Db, q, desk.Deadlines, today)).ToListAsync(api.Ct);
        return Export.Xlsx("企业诉求", ["编号", "标题", "企业", "园区", "类别", "紧急程度", "来源", "状态", "办理层级", "首席服务员", "提出日期", "办理时限", "是否超期", "满意度"],
            items.Select(i => i.WithDeadline(desk.Deadlines, today)).Select(i => (IReadOnlyList<object?>)
            [
                i.Number, i.Title, i.EnterpriseName, i.ParkName, ServiceDeskNames.Category(i.Category), ServiceDeskNames.Urgency(i.Urgency),
                ServiceDeskNames.Source(i.Source), ServiceDeskNames.Status(i.Status), ServiceDeskNames.Level(i.Level), i.OfficerName,
                i.SubmittedOn, i.DueOn, i.WasOverdue || i.Deadline == DeadlineState.Overdue ? "是" : "否", i.Rating,
            ]), api.Clock);
    }

    public static async Task<Results<Ok<RequestDetail>, ProblemHttpResult>> GetServiceRequest(
        Guid id, [AsParameters] ServiceDeskServices desk, [AsParameters] ApiServices api) =>
        await DetailAsync(api, desk, id) is { } detail ? TypedResults.Ok(detail) : Problems.NotFound();

    public static async Task<Results<Created<RequestDetail>, ValidationProblem, ProblemHttpResult>> SubmitServiceRequest(
        RequestInput input, [AsParameters] ServiceDeskServices desk, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var errors = Validate(input);
        var enterpriseId = db.Scope.EnterpriseId ?? input.EnterpriseId;
        if (enterpriseId is null) errors.Add("enterpriseId", "required");
        if (errors.Any) return Problems.Validation(errors);
        var source = ServiceDeskActors.Admitted(api.User) == ActorKind.Enterprise ? RequestSource.Enterprise : RequestSource.Officer;
        if (await PlaceOfAsync(db, enterpriseId!.Value, api.Ct) is not { } enterprise)
            return Problems.Validation(new Errors().Add("enterpriseId", "unknown_enterprise"));
        var request = await WithFreshNumbersAsync(db, async () =>
        {
            var created = await NewRequestAsync(db, enterprise, input, source, null, desk.Deadlines, api.Clock, api.Ct);
            await db.SaveChangesAsync(api.Ct);
            return created;
        });
        return TypedResults.Created($"/api/service/requests/{request.Id}", (await DetailAsync(api, desk, request.Id))!);
    }

    public static async Task<Results<Ok<RequestDetail>, ValidationProblem, ProblemHttpResult>> EditServiceRequest(
        Guid id, RequestInput input, [AsParameters] ServiceDeskServices desk, [AsParameters] ApiServices api)
    {
        var request = await api.Db.ServiceRequests.FirstOrDefaultAsync(r => r.Id == id, api.Ct);
        if (request is null) return Problems.NotFound();
        var errors = Validate(input);
        if (input.Version is null) errors.Add("version", "required");
        if (errors.Any) return Problems.Validation(errors);
        if (request.Status == RequestStatus.Closed) return Problems.Conflict("sd.closed");
        // What an enterprise submitted is kept as submitted: the desk corrects category and urgency, and writes its notes in the steps.
        if (request.Source == RequestSource.Enterprise)
        {
            if (input.Title!.Trim() != request.Title) errors.Add("title", "sd.kept_as_submitted");
            if (input.Description!.Trim() != request.Description) errors.Add("description", "sd.kept_as_submitted");
            if (errors.Any) return Problems.Validation(errors);
        }
        api.Db.ExpectVersion(request, input.Version!.Value);
        request.Title = input.Title!.Trim();
        request.Description = input.Description!.Trim();
        request.Category = input.Category!.Value;
        request.Urgency = input.Urgency!.Value;
        return await SaveAsync(api, desk, id);
    }

    public static async Task<Results<Ok<RequestDetail>, ValidationProblem, ProblemHttpResult>> MoveServiceRequest(
        Guid id, TransitionInput input, [AsParameters] ServiceDeskServices desk, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var request = await db.ServiceRequests.Include(r => r.Tasks).FirstOrDefaultAsync(r => r.Id == id, api.Ct);
        if (request is null) return Problems.NotFound();
        var errors = new Errors();
        if (input.Action is null) errors.Add("action", "required");
        if (input.Version is null) errors.Add("version", "required");
        errors.MaxLength("reason", input.Reason, 2000).MaxLength("resolution", input.Resolution, 4000)
            .MaxLength("meetingRecord", input.MeetingRecord, 4000).MaxLength("comment", input.Comment, 1000);
        if (errors.Any) return Problems.Validation(errors);
        var departments = input.DepartmentIds ?? [];
        if (departments.Count > 0
            && await db.Departments.CountAsync(d => departments.Contains(d.Id) && d.ZoneId == request.ZoneId, api.Ct) != departments.Distinct().Count())
            return Problems.Validation(errors.Add("departmentIds", "sd.unknown_department"));

        db.ExpectVersion(request, input.Version!.Value);
        // Which side the caller is on was settled by the route's policy; which steps that side may take is the workflow's rule.
        var command = new RequestCommand(input.Action!.Value, ServiceDeskActors.Admitted(api.User))
        {
            Reason = input.Reason, Departments = departments, MeetingRecord = input.MeetingRecord, Resolution = input.Resolution,
            Rating = input.Rating, Comment = input.Comment,
        };
        var verdict = RequestWorkflow.Apply(request, command, desk.Deadlines, api.Clock.GetUtcNow(), api.Clock.Today(), api.User.UserId(),
            api.User.Identity!.Name!, () => Guid.CreateVersion7());
        if (!verdict.Allowed) return Refusal(verdict, request);
        // A request made from a project's supervision problem decides that problem, in the same save.
        await Projects.SupervisionRequests.FollowRequestAsync(db, request, api.Clock.Today(), api.Ct);
        await NotifyAsync(db, request, command, departments, api.Ct);
        return await SaveAsync(api, desk, id);
    }

    public static async Task<Results<Ok<RequestDetail>, ValidationProblem, ProblemHttpResult>> ReplyToDepartmentTask(
        Guid id, Guid taskId, ReplyInput input, [AsParameters] ServiceDeskServices desk, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var request = await db.ServiceRequests.FirstOrDefaultAsync(r => r.Id == id, api.Ct);
        var task = request is null ? null : await db.DepartmentTasks.FirstOrDefaultAsync(t => t.Id == taskId && t.RequestId == id, api.Ct);
        if (request is null || task is null) return Problems.NotFound();
        var errors = new Errors().Required("reply", input.Reply).MaxLength("reply", input.Reply, 4000);
        if (input.Version is null) errors.Add("version", "required");
        if (errors.Any) return Problems.Validation(errors);
        if (!(await desk.Authorization.AuthorizeAsync(api.User, task, ServiceDeskPolicies.ReplyToTask)).Succeeded)
            return Problems.Of(StatusCodes.Status403Forbidden, "sd.actor");
        if (request.Status == RequestStatus.Closed) return Problems.Conflict("sd.closed");
        db.ExpectVersion(task, input.Version!.Value);
        if (RequestWorkflow.Reply(task, task.DepartmentId, input.Reply, api.Clock.Today(), api.User.Identity!.Name!) is { } refusal)
            return Problems.Conflict(refusal);
        var departmentName = await db.Departments.Where(d => d.Id == task.DepartmentId).Select(d => d.Name).FirstAsync(api.Ct);
        db.Notify(OfficersOf(request), Text.Get("sd.notify.replied", request.Number, departmentName), task.Reply, Link(request));
        return await SaveAsync(api, desk, id);
    }

    /// <summary>Where an enterprise the caller can see belongs (its zone and park), which a request or visit about it copies; null if not visible.</summary>
    internal sealed record EnterprisePlace(Guid Id, Guid ZoneId, Guid ParkId);

    internal static Task<EnterprisePlace?> PlaceOfAsync(AppDbContext db, Guid enterpriseId, CancellationToken ct) =>
        db.Enterprises.AsNoTracking().Where(e => e.Id == enterpriseId).Select(e => new EnterprisePlace(e.Id, e.ZoneId, e.ParkId)).FirstOrDefaultAsync(ct);

    /// <summary>Creates a request for an enterprise, with its officer and first deadline.</summary>
    internal static async Task<ServiceRequest> NewRequestAsync(AppDbContext db, EnterprisePlace enterprise, RequestInput input, RequestSource source,
        Guid? visitId, Deadlines deadlines, TimeProvider clock, CancellationToken ct)
    {
        var officer = await db.OfficerAssignments.IgnoreQueryFilters().Where(a => a.EnterpriseId == enterprise.Id).Select(a => (Guid?)a.OfficerId)
            .FirstOrDefaultAsync(ct);
        var today = clock.Today();
        var request = new ServiceRequest
        {
            Id = Guid.CreateVersion7(), ZoneId = enterprise.ZoneId, ParkId = enterprise.ParkId, EnterpriseId = enterprise.Id,
            Number = await NextNumberAsync(db, today.Year, ct), Title = input.Title!.Trim(), Description = input.Description!.Trim(),
            Category = input.Category!.Value, Urgency = input.Urgency ?? Urgency.Normal, Source = source, VisitId = visitId, OfficerId = officer,
            Status = RequestStatus.Submitted, SubmittedOn = today, SubmittedAt = clock.GetUtcNow(), LevelStartedOn = today,
            DueOn = deadlines.DueOn(RequestStatus.Submitted, HandlingLevel.Officer, today),
        };
        db.ServiceRequests.Add(request);
        db.Notify(OfficersOf(request), Text.Get("sd.notify.submitted", request.Number, request.Title), request.Description, Link(request));
        return request;
    }

    internal static Errors Validate(RequestInput input)
    {
        var errors = new Errors().Required("title", input.Title).MaxLength("title", input.Title, 200)
            .Required("description", input.Description).MaxLength("description", input.Description, 4000);
        if (input.Category is null) errors.Add("category", "required");
        if (input.Urgency is null) errors.Add("urgency", "required");
        return errors;
    }

    /// <summary>
    /// Builds and saves new requests. Numbers come from the database (<see cref="Numbers"/>), one drawer at a time across
    /// hosts; a number typed into a request by another path and then drawn is refused by the unique index, and the save
    /// starts again from a clean context with a fresh number.
    /// </summary>
    internal static async Task<T> WithFreshNumbersAsync<T>(AppDbContext db, Func<Task<T>> buildAndSave)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await buildAndSave();
            }
            catch (DbUpdateException e) when (attempt < 5 && e.IsUniqueViolation() && e.Entries.Any(x => x.Entity is ServiceRequest))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Numbers run per year across the platform (SQ-2026-00042), drawn from the database's series for the year.</summary>
    private static async Task<string> NextNumberAsync(AppDbContext db, int year, CancellationToken ct)
    {
        var prefix = $"SQ-{year}-";
        var last = await db.ServiceRequests.IgnoreQueryFilters().Where(r => r.Number.StartsWith(prefix)).OrderByDescending(r => r.Number)
            .Select(r => r.Number).FirstOrDefaultAsync(ct);
        var next = await Numbers.NextAsync(db, prefix, last is null ? 0 : int.Parse(last[prefix.Length..]), ct);
        return $"{prefix}{next:D5}";
    }

    private static ProblemHttpResult Refusal(TransitionVerdict verdict, ServiceRequest request)
    {
        var args = verdict.Refusal == "sd.not_allowed"
            ? [ServiceDeskNames.StatusText((RequestStatus)verdict.Args![0]), ServiceDeskNames.ActionText((RequestAction)verdict.Args[1])]
            : verdict.Args ?? [];
        var status = verdict.Refusal switch
        {
            "sd.actor" => StatusCodes.Status403Forbidden,
            _ when verdict.Field is not null => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status409Conflict,
        };
        return Problems.Of(status, verdict.Refusal!, new { Field = verdict.Field, CurrentStatus = request.Status, Level = request.Level }, args);
    }

    private static async Task NotifyAsync(
        AppDbContext db, ServiceRequest request, RequestCommand command, IReadOnlyList<Guid> departments, CancellationToken ct)
    {
        var link = Link(request);
        var enterpriseUsers = await db.Users.Where(u => u.EnterpriseId == request.EnterpriseId).Select(u => u.Id).ToListAsync(ct);
        switch (command.Action)
        {
            case RequestAction.Escalate when request.Level == HandlingLevel.ParkDepartments:
                var staff = await db.Users.Where(u => u.DepartmentId != null && departments.Contains(u.DepartmentId.Value)).Select(u => u.Id).ToListAsync(ct);
                db.Notify(staff, Text.Get("sd.notify.whistle", request.Number, request.Title), command.Reason, link);
                break;
            case RequestAction.Resolve:
                db.Notify(enterpriseUsers, Text.Get("sd.notify.resolved", request.Number), request.Resolution, link);
                return;
            case RequestAction.Confirm or RequestAction.Reopen:
                var key = command.Action == RequestAction.Confirm ? "sd.notify.confirmed" : "sd.notify.reopened";
                db.Notify(OfficersOf(request), Text.Get(key, request.Number),
                    command.Action == RequestAction.Confirm ? $"{request.Rating}/5 {request.RatingComment}" : command.Reason, link);
                return;
        }
        var progress = Text.Get("sd.notify.progress", request.Number, ServiceDeskNames.StatusText(request.Status), ServiceDeskNames.LevelText(request.Level));
        db.Notify(enterpriseUsers, progress, command.Reason, link);
    }

    internal static IEnumerable<Guid> OfficersOf(ServiceRequest request) => request.OfficerId is { } id ? [id] : [];

    internal static string Link(ServiceRequest request) => $"/service/requests/{request.Id}";

    private static Task<RequestDetail?> DetailAsync(ApiServices api, ServiceDeskServices desk, Guid id) =>
        RequestQueries.DetailAsync(api.Db, id, api.User, desk.Deadlines, api.Clock.Today(), api.Ct);

    private static async Task<Results<Ok<RequestDetail>, ValidationProblem, ProblemHttpResult>> SaveAsync(ApiServices api, ServiceDeskServices desk, Guid id)
    {
        try
        {
            await api.Db.SaveChangesAsync(api.Ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            api.Db.ChangeTracker.Clear();
            return Problems.Conflict("concurrency", new { Current = await DetailAsync(api, desk, id) });
        }
        api.Db.ChangeTracker.Clear();
        return TypedResults.Ok((await DetailAsync(api, desk, id))!);
    }
}
