using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Projects;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Projects;

/// <summary>What is reported on a project after it is on the ledger: annual targets, monthly investment, supervision.</summary>
public static class ProjectProgressEndpoints
{
    public static void MapProjectProgressEndpoints(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}/plans/{year:int}", SetProjectAnnualPlan)
            .WithName(nameof(SetProjectAnnualPlan))
            .WithSummary("Set a project's investment target for a year")
            .RequireAuthorization(Permissions.ProjectsWrite);
        group.MapPut("/{id:guid}/investments/{year:int}/{month:int}", ReportProjectInvestment)
            .WithName(nameof(ReportProjectInvestment))
            .WithSummary("Report what a project invested in a past or the current month, and its image progress")
            .RequireAuthorization(Permissions.ProjectsWrite);
        group.MapPost("/{id:guid}/supervisions", RecordProjectSupervision)
            .WithName(nameof(RecordProjectSupervision))
            .WithSummary("Record a supervision (a monthly tour with its scores, an inspection…) and any problem it raised")
            .RequireAuthorization(Permissions.ProjectsWrite);
        // A problem turned into a service request (SupervisionRequests) is resolved by that request, not here.
        group.MapPost("/{id:guid}/supervisions/{recordId:guid}/resolve", ResolveSupervisionProblem)
            .WithName(nameof(ResolveSupervisionProblem))
            .WithSummary("Mark the problem a supervision raised as resolved")
            .RequireAuthorization(Permissions.ProjectsWrite);
    }

    public static async Task<Results<Ok<ProjectDetail>, ValidationProblem, ProblemHttpResult>> SetProjectAnnualPlan(
        Guid id, int year, AnnualPlanInput input, [AsParameters] ProjectServices projects, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        if (!await db.Projects.AnyAsync(p => p.Id == id, api.Ct)) return Problems.NotFound();
        var today = api.Clock.Today();
        var errors = new Errors().Amount("target", input.Target);
        if (input.Target is null) errors.Add("target", "required");
        if (year < today.Year - 5 || year > today.Year + 1) errors.Add("year", "year_range", today.Year - 5, today.Year + 1);
        if (errors.Any) return Problems.Validation(errors);
        var plan = await db.ProjectAnnualPlans.FirstOrDefaultAsync(a => a.ProjectId == id && a.Year == year, api.Ct);
        if (plan is null) db.ProjectAnnualPlans.Add(plan = new ProjectAnnualPlan { ProjectId = id, Year = year });
        plan.Target = input.Target!.Value;
        return await ProjectEndpoints.SaveAsync(api, projects, id);
    }

    public static async Task<Results<Ok<ProjectDetail>, ValidationProblem, ProblemHttpResult>> ReportProjectInvestment(
        Guid id, int year, int month, MonthlyInvestmentInput input, [AsParameters] ProjectServices projects, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, api.Ct);
        if (project is null) return Problems.NotFound();
        var today = api.Clock.Today();
        var errors = new Errors().Amount("amount", input.Amount).MaxLength("note", input.Note, 500).MaxLength("imageProgress", input.ImageProgress, 500);
        if (input.Amount is null) errors.Add("amount", "required");
        // The year is checked before it builds a date: DateOnly throws past year 9999.
        if (month is < 1 or > 12 || year < today.Year - 5 || year > today.Year || new DateOnly(year, month, 1) > today)
            errors.Add("month", "project_month_not_reportable");
        if (errors.Any) return Problems.Validation(errors);
        var report = await db.ProjectMonthlyInvestments.FirstOrDefaultAsync(m => m.ProjectId == id && m.Year == year && m.Month == month, api.Ct);
        if (report is null) db.ProjectMonthlyInvestments.Add(report = new ProjectMonthlyInvestment { ProjectId = id, Year = year, Month = month });
        else if (input.Version is { } version) db.ExpectVersion(report, version);
        report.Amount = input.Amount!.Value;
        report.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (!string.IsNullOrWhiteSpace(input.ImageProgress)) project.ImageProgress = input.ImageProgress.Trim();
        return await ProjectEndpoints.SaveAsync(api, projects, id);
    }

    public static async Task<Results<Ok<ProjectDetail>, ValidationProblem, ProblemHttpResult>> RecordProjectSupervision(
        Guid id, SupervisionInput input, [AsParameters] ProjectServices projects, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, api.Ct);
        if (project is null) return Problems.NotFound();
        var today = api.Clock.Today();
        var errors = new Errors().MaxLength("progress", input.Progress, 1000).MaxLength("problem", input.Problem, 1000);
        if (input.Kind is null) errors.Add("kind", "required");
        if (input.On is null) errors.Add("on", "required");
        else if (input.On > today) errors.Add("on", "project_date_in_future");
        if (input.ProblemRaised == true) errors.Required("problem", input.Problem);
        var criteria = await ProjectStats.CriteriaAsync(db, project.ZoneId, api.Ct);
        var scores = input.Kind == SupervisionKind.MonthlyTour ? input.Scores ?? [] : [];
        if (input.Kind == SupervisionKind.MonthlyTour)
            foreach (var c in criteria)
            {
                if (!scores.TryGetValue(c.Code, out var score)) errors.Add($"scores.{c.Code}", "required");
                else if (score < 0 || score > c.MaxScore) errors.Add($"scores.{c.Code}", "project_score_range", c.MaxScore);
            }
        foreach (var code in scores.Keys.Where(k => criteria.All(c => c.Code != k))) errors.Add($"scores.{code}", "invalid_value");
        if (errors.Any) return Problems.Validation(errors);
        db.SupervisionRecords.Add(new SupervisionRecord
        {
            ProjectId = id, Kind = input.Kind!.Value, On = input.On!.Value, Progress = input.Progress?.Trim(),
            ProblemRaised = input.ProblemRaised ?? false, Problem = input.ProblemRaised == true ? input.Problem!.Trim() : null, By = db.Scope.UserName,
            Scores = scores.Select(s => new TourScore { Criterion = s.Key, Score = s.Value }).ToList(),
        });
        return await ProjectEndpoints.SaveAsync(api, projects, id);
    }

    public static async Task<Results<Ok<ProjectDetail>, ValidationProblem, ProblemHttpResult>> ResolveSupervisionProblem(
        Guid id, Guid recordId, [AsParameters] ProjectServices projects, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        if (!await db.Projects.AnyAsync(p => p.Id == id, api.Ct)) return Problems.NotFound();
        var record = await db.SupervisionRecords.FirstOrDefaultAsync(s => s.Id == recordId && s.ProjectId == id, api.Ct);
        if (record is null) return Problems.NotFound();
        if (!record.ProblemRaised) return Problems.Validation(new Errors().Add("problem", "project_no_problem"));
        if (record.ServiceRequestId is { } requestId && record.ProblemResolvedOn is null)
            return Problems.Of(StatusCodes.Status409Conflict, "project_problem_by_request", null,
                await db.ServiceRequests.Where(r => r.Id == requestId).Select(r => r.Number).FirstOrDefaultAsync(api.Ct) ?? "");
        record.ProblemResolvedOn ??= api.Clock.Today();
        return await ProjectEndpoints.SaveAsync(api, projects, id);
    }
}
