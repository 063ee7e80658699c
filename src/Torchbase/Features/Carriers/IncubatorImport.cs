using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Enterprises;
using Torchbase.Features.Enterprises;
using Torchbase.Features.Imports;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Localization;

namespace Torchbase.Features.Carriers;

/// <summary>An incubation carrier as a row of the workbook; the park by name, as the export writes it.</summary>
public sealed record IncubatorRow(string Name, IncubatorKind Kind, IncubatorLevel Level, string Park, string? OperatorName, decimal? AreaSqm,
    DateOnly? ApprovedOn);

/// <summary>The carriers' workbook (孵化载体), in the columns of the list's export; the tenant counts are for checking only.</summary>
public sealed class IncubatorSheet : ImportSheet<IncubatorRow>
{
    public override string Name => "孵化载体";

    public static readonly IReadOnlyList<SheetColumn> All =
    [
        new("载体名称", "name", CellType.Text, true, Example: "潍坊高新区创业孵化中心"),
        new("类别", "kind", CellType.Code, true, [.. IncubatorEndpoints.KindNames.Values], IncubatorEndpoints.KindNames[IncubatorKind.Incubator]),
        new("级别", "level", CellType.Code, true, [.. IncubatorEndpoints.LevelNames.Values], IncubatorEndpoints.LevelNames[IncubatorLevel.Provincial]),
        new("所属园区", "parkId", CellType.Text, true, Example: "创新创业园"),
        new("运营机构", "operatorName", CellType.Text, Example: "潍坊高新创业服务有限公司"),
        new("面积（㎡）", "areaSqm", CellType.Decimal, Example: 12000),
        new("认定日期", "approvedOn", CellType.Date, Example: "2021-09-01"),
        new("在孵企业", "tenantCount", CellType.Integer, Note: "仅供核对"),
        new("毕业企业", "graduatedCount", CellType.Integer, Note: "仅供核对"),
    ];

    public override IReadOnlyList<SheetColumn> Columns => All;

    public override IReadOnlyList<string> Notes => [Text.Get("import_registry_notes.match"), Text.Get("import_registry_notes.read_only")];

    private readonly Dictionary<string, int> _firstRow = [];

    public override IncubatorRow? Parse(SheetRow row)
    {
        var name = row.Text("name")!;
        row.Fail(new Errors().MaxLength("name", name, 200).MaxLength("operatorName", row.Text("operatorName"), 200).Amount("areaSqm", row.Decimal("areaSqm")));
        if (row.Failed) return null;
        if (_firstRow.TryGetValue(name, out var first)) { row.Fail("name", "duplicate_name_in_file", first); return null; }
        _firstRow[name] = row.Number;
        return new IncubatorRow(name,
            IncubatorEndpoints.KindNames.First(k => k.Value == row.Text("kind")).Key,
            IncubatorEndpoints.LevelNames.First(k => k.Value == row.Text("level")).Key,
            row.Text("parkId")!, row.Text("operatorName"), row.Decimal("areaSqm"), row.Date("approvedOn"));
    }
}

/// <summary>A tenancy as a row of the workbook: the carrier by name, the enterprise by credit code.</summary>
public sealed record TenantRow(string Carrier, string CreditCode, DateOnly EnteredOn, TenantStatus Status, DateOnly? LeftOn);

/// <summary>The carriers' tenants (在孵企业), one row a tenancy; the tenants' export writes the same columns.</summary>
public sealed class TenantSheet : ImportSheet<TenantRow>
{
    public static readonly Dictionary<TenantStatus, string> StatusNames = new()
    {
        [TenantStatus.Incubating] = "在孵", [TenantStatus.Graduated] = "已毕业", [TenantStatus.Left] = "已退出",
    };

    public override string Name => "在孵企业";

    public static readonly IReadOnlyList<SheetColumn> All =
    [
        new("载体名称", "carrier", CellType.Text, true, Example: "潍坊高新区创业孵化中心"),
        new("统一社会信用代码", "creditCode", CellType.Text, true, Example: "91370700MA3C000019"),
        new("企业名称", "name", CellType.Text, Example: "潍坊示例科技有限公司", Note: "仅供核对"),
        new("入孵日期", "enteredOn", CellType.Date, true, Example: "2025-03-01"),
        new("状态", "status", CellType.Code, true, [.. StatusNames.Values], StatusNames[TenantStatus.Incubating]),
        new("离孵日期", "leftOn", CellType.Date),
    ];

    public override IReadOnlyList<SheetColumn> Columns => All;

    public override IReadOnlyList<string> Notes => [Text.Get("import_tenants_notes.match"), Text.Get("import_registry_notes.read_only")];

