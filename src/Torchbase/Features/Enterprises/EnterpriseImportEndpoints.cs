using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Features.Imports;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Localization;
using Torchbase.Spreadsheets;

namespace Torchbase.Features.Enterprises;

/// <summary>
/// Excel import of enterprise profiles: every row is checked first; if any row is wrong nothing is written and the
/// caller gets each wrong cell (row, column, message) plus a downloadable error report. Otherwise all rows are written
/// in one SaveChanges, i.e. one transaction: new credit codes are created, known ones updated.
/// </summary>
public static class EnterpriseImportEndpoints
{
    /// <summary>Maps the template and the import on the enterprise group (which already requires enterprises.read).</summary>
    public static void Map(RouteGroupBuilder enterprises)
    {
        var import = enterprises.MapGroup("").RequireAuthorization(Permissions.EnterprisesImport);

        import.MapGet("/import/template", DownloadEnterpriseImportTemplate)
            .WithName(nameof(DownloadEnterpriseImportTemplate))
            .WithSummary("An empty enterprise import workbook with the expected columns");
        import.MapPost("/import", ImportEnterprises)
            .WithName(nameof(ImportEnterprises))
            .WithSummary("Import enterprise profiles from a workbook: all rows or none, with each wrong cell reported");
    }

    public sealed record ImportResult(int Imported, int Updated);

    public static FileContentHttpResult DownloadEnterpriseImportTemplate(TimeProvider clock) =>
        Export.Xlsx("企业导入模板", EnterpriseSheet.ImportColumns.Select(c => c.Header).ToList(), [], clock);

    public static async Task<Results<Ok<ImportResult>, ValidationProblem, ProblemHttpResult>> ImportEnterprises(
        Guid? zoneId, [AsParameters] Upload upload, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var zone = db.Scope.HomeZoneId ?? zoneId;
        if (zone is null) return Problems.Validation(new Errors().Add("zoneId", "required"));
        var (sheet, problem) = await UploadedSheet.ReadAsync(upload.Request, ct);
        if (problem is not null) return problem;

        var parks = await db.Parks.AsNoTracking().Where(p => p.ZoneId == zone).ToDictionaryAsync(p => p.Name, p => p.Id, ct);
        var chains = await db.IndustryChains.AsNoTracking().Where(c => c.ZoneId == zone).ToListAsync(ct);
        var plan = Plan(sheet!, parks, chains, api.Clock.Today());
        if (plan.Errors.Count == 0)
        {
            var codes = plan.Rows.Select(r => r.Input.CreditCode!).ToList();
            var existing = await db.Enterprises.IgnoreQueryFilters().Where(e => e.ZoneId == zone && codes.Contains(e.CreditCode))
                .ToDictionaryAsync(e => e.CreditCode, ct);
            var visible = (await db.Enterprises.Where(e => e.ZoneId == zone && codes.Contains(e.CreditCode)).Select(e => e.Id).ToListAsync(ct))
                .ToHashSet();
            // A park officer may update only the enterprises they can see: another park's enterprise is reported, not touched.
            foreach (var row in plan.Rows.Where(r => existing.TryGetValue(r.Input.CreditCode!, out var e) && !visible.Contains(e.Id)))
                plan.Errors.Add(new ImportError(row.Number, EnterpriseSheet.ColumnOf(0), EnterpriseSheet.ImportColumns[0].Header, Text.Get("not_found")));
            if (plan.Errors.Count == 0) return TypedResults.Ok(await WriteAsync(db, zone.Value, plan, existing, api.Clock, ct));
        }
        var reportUrl = upload.Reports.Store(api.User, "企业导入", sheet!, plan.Errors);
        return Problems.Of(StatusCodes.Status422UnprocessableEntity, "import_rejected", new ImportRejection(plan.Errors, reportUrl));
    }

    private sealed record PlannedRow(int Number, EnterpriseInput Input);
    /// <param name="HasIndustryCode">Whether the file has the industry-code column: a file without it leaves the codes stored as they are.</param>
    private sealed record ImportPlan(List<PlannedRow> Rows, List<ImportError> Errors, bool HasIndustryCode = false);

