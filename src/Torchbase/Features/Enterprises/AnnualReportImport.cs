using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Features.Cultivation;
using Torchbase.Domain.Enterprises;
using Torchbase.Features.Imports;
using Torchbase.Features.Policies;
using Torchbase.Features.Runs;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Localization;

namespace Torchbase.Features.Enterprises;

/// <summary>A yearly report as a row of the workbook: the enterprise's credit code and the year's figures.</summary>
public sealed record AnnualReportRow(string CreditCode, int Year, AnnualReportDto Report);

/// <summary>
/// The yearly reports' workbook (年报 / 火炬统计 figures): one row an enterprise and year, several years in one file, the
/// columns of <see cref="AnnualReport"/>. An empty cell is a figure not reported and stays null, never 0.
/// </summary>
public sealed class AnnualReportSheet(int currentYear) : ImportSheet<AnnualReportRow>
{
    public override string Name => "年度报表";

    public static readonly IReadOnlyList<SheetColumn> All =
    [
        new("统一社会信用代码", "creditCode", CellType.Text, true, Example: "91370700MA3C000019"),
        new("企业名称", "name", CellType.Text, Example: "潍坊示例科技有限公司", Note: "仅供核对"),
        new("年度", "year", CellType.Integer, true, Example: 2025),
        new("营业收入（万元）", "revenue", CellType.Decimal, Example: 5200),
        new("高新技术产品（服务）收入（万元）", "highTechRevenue", CellType.Decimal, Example: 3900),
        new("研发费用（万元）", "rdExpense", CellType.Decimal, Example: 310),
        new("境内研发费用（万元）", "domesticRdExpense", CellType.Decimal, Example: 300),
        new("营业成本（万元）", "operatingCost", CellType.Decimal, Example: 4100),
        new("净资产（万元）", "netAssets", CellType.Decimal, Example: 2600),
        new("资产总额（万元）", "totalAssets", CellType.Decimal, Example: 6800),
        new("净利润（万元）", "netProfit", CellType.Decimal, Example: 420),
        new("上缴税费（万元）", "taxes", CellType.Decimal, Example: 260),
        new("从业人员（人）", "employees", CellType.Integer, Example: 86),
        new("科技人员（人）", "techStaff", CellType.Integer, Example: 30),
        new("研发人员（人）", "rdStaff", CellType.Integer, Example: 18),
        new("发明专利（件）", "inventionPatents", CellType.Integer, Example: 3),
        new("实用新型专利（件）", "utilityModels", CellType.Integer, Example: 12),
        new("外观设计专利（件）", "designPatents", CellType.Integer),
        new("软件著作权（件）", "softwareCopyrights", CellType.Integer, Example: 4),
        new("其他Ⅰ类知识产权（件）", "otherClassOneIp", CellType.Integer),
        new("主营业务收入（万元）", "mainBusinessRevenue", CellType.Decimal, Example: 4800, Note: "规模以上工业等按主营业务收入认定"),
        new("负债总额（万元）", "totalLiabilities", CellType.Decimal, Example: 4200),
        new("其中：高价值Ⅰ类知识产权（件）", "highValueClassOneIp", CellType.Integer, Example: 1),
        new("其中：自主研发Ⅰ类知识产权（件）", "selfDevelopedClassOneIp", CellType.Integer, Example: 2),
        new("当年获得股权融资（万元）", "equityFinancing", CellType.Decimal),
        new("吸纳高校应届毕业生（人）", "graduatesHired", CellType.Integer, Example: 5),
        new("建筑业资质／房地产开发经营（是／否）", "sizeDeclaration", CellType.Code, Codes: YesNo,
            Note: "仅建筑业（E）填：是否具有总承包或专业承包资质；仅房地产开发经营（K701）填：本年是否有开发经营活动。其他行业留空"),
    ];

    /// <summary>The answers of the size declaration; an empty cell is not declared.</summary>
    public static readonly IReadOnlyList<string> YesNo = ["是", "否"];

    public override IReadOnlyList<SheetColumn> Columns => All;

    public override IReadOnlyList<string> Notes => [Text.Get("import_reports_notes.match"), Text.Get("import_reports_notes.missing")];

    private readonly Dictionary<(string, int), int> _firstRow = [];

