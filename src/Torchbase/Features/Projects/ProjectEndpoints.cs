using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Projects;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Projects;

/// <summary>What the project handlers share beyond <see cref="ApiServices"/>: the settings, for the behind-schedule margin.</summary>
public readonly record struct ProjectServices(IConfiguration Configuration)
{
    /// <summary>How far a key project may trail the calendar before it is flagged (Torchbase:Projects:BehindScheduleMargin).</summary>
    public decimal Margin => ProjectSettings.Margin(Configuration);
}

/// <summary>The project ledger (招商引资, 重点项目): list, detail, create, edit, delete and stage moves.</summary>
public static class ProjectEndpoints
{
    public static void MapProjectEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/projects").WithTags("Projects").RequireAuthorization(Permissions.ProjectsRead);

        group.MapGet("/", ListProjects)
            .WithName(nameof(ListProjects))
            .WithSummary("Projects in the caller's scope, filtered, sorted and paged, with the year's target, progress and behind-schedule flag");
        group.MapGet("/{id:guid}", GetProject)
            .WithName(nameof(GetProject))
            .WithSummary("One project with its stage history, plans, monthly investment, supervision records and progress");
        group.MapPost("/", CreateProject)
            .WithName(nameof(CreateProject))
            .WithSummary("Put a project on the ledger as a lead")
            .RequireAuthorization(Permissions.ProjectsWrite);
        group.MapPut("/{id:guid}", UpdateProject)
            .WithName(nameof(UpdateProject))
            .WithSummary("Edit a project's particulars")
            .RequireAuthorization(Permissions.ProjectsWrite);
        group.MapDelete("/{id:guid}", DeleteProject)
            .WithName(nameof(DeleteProject))
            .WithSummary("Take a project off the ledger")
            .RequireAuthorization(Permissions.ProjectsWrite);
        group.MapPost("/{id:guid}/stage", MoveProjectStage)
            .WithName(nameof(MoveProjectStage))
            .WithSummary("Move a project to its next stage (signed, started, in production, dropped) on a given day")
            .RequireAuthorization(Permissions.ProjectsWrite);

