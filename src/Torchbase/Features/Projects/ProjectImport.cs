using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Projects;
using Torchbase.Features.Enterprises;
using Torchbase.Features.Imports;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Localization;

namespace Torchbase.Features.Projects;

/// <summary>A project as a row of the ledger workbook: its particulars, and the figures of one year (target and months, 万元).</summary>
public sealed record ProjectLedgerRow(
    string Name, string Park, string? Chain, string? Investor, string? Builder, string? Origin, bool OutOfProvince, ProjectStage Stage,
    DateOnly? SignedOn, DateOnly? StartedOn, DateOnly? ProducingOn, KeyProjectLevel KeyLevel, BatchKind Batch, int? BatchRound,
    decimal PlannedInvestment, decimal? ActualFunds, DateOnly? TargetDate, string? LeaderName, string? TeamName, string? ImageProgress,
    int? Year, decimal? AnnualTarget, IReadOnlyDictionary<int, decimal> Months,
    ProjectCategory Category = ProjectCategory.Industrial, ProjectSource? Source = null, string? BroughtBy = null, DateOnly? EnteredOn = null,
    decimal? OutputTarget = null, decimal? OutputActual = null);

/// <summary>
/// The project ledger workbook (项目台账): one row a project, its particulars, then one year's 年度计划投资 and the investment
/// completed in each month (1月…12月). The ledger export writes these columns under its title rows, so an exported ledger
/// can be edited and imported back.
/// </summary>
/// <param name="chains">The names of the zone's industry chains, offered as a drop-down (null when no zone is known).</param>
public sealed class ProjectSheet(DateOnly today, IReadOnlyList<string>? chains) : ImportSheet<ProjectLedgerRow>
{
    private const string CheckOnly = "仅供核对";

    public override string Name => "项目台账";

    public static readonly IReadOnlyList<string> Yes = ["是", "否"];

    private static readonly Dictionary<ProjectStage, string> MilestoneField = new()
    {
        [ProjectStage.Signed] = "signedOn", [ProjectStage.Started] = "startedOn", [ProjectStage.InProduction] = "producingOn",
    };

