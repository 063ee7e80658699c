using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Projects;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Projects;

/// <summary>The ledger's figures: battle-chart board, 三个一批 rates and key-project completion, quarterly rating, city comparison.</summary>
public static class ProjectStats
{
    private sealed record Facts(Guid ZoneId, ProjectStage Stage, BatchKind Batch, double Planned, double Funds, bool OutOfProvince, DateOnly? SignedOn);

    public static void MapProjectStatsEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/board", GetProjectBoard)
            .WithName(nameof(GetProjectBoard))
            .WithSummary("The battle chart: projects and planned investment by park and stage");
        group.MapGet("/summary", GetProjectSummary)
            .WithName(nameof(GetProjectSummary))
            .WithSummary("A year's signing and 三个一批 rates, key-project completion and open problems");
        group.MapGet("/sources", GetProjectSources)
            .WithName(nameof(GetProjectSources))
            .WithSummary("Industrial projects by the channel that brought them in, and the 全员招商 league table of people and units");
        group.MapGet("/rating-criteria", GetRatingCriteria)
            .WithName(nameof(GetRatingCriteria))
            .WithSummary("The monthly-tour criteria of a zone (its own or the shipped default), with their source");
        group.MapPut("/rating-criteria", SetRatingCriteria)
            .WithName(nameof(SetRatingCriteria))
            .WithSummary("Replace a zone's monthly-tour criteria; the weights sum to 100")
            .RequireAuthorization(Permissions.ProjectsWrite);
        group.MapGet("/rating", GetQuarterRating)
            .WithName(nameof(GetQuarterRating))
            .WithSummary("A quarter's project rating from the monthly tours, and the parks ranked by their projects");
        group.MapGet("/comparison", CompareZoneProjects)
            .WithName(nameof(CompareZoneProjects))
            .WithSummary("The zones side by side on the project evaluation's indicators, ranked");
    }

    public static async Task<Ok<Board>> GetProjectBoard(Guid? zoneId, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var projects = db.Projects.AsNoTracking().Where(p => zoneId == null || p.ZoneId == zoneId);
        var cells = await projects.GroupBy(p => new { p.ParkId, p.Stage })
            .Select(g => new { g.Key.ParkId, g.Key.Stage, Count = g.Count(), Planned = g.Sum(p => (double)p.PlannedInvestment) }).ToListAsync(ct);
        var parks = await db.Parks.AsNoTracking().Where(p => zoneId == null || p.ZoneId == zoneId)
            .OrderBy(p => p.ZoneId).ThenBy(p => p.SortOrder).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var boardCells = cells.Select(c => new BoardCell(c.ParkId, c.Stage, c.Count, ProjectQueries.Money(c.Planned))).ToList();
        var today = api.Clock.Today();
        var milestones = (await projects.SelectMany(p => p.Milestones, (p, m) => new { p.ParkId, m.PlannedOn, m.ActualOn }).ToListAsync(ct))
            .Select(m => (m.ParkId, Variance: MilestoneRules.Evaluate(m.PlannedOn, m.ActualOn, today))).ToLookup(m => m.ParkId, m => m.Variance);
        return TypedResults.Ok(new Board(
            parks.Select(p => new BoardPark(p.Id, p.Name, boardCells.Where(c => c.ParkId == p.Id).Sum(c => c.Count),
                boardCells.Where(c => c.ParkId == p.Id).Sum(c => c.PlannedInvestment),
                milestones[p.Id].Count(v => v.Reached && v.DaysAhead > 0), milestones[p.Id].Count(v => v.Reached && v.DaysAhead < 0),
                milestones[p.Id].Count(v => v.Overdue))).ToList(),
            Enum.GetValues<ProjectStage>(), boardCells));
    }

    public static async Task<Ok<ProjectSummary>> GetProjectSummary(
        int? year, Guid? zoneId, [AsParameters] ProjectServices settings, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var (y, month) = ProjectQueries.Period(year, null, api.Clock.Today());
        var projects = db.Projects.AsNoTracking().Where(p => zoneId == null || p.ZoneId == zoneId);
        var facts = await FactsAsync(projects, ct);
        var keys = await KeyCompletionAsync(db, projects, y, month, settings.Margin, ct);
        var open = await projects.SelectMany(p => p.Supervisions).CountAsync(s => s.ProblemRaised && s.ProblemResolvedOn == null, ct);
        return TypedResults.Ok(new ProjectSummary(y, month, YearRates(facts, y), keys.Select(k => k.Completion).ToList(), open));
    }

    /// <summary>
    /// Only 产业项目 count in the 招商 figures: the sources and the league table are over industrial projects (dropped ones left out),
    /// and the projects of other categories are only counted apart. A year limits them to the projects signed that year or still in talks.
    /// </summary>
    public static async Task<Ok<SourceStats>> GetProjectSources(Guid? zoneId, int? year, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var projects = db.Projects.AsNoTracking().Where(p => (zoneId == null || p.ZoneId == zoneId) && p.Stage != ProjectStage.Dropped);
        if (year is { } y) projects = projects.Where(p => (p.SignedOn != null && p.SignedOn.Value.Year == y)
            || p.Stage == ProjectStage.Lead || p.Stage == ProjectStage.Negotiating);
        var others = await projects.CountAsync(p => p.Category != ProjectCategory.Industrial, ct);
        var rows = await projects.Where(p => p.Category == ProjectCategory.Industrial)
            .Select(p => new { p.Source, p.BroughtBy, p.BroughtByUserId, Planned = (double)p.PlannedInvestment, Signed = p.SignedOn != null })
            .ToListAsync(ct);
        var sources = rows.GroupBy(r => r.Source).OrderBy(g => g.Key is null ? int.MaxValue : (int)g.Key)
            .Select(g => new SourceRow(g.Key, g.Count(), ProjectQueries.Money(g.Sum(r => r.Planned)), g.Count(r => r.Signed),
                ProjectQueries.Money(g.Where(r => r.Signed).Sum(r => r.Planned)))).ToList();
        var league = rows.Where(r => r.Source == ProjectSource.AllStaff && r.BroughtBy != null)
            .GroupBy(r => r.BroughtBy!)
            .Select(g => (Name: g.Key, UserId: g.Select(r => r.BroughtByUserId).FirstOrDefault(u => u != null), Projects: g.Count(),
                Planned: ProjectQueries.Money(g.Sum(r => r.Planned)), Signed: g.Count(r => r.Signed)))
            .OrderByDescending(r => r.Planned).ThenByDescending(r => r.Projects).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        var ranked = league.Select(r => new BroughtByRow(r.Name, r.UserId, r.Projects, r.Planned, r.Signed,
            1 + league.Count(o => o.Planned > r.Planned || (o.Planned == r.Planned && o.Projects > r.Projects)))).ToList();
        return TypedResults.Ok(new SourceStats(sources, ranked, others));
    }

    public static async Task<Results<Ok<CriteriaDto>, ProblemHttpResult>> GetRatingCriteria(Guid? zoneId, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await ZoneSelection.ResolveAsync(db, zoneId, ct) is not { } zone) return Problems.NotFound();
        var saved = await db.RatingCriterionSettings.AsNoTracking().AnyAsync(c => c.ZoneId == zone, ct);
        var rules = RatingRules.Default.Tour;
        return TypedResults.Ok(new CriteriaDto((await CriteriaAsync(db, zone, ct)).Select(ToDto).ToList(), !saved, rules.Source, rules.Verified, rules.Note));
    }

    public static async Task<Results<Ok<CriteriaDto>, ValidationProblem, ProblemHttpResult>> SetRatingCriteria(
        Guid? zoneId, CriteriaInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await ZoneSelection.ResolveAsync(db, zoneId, ct) is not { } zone) return Problems.NotFound();
        var criteria = input.Criteria ?? [];
        var errors = new Errors();
        if (criteria.Count == 0) errors.Add("criteria", "required");
        for (var i = 0; i < criteria.Count; i++)
        {
            var c = criteria[i];
            errors.Required($"criteria[{i}].code", c.Code).MaxLength($"criteria[{i}].code", c.Code, 40)
                .Required($"criteria[{i}].name", c.Name).MaxLength($"criteria[{i}].name", c.Name, 100);
            if (c.Weight <= 0) errors.Add($"criteria[{i}].weight", "project_weight_positive");
            if (c.MaxScore <= 0) errors.Add($"criteria[{i}].maxScore", "project_weight_positive");
            if (criteria.Take(i).Any(o => o.Code == c.Code)) errors.Add($"criteria[{i}].code", "project_duplicate_code");
        }
        if (criteria.Count > 0 && criteria.Sum(c => c.Weight) != 100) errors.Add("criteria", "project_weights_sum", criteria.Sum(c => c.Weight));
        if (errors.Any) return Problems.Validation(errors);
        db.RatingCriterionSettings.RemoveRange(await db.RatingCriterionSettings.Where(c => c.ZoneId == zone).ToListAsync(ct));
        db.RatingCriterionSettings.AddRange(criteria.Select((c, i) => new RatingCriterionSetting
        {
            ZoneId = zone, Code = c.Code.Trim(), Name = c.Name.Trim(), Weight = c.Weight, MaxScore = c.MaxScore, SortOrder = i,
        }));
        await db.SaveChangesAsync(ct);
        var rules = RatingRules.Default.Tour;
        return TypedResults.Ok(new CriteriaDto((await CriteriaAsync(db, zone, ct)).Select(ToDto).ToList(), false, rules.Source, rules.Verified, rules.Note));
    }

    public static async Task<Results<Ok<QuarterRating>, ProblemHttpResult>> GetQuarterRating(
        int? year, int? quarter, Guid? zoneId, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await ZoneSelection.ResolveAsync(db, zoneId, ct) is not { } zone) return Problems.NotFound();
        var current = Quarter.Of(api.Clock.Today());
        var q = new Quarter(year ?? current.Year, quarter is >= 1 and <= 4 ? quarter.Value : year is null ? current.Number : 4);
        var (start, end) = (q.Start, q.End);
        var criteria = await CriteriaAsync(db, zone, ct);
        var projects = db.Projects.AsNoTracking().Where(p => p.ZoneId == zone);
        // Joins, not nested SelectMany over navigations: SQLite has no APPLY.
        var scores = await (
            from p in projects
            join s in db.SupervisionRecords on p.Id equals s.ProjectId
            join x in db.Set<TourScore>() on s.Id equals x.SupervisionId
            where s.Kind == SupervisionKind.MonthlyTour && s.On >= start && s.On <= end
            select new { ProjectId = p.Id, x.Criterion, Score = (double)x.Score }).ToListAsync(ct);
        var subjects = await projects
            .Where(p => p.KeyLevel != KeyProjectLevel.None && (p.Stage == ProjectStage.Started || p.Stage == ProjectStage.InProduction))
            .Select(p => p.Id).ToListAsync(ct);
        var ranked = RatingAggregation.Rank(criteria,
            scores.Select(s => new CriterionScore(s.ProjectId.ToString(), s.Criterion, (decimal)s.Score)),
            subjects.Concat(scores.Select(s => s.ProjectId)).Distinct().Select(id => id.ToString()));
        var ids = ranked.Select(r => Guid.Parse(r.Subject)).ToList();
        var names = await projects.Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.ParkId, Park = db.Parks.Where(x => x.Id == p.ParkId).Select(x => x.Name).First() })
            .ToDictionaryAsync(p => p.Id, ct);
        var rows = ranked.Select(r => (Rated: r, Project: names[Guid.Parse(r.Subject)]))
            .Select(x => new RatingRow(x.Project.Id, x.Project.Name, x.Project.Park, x.Rated.Total, x.Rated.Rank, x.Rated.Criteria, x.Rated.Missing)).ToList();
        var parkRanking = RatingAggregation.Rank([new RatingCriterion("total", "总分", 100)],
            rows.Select(r => new CriterionScore(names[r.ProjectId].ParkId.ToString(), "total", r.Total)));
        var parks = parkRanking.Select(p =>
        {
            var parkId = Guid.Parse(p.Subject);
            var own = rows.Where(r => names[r.ProjectId].ParkId == parkId).ToList();
            return new ParkRatingRow(parkId, own[0].ParkName, own.Count, p.Total, p.Rank);
        }).ToList();
        return TypedResults.Ok(new QuarterRating(q.Year, q.Number, criteria.Select(ToDto).ToList(), rows, parks));
    }

    public static async Task<Ok<ZoneComparison>> CompareZoneProjects(int? year, [AsParameters] ProjectServices settings, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await ComparisonAsync(api.Db, year, api.Clock.Today(), settings.Margin, api.Ct));

    private static async Task<ZoneComparison> ComparisonAsync(AppDbContext db, int? year, DateOnly today, decimal margin, CancellationToken ct)
    {
        var (y, month) = ProjectQueries.Period(year, null, today);
        var rules = RatingRules.Default.ZoneEvaluation;
        var zones = await db.Zones.AsNoTracking().OrderBy(z => z.Name).Select(z => new { z.Id, z.Name }).ToListAsync(ct);
        var facts = await FactsAsync(db.Projects.AsNoTracking(), ct);
        var keys = await KeyCompletionAsync(db, db.Projects.AsNoTracking(), y, month, margin, ct);
        var (yearStart, yearEnd) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        var problems = await (
                from p in db.Projects.AsNoTracking()
                join s in db.SupervisionRecords on p.Id equals s.ProjectId
                where s.ProblemRaised && s.On >= yearStart && s.On <= yearEnd
                select new { p.ZoneId, Resolved = s.ProblemResolvedOn != null })
            .GroupBy(s => s.ZoneId).Select(g => new { ZoneId = g.Key, Raised = g.Count(), Resolved = g.Count(s => s.Resolved) })
            .ToDictionaryAsync(g => g.ZoneId, ct);

        var perZone = zones.Select(z =>
        {
            var own = facts.Where(f => f.ZoneId == z.Id).ToList();
            var rates = YearRates(own, y);
            var key = keys.Where(k => k.ZoneId == z.Id).ToList();
            var target = key.Sum(k => k.Completion.Target);
            var completed = key.Sum(k => k.Completion.Completed);
            var pipeline = own.Count(f => f.Stage is ProjectStage.Lead or ProjectStage.Negotiating);
            decimal? resolved = problems.TryGetValue(z.Id, out var p) && p.Raised > 0 ? Math.Round((decimal)p.Resolved / p.Raised, 4) : null;
            return (Zone: z, Rates: rates, Target: target, Completed: completed, Pipeline: pipeline, Resolved: resolved);
        }).ToList();

        var indicators = perZone.SelectMany(z => new (string, string, decimal)[]
        {
            (z.Zone.Id.ToString(), "pipeline", z.Pipeline),
            (z.Zone.Id.ToString(), "signing", z.Rates.SignedInvestment),
            (z.Zone.Id.ToString(), "starting", (z.Rates.BatchStart.Base > 0 ? z.Rates.BatchStart : z.Rates.SignedToStarted).Value ?? 0),
            (z.Zone.Id.ToString(), "production", (z.Rates.BatchProduction.Base > 0 ? z.Rates.BatchProduction : z.Rates.StartedToProduction).Value ?? 0),
            (z.Zone.Id.ToString(), "service", z.Resolved ?? 0),
        });
        var ranked = RatingAggregation.Rank(rules.Criteria, RatingAggregation.RelativeToBest(indicators), perZone.Select(z => z.Zone.Id.ToString()))
            .ToDictionary(r => r.Subject);
        var rows = perZone.Select(z =>
        {
            var r = ranked[z.Zone.Id.ToString()];
            return new ZoneRow(z.Zone.Id, z.Zone.Name, z.Rates, z.Target, z.Completed, z.Target > 0 ? Math.Round(z.Completed / z.Target, 4) : null,
                z.Pipeline, z.Resolved, r.Total, r.Rank, r.Criteria);
        }).OrderBy(r => r.Rank).ThenBy(r => r.ZoneName, StringComparer.Ordinal).ToList();
        return new ZoneComparison(y, month, rules.Criteria.Select(ToDto).ToList(), rules.Policy ?? rules.Name, rules.Source, rules.Note, rows);
    }

    /// <summary>
    /// The year's signing figures (projects signed in the year, plus those still in talks) and the 三个一批 rates over every batch so far ("前八期").
    /// </summary>
    private static RateSummary YearRates(IReadOnlyList<Facts> facts, int year)
    {
        static ProjectFacts F(Facts f) => new(f.Stage, f.Batch, (decimal)f.Planned, (decimal)f.Funds, f.OutOfProvince);
        var ofYear = ProjectRates.Compute(facts.Where(f => f.SignedOn?.Year == year || f.Stage is ProjectStage.Negotiating or ProjectStage.Lead).Select(F));
        var batches = ProjectRates.Compute(facts.Where(f => f.Batch != BatchKind.None).Select(F));
        return ofYear with { BatchStart = batches.BatchStart, BatchProduction = batches.BatchProduction };
    }

    private static async Task<List<Facts>> FactsAsync(IQueryable<Project> projects, CancellationToken ct) =>
        await projects.Where(p => p.Category == ProjectCategory.Industrial).Select(p =>
                new Facts(p.ZoneId, p.Stage, p.Batch, (double)p.PlannedInvestment,
                    p.FundsArrivals.Sum(f => (double)f.Amount), p.OutOfProvince, p.SignedOn))
            .ToListAsync(ct);

    private static async Task<List<(Guid ZoneId, KeyCompletion Completion)>> KeyCompletionAsync(
        AppDbContext db, IQueryable<Project> projects, int year, int month, decimal margin, CancellationToken ct)
    {
        var rows = await ProjectQueries.Rows(db, projects.Where(p => p.KeyLevel != KeyProjectLevel.None), year, month)
            .Select(r => new { r.P.ZoneId, r.P.KeyLevel, r.Target, r.Completed }).ToListAsync(ct);
        return rows.GroupBy(r => (r.ZoneId, r.KeyLevel)).OrderBy(g => g.Key.KeyLevel).Select(g =>
        {
            var target = ProjectQueries.Money(g.Sum(r => r.Target ?? 0));
            var completed = ProjectQueries.Money(g.Sum(r => r.Completed));
            var behind = g.Count(r => r.Target is > 0
                && InvestmentProgress.Evaluate(ProjectQueries.Money(r.Target.Value), ProjectQueries.Money(r.Completed), month, margin).Behind);
            var rate = target > 0 ? Math.Round(completed / target, 4) : (decimal?)null;
            return (g.Key.ZoneId, new KeyCompletion(g.Key.KeyLevel, g.Count(), target, completed, rate, behind));
        }).ToList();
    }

    /// <summary>The zone's tour criteria, or the shipped default when it has configured none.</summary>
    public static async Task<IReadOnlyList<RatingCriterion>> CriteriaAsync(AppDbContext db, Guid zoneId, CancellationToken ct)
    {
        var own = await db.RatingCriterionSettings.AsNoTracking().Where(c => c.ZoneId == zoneId).OrderBy(c => c.SortOrder)
            .Select(c => new { c.Code, c.Name, Weight = (double)c.Weight, MaxScore = (double)c.MaxScore }).ToListAsync(ct);
        return own.Count > 0
            ? own.Select(c => new RatingCriterion(c.Code, c.Name, (decimal)c.Weight, (decimal)c.MaxScore)).ToList()
            : RatingRules.Default.Tour.Criteria;
    }

    private static CriterionDto ToDto(RatingCriterion c) => new(c.Code, c.Name, c.Weight, c.MaxScore);
}
