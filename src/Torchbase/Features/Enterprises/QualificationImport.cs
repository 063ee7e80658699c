using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Enterprises;
using Torchbase.Features.Cultivation;
using Torchbase.Features.Imports;
using Torchbase.Features.Policies;
using Torchbase.Features.Runs;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Localization;

namespace Torchbase.Features.Enterprises;

/// <summary>A title held as a row of the workbook.</summary>
public sealed record QualificationRow(string CreditCode, QualificationInput Title);

/// <summary>
/// Lists of titles held (高企名单, 科小入库名单, 专精特新公告…): kind, level, certificate number, granted date, expiry.
/// A title of the same kind granted the same day to the same enterprise is the same title and is updated.
/// </summary>
public sealed class QualificationSheet : ImportSheet<QualificationRow>
{
    public override string Name => "资质名单";

    public static readonly IReadOnlyList<SheetColumn> All =
    [
        new("统一社会信用代码", "creditCode", CellType.Text, true, Example: "91370700MA3C000019"),
        new("企业名称", "name", CellType.Text, Example: "潍坊示例科技有限公司", Note: "仅供核对"),
        new("资质类型", "type", CellType.Code, true, [.. EnterpriseSheet.QualificationNames.Values],
            EnterpriseSheet.QualificationNames[QualificationType.HighTech]),
        new("级别", "level", CellType.Text, Example: "国家级"),
        new("证书编号", "certificateNo", CellType.Text, Example: "GR202537000123"),
        new("认定日期", "issuedOn", CellType.Date, true, Example: "2025-12-01"),
        new("有效期至", "expiresOn", CellType.Date, Example: "2028-11-30"),
    ];

    public override IReadOnlyList<SheetColumn> Columns => All;

    public override IReadOnlyList<string> Notes => [Text.Get("import_titles_notes.match")];

    private readonly Dictionary<(string, QualificationType, DateOnly), int> _firstRow = [];

    public override QualificationRow? Parse(SheetRow row)
    {
        var code = CreditCode.Normalise(row.Text("creditCode")!);
        if (CreditCode.Check(code) is { } problem) row.Fail("creditCode", "credit_code." + problem);
        var type = EnterpriseSheet.QualificationNames.First(n => n.Value == row.Text("type")).Key;
        var input = new QualificationInput(type, row.Text("level"), row.Text("certificateNo"), row.Date("issuedOn"), row.Date("expiresOn"));
        row.Fail(EnterpriseValidation.Validate(input));
        if (row.Failed) return null;
        var key = (code, type, input.IssuedOn!.Value);
        if (_firstRow.TryGetValue(key, out var first)) { row.Fail("type", "duplicate_title_in_file", first); return null; }
        _firstRow[key] = row.Number;
        return new QualificationRow(code, input);
    }

    public static IReadOnlyList<object?> ExportRow(string creditCode, string name, QualificationHeld q) =>
        [creditCode, name, EnterpriseSheet.QualificationNames[q.Type], q.Level, q.CertificateNo, q.IssuedOn, q.ExpiresOn];
}

/// <summary>Titles held in bulk: template, all-or-nothing import matched by credit code, export in the same columns.</summary>
public static class QualificationImport
{
    public static void MapQualificationImport(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/qualifications").WithTags("Qualifications");

        group.MapGet("/import/template", DownloadQualificationTemplate)
            .WithName(nameof(DownloadQualificationTemplate))
            .WithSummary("The titles-held import template, with a drop-down list of title kinds")
            .RequireAuthorization(Permissions.EnterprisesImport);
        group.MapPost("/import", ImportQualifications)
            .WithName(nameof(ImportQualifications))
            .WithSummary("Import titles held, all or nothing; answers with a background run re-evaluating the enterprises concerned")
            .RequireAuthorization(Permissions.EnterprisesImport);
        group.MapGet("/export", ExportQualifications)
            .WithName(nameof(ExportQualifications))
            .WithSummary("The titles held by the enterprises in scope, in the import template's columns")
            .RequireAuthorization(Permissions.EnterprisesRead);
    }

