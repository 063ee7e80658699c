using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Projects;
using Torchbase.Features.Organisation;
using Torchbase.Features.Reports;
using Torchbase.Localization;
using static Torchbase.Features.Reports.ReportAmounts;

namespace Torchbase.Features.Projects;

/// <summary>
/// 项目建设 in the annual report, from the records: industrial projects entered (入库) in the year and their planned investment against
/// the same months a year earlier; out-of-province funds arrived (实际利用省外资金); approval items approved within the "3 个 1" clock;
/// milestones reached ahead of or behind plan; and producing projects' output target against actual output (投产达效), by park.
/// </summary>
public sealed class ProjectReportSection(ZoneDeadlines deadlines) : IReportSection
{
    public int Order => 50;

    public async Task<ReportSection?> BuildAsync(AppDbContext db, ReportContext c, CancellationToken ct)
    {
        var projects = db.Projects.AsNoTracking().Where(p => p.ZoneId == c.ZoneId);
        if (!await projects.AnyAsync(ct)) return null;
        // The months of the year so far (the whole year for a past one), compared with the same months a year earlier.
        var span = new MonthSpan(c.Year, 1, c.AsOf.Year == c.Year ? c.AsOf.Month : 12);
        var industrial = projects.Where(p => p.Category == ProjectCategory.Industrial);
        var (first, last) = (new DateOnly(c.Year - 1, 1, 1), c.YearEnd);
        var entries = await industrial.Where(p => p.EnteredOn >= first && p.EnteredOn <= last)
            .Select(p => new { p.EnteredOn, Planned = (double)p.PlannedInvestment }).ToListAsync(ct);
        var funds = await industrial.Where(p => p.OutOfProvince)
            .SelectMany(p => p.FundsArrivals.Where(f => f.Year == c.Year || f.Year == c.Year - 1), (p, f) => new { f.Year, f.Month, Amount = (double)f.Amount })
            .ToListAsync(ct);
        var count = PeriodFigures.CompareCounts(entries.Select(e => e.EnteredOn), span);
        var planned = PeriodFigures.Compare(entries.Select(e => new MonthAmount(e.EnteredOn.Year, e.EnteredOn.Month, ProjectQueries.Money(e.Planned))), span);
        var outside = PeriodFigures.Compare(funds.Select(f => new MonthAmount(f.Year, f.Month, ProjectQueries.Money(f.Amount))), span);

        var calendar = (await deadlines.ForZoneAsync(c.ZoneId, ct)).Calendar;
        var approvals = await projects.SelectMany(p => p.Approvals).Where(a => a.ApprovedOn >= c.YearStart && a.ApprovedOn <= c.AsOf).ToListAsync(ct);
        var clocks = approvals.Select(a => ApprovalClock.Evaluate(new ApprovalDates(a.SubmittedOn, a.ReviewedOn, a.ApprovedOn), FastTrackRules.Default,
            calendar, c.AsOf)).ToList();
        var approvalFigures = ApprovalClock.Summarise(clocks);

        var reached = await projects.SelectMany(p => p.Milestones).Where(m => m.ActualOn >= c.YearStart && m.ActualOn <= c.AsOf)
            .Select(m => new { m.PlannedOn, m.ActualOn }).ToListAsync(ct);
        var variances = reached.Select(m => MilestoneRules.Evaluate(m.PlannedOn, m.ActualOn, c.AsOf).DaysAhead).ToList();

        var outputs = await projects.SelectMany(p => p.Outputs.Where(o => o.Year == c.Year), (p, o) => new
        {
            ParkName = db.Parks.Where(x => x.Id == p.ParkId).Select(x => x.Name).First(),
            ParkOrder = db.Parks.Where(x => x.Id == p.ParkId).Select(x => x.SortOrder).First(),
            Target = (double?)o.Target, Actual = (double?)o.Actual,
        }).ToListAsync(ct);
        static decimal? Money(double? v) => v is { } d ? ProjectQueries.Money(d) : null;
        var total = ProjectOutputs.Sum(outputs.Select(o => (Money(o.Target), Money(o.Actual))));
        var byPark = outputs.GroupBy(o => (o.ParkOrder, o.ParkName)).OrderBy(g => g.Key.ParkOrder).ThenBy(g => g.Key.ParkName, StringComparer.Ordinal)
            .Select(g => (g.Key.ParkName, Sum: ProjectOutputs.Sum(g.Select(o => (Money(o.Target), Money(o.Actual)))))).ToList();

        var (yi, items, percent) = (Text.Get("unit.hundredMillionYuan"), Text.Get("unit.items"), "%");
        return new ReportSection("projects", Text.Get("report.projects"),
        [
            new(Text.Get("report.projects.entries"), count.Current, items, Percent(count.Growth), "/projects"),
            new(Text.Get("report.projects.entriesInvestment"), Yi(planned.Current), yi, Percent(planned.Growth), "/projects"),
            new(Text.Get("report.projects.outOfProvinceFunds"), Yi(outside.Current), yi, Percent(outside.Growth)),
            new(Text.Get("report.projects.approved"), approvalFigures.Approved, items),
            new(Text.Get("report.projects.approvedInTime"), Percent(approvalFigures.ApprovedInTimeRate), percent),
            new(Text.Get("report.projects.milestonesAhead"), variances.Count(d => d > 0), items),
            new(Text.Get("report.projects.milestonesBehind"), variances.Count(d => d < 0), items),
            new(Text.Get("report.projects.outputTarget"), Yi(total.Target), yi),
            new(Text.Get("report.projects.outputActual"), Yi(total.Actual), yi),
            new(Text.Get("report.projects.outputAchieved"), total.Achieved, items),
        ],
        byPark.Count == 0 ? null : new ReportTable(
            [Text.Get("report.projects.park"), Text.Get("report.projects.producing"), Text.Get("report.projects.outputTarget") + $"（{yi}）",
             Text.Get("report.projects.outputActual") + $"（{yi}）", Text.Get("report.projects.outputAchieved")],
            [.. byPark.Select(p => (IReadOnlyList<object?>)[p.ParkName, p.Sum.Projects, Yi(p.Sum.Target), Yi(p.Sum.Actual), p.Sum.Achieved])]),
        byPark.Count == 0 ? null : new ReportChart("bar", Text.Get("report.projects.outputChart"), [.. byPark.Select(p => p.ParkName)],
        [
            new(Text.Get("report.projects.outputTarget"), [.. byPark.Select(p => (decimal?)Yi(p.Sum.Target))]),
            new(Text.Get("report.projects.outputActual"), [.. byPark.Select(p => (decimal?)Yi(p.Sum.Actual))]),
        ]));
    }

    /// <summary>A share (0.443) as a percentage to one place (44.3); none without a base.</summary>
    private static decimal? Percent(decimal? share) => share is { } s ? Math.Round(s * 100, 1) : null;
}