    public static IReadOnlyList<SheetColumn> For(DateOnly today, IReadOnlyList<string>? chains) =>
    [
        new("序号", "index", CellType.Text, Example: 1, Note: CheckOnly),
        new("项目名称", "name", CellType.Text, true, Example: "年产10万套新能源汽车电机项目"),
        new("所属园区", "parkId", CellType.Text, true, Example: "创新创业园"),
        new("产业链", "industryChain", CellType.Code, Codes: chains, Example: chains is { Count: > 0 } ? chains[0] : null),
        new("投资方", "investor", CellType.Text, Example: "潍坊示例动力科技有限公司"),
        new("建设单位", "builder", CellType.Text, Example: "潍坊示例电机有限公司"),
        new("资金来源地", "origin", CellType.Text, Example: "江苏省苏州市"),
        new("省外资金", "outOfProvince", CellType.Code, Codes: Yes, Example: "是"),
        new("项目阶段", "stage", CellType.Code, true, [.. ProjectLedger.StageNames.Values], ProjectLedger.StageNames[ProjectStage.Started]),
        new("签约日期", "signedOn", CellType.Date, Example: "2025-03-18"),
        new("开工日期", "startedOn", CellType.Date, Example: "2025-06-01"),
        new("投产日期", "producingOn", CellType.Date),
        new("重点项目", "keyLevel", CellType.Code, Codes: [.. ProjectLedger.LevelNames.Values.Where(v => v.Length > 0)],
            Example: ProjectLedger.LevelNames[KeyProjectLevel.Municipal]),
        new("三个一批", "batch", CellType.Code, Codes: [.. ProjectLedger.BatchNames.Values.Where(v => v.Length > 0)],
            Example: ProjectLedger.BatchNames[BatchKind.Starting]),
        new("批次（期）", "batchRound", CellType.Integer, Example: 3),
        new("总投资（万元）", "plannedInvestment", CellType.Decimal, true, Example: 120000),
        new("实际到位资金（万元）", "actualFunds", CellType.Decimal, Example: 30000,
            Note: "各月到位资金在项目页按月填报；新项目填写的金额记为导入当月到位，已有项目须留空或等于各月合计"),
        new("计划竣工日期", "targetDate", CellType.Date, Example: "2027-06-30"),
        new("责任领导", "leaderName", CellType.Text, Example: "王伟"),
        new("服务团队", "teamName", CellType.Text, Example: "项目服务一组"),
        new("形象进度", "imageProgress", CellType.Text, Example: "主体结构施工中"),
        new("项目类别", "category", CellType.Code, Codes: [.. ProjectLedger.CategoryNames.Values], Example: ProjectLedger.CategoryNames[ProjectCategory.Industrial],
            Note: "留空为产业项目；只有产业项目计入招商数据"),
        new("招商渠道", "source", CellType.Code, Codes: [.. ProjectLedger.SourceNames.Values], Example: ProjectLedger.SourceNames[ProjectSource.AllStaff]),
        new("引荐人或单位", "broughtBy", CellType.Text, Example: "经济发展局 李明"),
        new("年度", "year", CellType.Integer, Example: today.Year, Note: "年度计划投资和各月完成投资所属的年度"),
        new("年度计划投资（万元）", "annualTarget", CellType.Decimal, Example: 40000),
        .. Enumerable.Range(1, 12).Select(m => new SheetColumn($"{m}月完成投资（万元）", $"month{m}", CellType.Decimal,
            Example: m == 1 ? 3000 : null, Note: "留空表示未填报")),
        new("累计完成投资（万元）", "completed", CellType.Text, Note: CheckOnly),
        new("完成率", "completionRate", CellType.Text, Note: CheckOnly),
        new("下一节点", "nextMilestone", CellType.Text, Note: CheckOnly),
        new("节点计划日期", "nextMilestonePlanned", CellType.Text, Note: CheckOnly),
        new("节点提前（+）或滞后（-）天数", "nextMilestoneDays", CellType.Text, Note: CheckOnly),
        new("存在问题", "openProblem", CellType.Text, Note: CheckOnly),
        // Last, so a workbook filled in from the older template still lines up; without it, stored dates stay as they are.
        new("入库日期", "enteredOn", CellType.Date, Example: today.ToString("yyyy-MM-dd"), Note: "留空：新项目取导入当日，已有项目保持原值"),
        // 投产达效, after the columns older workbooks have: the "年度" column's year, for projects that have gone into production.
        new("年度产值目标（万元）", "outputTarget", CellType.Decimal, Note: "已投产项目填写，属于“年度”列的年度；留空保持原值"),
        new("年度实际产值（万元）", "outputActual", CellType.Decimal, Note: "已投产项目填写，本年及以前年度；留空保持原值"),
    ];

    public override IReadOnlyList<SheetColumn> Columns { get; } = For(today, chains);

    public override IReadOnlyList<string> Notes =>
        [Text.Get("import_projects_notes.match"), Text.Get("import_projects_notes.figures"), Text.Get("import_projects_notes.stage"),
         Text.Get("import_registry_notes.read_only")];

    private readonly Dictionary<string, int> _firstRow = [];

