using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Projects;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Features.ServiceDesk;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Localization;

namespace Torchbase.Features.Projects;

/// <summary>The enterprise the problem concerns, the request's category and urgency (normal when not given).</summary>
public sealed record SupervisionRequestInput(Guid? EnterpriseId, RequestCategory? Category, Urgency? Urgency);

/// <summary>The project and supervision a service request came from, as the request's page shows them.</summary>
public sealed record RequestProjectLink(Guid ProjectId, string ProjectName, Guid SupervisionId, DateOnly SupervisionOn, string? Problem,
    DateOnly? ProblemResolvedOn);

/// <summary>
/// A problem raised in supervision (周督导) goes to the service desk in one action: it becomes a request of the enterprise concerned, filed in
/// the project's park, and the two are linked both ways. The request's workflow then decides the problem: resolving or closing the request
/// resolves it, reopening the request opens it again — in the same transaction as the request's step, so both are audited together.
/// </summary>
public static class SupervisionRequests
{
    public static void MapSupervisionRequestEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/supervisions/{recordId:guid}/request", TurnSupervisionProblemIntoRequest)
            .WithName(nameof(TurnSupervisionProblemIntoRequest))
            .WithSummary("Turn the problem a supervision raised into a service-desk request of the enterprise concerned, linked both ways")
            .RequireAuthorization(Permissions.ProjectsWrite)
            .RequireAuthorization(ServiceDeskPolicies.Submit);
    }

    public static async Task<Results<Ok<ProjectDetail>, ValidationProblem, ProblemHttpResult>> TurnSupervisionProblemIntoRequest(
        Guid id, Guid recordId, SupervisionRequestInput input, [AsParameters] ProjectServices projects, [AsParameters] ServiceDeskServices desk,
        [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, api.Ct);
        if (project is null) return Problems.NotFound();
        var record = await db.SupervisionRecords.AsNoTracking().FirstOrDefaultAsync(s => s.Id == recordId && s.ProjectId == id, api.Ct);
        if (record is null) return Problems.NotFound();
        var errors = new Errors();
        if (input.EnterpriseId is null) errors.Add("enterpriseId", "required");
        if (input.Category is null) errors.Add("category", "required");
        if (!record.ProblemRaised) errors.Add("problem", "project_no_problem");
        if (errors.Any) return Problems.Validation(errors);
        if (record.ServiceRequestId is { } existing)
            return Problems.Of(StatusCodes.Status409Conflict, "project_problem_on_desk", null, await NumberAsync(db, existing, api.Ct) ?? "");
        if (record.ProblemResolvedOn is not null) return Problems.Conflict("project_problem_resolved");
        // The enterprise must be one the caller sees, of the project's zone; the request is filed in the project's park, which handles it.
        var enterprise = await RequestEndpoints.PlaceOfAsync(db, input.EnterpriseId!.Value, api.Ct);
        if (enterprise is null || enterprise.ZoneId != project.ZoneId)
            return Problems.Validation(new Errors().Add("enterpriseId", "unknown_enterprise"));
        var place = enterprise with { ParkId = project.ParkId };
        var text = new RequestInput(Clip(Text.Get("project.request_title", project.Name), 200),
            Clip(Text.Get("project.request_description", record.Problem ?? "", project.Name, record.On.ToString("yyyy-MM-dd")), 4000),
            input.Category, input.Urgency ?? Urgency.Normal, enterprise.Id, null);
        try
        {
            await RequestEndpoints.WithFreshNumbersAsync(db, async () =>
            {
                var tracked = await db.SupervisionRecords.FirstAsync(s => s.Id == recordId, api.Ct);
                db.ExpectVersion(tracked, record.Version);
                var request = await RequestEndpoints.NewRequestAsync(db, place, text, RequestSource.Officer, null, desk.Deadlines, api.Clock, api.Ct);
                tracked.ServiceRequestId = request.Id;
                await db.SaveChangesAsync(api.Ct);
                return request;
            });
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueViolation())
        {
            // Someone else turned the problem into a request meanwhile: it is not done twice.
            db.ChangeTracker.Clear();
            var current = await ProjectEndpoints.DetailAsync(db, id, null, api.Clock.Today(), projects.Margin, api.Ct);
            return Problems.Conflict("concurrency", new { Current = current });
        }
        db.ChangeTracker.Clear();
        return TypedResults.Ok((await ProjectEndpoints.DetailAsync(db, id, null, api.Clock.Today(), projects.Margin, api.Ct))!);
    }

    /// <summary>
    /// Follows a request's step on the problem it came from: resolved or closed resolves the problem (on the day of the step, unless it
    /// already was), reopened opens it again. Called before the step is saved, so both changes are one transaction and one audit entry each.
    /// </summary>
    internal static async Task FollowRequestAsync(AppDbContext db, ServiceRequest request, DateOnly today, CancellationToken ct)
    {
        var record = await db.SupervisionRecords.FirstOrDefaultAsync(s => s.ServiceRequestId == request.Id, ct);
        if (record is null) return;
        if (request.Status is RequestStatus.Resolved or RequestStatus.Closed) record.ProblemResolvedOn ??= request.ResolvedOn ?? today;
        else record.ProblemResolvedOn = null;
    }

    /// <summary>The project and supervision a request came from, if the caller may see the project (an enterprise sees no projects).</summary>
    internal static Task<RequestProjectLink?> LinkOfAsync(AppDbContext db, Guid requestId, CancellationToken ct) =>
        (from s in db.SupervisionRecords.AsNoTracking()
         join p in db.Projects.AsNoTracking() on s.ProjectId equals p.Id
         where s.ServiceRequestId == requestId
         select new RequestProjectLink(p.Id, p.Name, s.Id, s.On, s.Problem, s.ProblemResolvedOn)).FirstOrDefaultAsync(ct);

    /// <summary>The number and status of the requests supervision problems became, as far as the caller sees them.</summary>
    internal static async Task<Dictionary<Guid, (string Number, RequestStatus Status)>> RequestsOfAsync(
        AppDbContext db, IEnumerable<Guid?> ids, CancellationToken ct)
    {
        var list = ids.OfType<Guid>().ToList();
        if (list.Count == 0) return [];
        return await db.ServiceRequests.AsNoTracking().Where(r => list.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => (r.Number, r.Status), ct);
    }

    private static Task<string?> NumberAsync(AppDbContext db, Guid requestId, CancellationToken ct) =>
        db.ServiceRequests.Where(r => r.Id == requestId).Select(r => r.Number).FirstOrDefaultAsync(ct);

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
