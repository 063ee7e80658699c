using Microsoft.AspNetCore.Http.HttpResults;
using Torchbase.Data;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Spreadsheets;

namespace Torchbase.Features.Reports;

/// <summary>The annual report of a zone, as data for the printable page and as a workbook (one sheet a section).</summary>
public static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/reports").WithTags("Reports").RequireAuthorization(Permissions.EconomyRead);

        group.MapGet("/annual", GetAnnualReport)
            .WithName(nameof(GetAnnualReport))
            .WithSummary("A zone's annual report (last full year by default), section by section, for the printable page");
        group.MapGet("/annual/export", ExportAnnualReport)
            .WithName(nameof(ExportAnnualReport))
            .WithSummary("The annual report as an Excel workbook, one sheet a section");
    }

    public static async Task<Results<Ok<YearReport>, ProblemHttpResult>> GetAnnualReport(
        Guid? zoneId, int? year, IServiceProvider services, [AsParameters] ApiServices api) =>
        await BuildAsync(api, services, zoneId, year) is { } report ? TypedResults.Ok(report) : Problems.NotFound();

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAnnualReport(
        Guid? zoneId, int? year, IServiceProvider services, [AsParameters] ApiServices api)
    {
        if (await BuildAsync(api, services, zoneId, year) is not { } report) return Problems.NotFound();
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream, Workbook(report));
        return TypedResults.File(stream.ToArray(), XlsxWriter.ContentType, $"{report.ZoneName}{report.Year}年度报告.xlsx");
    }

    private static readonly Lazy<Type[]> SectionTypes = new(() => typeof(IReportSection).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IReportSection).IsAssignableFrom(t)).ToArray());

    private static async Task<YearReport?> BuildAsync(ApiServices api, IServiceProvider services, Guid? zoneId, int? year)
    {
        var (db, clock, ct) = (api.Db, api.Clock, api.Ct);
        if (await ZoneSelection.ResolveAsync(db, zoneId, ct) is not { } zone) return null;
        var today = clock.Today();
        // The last full year by default; a year in progress is reported as of today.
        var y = Math.Clamp(year ?? today.Year - 1, 2000, today.Year);
        var context = new ReportContext(zone, y, y == today.Year ? today : new DateOnly(y, 12, 31));
        var sections = new List<(int Order, ReportSection Section)>();
        foreach (var section in SectionTypes.Value.Select(t => (IReportSection)ActivatorUtilities.CreateInstance(services, t)))
            if (await section.BuildAsync(db, context, ct) is { } built) sections.Add((section.Order, built));
        var zoneName = db.Zones.Where(z => z.Id == zone).Select(z => z.Name).First();
        return new YearReport(zone, zoneName, y, context.AsOf, clock.GetUtcNow(), sections.OrderBy(s => s.Order).Select(s => s.Section).ToList());
    }

    /// <summary>One sheet a section: its figures first, then its table.</summary>
    private static List<SheetToWrite> Workbook(YearReport report) =>
        report.Sections.Select(section =>
        {
            var rows = new List<IReadOnlyList<object?>>();
            rows.AddRange(section.Figures.Select(f => (IReadOnlyList<object?>)[f.Label, f.Value, f.Unit, f.GrowthPercent]));
            if (section.Table is { } table)
            {
                rows.Add([]);
                rows.Add(table.Headers.Cast<object?>().ToList());
                rows.AddRange(table.Rows);
            }
            return new SheetToWrite(section.Title, ["指标", "数值", "单位", "同比增长(%)"], rows);
        }).ToList();
}