    private static ImportPlan Plan(XlsxSheet sheet, Dictionary<string, Guid> parks, List<Domain.Organisation.IndustryChain> chains, DateOnly today)
    {
        var columnIndex = EnterpriseSheet.ImportColumns.ToDictionary(c => c.Field, c => sheet.Headers.ToList().IndexOf(c.Header));
        var plan = new ImportPlan([], [], columnIndex["industryCode"] >= 0);
        foreach (var (header, field, _) in EnterpriseSheet.ImportColumns.Where(c => c.Required && columnIndex[c.Field] < 0))
            plan.Errors.Add(new ImportError(1, "", header, EnterpriseSheet.MissingColumnMessage(header)));
        if (plan.Errors.Count > 0) return plan;

        var firstRowOfCode = new Dictionary<string, int>();
        foreach (var row in sheet.Rows)
        {
            string? Cell(string field) => columnIndex[field] is var i and >= 0 ? row[i]?.Trim() is { Length: > 0 } v ? v : null : null;
            var cellErrors = new Errors();
            var parkName = Cell("parkId");
            Guid? parkId = parkName is null ? null : parks.TryGetValue(parkName, out var p) ? p : null;
            if (parkName is not null && parkId is null) cellErrors.Add("parkId", "unknown_park");
            var chainText = Cell("industryChain");
            var chain = chains.FirstOrDefault(c => c.Name == chainText || c.Code == chainText);
            if (chainText is not null && chain is null) cellErrors.Add("industryChain", "unknown_industry_chain");
            var scaleText = Cell("scale");
            var scale = EnterpriseSheet.ParseScale(scaleText);
            if (scaleText is not null && scale is null) cellErrors.Add("scale", "invalid_value");
            var dateText = Cell("registeredOn");
            var registeredOn = EnterpriseSheet.ParseDate(dateText);
            if (dateText is not null && registeredOn is null) cellErrors.Add("registeredOn", "invalid_date");

            var input = new EnterpriseInput(
                Cell("creditCode") is { } code ? CreditCode.Normalise(code) : null, Cell("name"), parkId, chain?.Code ?? chainText,
                Cell("industryLink"), scale, registeredOn, Cell("address"), Cell("legalRepresentative"), Cell("contactName"), Cell("contactPhone"), null,
                Cell("industryCode"));
            var errors = EnterpriseValidation.Validate(input, today).All
                // A cell already reported as unreadable is not also reported as missing.
                .Where(e => !cellErrors.All.Any(c => c.Field == e.Field))
                .Concat(cellErrors.All).ToList();
            if (input.CreditCode is { } c2 && errors.All(e => e.Field != "creditCode"))
            {
                if (firstRowOfCode.TryGetValue(c2, out var first)) errors.Add(("creditCode", Text.Get("duplicate_in_file", first)));
                else firstRowOfCode[c2] = row.Number;
            }
            foreach (var (field, message) in errors)
            {
                var index = columnIndex[field];
                plan.Errors.Add(new ImportError(row.Number, index >= 0 ? EnterpriseSheet.ColumnOf(index) : "",
                    EnterpriseSheet.ImportColumns.First(c => c.Field == field).Header, message));
            }
            if (errors.Count == 0) plan.Rows.Add(new PlannedRow(row.Number, input));
        }
        return plan;
    }

    private static async Task<ImportResult> WriteAsync(AppDbContext db, Guid zone, ImportPlan plan, Dictionary<string, Enterprise> existing,
        TimeProvider clock, CancellationToken ct)
    {
        var (imported, updated) = (0, 0);
        foreach (var (_, given) in plan.Rows)
        {
            if (existing.TryGetValue(given.CreditCode!, out var enterprise)) updated++;
            else
            {
                enterprise = new Enterprise
                {
                    ZoneId = zone, CreditCode = given.CreditCode!, Name = "", IndustryChain = "", Status = EnterpriseStatus.Active,
                };
                enterprise.Lifecycle.Add(new LifecycleEvent { Kind = LifecycleKind.SettledIn, OccurredOn = clock.Today(), Note = "Excel 导入" });
                db.Enterprises.Add(enterprise);
                imported++;
            }
            EnterpriseEndpoints.Apply(enterprise, plan.HasIndustryCode ? given : given with { IndustryCode = enterprise.IndustryCode });
        }
        await db.SaveChangesAsync(ct);
        return new ImportResult(imported, updated);
    }
}