    public override AnnualReportRow? Parse(SheetRow row)
    {
        var code = CreditCode.Normalise(row.Text("creditCode")!);
        if (CreditCode.Check(code) is { } problem) row.Fail("creditCode", "credit_code." + problem);
        var year = row.Integer("year")!.Value;
        var report = new AnnualReportDto(year,
            row.Decimal("revenue"), row.Decimal("highTechRevenue"), row.Decimal("rdExpense"), row.Decimal("domesticRdExpense"),
            row.Decimal("operatingCost"), row.Decimal("netAssets"), row.Decimal("totalAssets"), row.Decimal("netProfit"), row.Decimal("taxes"),
            row.Integer("employees"), row.Integer("techStaff"), row.Integer("rdStaff"), row.Integer("inventionPatents"),
            row.Integer("utilityModels"), row.Integer("designPatents"), row.Integer("softwareCopyrights"), row.Integer("otherClassOneIp"),
            row.Decimal("mainBusinessRevenue"), row.Decimal("totalLiabilities"), row.Integer("highValueClassOneIp"),
            row.Integer("selfDevelopedClassOneIp"), row.Decimal("equityFinancing"), row.Integer("graduatesHired"),
            row.Text("sizeDeclaration") is { } declared ? declared == YesNo[0] : null);
        row.Fail(EnterpriseValidation.Validate(year, report, currentYear));
        // Net assets and profit may be negative, but not beyond what a figure takes.
        if (Math.Abs(report.NetAssets ?? 0) > Errors.MaxAmount) row.Fail("netAssets", "too_large", Errors.MaxAmount.ToString("0"));
        if (Math.Abs(report.NetProfit ?? 0) > Errors.MaxAmount) row.Fail("netProfit", "too_large", Errors.MaxAmount.ToString("0"));
        if (row.Failed) return null;
        if (_firstRow.TryGetValue((code, year), out var first)) { row.Fail("year", "duplicate_report_in_file", first); return null; }
        _firstRow[(code, year)] = row.Number;
        return new AnnualReportRow(code, year, report);
    }

    public static IReadOnlyList<object?> ExportRow(string creditCode, string name, AnnualReport r) =>
    [
        creditCode, name, r.Year, r.Revenue, r.HighTechRevenue, r.RdExpense, r.DomesticRdExpense, r.OperatingCost, r.NetAssets,
        r.TotalAssets, r.NetProfit, r.Taxes, r.Employees, r.TechStaff, r.RdStaff, r.InventionPatents, r.UtilityModels,
        r.DesignPatents, r.SoftwareCopyrights, r.OtherClassOneIp, r.MainBusinessRevenue, r.TotalLiabilities, r.HighValueClassOneIp,
        r.SelfDevelopedClassOneIp, r.EquityFinancing, r.GraduatesHired, r.SizeDeclaration is { } d ? YesNo[d ? 0 : 1] : null,
    ];
}

/// <summary>
/// What an import of yearly reports or titles wrote, and the background run that re-evaluates the enterprises concerned
/// (<c>GET /api/runs/{RunId}</c> follows it; none when nothing was written).
/// </summary>
public sealed record BulkImportResult(int Imported, int Updated, Guid? RunId);

/// <summary>
/// Yearly reports in bulk: the template, the all-or-nothing import (several years in one file, matched by credit code) and
/// the export in the template's columns, so an exported file can be edited and imported back. Imported reports count at
/// once (they are the park's or the bureau's figures); the import answers once they are committed, and the cultivation
/// results and points of the enterprises concerned are recomputed in a background run queued with them.
/// </summary>
public static class AnnualReportImport
{
    public static void MapAnnualReportImport(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/annual-reports").WithTags("AnnualReports");

        group.MapGet("/import/template", DownloadAnnualReportTemplate)
            .WithName(nameof(DownloadAnnualReportTemplate))
            .WithSummary("The yearly-report import template: instructions, required columns marked, one example row")
            .RequireAuthorization(Permissions.EnterprisesImport);
        group.MapPost("/import", ImportAnnualReports)
            .WithName(nameof(ImportAnnualReports))
            .WithSummary("Import yearly reports of several years, all or nothing; answers with a background run re-evaluating the enterprises concerned")
            .RequireAuthorization(Permissions.EnterprisesImport);
        group.MapGet("/export", ExportAnnualReports)
            .WithName(nameof(ExportAnnualReports))
            .WithSummary("The accepted yearly reports in scope, in the import template's columns")
            .RequireAuthorization(Permissions.EnterprisesRead);
    }

    public static FileContentHttpResult DownloadAnnualReportTemplate(TimeProvider clock) =>
        SheetImport.Template(new AnnualReportSheet(clock.Today().Year), clock);