        group.MapProjectProgressEndpoints();
        group.MapSupervisionRequestEndpoints();
        group.MapProjectOutputEndpoints();
        group.MapProjectDeliveryEndpoints();
        group.MapProjectApprovalEndpoints();
        group.MapProjectLedgerEndpoints();
        group.MapProjectStatsEndpoints();
    }

    public static async Task<Ok<Paged<ProjectItem>>> ListProjects(
        [AsParameters] ProjectQuery q, [AsParameters] ProjectServices projects, [AsParameters] ApiServices api)
    {
        var (year, month) = ProjectQueries.Period(q.Year, q.Month, api.Clock.Today());
        var margin = projects.Margin;
        var rows = ProjectQueries.Listed(api.Db, q, year, month, margin);
        return TypedResults.Ok(await ProjectQueries.PageAsync(api.Db, rows, q, year, month, margin, api.Clock.Today(), api.Ct));
    }

    public static async Task<Results<Ok<ProjectDetail>, ProblemHttpResult>> GetProject(
        Guid id, int? year, [AsParameters] ProjectServices projects, [AsParameters] ApiServices api) =>
        await DetailAsync(api.Db, id, year, api.Clock.Today(), projects.Margin, api.Ct) is { } detail ? TypedResults.Ok(detail) : Problems.NotFound();

    public static async Task<Results<Created<ProjectDetail>, ValidationProblem>> CreateProject(
        ProjectInput input, [AsParameters] ProjectServices projects, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var (errors, park, chain) = await ValidateAsync(db, input, api.Ct);
        var today = api.Clock.Today();
        if (input.EnteredOn is null) errors.Add("enteredOn", "required");
        else if (input.EnteredOn > today) errors.Add("enteredOn", "project_date_in_future");
        if (errors.Any) return Problems.Validation(errors);
        var project = new Project { Name = "", ZoneId = park!.ZoneId, Stage = ProjectStage.Lead, StageChangedOn = today };
        Apply(project, input, chain);
        project.StageChanges.Add(new ProjectStageChange
        {
            From = ProjectStage.Lead, To = ProjectStage.Lead, On = today, RecordedAt = api.Clock.GetUtcNow(), Note = "录入台账", By = db.Scope.UserName,
        });
        db.Projects.Add(project);
        await db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/projects/{project.Id}", (await DetailAsync(db, project.Id, null, today, projects.Margin, api.Ct))!);
    }

    public static async Task<Results<Ok<ProjectDetail>, ValidationProblem, ProblemHttpResult>> UpdateProject(
        Guid id, ProjectInput input, [AsParameters] ProjectServices projects, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, api.Ct);
        if (project is null) return Problems.NotFound();
        var (errors, park, chain) = await ValidateAsync(db, input, api.Ct);
        if (input.Version is null) errors.Add("version", "required");
        if (park is not null && park.ZoneId != project.ZoneId) errors.Add("parkId", "unknown_park");
        // Absent, the entry date stays as it is (clients that predate it); given, it may not lie ahead.
        if (input.EnteredOn > api.Clock.Today()) errors.Add("enteredOn", "project_date_in_future");
        if (errors.Any) return Problems.Validation(errors);
        db.ExpectVersion(project, input.Version!.Value);
        Apply(project, input, chain);
        return await SaveAsync(api, projects, id);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteProject(Guid id, [AsParameters] ApiServices api)
    {
        var project = await api.Db.Projects.FirstOrDefaultAsync(p => p.Id == id, api.Ct);
        if (project is null) return Problems.NotFound();
        api.Db.Projects.Remove(project);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<ProjectDetail>, ValidationProblem, ProblemHttpResult>> MoveProjectStage(
        Guid id, StageMoveInput input, [AsParameters] ProjectServices projects, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, api.Ct);
        if (project is null) return Problems.NotFound();
        var errors = new Errors().MaxLength("note", input.Note, 500);
        if (input.To is null) errors.Add("to", "required");
        if (input.Version is null) errors.Add("version", "required");
        var today = api.Clock.Today();
        var on = input.On ?? today;
        if (!errors.Any)
        {
            var decision = StageMachine.Decide(project.Stage, input.To!.Value, on, project.StageChangedOn, today);
            if (decision.Refusal is { } refusal)
                errors.Add(refusal is StageRefusal.BeforeLastChange or StageRefusal.InFuture ? "on" : "to",
                    $"project_stage.{refusal}", project.StageChangedOn.ToString("yyyy-MM-dd"));
        }
        if (errors.Any) return Problems.Validation(errors);
        db.ExpectVersion(project, input.Version!.Value);
        var to = input.To!.Value;
        db.ProjectStageChanges.Add(new ProjectStageChange
        {
            ProjectId = id, From = project.Stage, To = to, On = on, RecordedAt = api.Clock.GetUtcNow(), Note = input.Note?.Trim(), By = db.Scope.UserName,
        });
        project.Stage = to;
        project.StageChangedOn = on;
        switch (to)
        {
            case ProjectStage.Signed: project.SignedOn = on; break;
            case ProjectStage.Started: project.StartedOn = on; break;
            case ProjectStage.InProduction: project.ProducingOn = on; break;
        }
        return await SaveAsync(api, projects, id);
    }

    internal static Task<Results<Ok<ProjectDetail>, ValidationProblem, ProblemHttpResult>> SaveAsync(ApiServices api, ProjectServices projects, Guid id)
    {
        var margin = projects.Margin;
        return api.Db.SaveOrConflictAsync(() => DetailAsync(api.Db, id, null, api.Clock.Today(), margin, api.Ct), api.Ct);
    }

    internal static async Task<ProjectDetail?> DetailAsync(AppDbContext db, Guid id, int? year, DateOnly today, decimal margin, CancellationToken ct)
    {
        var (y, month) = ProjectQueries.Period(year, null, today);
        var row = await ProjectQueries.Rows(db, db.Projects.AsNoTracking().Where(p => p.Id == id), y, month).FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var project = await db.Projects.AsNoTracking().AsSplitQuery().Where(p => p.Id == id)
            .Include(p => p.StageChanges).Include(p => p.AnnualPlans).Include(p => p.MonthlyInvestments.Where(m => m.Year == y))
            .Include(p => p.Supervisions).ThenInclude(s => s.Scores).Include(p => p.FundsArrivals).Include(p => p.Milestones)
            .Include(p => p.Outputs).FirstAsync(ct);
        var requests = await SupervisionRequests.RequestsOfAsync(db, project.Supervisions.Select(s => s.ServiceRequestId), ct);
        var item = ProjectQueries.ToItem(row, y, month, margin, ProjectQueries.Next(project.Milestones, today));
        return new ProjectDetail(item, StageMachine.AllowedFrom(project.Stage),
            project.StageChanges.OrderByDescending(c => c.On).ThenByDescending(c => c.RecordedAt)
                .Select(c => new StageChangeDto(c.From, c.To, c.On, c.Note, c.By)).ToList(),
            project.AnnualPlans.OrderByDescending(a => a.Year).Select(a => new AnnualPlanDto(a.Year, a.Target)).ToList(),
            project.MonthlyInvestments.OrderBy(m => m.Month).Select(m => new MonthlyInvestmentDto(m.Year, m.Month, m.Amount, m.Note, m.Version)).ToList(),
            project.Supervisions.OrderByDescending(s => s.On).Select(s => ToDto(s, requests)).ToList(),
            InvestmentProgress.Evaluate(item.AnnualTarget ?? 0, item.CompletedThisYear, month, margin),
            project.FundsArrivals.OrderByDescending(f => f.Year).ThenByDescending(f => f.Month)
                .Select(f => new FundsArrivalDto(f.Id, f.Year, f.Month, f.Amount, f.Note, f.Version)).ToList(),
            ProjectQueries.Ordered(project.Milestones).Select(m => ProjectQueries.ToDto(m, today)).ToList(),
            project.Outputs.OrderByDescending(o => o.Year).Select(ProjectOutputs.ToDto).ToList(),
            await Competitions.LeadLinks.OfProjectAsync(db, id, ct));
    }

    private static SupervisionDto ToDto(SupervisionRecord s, Dictionary<Guid, (string Number, Domain.ServiceDesk.RequestStatus Status)> requests)
    {
        var request = s.ServiceRequestId is { } rid && requests.TryGetValue(rid, out var r) ? r : default((string, Domain.ServiceDesk.RequestStatus)?);
        return new(s.Id, s.Kind, s.On, s.Progress, s.ProblemRaised, s.Problem, s.ProblemResolvedOn, s.ServiceRequestId, s.By,
            s.Scores.ToDictionary(x => x.Criterion, x => x.Score), s.Version, request?.Item1, request?.Item2);
    }

    private static async Task<(Errors, Domain.Organisation.Park?, Guid?)> ValidateAsync(AppDbContext db, ProjectInput input, CancellationToken ct)
    {
        var errors = new Errors().Required("name", input.Name).MaxLength("name", input.Name, 200)
            .MaxLength("investor", input.Investor, 200).MaxLength("builder", input.Builder, 200).MaxLength("origin", input.Origin, 100)
            .MaxLength("leaderName", input.LeaderName, 50).MaxLength("teamName", input.TeamName, 100)
            .MaxLength("imageProgress", input.ImageProgress, 500).MaxLength("broughtBy", input.BroughtBy, 100)
            .Amount("plannedInvestment", input.PlannedInvestment);
        if (input.PlannedInvestment is null) errors.Add("plannedInvestment", "required");
        if (input.ActualFunds is not null) errors.Add("actualFunds", "project_funds_not_accepted");
        if (input.BatchRound is < 1 or > 999) errors.Add("batchRound", "invalid_value");
        if (input.Batch is not null and not BatchKind.None && input.BatchRound is null) errors.Add("batchRound", "required");
        var park = await Carriers.CarrierSupport.VisibleParkAsync(db, input.ParkId, errors, ct);
        // The account credited must be a user of the project's zone, as the caller sees users (the query filters).
        if (input.BroughtByUserId is { } userId && (park is null || !await db.Users.AnyAsync(u => u.Id == userId && u.ZoneId == park.ZoneId, ct)))
            errors.Add("broughtByUserId", "invalid_value");
        if (input.BroughtByUserId is not null) errors.Required("broughtBy", input.BroughtBy);
        Guid? chainId = null;
        if (park is not null && !string.IsNullOrWhiteSpace(input.IndustryChain))
        {
            chainId = await db.IndustryChains.Where(c => c.Code == input.IndustryChain && c.ZoneId == park.ZoneId).Select(c => (Guid?)c.Id)
                .FirstOrDefaultAsync(ct);
            if (chainId is null) errors.Add("industryChain", "unknown_industry_chain");
        }
        return (errors, park, chainId);
    }

    private static void Apply(Project p, ProjectInput input, Guid? chainId)
    {
        static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        p.Name = input.Name!.Trim();
        p.ParkId = input.ParkId!.Value;
        p.IndustryChainId = chainId;
        p.Investor = Clean(input.Investor);
        p.Builder = Clean(input.Builder);
        p.Origin = Clean(input.Origin);
        p.OutOfProvince = input.OutOfProvince ?? false;
        p.PlannedInvestment = input.PlannedInvestment!.Value;
        if (input.EnteredOn is { } entered) p.EnteredOn = entered;
        p.LeaderName = Clean(input.LeaderName);
        p.TeamName = Clean(input.TeamName);
        p.TargetDate = input.TargetDate;
        p.KeyLevel = input.KeyLevel ?? KeyProjectLevel.None;
        p.Batch = input.Batch ?? BatchKind.None;
        p.BatchRound = p.Batch == BatchKind.None ? null : input.BatchRound;
        p.ImageProgress = Clean(input.ImageProgress);
        p.Source = input.Source;
        p.BroughtBy = Clean(input.BroughtBy);
        p.BroughtByUserId = input.BroughtByUserId;
        p.Category = input.Category ?? ProjectCategory.Industrial;
    }
}

internal static class ProjectSettings
{
    /// <summary>How far (share of the annual target) a key project may trail the calendar before it is flagged.</summary>
    public static decimal Margin(IConfiguration config) => Math.Clamp(config.GetValue("Torchbase:Projects:BehindScheduleMargin", 0.10m), 0, 1);
}