    public override ProjectLedgerRow? Parse(SheetRow row)
    {
        var name = row.Text("name")!;
        var errors = new Errors().MaxLength("name", name, 200).MaxLength("parkId", row.Text("parkId"), 100)
            .MaxLength("investor", row.Text("investor"), 200).MaxLength("builder", row.Text("builder"), 200)
            .MaxLength("origin", row.Text("origin"), 100).MaxLength("leaderName", row.Text("leaderName"), 50)
            .MaxLength("teamName", row.Text("teamName"), 100).MaxLength("imageProgress", row.Text("imageProgress"), 500)
            .MaxLength("broughtBy", row.Text("broughtBy"), 100)
            .Amount("plannedInvestment", row.Decimal("plannedInvestment")).Amount("actualFunds", row.Decimal("actualFunds"))
            .Amount("annualTarget", row.Decimal("annualTarget"))
            .Amount("outputTarget", row.Decimal("outputTarget")).Amount("outputActual", row.Decimal("outputActual"));
        var months = new Dictionary<int, decimal>();
        for (var m = 1; m <= 12; m++)
            if (row.Decimal($"month{m}") is { } amount)
            {
                errors.Amount($"month{m}", amount);
                months[m] = amount;
            }
        row.Fail(errors);

        var stage = ProjectLedger.StageNames.First(s => s.Value == row.Text("stage")).Key;
        var batch = row.Text("batch") is { } b ? ProjectLedger.BatchNames.First(x => x.Value == b).Key : BatchKind.None;
        var round = row.Integer("batchRound");
        if (round is < 1 or > 999) row.Fail("batchRound", "invalid_value");
        if (batch != BatchKind.None && round is null) row.Fail("batchRound", "required");
        if (batch == BatchKind.None && round is not null) row.Fail("batch", "required");

        // A milestone date belongs to a stage the project has reached (a dropped project keeps the dates it had), in order, and not ahead of today.
        DateOnly? previous = null;
        foreach (var (milestone, field) in MilestoneField)
        {
            if (row.Date(field) is not { } date) continue;
            if (date > today) row.Fail(field, "project_date_in_future");
            else if (stage != ProjectStage.Dropped && !StageMachine.HasReached(stage, milestone)) row.Fail(field, "project_milestone_not_reached");
            else if (date < previous) row.Fail(field, "project_milestone_order", previous.Value.ToString("yyyy-MM-dd"));
            previous = date;
        }

        var year = row.Integer("year");
        var target = row.Decimal("annualTarget");
        if (year is null && (target is not null || months.Count > 0)) row.Fail("year", "required");
        else if (year is { } y && (target is not null || months.Count > 0))
        {
            if (y < today.Year - 5 || y > today.Year + 1) row.Fail("year", "year_range", today.Year - 5, today.Year + 1);
            else
                foreach (var m in months.Keys.Where(m => new DateOnly(y, m, 1) > today))
                    row.Fail($"month{m}", "project_month_not_reportable");
        }
        if (row.Date("enteredOn") > today) row.Fail("enteredOn", "project_date_in_future");
        var (outputTarget, outputActual) = (row.Decimal("outputTarget"), row.Decimal("outputActual"));
        if (outputTarget is not null || outputActual is not null)
        {
            var field = outputTarget is not null ? "outputTarget" : "outputActual";
            if (year is null) row.Fail("year", "required");
            else if (year < today.Year - 5 || year > today.Year + 1) row.Fail("year", "year_range", today.Year - 5, today.Year + 1);
            else if (outputActual is not null && year > today.Year) row.Fail("outputActual", "project_output_future_year");
            if (row.Date("producingOn") is null && !StageMachine.HasReached(stage, ProjectStage.InProduction))
                row.Fail(field, "project_output_not_producing");
        }
        if (row.Failed) return null;
        if (_firstRow.TryGetValue(name, out var first)) { row.Fail("name", "duplicate_name_in_file", first); return null; }
        _firstRow[name] = row.Number;

        return new ProjectLedgerRow(name, row.Text("parkId")!, row.Text("industryChain"), row.Text("investor"), row.Text("builder"),
            row.Text("origin"), row.Text("outOfProvince") == "是", stage, row.Date("signedOn"), row.Date("startedOn"), row.Date("producingOn"),
            row.Text("keyLevel") is { } level ? ProjectLedger.LevelNames.First(x => x.Value == level).Key : KeyProjectLevel.None,
            batch, batch == BatchKind.None ? null : round, row.Decimal("plannedInvestment")!.Value, row.Decimal("actualFunds"),
            row.Date("targetDate"), row.Text("leaderName"), row.Text("teamName"), row.Text("imageProgress"),
            target is null && months.Count == 0 && outputTarget is null && outputActual is null ? null : year, target, months,
            row.Text("category") is { } category ? ProjectLedger.CategoryNames.First(x => x.Value == category).Key : ProjectCategory.Industrial,
            row.Text("source") is { } source ? ProjectLedger.SourceNames.First(x => x.Value == source).Key : null, row.Text("broughtBy"),
            row.Date("enteredOn"), outputTarget, outputActual);
    }

    /// <summary>The date the row gives for reaching a stage (签约/开工/投产日期), if any.</summary>
    public static DateOnly? MilestoneOf(ProjectLedgerRow row, ProjectStage stage) => stage switch
    {
        ProjectStage.Signed => row.SignedOn, ProjectStage.Started => row.StartedOn, ProjectStage.InProduction => row.ProducingOn, _ => null,
    };

    public static string FieldOf(ProjectStage stage) => MilestoneField.GetValueOrDefault(stage, "stage");
}