    public static FileContentHttpResult DownloadQualificationTemplate(TimeProvider clock) => SheetImport.Template(new QualificationSheet(), clock);

    public static async Task<Results<Ok<BulkImportResult>, ValidationProblem, ProblemHttpResult>> ImportQualifications(
        HttpRequest request, Guid? zoneId, ImportReports reports, RunQueue runs, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await ImportZone.ResolveAsync(db, zoneId, ct) is not { } zone) return ImportZone.Missing(zoneId);
        var sheet = new QualificationSheet();
        var touched = new HashSet<Guid>();
        var result = await SheetImport.RunAsync(request, sheet, db, reports, api.User, async (rows, check) =>
        {
            var enterprises = await ImportZone.EnterprisesByCodeAsync(db, zone, rows.Select(r => r.Value.CreditCode), ct);
            foreach (var row in rows.Where(r => !enterprises.ContainsKey(r.Value.CreditCode)))
                check.Fail(sheet, row.Number, "creditCode", "unknown_credit_code");
            if (check.Failed) return new BulkImportResult(0, 0, null);

            var ids = enterprises.Values.ToList();
            // 政策推送: what the enterprises match before the titles change, to tell them what they newly match after.
            var matchedBefore = await PolicyPush.SnapshotAsync(db, zone, ids, api.Clock.Today(), ct);
            var existing = new Dictionary<(Guid, QualificationType, DateOnly), QualificationHeld>();
            foreach (var chunk in ids.Chunk(1000))
                foreach (var q in await db.QualificationsHeld.Where(q => chunk.Contains(q.EnterpriseId)).ToListAsync(ct))
                    existing.TryAdd((q.EnterpriseId, q.Type, q.IssuedOn), q);
            var (imported, updated) = (0, 0);
            foreach (var (_, (code, input)) in rows)
            {
                var id = enterprises[code];
                var type = input.Type!.Value;
                var issued = input.IssuedOn!.Value;
                if (existing.TryGetValue((id, type, issued), out var held)) updated++;
                else
                {
                    db.QualificationsHeld.Add(held = new QualificationHeld { EnterpriseId = id, Type = type, IssuedOn = issued });
                    imported++;
                }
                (held.Level, held.CertificateNo) = (input.Level, input.CertificateNo);
                held.ExpiresOn = input.ExpiresOn ?? Qualifications.DefaultExpiry(type, issued);
                touched.Add(id);
            }
            // Titles change what points read for the year before this one (the latest year with reports).
            var run = Reevaluation.Plan(db, zone, touched, [api.Clock.Today().Year - 1], api.User, api.Clock);
            await db.SaveChangesAsync(ct);
            await PolicyPush.NotifyNewlyMatchedAsync(db, matchedBefore, ct);
            return new BulkImportResult(imported, updated, run.Id);
        }, ct);
        if (result.Result is not Ok<BulkImportResult> { Value: { } done }) return (ProblemHttpResult)result.Result;
        if (done.RunId is { } queued) runs.Enqueue(queued);
        return TypedResults.Ok(done);
    }

    public static async Task<FileContentHttpResult> ExportQualifications(string? search, [AsParameters] ApiServices api)
    {
        var enterprises = api.Db.Enterprises.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search)) enterprises = enterprises.Where(e => e.Name.Contains(search.Trim()) || e.CreditCode.Contains(search.Trim()));
        var rows = await enterprises
            .SelectMany(e => e.Qualifications, (e, q) => new { e.CreditCode, e.Name, Title = q })
            .OrderBy(x => x.CreditCode).ThenBy(x => x.Title.IssuedOn).ToListAsync(api.Ct);
        var bytes = Spreadsheets.XlsxWriter.ToBytes("资质名单", QualificationSheet.All.Select(c => c.Header).ToList(),
            rows.Select(x => QualificationSheet.ExportRow(x.CreditCode, x.Name, x.Title)));
        return TypedResults.File(bytes, Spreadsheets.XlsxWriter.ContentType, $"资质名单-{api.Clock.Today():yyyyMMdd}.xlsx");
    }
}