    public static async Task<Results<Ok<BulkImportResult>, ValidationProblem, ProblemHttpResult>> ImportAnnualReports(
        HttpRequest request, Guid? zoneId, ImportReports reports, RunQueue runs, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await ImportZone.ResolveAsync(db, zoneId, ct) is not { } zone) return ImportZone.Missing(zoneId);
        var sheet = new AnnualReportSheet(api.Clock.Today().Year);
        var touched = new HashSet<Guid>();
        var years = new HashSet<int>();
        var result = await SheetImport.RunAsync(request, sheet, db, reports, api.User, async (rows, check) =>
        {
            var enterprises = await ImportZone.EnterprisesByCodeAsync(db, zone, rows.Select(r => r.Value.CreditCode), ct);
            foreach (var row in rows.Where(r => !enterprises.ContainsKey(r.Value.CreditCode)))
                check.Fail(sheet, row.Number, "creditCode", "unknown_credit_code");
            if (check.Failed) return new BulkImportResult(0, 0, null);

            var ids = enterprises.Values.ToList();
            var fileYears = rows.Select(r => r.Value.Year).Distinct().ToList();
            var existing = (await db.AnnualReports.Where(r => ids.Contains(r.EnterpriseId) && fileYears.Contains(r.Year)).ToListAsync(ct))
                .ToDictionary(r => (r.EnterpriseId, r.Year));
            var now = api.Clock.GetUtcNow();
            // 政策推送: what the enterprises match before the figures change, to tell them what they newly match after.
            var matchedBefore = await PolicyPush.SnapshotAsync(db, zone, ids, api.Clock.Today(), ct);
            var (imported, updated) = (0, 0);
            foreach (var (_, (code, year, input)) in rows)
            {
                var id = enterprises[code];
                if (existing.TryGetValue((id, year), out var report)) updated++;
                else
                {
                    db.AnnualReports.Add(report = new AnnualReport { EnterpriseId = id, Year = year });
                    imported++;
                }
                input.ApplyTo(report);
                // The park's or bureau's figures count at once: an enterprise's pending filing of the year is settled by them.
                (report.Status, report.ReviewedAt, report.ReviewedBy, report.ReturnReason) = (ReportStatus.Accepted, now, api.User.UserId(), null);
                touched.Add(id);
                years.Add(year);
            }
            var run = Reevaluation.Plan(db, zone, touched, years, api.User, api.Clock);
            await BulkSave.SaveChangesAsync(db, [typeof(AnnualReport)], ct);
            await PolicyPush.NotifyNewlyMatchedAsync(db, matchedBefore, ct);
            return new BulkImportResult(imported, updated, run.Id);
        }, ct);
        if (result.Result is not Ok<BulkImportResult> { Value: { } done }) return (ProblemHttpResult)result.Result;
        if (done.RunId is { } queued) runs.Enqueue(queued);
        return TypedResults.Ok(done);
    }

    public static async Task<FileContentHttpResult> ExportAnnualReports(int? year, string? search, [AsParameters] ApiServices api)
    {
        var enterprises = api.Db.Enterprises.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search)) enterprises = enterprises.Where(e => e.Name.Contains(search.Trim()) || e.CreditCode.Contains(search.Trim()));
        var query = enterprises
            .SelectMany(e => e.Reports.Where(r => r.Status == ReportStatus.Accepted && (year == null || r.Year == year)),
                (e, r) => new { e.CreditCode, e.Name, Report = r })
            .OrderBy(x => x.CreditCode).ThenBy(x => x.Report.Year);
        var rows = await query.ToListAsync(api.Ct);
        var bytes = Spreadsheets.XlsxWriter.ToBytes("年度报表", AnnualReportSheet.All.Select(c => c.Header).ToList(),
            rows.Select(x => AnnualReportSheet.ExportRow(x.CreditCode, x.Name, x.Report)));
        return TypedResults.File(bytes, Spreadsheets.XlsxWriter.ContentType, $"年度报表-{api.Clock.Today():yyyyMMdd}.xlsx");
    }
}

/// <summary>The zone an import writes to and its enterprises by credit code, as the caller may see them.</summary>
public static class ImportZone
{
    /// <summary>The caller's own zone, or for a user of several zones the one asked for (which must be visible).</summary>
    public static async Task<Guid?> ResolveAsync(AppDbContext db, Guid? asked, CancellationToken ct)
    {
        if (db.Scope.HomeZoneId is { } home) return home;
        return asked is { } id && await db.Zones.AnyAsync(z => z.Id == id, ct) ? id : null;
    }

    public static ProblemHttpResult Missing(Guid? asked) => asked is null
        ? Problems.Of(StatusCodes.Status400BadRequest, "zone_required")
        : Problems.Of(StatusCodes.Status404NotFound, "unknown_zone");

    /// <summary>Visible enterprises of the zone with the given credit codes (a park officer sees only its park's).</summary>
    public static async Task<Dictionary<string, Guid>> EnterprisesByCodeAsync(AppDbContext db, Guid zone, IEnumerable<string> codes, CancellationToken ct)
    {
        var found = new Dictionary<string, Guid>();
        foreach (var chunk in codes.Distinct().Chunk(1000))
            foreach (var e in await db.Enterprises.AsNoTracking().Where(e => e.ZoneId == zone && chunk.Contains(e.CreditCode))
                         .Select(e => new { e.CreditCode, e.Id }).ToListAsync(ct))
                found[e.CreditCode] = e.Id;
        return found;
    }
}