/// <summary>
/// The project ledger in bulk: the template and the all-or-nothing import (the export is the ledger's own, in the same
/// columns). A project of the same name in the zone is updated, other rows are put on the ledger; a park officer imports
/// into its own park only, as the query filters let it see no other.
/// </summary>
public static class ProjectImport
{
    public static void MapProjectImport(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/projects").WithTags("Projects");

        group.MapGet("/import/template", DownloadProjectTemplate)
            .WithName(nameof(DownloadProjectTemplate))
            .WithSummary("The project ledger import template, in the ledger export's columns, with the zone's industry chains to pick from")
            .RequireAuthorization(Permissions.ProjectsWrite);
        group.MapPost("/import", ImportProjects)
            .WithName(nameof(ImportProjects))
            .WithSummary("Import the project ledger with annual targets and monthly investment, all or nothing: a project of the same name is updated")
            .RequireAuthorization(Permissions.ProjectsWrite);
    }

    public static async Task<FileContentHttpResult> DownloadProjectTemplate(Guid? zoneId, [AsParameters] ApiServices api)
    {
        var zone = await ImportZone.ResolveAsync(api.Db, zoneId, api.Ct);
        var chains = zone is { } z ? await ChainsAsync(api.Db, z, api.Ct) : null;
        return SheetImport.Template(new ProjectSheet(api.Clock.Today(), chains?.Keys.ToList()), api.Clock);
    }

    /// <summary>The zone's industry chains by name, in the order the zone lists them.</summary>
    private static async Task<Dictionary<string, Guid>> ChainsAsync(AppDbContext db, Guid zone, CancellationToken ct) =>
        (await db.IndustryChains.AsNoTracking().Where(c => c.ZoneId == zone).OrderBy(c => c.Code).Select(c => new { c.Name, c.Id }).ToListAsync(ct))
            .GroupBy(c => c.Name.Trim()).ToDictionary(g => g.Key, g => g.First().Id);

