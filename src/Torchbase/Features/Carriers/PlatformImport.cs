using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Enterprises;
using Torchbase.Features.Enterprises;
using Torchbase.Features.Imports;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Localization;

namespace Torchbase.Features.Carriers;

/// <summary>An innovation platform as a row of the workbook; park and enterprise by name, as the export writes them.</summary>
public sealed record PlatformRow(string Name, PlatformKind Kind, PlatformLevel Level, string Park, string? Enterprise, string? Field, DateOnly? ApprovedOn);

/// <summary>The platforms' workbook (创新平台), in the columns of the list's export, so an exported file imports back.</summary>
public sealed class PlatformSheet : ImportSheet<PlatformRow>
{
    public override string Name => "创新平台";

    public static readonly IReadOnlyList<SheetColumn> All =
    [
        new("平台名称", "name", CellType.Text, true, Example: "潍坊市新材料工程技术研究中心"),
        new("类别", "kind", CellType.Code, true, [.. PlatformEndpoints.KindNames.Values], PlatformEndpoints.KindNames[PlatformKind.EngineeringCenter]),
        new("级别", "level", CellType.Code, true, [.. PlatformEndpoints.LevelNames.Values], PlatformEndpoints.LevelNames[PlatformLevel.Municipal]),
        new("所属园区", "parkId", CellType.Text, true, Example: "创新创业园"),
        new("依托企业", "enterpriseId", CellType.Text, Example: "潍坊示例科技有限公司"),
        new("领域", "field", CellType.Text, Example: "新材料"),
        new("认定日期", "approvedOn", CellType.Date, Example: "2024-06-30"),
    ];

    public override IReadOnlyList<SheetColumn> Columns => All;

    public override IReadOnlyList<string> Notes => [Text.Get("import_registry_notes.match")];

    private readonly Dictionary<string, int> _firstRow = [];

    public override PlatformRow? Parse(SheetRow row)
    {
        var name = row.Text("name")!;
        row.Fail(new Errors().MaxLength("name", name, 200).MaxLength("field", row.Text("field"), 100));
        if (row.Failed) return null;
        if (_firstRow.TryGetValue(name, out var first)) { row.Fail("name", "duplicate_name_in_file", first); return null; }
        _firstRow[name] = row.Number;
        return new PlatformRow(name,
            PlatformEndpoints.KindNames.First(k => k.Value == row.Text("kind")).Key,
            PlatformEndpoints.LevelNames.First(k => k.Value == row.Text("level")).Key,
            row.Text("parkId")!, row.Text("enterpriseId"), row.Text("field"), row.Date("approvedOn"));
    }
}

/// <summary>Innovation platforms in bulk: the template and the all-or-nothing import (the export is the list's own).</summary>
public static class PlatformImport
{
    public static void MapPlatformImport(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/platforms").WithTags("Platforms");

        group.MapGet("/import/template", DownloadPlatformTemplate)
            .WithName(nameof(DownloadPlatformTemplate))
            .WithSummary("The innovation-platform import template, in the columns of the list's export")
            .RequireAuthorization(Permissions.PlatformsWrite);
        group.MapPost("/import", ImportPlatforms)
            .WithName(nameof(ImportPlatforms))
            .WithSummary("Import innovation platforms, all or nothing: a platform of the same name in the zone is updated")
            .RequireAuthorization(Permissions.PlatformsWrite);
    }

    public static FileContentHttpResult DownloadPlatformTemplate(TimeProvider clock) => SheetImport.Template(new PlatformSheet(), clock);

    public static async Task<Results<Ok<SheetImportResult>, ValidationProblem, ProblemHttpResult>> ImportPlatforms(
        HttpRequest request, Guid? zoneId, ImportReports reports, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await ImportZone.ResolveAsync(db, zoneId, ct) is not { } zone) return ImportZone.Missing(zoneId);
        var sheet = new PlatformSheet();
        var result = await SheetImport.RunAsync(request, sheet, db, reports, api.User, async (rows, check) =>
        {
            var parks = await ImportLookups.ParksByNameAsync(db, zone, ct);
            var enterprises = await ImportLookups.EnterprisesByNameAsync(db, zone, rows.Select(r => r.Value.Enterprise).OfType<string>(), ct);
            var resolved = new List<(PlatformRow Row, Guid Park, Guid? Enterprise)>();
            foreach (var (number, row) in rows)
            {
                if (!parks.TryGetValue(row.Park, out var park)) check.Fail(sheet, number, "parkId", "unknown_park_name");
                var enterprise = row.Enterprise is { } e ? check.Enterprise(sheet, number, "enterpriseId", e, enterprises) : null;
                resolved.Add((row, park, enterprise));
            }
            if (check.Failed) return new SheetImportResult(0, 0);

            var existing = (await db.Platforms.Where(p => p.ZoneId == zone).ToListAsync(ct)).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First());
            var (imported, updated) = (0, 0);
            foreach (var (row, park, enterprise) in resolved)
            {
                if (existing.TryGetValue(row.Name, out var platform)) updated++;
                else
                {
                    db.Platforms.Add(platform = new InnovationPlatform { Name = row.Name, ZoneId = zone });
                    imported++;
                }
                (platform.Kind, platform.Level, platform.ParkId, platform.EnterpriseId, platform.Field, platform.ApprovedOn) =
                    (row.Kind, row.Level, park, enterprise, row.Field, row.ApprovedOn);
            }
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
