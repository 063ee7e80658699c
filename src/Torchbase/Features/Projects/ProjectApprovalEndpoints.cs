using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Projects;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Features.Organisation;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Projects;

/// <summary>The fast track's limits as the pages show them; <see cref="Verified"/> false: the figures are not confirmed.</summary>
public sealed record FastTrackDto(string Name, string Source, bool Verified, int ReviewWorkingDays, int ApprovalWorkingDays);

/// <summary>An approval item with its clock: the day each step is due, the working days it took (so far), late steps, overdue.</summary>
public sealed record ApprovalDto(
    Guid Id, ApprovalItemKind Kind, string? Name, DateOnly? SubmittedOn, DateOnly? ReviewedOn, DateOnly? ApprovedOn, string? Helper, string? Note,
    ApprovalStatus Status, DateOnly? ReviewDue, DateOnly? ApprovalDue, int? ReviewWorkingDays, int? ApprovalWorkingDays,
    bool ReviewLate, bool ApprovalLate, bool Overdue, bool OnFastTrack, int Version);

public sealed record ProjectApprovalsDto(FastTrackDto Rules, IReadOnlyList<ApprovalDto> Items);

public sealed record ApprovalInput(
    ApprovalItemKind? Kind, string? Name, DateOnly? SubmittedOn, DateOnly? ReviewedOn, DateOnly? ApprovedOn, string? Helper, string? Note, int? Version);

public sealed record ApprovalKindFigures(ApprovalItemKind Kind, ApprovalStatistics Figures);

public sealed record ApprovalStatisticsDto(FastTrackDto Rules, ApprovalStatistics Total, IReadOnlyList<ApprovalKindFigures> ByKind);