    public static async Task<Results<Ok<SheetImportResult>, ValidationProblem, ProblemHttpResult>> ImportProjects(
        HttpRequest request, Guid? zoneId, ImportReports reports, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await ImportZone.ResolveAsync(db, zoneId, ct) is not { } zone) return ImportZone.Missing(zoneId);
        var today = api.Clock.Today();
        var chains = await ChainsAsync(db, zone, ct);
        var sheet = new ProjectSheet(today, [.. chains.Keys]);
        var result = await SheetImport.RunAsync(request, sheet, db, reports, api.User, async (rows, check) =>
        {
            var parks = await ImportLookups.ParksByNameAsync(db, zone, ct);
            var names = rows.Select(r => r.Value.Name).ToList();
            var existing = (await db.Projects.Where(p => p.ZoneId == zone && names.Contains(p.Name))
                    .Include(p => p.AnnualPlans).Include(p => p.MonthlyInvestments).Include(p => p.FundsArrivals).Include(p => p.Outputs)
                    .AsSplitQuery().ToListAsync(ct))
                .GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var (number, row) in rows)
            {
                if (!parks.ContainsKey(row.Park)) check.Fail(sheet, number, "parkId", "unknown_park_name");
                if (existing.TryGetValue(row.Name, out var same) && same.Count > 1) check.Fail(sheet, number, "name", "ambiguous_project_name");
                else if (same is [var known] && row.ActualFunds is { } funds && known.FundsArrivals.Sum(f => f.Amount) is var sum && funds != sum)
                    check.Fail(sheet, number, "actualFunds", "project_funds_by_month", sum.ToString("0.##"));
                else if (same is [var project] && project.Stage != row.Stage)
                {
                    var on = ProjectSheet.MilestoneOf(row, row.Stage) ?? today;
                    if (StageMachine.Decide(project.Stage, row.Stage, on, project.StageChangedOn, today).Refusal is { } refusal)
                        check.Fail(sheet, number, refusal is StageRefusal.BeforeLastChange ? ProjectSheet.FieldOf(row.Stage) : "stage",
                            $"project_stage.{refusal}", project.StageChangedOn.ToString("yyyy-MM-dd"));
                }
            }
            if (check.Failed) return new SheetImportResult(0, 0);

            var now = api.Clock.GetUtcNow();
            var (imported, updated) = (0, 0);
            foreach (var (_, row) in rows)
            {
                if (existing.TryGetValue(row.Name, out var same))
                {
                    var project = same[0];
                    Apply(project, row, parks[row.Park], row.Chain is { } c ? chains[c] : null);
                    if (project.Stage != row.Stage) MoveStage(db, project, row, today, now);
                    Figures(project, row);
                    updated++;
                }
                else
                {
                    var on = ProjectSheet.MilestoneOf(row, row.Stage) ?? today;
                    var project = new Project { Name = row.Name, ZoneId = zone, Stage = row.Stage, StageChangedOn = on, EnteredOn = row.EnteredOn ?? today };
                    project.StageChanges.Add(new ProjectStageChange
                    {
                        From = ProjectStage.Lead, To = row.Stage, On = on, RecordedAt = now, Note = "导入台账", By = db.Scope.UserName,
                    });
                    Apply(project, row, parks[row.Park], row.Chain is { } c ? chains[c] : null);
                    // Funds in place given for a new project arrived, as far as the ledger knows, by the month it is imported.
                    if (row.ActualFunds is > 0 and var funds)
                        project.FundsArrivals.Add(new ProjectFundsArrival { Year = today.Year, Month = today.Month, Amount = funds, Note = "导入台账" });
                    db.Projects.Add(project);
                    Figures(project, row);
                    imported++;
                }
            }
            await db.SaveChangesAsync(ct);
            return new SheetImportResult(imported, updated);
        }, ct);
        return result.Result switch { Ok<SheetImportResult> ok => ok, var other => (ProblemHttpResult)other };
    }

    /// <summary>
    /// A stage the ledger says the project has moved to: recorded in its history on the date the row gives, or today — and,
    /// as a move on the ledger page does, that day becomes the milestone date when the row leaves it blank.
    /// </summary>
    private static void MoveStage(AppDbContext db, Project project, ProjectLedgerRow row, DateOnly today, DateTimeOffset now)
    {
        var on = ProjectSheet.MilestoneOf(row, row.Stage) ?? today;
        project.StageChanges.Add(new ProjectStageChange
        {
            ProjectId = project.Id, From = project.Stage, To = row.Stage, On = on, RecordedAt = now, Note = "导入台账", By = db.Scope.UserName,
        });
        (project.Stage, project.StageChangedOn) = (row.Stage, on);
        switch (row.Stage)
        {
            case ProjectStage.Signed: project.SignedOn ??= on; break;
            case ProjectStage.Started: project.StartedOn ??= on; break;
            case ProjectStage.InProduction: project.ProducingOn ??= on; break;
        }
    }

    private static void Apply(Project p, ProjectLedgerRow row, Guid park, Guid? chain)
    {
        (p.ParkId, p.IndustryChainId, p.Investor, p.Builder, p.Origin, p.OutOfProvince) =
            (park, chain, row.Investor, row.Builder, row.Origin, row.OutOfProvince);
        (p.PlannedInvestment, p.TargetDate, p.LeaderName, p.TeamName, p.ImageProgress) =
            (row.PlannedInvestment, row.TargetDate, row.LeaderName, row.TeamName, row.ImageProgress);
        if (row.EnteredOn is { } entered) p.EnteredOn = entered;
        (p.KeyLevel, p.Batch, p.BatchRound) = (row.KeyLevel, row.Batch, row.BatchRound);
        (p.SignedOn, p.StartedOn, p.ProducingOn) = (row.SignedOn, row.StartedOn, row.ProducingOn);
        (p.Category, p.Source, p.BroughtBy) = (row.Category, row.Source, row.BroughtBy);
    }

    /// <summary>The year's target and the months the row fills; an empty cell leaves what was reported as it is.</summary>
    private static void Figures(Project project, ProjectLedgerRow row)
    {
        if (row.Year is not { } year) return;
        if (row.AnnualTarget is { } target)
        {
            var plan = project.AnnualPlans.FirstOrDefault(a => a.Year == year);
            if (plan is null) project.AnnualPlans.Add(plan = new ProjectAnnualPlan { ProjectId = project.Id, Year = year });
            plan.Target = target;
        }
        if (row.OutputTarget is not null || row.OutputActual is not null)
        {
            var output = project.Outputs.FirstOrDefault(o => o.Year == year);
            if (output is null) project.Outputs.Add(output = new ProjectAnnualOutput { ProjectId = project.Id, Year = year });
            output.Target = row.OutputTarget ?? output.Target;
            output.Actual = row.OutputActual ?? output.Actual;
        }
        foreach (var (month, amount) in row.Months)
        {
            var report = project.MonthlyInvestments.FirstOrDefault(m => m.Year == year && m.Month == month);
            if (report is null) project.MonthlyInvestments.Add(report = new ProjectMonthlyInvestment { ProjectId = project.Id, Year = year, Month = month });
            report.Amount = amount;
        }
    }
}
