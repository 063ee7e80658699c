using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Talent;
using Torchbase.Features.Enterprises;
using Torchbase.Features.Imports;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Localization;

namespace Torchbase.Features.Talent;

/// <summary>A demand as a row of the workbook: the enterprise by credit code (none for a demand the bureau posts itself).</summary>
public sealed record DemandImportRow(string? CreditCode, DemandInput Input, DateOnly? PostedOn);

/// <summary>
/// The cooperation demands' workbook (合作需求库), in the columns of the library's export, so an exported file imports back. A
/// demand is matched by its enterprise and title within the zone.
/// </summary>
public sealed class DemandSheet(DateOnly today) : ImportSheet<DemandImportRow>
{
    public override string Name => "合作需求库";

    public static readonly IReadOnlyList<SheetColumn> All =
    [
        new("需求名称", "title", CellType.Text, true, Example: "尼龙66 阻燃改性配方优化"),
        new("问题描述", "problem", CellType.Text, true, Example: "现有阻燃尼龙66 的灼热丝性能不稳定，需优化配方并降低成本。"),
        new("领域", "field", CellType.Text, true, Example: "尼龙新材料"),
        new("关键词", "keywords", CellType.Text, true, Example: "尼龙66、阻燃、改性", Note: "多个关键词用顿号（、）分隔，至多 20 个"),
        new("预算（万元）", "budgetWan", CellType.Decimal, Example: 50),
        new("截止日期", "deadline", CellType.Date, Example: "2027-06-30", Note: "新增的需求不能早于今天"),
        new("发布日期", "postedOn", CellType.Date, Example: "2026-11-01", Note: "不能晚于今天；留空时新增的需求为导入当天"),
        new("统一社会信用代码", "creditCode", CellType.Text, Example: "91370700MA3C000019", Note: "需求所属企业；企业用户留空即为本企业"),
        new("企业", "enterpriseName", CellType.Text, Note: "仅供核对"),
        new("状态", "status", CellType.Code, false, [.. TalentLabels.DemandStatus.Values], TalentLabels.DemandStatus[DemandStatus.Open]),
        new("对接数", "matchCount", CellType.Integer, Note: "仅供核对"),
        new("签约数", "signedCount", CellType.Integer, Note: "仅供核对"),
    ];

    public override IReadOnlyList<SheetColumn> Columns => All;

    public override IReadOnlyList<string> Notes =>
        [Text.Get("import_demand_notes.match"), Text.Get("import_demand_notes.recommendations"), Text.Get("import_registry_notes.read_only")];

    private readonly Dictionary<(string?, string), int> _firstRow = [];

    public override DemandImportRow? Parse(SheetRow row)
    {
        var code = row.Text("creditCode") is { } text ? CreditCode.Normalise(text) : null;
        if (code is not null && CreditCode.Check(code) is { } problem) row.Fail("creditCode", "credit_code." + problem);
        var status = row.Text("status") is { } s ? TalentLabels.DemandStatus.First(d => d.Value == s).Key : (DemandStatus?)null;
        var input = new DemandInput(row.Text("title"), row.Text("problem"), row.Text("field"), ExpertSheet.List(row.Text("keywords")),
            row.Decimal("budgetWan"), row.Date("deadline"), null, status, null, null);
        // Whether a deadline may lie in the past depends on whether the demand is new: the writer checks that.
        row.Fail(DemandEndpoints.Validate(input, today, isNew: false));
        if (row.Date("postedOn") > today) row.Fail("postedOn", "future_date");
        if (row.Failed) return null;
        var title = input.Title!.Trim();
        if (_firstRow.TryGetValue((code, title), out var first)) { row.Fail("title", "duplicate_name_in_file", first); return null; }
        _firstRow[(code, title)] = row.Number;
        return new DemandImportRow(code, input with { Title = title }, row.Date("postedOn"));
    }
}

