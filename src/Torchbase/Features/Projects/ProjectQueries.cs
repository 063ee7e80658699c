using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Projects;
using Torchbase.Http;

namespace Torchbase.Features.Projects;

/// <summary>A project with its year's figures, as SQL computes them (sums as double: SQLite keeps decimals as REAL).</summary>
internal sealed class ProjectRow
{
    public required Project P { get; init; }
    public required string ParkName { get; init; }
    public int ParkOrder { get; init; }
    public string? ChainCode { get; init; }
    public string? ChainName { get; init; }
    public double? Target { get; init; }
    public double Completed { get; init; }
    /// <summary>The funds that arrived, all months (实际到位资金).</summary>
    public double Funds { get; init; }
    public string? OpenProblem { get; init; }
    /// <summary>The year's output target and actual output value (投产达效).</summary>
    public double? OutputTarget { get; init; }
    public double? OutputActual { get; init; }
}

internal static class ProjectQueries
{
    private static readonly Dictionary<string, Expression<Func<ProjectRow, object?>>> SortKeys = new()
    {
        ["name"] = r => r.P.Name, ["park"] = r => r.ParkOrder,
            ["stage"] = r => r.P.Stage == ProjectStage.Lead ? 0 : r.P.Stage == ProjectStage.Negotiating ? 1 : r.P.Stage == ProjectStage.Signed ? 2
            : r.P.Stage == ProjectStage.Started ? 3 : r.P.Stage == ProjectStage.InProduction ? 4 : 5, ["planned"] = r => r.P.PlannedInvestment,
        ["signedOn"] = r => r.P.SignedOn, ["targetDate"] = r => r.P.TargetDate, ["stageChangedOn"] = r => r.P.StageChangedOn,
        ["target"] = r => r.Target, ["completed"] = r => r.Completed,
        ["completion"] = r => r.Target > 0 ? r.Completed / r.Target : null,
        ["outputTarget"] = r => r.OutputTarget, ["outputActual"] = r => r.OutputActual,
    };

    /// <summary>Which months count: the year's reports through the current month this year, the whole year before.</summary>
    public static (int Year, int Month) Period(int? year, int? month, DateOnly today)
    {
        var y = year is >= 2000 and <= 2100 ? year.Value : today.Year;
        var m = month is >= 1 and <= 12 ? month.Value : y < today.Year ? 12 : today.Month;
        return (y, m);
    }

