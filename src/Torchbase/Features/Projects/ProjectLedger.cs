using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Projects;
using Torchbase.Http;
using Torchbase.Spreadsheets;

namespace Torchbase.Features.Projects;

/// <summary>The ledger (台账) as officials file it: a title row, grouped headers, one row a project, 万元 throughout.</summary>
public static class ProjectLedger
{
    public static readonly Dictionary<ProjectStage, string> StageNames = new()
    {
        [ProjectStage.Lead] = "线索", [ProjectStage.Negotiating] = "在谈", [ProjectStage.Signed] = "已签约",
        [ProjectStage.Started] = "已开工", [ProjectStage.InProduction] = "已投产", [ProjectStage.Dropped] = "已终止",
    };

    public static readonly Dictionary<KeyProjectLevel, string> LevelNames = new()
    {
        [KeyProjectLevel.None] = "", [KeyProjectLevel.Provincial] = "省重点", [KeyProjectLevel.Municipal] = "市重点",
    };

    public static readonly Dictionary<BatchKind, string> BatchNames = new()
    {
        [BatchKind.None] = "", [BatchKind.Signing] = "签约一批", [BatchKind.Starting] = "开工一批", [BatchKind.Production] = "投产一批",
    };

    public static readonly Dictionary<ProjectSource, string> SourceNames = new()
    {
        [ProjectSource.AllStaff] = "全员招商", [ProjectSource.IndustryChain] = "产业链招商", [ProjectSource.Competition] = "以赛招商",
        [ProjectSource.BusinessReferral] = "以商招商", [ProjectSource.Other] = "其他",
    };

    public static readonly Dictionary<ProjectCategory, string> CategoryNames = new()
    {
        [ProjectCategory.Industrial] = "产业项目", [ProjectCategory.UrbanConstruction] = "城建", [ProjectCategory.Livelihood] = "民生",
        [ProjectCategory.Other] = "其他",
    };

    public static void MapProjectLedgerEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/ledger/export", ExportProjectLedger)
            .WithName(nameof(ExportProjectLedger))
            .WithSummary("The filtered projects as the official ledger workbook (title row, grouped headers, 万元), in the import's columns");
    }

    public static async Task<FileContentHttpResult> ExportProjectLedger(
        [AsParameters] ProjectQuery q, [AsParameters] ProjectServices projects, [AsParameters] ApiServices api)
    {
        var today = api.Clock.Today();
        var (year, month) = ProjectQueries.Period(q.Year, q.Month, today);
        var margin = projects.Margin;
        var rows = await ProjectQueries.Listed(api.Db, q, year, month, margin).ToListAsync(api.Ct);
        var months = new Dictionary<Guid, Dictionary<int, decimal>>();
        foreach (var chunk in rows.Select(r => r.P.Id).Chunk(1000))
            foreach (var m in await api.Db.ProjectMonthlyInvestments.AsNoTracking().Where(m => m.Year == year && chunk.Contains(m.ProjectId))
                         .Select(m => new { m.ProjectId, m.Month, m.Amount }).ToListAsync(api.Ct))
                (months.TryGetValue(m.ProjectId, out var of) ? of : months[m.ProjectId] = [])[m.Month] = m.Amount;
        var next = await ProjectQueries.NextMilestonesAsync(api.Db, [.. rows.Select(r => r.P.Id)], today, api.Ct);
        var sheet = ProjectSheet.For(today, null);
        var bytes = XlsxWriter.ToBytes("项目台账", [.. sheet.Select(c => c.Header)],
            rows.Select((r, i) => Row(r, ProjectQueries.ToItem(r, year, month, margin, next.GetValueOrDefault(r.P.Id)), months.GetValueOrDefault(r.P.Id), i)),
            Banner(sheet, year, month));
        return TypedResults.File(bytes, XlsxWriter.ContentType, $"{year}年项目建设台账-{today:yyyyMMdd}.xlsx");
    }

    /// <summary>The title and the grouped headers above the columns: the year's figures under one heading, as officials file them.</summary>
    public static SheetBanner Banner(IReadOnlyList<Features.Imports.SheetColumn> columns, int year, int month)
    {
        var first = columns.ToList().FindIndex(c => c.Field == "year");
        var last = columns.ToList().FindIndex(c => c.Field == "completionRate");
        return new($"{year}年重点项目建设台账（截至{month}月，单位：万元）",
        [
            .. columns.Take(first).Select(c => new HeaderGroup(c.Header)),
            new($"{year}年投资完成情况", last - first + 1),
            .. columns.Skip(last + 1).Select(c => new HeaderGroup(c.Header)),
        ]);
    }

    private static IReadOnlyList<object?> Row(ProjectRow r, ProjectItem p, Dictionary<int, decimal>? months, int index) =>
    [
        index + 1, p.Name, p.ParkName, p.IndustryChainName, p.Investor, p.Builder, p.Origin, p.OutOfProvince ? "是" : "否", StageNames[p.Stage],
        r.P.SignedOn, r.P.StartedOn, r.P.ProducingOn, NullIfEmpty(LevelNames[p.KeyLevel]), NullIfEmpty(BatchNames[p.Batch]), p.BatchRound,
        p.PlannedInvestment, p.ActualFunds, p.TargetDate, p.LeaderName, p.TeamName, p.ImageProgress,
        CategoryNames[p.Category], p.Source is { } source ? SourceNames[source] : null, p.BroughtBy,
        p.Year, p.AnnualTarget, .. Enumerable.Range(1, 12).Select(m => months?.TryGetValue(m, out var amount) == true ? (object?)amount : null),
        p.CompletedThisYear, p.CompletionRate is { } rate ? $"{rate * 100:0.0}%" : null,
        p.NextMilestone is { } m ? MilestoneName(m) : null, p.NextMilestone?.PlannedOn, p.NextMilestone?.DaysAhead, p.OpenProblem, p.EnteredOn,
        p.OutputTarget, p.OutputActual,
    ];

    public static readonly Dictionary<MilestoneKind, string> MilestoneNames = new()
    {
        [MilestoneKind.Start] = "开工", [MilestoneKind.Topping] = "主体封顶", [MilestoneKind.Completion] = "竣工",
        [MilestoneKind.Production] = "投产", [MilestoneKind.Other] = "其他",
    };

    /// <summary>The milestone as the ledger names it: its own name when it has one (一号楼主体封顶), else its kind; "（已完成）" once reached.</summary>
    private static string MilestoneName(MilestoneDto m) => (m.Name ?? MilestoneNames[m.Kind]) + (m.Reached ? "（已完成）" : "");

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