/// <summary>
/// Cooperation demands in bulk: the template and the all-or-nothing import, for whoever may post a demand — the bureau for
/// any enterprise of its zone, an enterprise for itself (the query filters show it only its own enterprise and demands).
/// Experts are ranked for a demand when it is read (<see cref="Recommendations"/>), so imported demands get theirs as posted ones do.
/// </summary>
public static class DemandImport
{
    public static void MapDemandImport(this RouteGroupBuilder group)
    {
        group.MapGet("/demands/import/template", DownloadDemandTemplate)
            .WithName(nameof(DownloadDemandTemplate))
            .WithSummary("The cooperation-demand import template, in the columns of the library's export");
        group.MapPost("/demands/import", ImportTechDemands)
            .WithName(nameof(ImportTechDemands))
            .WithSummary("Import cooperation demands, all or nothing: a demand of the same enterprise and title in the zone is updated");
    }

    private static bool MayPost(ApiServices api) =>
        api.User.IsCurator() || (api.User.IsContributor() && api.Db.Scope.EnterpriseId is not null);

    public static Results<FileContentHttpResult, ProblemHttpResult> DownloadDemandTemplate([AsParameters] ApiServices api) =>
        MayPost(api) ? SheetImport.Template(new DemandSheet(api.Clock.Today()), api.Clock) : TalentSupport.Forbidden();

    public static async Task<Results<Ok<SheetImportResult>, ValidationProblem, ProblemHttpResult>> ImportTechDemands(
        HttpRequest request, Guid? zoneId, ImportReports reports, [AsParameters] ApiServices api)
    {
        var (db, ct, user) = (api.Db, api.Ct, api.User);
        if (!MayPost(api)) return TalentSupport.Forbidden();
        if (await ImportZone.ResolveAsync(db, zoneId, ct) is not { } zone) return ImportZone.Missing(zoneId);
        var today = api.Clock.Today();
        var sheet = new DemandSheet(today);
        var postedBy = user.FindFirst(ScopeClaims.DisplayName)?.Value ?? user.Identity?.Name;
        var result = await SheetImport.RunAsync(request, sheet, db, reports, user, async (rows, check) =>
        {
            var enterprises = await ImportZone.EnterprisesByCodeAsync(db, zone, rows.Select(r => r.Value.CreditCode).OfType<string>(), ct);
            var existing = (await db.TechDemands.Where(d => d.ZoneId == zone).ToListAsync(ct))
                .GroupBy(d => (d.EnterpriseId, d.Title)).ToDictionary(g => g.Key, g => g.ToList());
            var (imported, updated) = (0, 0);
            foreach (var (number, row) in rows)
            {
                Guid? enterprise = db.Scope.EnterpriseId;
                if (row.CreditCode is { } code)
                {
                    if (enterprises.TryGetValue(code, out var id)) enterprise = id;
                    else { check.Fail(sheet, number, "creditCode", "unknown_credit_code"); continue; }
                }
                var found = existing.GetValueOrDefault((enterprise, row.Input.Title!));
                if (found is { Count: > 1 }) { check.Fail(sheet, number, "title", "ambiguous_demand"); continue; }
                if (found is [var demand]) updated++;
                else
                {
                    if (row.Input.Deadline < today) { check.Fail(sheet, number, "deadline", "past_date"); continue; }
                    demand = new TechDemand
                    {
                        Title = "", Problem = "", Field = "", ZoneId = zone, EnterpriseId = enterprise, PostedOn = today, PostedBy = postedBy,
                        Status = DemandStatus.Open,
                    };
                    db.TechDemands.Add(demand);
                    imported++;
                }
                DemandEndpoints.Apply(demand, row.Input);
                if (row.Input.Status is { } status) demand.Status = status;
                if (row.PostedOn is { } postedOn) demand.PostedOn = postedOn;
            }
            if (check.Failed) return new SheetImportResult(0, 0);
            await db.SaveChangesAsync(ct);
            return new SheetImportResult(imported, updated);
        }, ct);
        return result.Result switch
        {
            Ok<SheetImportResult> ok => ok,
            var other => (ProblemHttpResult)other,
        };
    }
}
