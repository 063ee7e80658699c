using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Projects;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Projects;

/// <summary>
/// A project's delivery after it enters the library: funds arrived by month (实际到位资金), milestones with their planned and actual
/// days, and the figures of any span of months (新入库项目, 实际利用省外资金) against the same months a year earlier.
/// </summary>
public static class ProjectDeliveryEndpoints
{
    public static void MapProjectDeliveryEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/periods", GetProjectPeriodFigures)
            .WithName(nameof(GetProjectPeriodFigures))
            .WithSummary("Industrial projects entered and funds arrived in a span of months (a month, a quarter, 前三季度, a year), with year-on-year growth");
        group.MapPost("/{id:guid}/arrivals", AddProjectFundsArrival)
            .WithName(nameof(AddProjectFundsArrival))
            .WithSummary("Record the funds that arrived for a project in a month (万元)")
            .RequireAuthorization(Permissions.ProjectsWrite);
        group.MapPut("/{id:guid}/arrivals/{arrivalId:guid}", UpdateProjectFundsArrival)
            .WithName(nameof(UpdateProjectFundsArrival))
            .WithSummary("Correct a month's funds arrived")
            .RequireAuthorization(Permissions.ProjectsWrite);
        group.MapDelete("/{id:guid}/arrivals/{arrivalId:guid}", DeleteProjectFundsArrival)
            .WithName(nameof(DeleteProjectFundsArrival))
            .WithSummary("Remove a month's funds arrived")
            .RequireAuthorization(Permissions.ProjectsWrite);
        group.MapPost("/{id:guid}/milestones", AddProjectMilestone)
            .WithName(nameof(AddProjectMilestone))
            .WithSummary("Add a milestone (开工, 主体封顶, 竣工, 投产 or one of the project's own) with its planned and actual days")
            .RequireAuthorization(Permissions.ProjectsWrite);
        group.MapPut("/{id:guid}/milestones/{milestoneId:guid}", UpdateProjectMilestone)
            .WithName(nameof(UpdateProjectMilestone))
            .WithSummary("Edit a milestone: record the day it was reached, or move its plan")
            .RequireAuthorization(Permissions.ProjectsWrite);
        group.MapDelete("/{id:guid}/milestones/{milestoneId:guid}", DeleteProjectMilestone)
            .WithName(nameof(DeleteProjectMilestone))
            .WithSummary("Remove a milestone")
            .RequireAuthorization(Permissions.ProjectsWrite);
    }

    /// <summary>
    /// Only 产业项目 count, as in every 招商 figure. Without months, the year so far (the whole year for a past year). A span is refused
    /// with a field error, never narrowed.
    /// </summary>
    public static async Task<Results<Ok<PeriodFiguresDto>, ValidationProblem>> GetProjectPeriodFigures(
        Guid? zoneId, int? year, int? fromMonth, int? toMonth, [AsParameters] ApiServices api)
    {
        var today = api.Clock.Today();
        var y = year ?? today.Year;
        var errors = new Errors();
        if (y < 2000 || y > today.Year + 1) errors.Add("year", "year_range", 2000, today.Year + 1);
        var span = new MonthSpan(y, fromMonth ?? 1, toMonth ?? (y < today.Year ? 12 : today.Month));
        if (fromMonth is < 1 or > 12) errors.Add("fromMonth", "invalid_value");
        if (toMonth is < 1 or > 12) errors.Add("toMonth", "invalid_value");
        else if (!span.IsValid) errors.Add("toMonth", "invalid_value");
        if (errors.Any) return Problems.Validation(errors);

        var projects = api.Db.Projects.AsNoTracking().Where(p => (zoneId == null || p.ZoneId == zoneId) && p.Category == ProjectCategory.Industrial);
        var (first, last) = (new DateOnly(y - 1, 1, 1), new DateOnly(y, 12, 31));
        var entries = await projects.Where(p => p.EnteredOn >= first && p.EnteredOn <= last)
            .Select(p => new { p.EnteredOn, Planned = (double)p.PlannedInvestment }).ToListAsync(api.Ct);
        var funds = await projects.SelectMany(p => p.FundsArrivals.Where(f => f.Year == y || f.Year == y - 1),
                (p, f) => new { f.Year, f.Month, Amount = (double)f.Amount, p.OutOfProvince })
            .ToListAsync(api.Ct);
        return TypedResults.Ok(new PeriodFiguresDto(y, span.FromMonth, span.ToMonth,
            PeriodFigures.CompareCounts(entries.Select(e => e.EnteredOn), span),
            PeriodFigures.Compare(entries.Select(e => new MonthAmount(e.EnteredOn.Year, e.EnteredOn.Month, ProjectQueries.Money(e.Planned))), span),
            PeriodFigures.Compare(funds.Select(f => new MonthAmount(f.Year, f.Month, ProjectQueries.Money(f.Amount))), span),
            PeriodFigures.Compare(funds.Where(f => f.OutOfProvince).Select(f => new MonthAmount(f.Year, f.Month, ProjectQueries.Money(f.Amount))), span)));
    }

    public static async Task<Results<Ok<ProjectDetail>, ValidationProblem, ProblemHttpResult>> AddProjectFundsArrival(
        Guid id, FundsArrivalInput input, [AsParameters] ProjectServices projects, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        if (!await db.Projects.AnyAsync(p => p.Id == id, api.Ct)) return Problems.NotFound();
        var errors = ValidateArrival(input, api.Clock.Today());
        if (input.Year is null) errors.Add("year", "required");
        if (input.Month is null) errors.Add("month", "required");
        if (!errors.Any && await db.ProjectFundsArrivals.AnyAsync(f => f.ProjectId == id && f.Year == input.Year && f.Month == input.Month, api.Ct))
            errors.Add("month", "project_funds_month_recorded");
        if (errors.Any) return Problems.Validation(errors);
        db.ProjectFundsArrivals.Add(new ProjectFundsArrival
        {
            ProjectId = id, Year = input.Year!.Value, Month = input.Month!.Value, Amount = input.Amount!.Value, Note = Clean(input.Note),
        });
        return await ProjectEndpoints.SaveAsync(api, projects, id);
    }

    /// <summary>The month of a recorded arrival is fixed (it is the row's key): a wrong month is deleted and recorded again.</summary>
    public static async Task<Results<Ok<ProjectDetail>, ValidationProblem, ProblemHttpResult>> UpdateProjectFundsArrival(
        Guid id, Guid arrivalId, FundsArrivalInput input, [AsParameters] ProjectServices projects, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        if (!await db.Projects.AnyAsync(p => p.Id == id, api.Ct)) return Problems.NotFound();
        var arrival = await db.ProjectFundsArrivals.FirstOrDefaultAsync(f => f.Id == arrivalId && f.ProjectId == id, api.Ct);
        if (arrival is null) return Problems.NotFound();
        var errors = ValidateArrival(input with { Year = arrival.Year, Month = arrival.Month }, api.Clock.Today());
        if (input.Version is null) errors.Add("version", "required");
        if (errors.Any) return Problems.Validation(errors);
        db.ExpectVersion(arrival, input.Version!.Value);
        (arrival.Amount, arrival.Note) = (input.Amount!.Value, Clean(input.Note));
        return await ProjectEndpoints.SaveAsync(api, projects, id);
    }

    public static async Task<Results<Ok<ProjectDetail>, ValidationProblem, ProblemHttpResult>> DeleteProjectFundsArrival(
        Guid id, Guid arrivalId, int? version, [AsParameters] ProjectServices projects, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        if (!await db.Projects.AnyAsync(p => p.Id == id, api.Ct)) return Problems.NotFound();
        var arrival = await db.ProjectFundsArrivals.FirstOrDefaultAsync(f => f.Id == arrivalId && f.ProjectId == id, api.Ct);
        if (arrival is null) return Problems.NotFound();
        if (version is null) return Problems.Validation(new Errors().Add("version", "required"));
        db.ExpectVersion(arrival, version.Value);
        db.ProjectFundsArrivals.Remove(arrival);
        return await ProjectEndpoints.SaveAsync(api, projects, id);
    }

    public static async Task<Results<Ok<ProjectDetail>, ValidationProblem, ProblemHttpResult>> AddProjectMilestone(
        Guid id, MilestoneInput input, [AsParameters] ProjectServices projects, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        if (!await db.Projects.AnyAsync(p => p.Id == id, api.Ct)) return Problems.NotFound();
        var errors = ValidateMilestone(input, api.Clock.Today());
        if (errors.Any) return Problems.Validation(errors);
        var milestone = new ProjectMilestone { ProjectId = id };
        Apply(milestone, input);
        db.ProjectMilestones.Add(milestone);
        return await ProjectEndpoints.SaveAsync(api, projects, id);
    }

    public static async Task<Results<Ok<ProjectDetail>, ValidationProblem, ProblemHttpResult>> UpdateProjectMilestone(
        Guid id, Guid milestoneId, MilestoneInput input, [AsParameters] ProjectServices projects, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        if (!await db.Projects.AnyAsync(p => p.Id == id, api.Ct)) return Problems.NotFound();
        var milestone = await db.ProjectMilestones.FirstOrDefaultAsync(m => m.Id == milestoneId && m.ProjectId == id, api.Ct);
        if (milestone is null) return Problems.NotFound();
        var errors = ValidateMilestone(input, api.Clock.Today());
        if (input.Version is null) errors.Add("version", "required");
        if (errors.Any) return Problems.Validation(errors);
        db.ExpectVersion(milestone, input.Version!.Value);
        Apply(milestone, input);
        return await ProjectEndpoints.SaveAsync(api, projects, id);
    }

    public static async Task<Results<Ok<ProjectDetail>, ValidationProblem, ProblemHttpResult>> DeleteProjectMilestone(
        Guid id, Guid milestoneId, int? version, [AsParameters] ProjectServices projects, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        if (!await db.Projects.AnyAsync(p => p.Id == id, api.Ct)) return Problems.NotFound();
        var milestone = await db.ProjectMilestones.FirstOrDefaultAsync(m => m.Id == milestoneId && m.ProjectId == id, api.Ct);
        if (milestone is null) return Problems.NotFound();
        if (version is null) return Problems.Validation(new Errors().Add("version", "required"));
        db.ExpectVersion(milestone, version.Value);
        db.ProjectMilestones.Remove(milestone);
        return await ProjectEndpoints.SaveAsync(api, projects, id);
    }

    /// <summary>A month that has begun, within the last five years; an amount of 万元, not negative.</summary>
    private static Errors ValidateArrival(FundsArrivalInput input, DateOnly today)
    {
        var errors = new Errors().Amount("amount", input.Amount).MaxLength("note", input.Note, 500);
        if (input.Amount is null) errors.Add("amount", "required");
        // The year is checked before it builds a date: DateOnly throws past year 9999.
        if (input.Year is { } year && input.Month is { } month
            && (month is < 1 or > 12 || year < today.Year - 5 || year > today.Year || new DateOnly(year, month, 1) > today))
            errors.Add("month", "project_month_not_reportable");
        return errors;
    }

    private static Errors ValidateMilestone(MilestoneInput input, DateOnly today)
    {
        var errors = new Errors().MaxLength("name", input.Name, 100).MaxLength("note", input.Note, 500);
        if (input.Kind is null) errors.Add("kind", "required");
        if (input.Kind == MilestoneKind.Other) errors.Required("name", input.Name);
        if (input.PlannedOn is null && input.ActualOn is null) errors.Add("plannedOn", "required");
        if (input.ActualOn > today) errors.Add("actualOn", "project_date_in_future");
        if (input.PlannedOn is { } planned && (planned.Year < 2000 || planned.Year > today.Year + 20)) errors.Add("plannedOn", "invalid_value");
        if (input.ActualOn is { Year: < 2000 }) errors.Add("actualOn", "invalid_value");
        return errors;
    }

    private static void Apply(ProjectMilestone m, MilestoneInput input) =>
        (m.Kind, m.Name, m.PlannedOn, m.ActualOn, m.Note) = (input.Kind!.Value, Clean(input.Name), input.PlannedOn, input.ActualOn, Clean(input.Note));

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