/// <summary>
/// A project's approval items (立项, 用地, 规划, 施工许可, 环评, 能评) on the "3 个 1" clock, counted in working days of the project's
/// zone calendar, and the figures of every item in the caller's scope.
/// </summary>
public static class ProjectApprovalEndpoints
{
    public static void MapProjectApprovalEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/approvals/statistics", GetApprovalStatistics)
            .WithName(nameof(GetApprovalStatistics))
            .WithSummary("Approval items in the caller's scope: the share approved within the limit, fast-track and overdue counts, by item type");
        group.MapGet("/{id:guid}/approvals", ListProjectApprovals)
            .WithName(nameof(ListProjectApprovals))
            .WithSummary("A project's approval items with their due days, working days taken and late or overdue flags");
        group.MapPost("/{id:guid}/approvals", AddProjectApproval)
            .WithName(nameof(AddProjectApproval))
            .WithSummary("Add an approval item with the days it was submitted, reviewed and approved")
            .RequireAuthorization(Permissions.ProjectsWrite);
        group.MapPut("/{id:guid}/approvals/{approvalId:guid}", UpdateProjectApproval)
            .WithName(nameof(UpdateProjectApproval))
            .WithSummary("Edit an approval item: record the next step's day, or correct one")
            .RequireAuthorization(Permissions.ProjectsWrite);
        group.MapDelete("/{id:guid}/approvals/{approvalId:guid}", DeleteProjectApproval)
            .WithName(nameof(DeleteProjectApproval))
            .WithSummary("Remove an approval item")
            .RequireAuthorization(Permissions.ProjectsWrite);
    }

    public static async Task<Results<Ok<ApprovalStatisticsDto>, ValidationProblem>> GetApprovalStatistics(
        Guid? zoneId, ApprovalItemKind? kind, ZoneDeadlines deadlines, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var today = api.Clock.Today();
        var rows = await db.Projects.AsNoTracking().Where(p => zoneId == null || p.ZoneId == zoneId)
            .SelectMany(p => p.Approvals.Where(a => kind == null || a.Kind == kind), (p, a) => new { p.ZoneId, Approval = a })
            .ToListAsync(api.Ct);
        var clocks = new List<(ApprovalItemKind Kind, ApprovalClockResult Clock)>();
        foreach (var zone in rows.GroupBy(r => r.ZoneId))
        {
            var calendar = (await deadlines.ForZoneAsync(zone.Key, api.Ct)).Calendar;
            clocks.AddRange(zone.Select(r => (r.Approval.Kind, Evaluate(r.Approval, calendar, today))));
        }
        var byKind = clocks.GroupBy(c => c.Kind).OrderBy(g => g.Key)
            .Select(g => new ApprovalKindFigures(g.Key, ApprovalClock.Summarise([.. g.Select(c => c.Clock)]))).ToList();
        return TypedResults.Ok(new ApprovalStatisticsDto(Rules(), ApprovalClock.Summarise([.. clocks.Select(c => c.Clock)]), byKind));
    }

    public static async Task<Results<Ok<ProjectApprovalsDto>, ProblemHttpResult>> ListProjectApprovals(
        Guid id, ZoneDeadlines deadlines, [AsParameters] ApiServices api)
    {
        var list = await ListAsync(api, deadlines, id);
        return list is null ? Problems.NotFound() : TypedResults.Ok(list);
    }

    public static async Task<Results<Ok<ProjectApprovalsDto>, ValidationProblem, ProblemHttpResult>> AddProjectApproval(
        Guid id, ApprovalInput input, ZoneDeadlines deadlines, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        if (!await db.Projects.AnyAsync(p => p.Id == id, api.Ct)) return Problems.NotFound();
        var errors = Validate(input, api.Clock.Today());
        if (errors.Any) return Problems.Validation(errors);
        var approval = new ProjectApproval { ProjectId = id };
        Apply(approval, input);
        db.ProjectApprovals.Add(approval);
        return await db.SaveOrConflictAsync(() => ListAsync(api, deadlines, id), api.Ct);
    }

    public static async Task<Results<Ok<ProjectApprovalsDto>, ValidationProblem, ProblemHttpResult>> UpdateProjectApproval(
        Guid id, Guid approvalId, ApprovalInput input, ZoneDeadlines deadlines, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var approval = await FindAsync(db, id, approvalId, api.Ct);
        if (approval is null) return Problems.NotFound();
        var errors = Validate(input, api.Clock.Today());
        if (input.Version is null) errors.Add("version", "required");
        if (errors.Any) return Problems.Validation(errors);
        db.ExpectVersion(approval, input.Version!.Value);
        Apply(approval, input);
        return await db.SaveOrConflictAsync(() => ListAsync(api, deadlines, id), api.Ct);
    }

    public static async Task<Results<Ok<ProjectApprovalsDto>, ValidationProblem, ProblemHttpResult>> DeleteProjectApproval(
        Guid id, Guid approvalId, int? version, ZoneDeadlines deadlines, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var approval = await FindAsync(db, id, approvalId, api.Ct);
        if (approval is null) return Problems.NotFound();
        if (version is null) return Problems.Validation(new Errors().Add("version", "required"));
        db.ExpectVersion(approval, version.Value);
        db.ProjectApprovals.Remove(approval);
        return await db.SaveOrConflictAsync(() => ListAsync(api, deadlines, id), api.Ct);
    }

    /// <summary>The item of a project the caller sees: reached through the filtered Projects set, never by its id alone.</summary>
    private static async Task<ProjectApproval?> FindAsync(AppDbContext db, Guid id, Guid approvalId, CancellationToken ct) =>
        await db.Projects.AnyAsync(p => p.Id == id, ct)
            ? await db.ProjectApprovals.FirstOrDefaultAsync(a => a.Id == approvalId && a.ProjectId == id, ct)
            : null;

    private static async Task<ProjectApprovalsDto?> ListAsync(ApiServices api, ZoneDeadlines deadlines, Guid id)
    {
        var db = api.Db;
        var zone = await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => (Guid?)p.ZoneId).FirstOrDefaultAsync(api.Ct);
        if (zone is null) return null;
        var calendar = (await deadlines.ForZoneAsync(zone, api.Ct)).Calendar;
        var today = api.Clock.Today();
        var items = await db.ProjectApprovals.AsNoTracking().Where(a => a.ProjectId == id).ToListAsync(api.Ct);
        return new ProjectApprovalsDto(Rules(), items.OrderBy(a => a.Kind).ThenBy(a => a.SubmittedOn ?? DateOnly.MaxValue).ThenBy(a => a.Name)
            .Select(a => ToDto(a, Evaluate(a, calendar, today))).ToList());
    }

    private static ApprovalClockResult Evaluate(ProjectApproval a, WorkingCalendar calendar, DateOnly today) =>
        ApprovalClock.Evaluate(new ApprovalDates(a.SubmittedOn, a.ReviewedOn, a.ApprovedOn), FastTrackRules.Default, calendar, today);

    private static ApprovalDto ToDto(ProjectApproval a, ApprovalClockResult c) => new(a.Id, a.Kind, a.Name, a.SubmittedOn, a.ReviewedOn, a.ApprovedOn,
        a.Helper, a.Note, c.Status, c.ReviewDue, c.ApprovalDue, c.ReviewWorkingDays, c.ApprovalWorkingDays, c.ReviewLate, c.ApprovalLate, c.Overdue,
        c.OnFastTrack, a.Version);

    private static FastTrackDto Rules()
    {
        var r = FastTrackRules.Default;
        return new FastTrackDto(r.Name, r.Source, r.Verified, r.ReviewWorkingDays, r.ApprovalWorkingDays);
    }

    /// <summary>Each step needs the one before it, on or after it, and not after today (the domain's checks, as field errors).</summary>
    private static Errors Validate(ApprovalInput input, DateOnly today)
    {
        var errors = new Errors().MaxLength("name", input.Name, 100).MaxLength("helper", input.Helper, 100).MaxLength("note", input.Note, 500);
        if (input.Kind is null) errors.Add("kind", "required");
        if (input.Kind == ApprovalItemKind.Other) errors.Required("name", input.Name);
        foreach (var (field, day) in new[] { ("submittedOn", input.SubmittedOn), ("reviewedOn", input.ReviewedOn), ("approvedOn", input.ApprovedOn) })
            if (day is { Year: < 2000 }) errors.Add(field, "invalid_value");
        foreach (var (field, code) in ApprovalClock.Check(new ApprovalDates(input.SubmittedOn, input.ReviewedOn, input.ApprovedOn), today))
            errors.Add(field, code);
        return errors;
    }

    private static void Apply(ProjectApproval a, ApprovalInput input) =>
        (a.Kind, a.Name, a.SubmittedOn, a.ReviewedOn, a.ApprovedOn, a.Helper, a.Note) =
        (input.Kind!.Value, Clean(input.Name), input.SubmittedOn, input.ReviewedOn, input.ApprovedOn, Clean(input.Helper), Clean(input.Note));

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