    public static IQueryable<Project> Filter(AppDbContext db, ProjectQuery q)
    {
        var query = db.Projects.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            query = query.Where(p => p.Name.Contains(s) || (p.Investor != null && p.Investor.Contains(s))
                || (p.LeaderName != null && p.LeaderName.Contains(s)) || (p.BroughtBy != null && p.BroughtBy.Contains(s)));
        }
        if (q.ParkId is { } park) query = query.Where(p => p.ParkId == park);
        if (q.Stage is { } stage) query = query.Where(p => p.Stage == stage);
        if (q.KeyLevel is { } level) query = query.Where(p => p.KeyLevel == level);
        if (q.Batch is { } batch) query = query.Where(p => p.Batch == batch);
        if (q.Source is { } source) query = query.Where(p => p.Source == source);
        if (q.Category is { } category) query = query.Where(p => p.Category == category);
        if (!string.IsNullOrWhiteSpace(q.IndustryChain)) query = query.Where(p =>
            db.IndustryChains.Any(c => c.Id == p.IndustryChainId && c.Code == q.IndustryChain));
        return query;
    }

    public static IQueryable<ProjectRow> Rows(AppDbContext db, IQueryable<Project> projects, int year, int month) =>
        projects.Select(p => new ProjectRow
        {
            P = p,
            ParkName = db.Parks.Where(x => x.Id == p.ParkId).Select(x => x.Name).First(),
            ParkOrder = db.Parks.Where(x => x.Id == p.ParkId).Select(x => x.SortOrder).First(),
            ChainCode = db.IndustryChains.Where(c => c.Id == p.IndustryChainId).Select(c => c.Code).FirstOrDefault(),
            ChainName = db.IndustryChains.Where(c => c.Id == p.IndustryChainId).Select(c => c.Name).FirstOrDefault(),
            Target = p.AnnualPlans.Where(a => a.Year == year).Select(a => (double?)(double)a.Target).FirstOrDefault(),
            Completed = p.MonthlyInvestments.Where(m => m.Year == year && m.Month <= month).Sum(m => (double)m.Amount),
            Funds = p.FundsArrivals.Sum(f => (double)f.Amount),
            OpenProblem = p.Supervisions.Where(s => s.ProblemRaised
                && s.ProblemResolvedOn == null).OrderByDescending(s => s.On).Select(s => s.Problem).FirstOrDefault(),
            OutputTarget = p.Outputs.Where(o => o.Year == year).Select(o => (double?)o.Target).FirstOrDefault(),
            OutputActual = p.Outputs.Where(o => o.Year == year).Select(o => (double?)o.Actual).FirstOrDefault(),
        });

    public static IQueryable<ProjectRow> Listed(AppDbContext db, ProjectQuery q, int year, int month, decimal margin)
    {
        var rows = Rows(db, Filter(db, q), year, month);
        if (q.BehindOnly == true)
        {
            var threshold = (double)(month / 12m - margin);
            rows = rows.Where(r => r.Target > 0 && r.Completed < r.Target * threshold);
        }
        // SortBy ends with ThenBy(name), so the result is ordered; the id makes equal names stable across pages.
        return ((IOrderedQueryable<ProjectRow>)rows.SortBy(q.Sort, q.Desc ?? false, SortKeys, "park", r => r.P.Name)).ThenBy(r => r.P.Id);
    }

    public static ProjectItem ToItem(ProjectRow r, int year, int month, decimal margin, MilestoneDto? next = null)
    {
        var p = r.P;
        var completed = Money(r.Completed);
        var progress = r.Target is { } t ? InvestmentProgress.Evaluate(Money(t), completed, month, margin) : null;
        return new ProjectItem(p.Id, p.Name, p.ParkId, r.ParkName, r.ChainCode, r.ChainName, p.Investor, p.Builder, p.Origin, p.OutOfProvince,
            p.Stage, p.StageChangedOn, p.PlannedInvestment, Money(r.Funds), p.LeaderName, p.TeamName, p.TargetDate, p.KeyLevel, p.Batch, p.BatchRound,
            p.ImageProgress, p.SignedOn, year, month, r.Target is { } target ? Money(target) : null, completed, progress?.CompletionRate,
            progress?.Behind ?? false, r.OpenProblem, p.Source, p.BroughtBy, p.BroughtByUserId, p.Category, p.Version, p.EnteredOn, next,
            r.OutputTarget is { } ot ? Money(ot) : null, r.OutputActual is { } oa ? Money(oa) : null);
    }

    public static async Task<Paged<ProjectItem>> PageAsync(AppDbContext db, IQueryable<ProjectRow> rows, PageQuery paging, int year, int month,
        decimal margin, DateOnly today, CancellationToken ct)
    {
        var page = await rows.ToPagedAsync(paging, ct);
        var next = await NextMilestonesAsync(db, [.. page.Items.Select(r => r.P.Id)], today, ct);
        return new Paged<ProjectItem>(page.Items.Select(r => ToItem(r, year, month, margin, next.GetValueOrDefault(r.P.Id))).ToList(),
            page.Total, page.Page, page.PageSize);
    }

    public static MilestoneDto ToDto(ProjectMilestone m, DateOnly today)
    {
        var v = MilestoneRules.Evaluate(m.PlannedOn, m.ActualOn, today);
        return new MilestoneDto(m.Id, m.Kind, m.Name, m.PlannedOn, m.ActualOn, m.Note, v.DaysAhead, v.Reached, v.Overdue, m.Version);
    }

    /// <summary>The milestones in the order of the timeline: by the day reached or planned, undated ones last.</summary>
    public static IEnumerable<ProjectMilestone> Ordered(IEnumerable<ProjectMilestone> milestones) =>
        milestones.OrderBy(m => (m.ActualOn ?? m.PlannedOn) is null).ThenBy(m => m.ActualOn ?? m.PlannedOn).ThenBy(m => m.Kind);

    /// <summary>
    /// What the ledger shows of a project's milestones: the next one still due (the earliest planned), or, once every milestone is
    /// reached, the last one reached — each with its days ahead or behind.
    /// </summary>
    public static MilestoneDto? Next(IEnumerable<ProjectMilestone> milestones, DateOnly today)
    {
        var list = milestones.ToList();
        var due = list.Where(m => m.ActualOn is null && m.PlannedOn is not null).OrderBy(m => m.PlannedOn).FirstOrDefault();
        var shown = due ?? list.Where(m => m.ActualOn is not null).OrderByDescending(m => m.ActualOn).FirstOrDefault();
        return shown is null ? null : ToDto(shown, today);
    }

    public static async Task<Dictionary<Guid, MilestoneDto>> NextMilestonesAsync(AppDbContext db, IReadOnlyList<Guid> ids, DateOnly today,
        CancellationToken ct)
    {
        var result = new Dictionary<Guid, MilestoneDto>();
        foreach (var chunk in ids.Chunk(1000))
        {
            var rows = await db.ProjectMilestones.AsNoTracking().Where(m => chunk.Contains(m.ProjectId)).ToListAsync(ct);
            foreach (var group in rows.GroupBy(m => m.ProjectId))
                if (Next(group, today) is { } next) result[group.Key] = next;
        }
        return result;
    }

    public static decimal Money(double value) => Math.Round((decimal)value, 2);
}
