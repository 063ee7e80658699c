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

    public static void MapProjectLedgerEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/ledger/export", ExportProjectLedger)
            .WithName(nameof(ExportProjectLedger))
            .WithSummary("The filtered projects as the official ledger workbook (title row, grouped headers, 万元)");
    }

    public static async Task<FileContentHttpResult> ExportProjectLedger(
        [AsParameters] ProjectQuery q, [AsParameters] ProjectServices projects, [AsParameters] ApiServices api)
    {
        var today = api.Clock.Today();
        var (year, month) = ProjectQueries.Period(q.Year, q.Month, today);
        var margin = projects.Margin;
        var rows = await ProjectQueries.Listed(api.Db, q, year, month, margin).ToListAsync(api.Ct);
        var items = rows.Select(r => ProjectQueries.ToItem(r, year, month, margin)).ToList();
        var name = $"{year}年项目建设台账";
        var bytes = XlsxWriter.ToBytes("项目台账", Headers(month), items.Select(Row), Banner(year, month));
        return TypedResults.File(bytes, XlsxWriter.ContentType, $"{name}-{today:yyyyMMdd}.xlsx");
    }

    public static IReadOnlyList<string> Headers(int month) =>
    [
        "序号", "项目名称", "建设单位", "所属园区", "项目类别", "项目阶段", "总投资", "年度计划投资", MonthsLabel(month) + "完成投资", "完成率",
        "形象进度", "责任领导", "服务团队", "存在问题",
    ];

    public static SheetBanner Banner(int year, int month) => new(
        $"{year}年重点项目建设台账（截至{month}月，单位：万元）",
        [
            new("序号"), new("项目名称"), new("建设单位"), new("所属园区"), new("项目类别"), new("项目阶段"), new("总投资"),
            new($"{year}年投资完成情况", 3), new("形象进度"), new("责任领导"), new("服务团队"), new("存在问题"),
        ]);

    private static string MonthsLabel(int month) => month == 1 ? "1月" : $"1-{month}月";

    private static IReadOnlyList<object?> Row(ProjectItem p, int index) =>
    [
        index + 1, p.Name, p.Builder ?? p.Investor, p.ParkName,
        string.Join(" ", new[] { LevelNames[p.KeyLevel], p.Batch == BatchKind.None ? "" : $"第{p.BatchRound}期{BatchNames[p.Batch]}" }.Where(s => s.Length > 0)),
        StageNames[p.Stage], p.PlannedInvestment, p.AnnualTarget, p.CompletedThisYear,
        p.CompletionRate is { } rate ? $"{rate * 100:0.0}%" : null,
        p.ImageProgress, p.LeaderName, p.TeamName, p.OpenProblem,
    ];
}