    private readonly Dictionary<(string, string, DateOnly), int> _firstRow = [];

    public override TenantRow? Parse(SheetRow row)
    {
        var code = CreditCode.Normalise(row.Text("creditCode")!);
        if (CreditCode.Check(code) is { } problem) row.Fail("creditCode", "credit_code." + problem);
        var status = StatusNames.First(s => s.Value == row.Text("status")).Key;
        var (entered, left) = (row.Date("enteredOn")!.Value, row.Date("leftOn"));
        if (status != TenantStatus.Incubating && left is null) row.Fail("leftOn", "left_on_required");
        if (left < entered) row.Fail("leftOn", "left_before_entered");
        if (row.Failed) return null;
        var carrier = row.Text("carrier")!;
        if (_firstRow.TryGetValue((carrier, code, entered), out var first)) { row.Fail("creditCode", "duplicate_name_in_file", first); return null; }
        _firstRow[(carrier, code, entered)] = row.Number;
        return new TenantRow(carrier, code, entered, status, status == TenantStatus.Incubating ? null : left);
    }
}

/// <summary>
/// Incubation carriers and their tenants in bulk: templates, all-or-nothing imports, and the tenants' export (the
/// carriers' export is the list's own, in the same columns).
/// </summary>
public static class IncubatorImport
{
    public static void MapIncubatorImport(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/incubators").WithTags("Incubators");

        group.MapGet("/import/template", DownloadIncubatorTemplate)
            .WithName(nameof(DownloadIncubatorTemplate))
            .WithSummary("The incubation-carrier import template, in the columns of the list's export")
            .RequireAuthorization(Permissions.PlatformsWrite);
        group.MapPost("/import", ImportIncubators)
            .WithName(nameof(ImportIncubators))
            .WithSummary("Import incubation carriers, all or nothing: a carrier of the same name in the zone is updated")
            .RequireAuthorization(Permissions.PlatformsWrite);
        group.MapGet("/tenants/import/template", DownloadTenantTemplate)
            .WithName(nameof(DownloadTenantTemplate))
            .WithSummary("The tenants import template: carrier, enterprise credit code, entry date, status")
            .RequireAuthorization(Permissions.PlatformsWrite);
        group.MapPost("/tenants/import", ImportTenants)
            .WithName(nameof(ImportTenants))
            .WithSummary("Import the carriers' tenants, all or nothing: the same carrier, enterprise and entry date is updated")
            .RequireAuthorization(Permissions.PlatformsWrite);
        group.MapGet("/tenants/export", ExportTenants)
            .WithName(nameof(ExportTenants))
            .WithSummary("The tenants of the carriers in scope, in the tenants import template's columns")
            .RequireAuthorization(Permissions.PlatformsRead);
    }

    public static FileContentHttpResult DownloadIncubatorTemplate(TimeProvider clock) => SheetImport.Template(new IncubatorSheet(), clock);

    public static FileContentHttpResult DownloadTenantTemplate(TimeProvider clock) => SheetImport.Template(new TenantSheet(), clock);

