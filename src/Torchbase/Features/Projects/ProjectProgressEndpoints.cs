using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Projects;
using Torchbase.Http;

namespace Torchbase.Features.Projects;

/// <summary>What is reported on a project after it is on the ledger: annual targets, monthly investment, supervision.</summary>
internal static class ProjectProgressEndpoints
{
    public static void MapProjectProgressEndpoints(this RouteGroupBuilder write)
    {
        write.MapPut("/{id:guid}/plans/{year:int}", async Task<Results<Ok<ProjectDetail>, ValidationProblem, ProblemHttpResult>> (Guid id, int year, AnnualPlanInput input, AppDbContext db, TimeProvider clock, IConfiguration config, CancellationToken ct) =>
        {
            if (!await db.Projects.AnyAsync(p => p.Id == id, ct)) return Problems.NotFound();
            var today = clock.Today();
            var errors = new Errors().Amount("target", input.Target);
            if (input.Target is null) errors.Add("target", "required");
            if (year < today.Year - 5 || year > today.Year + 1) errors.Add("year", "year_range", today.Year - 5, today.Year + 1);
            if (errors.Any) return Problems.Validation(errors);
            var plan = await db.ProjectAnnualPlans.FirstOrDefaultAsync(a => a.ProjectId == id && a.Year == year, ct);
            if (plan is null) db.ProjectAnnualPlans.Add(plan = new ProjectAnnualPlan { ProjectId = id, Year = year });
            plan.Target = input.Target!.Value;
            return await ProjectEndpoints.SaveAsync(db, id, clock, config, ct);
        });

        write.MapPut("/{id:guid}/investments/{year:int}/{month:int}", async Task<Results<Ok<ProjectDetail>, ValidationProblem, ProblemHttpResult>> (Guid id, int year, int month, MonthlyInvestmentInput input, AppDbContext db, TimeProvider clock, IConfiguration config, CancellationToken ct) =>
        {
            var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, ct);
            if (project is null) return Problems.NotFound();
            var today = clock.Today();
            var errors = new Errors().Amount("amount", input.Amount).MaxLength("note", input.Note, 500).MaxLength("imageProgress", input.ImageProgress, 500);
            if (input.Amount is null) errors.Add("amount", "required");
            // The year is checked before it builds a date: DateOnly throws past year 9999.
            if (month is < 1 or > 12 || year < today.Year - 5 || year > today.Year || new DateOnly(year, month, 1) > today)
                errors.Add("month", "project_month_not_reportable");
            if (errors.Any) return Problems.Validation(errors);
            var report = await db.ProjectMonthlyInvestments.FirstOrDefaultAsync(m => m.ProjectId == id && m.Year == year && m.Month == month, ct);
            if (report is null) db.ProjectMonthlyInvestments.Add(report = new ProjectMonthlyInvestment { ProjectId = id, Year = year, Month = month });
            else if (input.Version is { } version) db.ExpectVersion(report, version);
            report.Amount = input.Amount!.Value;
            report.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
            if (!string.IsNullOrWhiteSpace(input.ImageProgress)) project.ImageProgress = input.ImageProgress.Trim();
            return await ProjectEndpoints.SaveAsync(db, id, clock, config, ct);
        });

        write.MapPost("/{id:guid}/supervisions", async Task<Results<Ok<ProjectDetail>, ValidationProblem, ProblemHttpResult>> (Guid id, SupervisionInput input, AppDbContext db, TimeProvider clock, IConfiguration config, CancellationToken ct) =>
        {
            var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
            if (project is null) return Problems.NotFound();
            var today = clock.Today();
            var errors = new Errors().MaxLength("progress", input.Progress, 1000).MaxLength("problem", input.Problem, 1000);
            if (input.Kind is null) errors.Add("kind", "required");
            if (input.On is null) errors.Add("on", "required");
            else if (input.On > today) errors.Add("on", "project_date_in_future");
            if (input.ProblemRaised == true) errors.Required("problem", input.Problem);
            var criteria = await ProjectStats.CriteriaAsync(db, project.ZoneId, ct);
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
            return await ProjectEndpoints.SaveAsync(db, id, clock, config, ct);
        });

        // The seam for the service desk: when it exists, "turn into a request" sets ServiceRequestId here; until then a problem is closed by hand.
        write.MapPost("/{id:guid}/supervisions/{recordId:guid}/resolve", async Task<Results<Ok<ProjectDetail>, ValidationProblem, ProblemHttpResult>> (Guid id, Guid recordId, AppDbContext db, TimeProvider clock, IConfiguration config, CancellationToken ct) =>
        {
            if (!await db.Projects.AnyAsync(p => p.Id == id, ct)) return Problems.NotFound();
            var record = await db.SupervisionRecords.FirstOrDefaultAsync(s => s.Id == recordId && s.ProjectId == id, ct);
            if (record is null) return Problems.NotFound();
            if (!record.ProblemRaised) return Problems.Validation(new Errors().Add("problem", "project_no_problem"));
            record.ProblemResolvedOn ??= clock.Today();
            return await ProjectEndpoints.SaveAsync(db, id, clock, config, ct);
        });
    }
}