    public static async Task<Results<Ok<SheetImportResult>, ValidationProblem, ProblemHttpResult>> ImportIncubators(
        HttpRequest request, Guid? zoneId, ImportReports reports, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await ImportZone.ResolveAsync(db, zoneId, ct) is not { } zone) return ImportZone.Missing(zoneId);
        var sheet = new IncubatorSheet();
        var result = await SheetImport.RunAsync(request, sheet, db, reports, api.User, async (rows, check) =>
        {
            var parks = await ImportLookups.ParksByNameAsync(db, zone, ct);
            foreach (var (number, row) in rows.Where(r => !parks.ContainsKey(r.Value.Park)))
                check.Fail(sheet, number, "parkId", "unknown_park_name");
            if (check.Failed) return new SheetImportResult(0, 0);

            var existing = (await db.IncubationCarriers.Where(c => c.ZoneId == zone).ToListAsync(ct))
                .GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.First());
            var (imported, updated) = (0, 0);
            foreach (var (_, row) in rows)
            {
                if (existing.TryGetValue(row.Name, out var carrier)) updated++;
                else
                {
                    db.IncubationCarriers.Add(carrier = new IncubationCarrier { Name = row.Name, ZoneId = zone });
                    imported++;
                }
                (carrier.Kind, carrier.Level, carrier.ParkId, carrier.OperatorName, carrier.AreaSqm, carrier.ApprovedOn) =
                    (row.Kind, row.Level, parks[row.Park], row.OperatorName, row.AreaSqm, row.ApprovedOn);
            }
            await db.SaveChangesAsync(ct);
            return new SheetImportResult(imported, updated);
        }, ct);
        return result.Result switch { Ok<SheetImportResult> ok => ok, var other => (ProblemHttpResult)other };
    }

    public static async Task<Results<Ok<SheetImportResult>, ValidationProblem, ProblemHttpResult>> ImportTenants(
        HttpRequest request, Guid? zoneId, ImportReports reports, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await ImportZone.ResolveAsync(db, zoneId, ct) is not { } zone) return ImportZone.Missing(zoneId);
        var sheet = new TenantSheet();
        var result = await SheetImport.RunAsync(request, sheet, db, reports, api.User, async (rows, check) =>
        {
            var carriers = (await db.IncubationCarriers.AsNoTracking().Where(c => c.ZoneId == zone).Select(c => new { c.Name, c.Id }).ToListAsync(ct))
                .GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.First().Id);
            var enterprises = await ImportZone.EnterprisesByCodeAsync(db, zone, rows.Select(r => r.Value.CreditCode), ct);
            foreach (var (number, row) in rows)
            {
                if (!carriers.ContainsKey(row.Carrier)) check.Fail(sheet, number, "carrier", "unknown_incubator_name");
                if (!enterprises.ContainsKey(row.CreditCode)) check.Fail(sheet, number, "creditCode", "unknown_credit_code");
            }
            if (check.Failed) return new SheetImportResult(0, 0);

            var ids = carriers.Values.ToList();
            var existing = await db.IncubationTenancies.Where(t => ids.Contains(t.CarrierId)).ToListAsync(ct);
            var byKey = existing.GroupBy(t => (t.CarrierId, t.EnterpriseId, t.EnteredOn)).ToDictionary(g => g.Key, g => g.First());
            var (imported, updated) = (0, 0);
            foreach (var (number, row) in rows)
            {
                var key = (carriers[row.Carrier], enterprises[row.CreditCode], row.EnteredOn);
                if (byKey.TryGetValue(key, out var tenancy)) updated++;
                else
                {
                    db.IncubationTenancies.Add(tenancy = new IncubationTenancy { CarrierId = key.Item1, EnterpriseId = key.Item2, EnteredOn = row.EnteredOn });
                    existing.Add(byKey[key] = tenancy);
                    imported++;
                }
                (tenancy.Status, tenancy.LeftOn) = (row.Status, row.LeftOn);
            }
            // An enterprise incubates in a carrier once at a time.
            foreach (var twice in existing.Where(t => t.Status == TenantStatus.Incubating).GroupBy(t =>
                (t.CarrierId, t.EnterpriseId)).Where(g => g.Count() > 1))
            {
                var row = rows.First(r => (carriers[r.Value.Carrier], enterprises[r.Value.CreditCode]) == twice.Key);
                check.Fail(sheet, row.Number, "creditCode", "tenant_exists");
            }
            if (check.Failed) return new SheetImportResult(0, 0);
            await db.SaveChangesAsync(ct);
            return new SheetImportResult(imported, updated);
        }, ct);
        return result.Result switch { Ok<SheetImportResult> ok => ok, var other => (ProblemHttpResult)other };
    }

    public static async Task<FileContentHttpResult> ExportTenants(string? search, [AsParameters] ApiServices api)
    {
        var carriers = api.Db.IncubationCarriers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search)) carriers = carriers.Where(c => c.Name.Contains(search.Trim()));
        var rows = await carriers
            .SelectMany(c => c.Tenancies, (c, t) => new { Carrier = c.Name, t.EnterpriseId, t.EnteredOn, t.Status, t.LeftOn })
            .Join(api.Db.Enterprises, t => t.EnterpriseId, e => e.Id, (t, e) => new { t.Carrier, e.CreditCode, e.Name, t.EnteredOn, t.Status, t.LeftOn })
            .OrderBy(x => x.Carrier).ThenBy(x => x.EnteredOn).ThenBy(x => x.CreditCode).ToListAsync(api.Ct);
        var bytes = Spreadsheets.XlsxWriter.ToBytes("在孵企业", TenantSheet.All.Select(c => c.Header).ToList(),
            rows.Select(x => (IReadOnlyList<object?>)[x.Carrier, x.CreditCode, x.Name, x.EnteredOn, TenantSheet.StatusNames[x.Status], x.LeftOn]));
        return TypedResults.File(bytes, Spreadsheets.XlsxWriter.ContentType, $"在孵企业-{api.Clock.Today():yyyyMMdd}.xlsx");
    }
}
