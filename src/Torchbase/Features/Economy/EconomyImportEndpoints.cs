using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Economy;
using Torchbase.Features.Imports;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Localization;
using Torchbase.Spreadsheets;

namespace Torchbase.Features.Economy;

/// <summary>
/// Excel import of a zone's monthly figures (主要经济指标, 1—N月累计), one row per period and indicator, as the
/// statistics office sends them. Every row is checked by the same rules as the sheet's own form; if any row is wrong
/// nothing is written and each wrong cell is reported (plus a downloadable error report); otherwise all rows are written
/// in one SaveChanges — new periods added, known ones overwritten.
/// </summary>
public static class EconomyImportEndpoints
{
    /// <summary>The columns, by header; "单位" in the template is for the reader and ignored on import.</summary>
    private static readonly (string Header, string Field)[] Columns =
        [("年份", "year"), ("月份", "month"), ("指标", "code"), ("1—N月累计值", "value")];

    private const string UnitHeader = "单位";

    public sealed record ImportResult(int Imported, int Updated);

    /// <summary>Maps the template and the import on the economy group that already requires the write permission.</summary>
    public static void Map(RouteGroupBuilder economy)
    {
        economy.MapGet("/import/template", DownloadEconomyImportTemplate)
            .WithName(nameof(DownloadEconomyImportTemplate))
            .WithSummary("The figures to enter for a month (last month by default) as an import workbook, in the catalogue's order");
        economy.MapPost("/import", ImportEconomicFigures)
            .WithName(nameof(ImportEconomicFigures))
            .WithSummary("Import a zone's monthly figures from a workbook: all rows or none, with each wrong cell reported");
    }

    public static FileContentHttpResult DownloadEconomyImportTemplate(int? year, int? month, TimeProvider clock)
    {
        var (y, m) = EconomyEndpoints.DefaultPeriod(clock, year, month);
        var rows = IndicatorCatalogue.Default.Indicators.Where(i => i.IsEntered && (!i.Quarterly || m % 3 == 0))
            .Select(i => (IReadOnlyList<object?>)[y, m, i.Name, null, i.Unit]);
        return Export.Xlsx("经济指标导入模板", [.. Columns.Select(c => c.Header), UnitHeader], rows, clock);
    }

    public static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> ImportEconomicFigures(
        Guid? zoneId, [AsParameters] Upload upload, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await ZoneSelection.ResolveAsync(db, zoneId, ct) is not { } zone) return Problems.Of(StatusCodes.Status404NotFound, "unknown_zone");
        var (sheet, problem) = await UploadedSheet.ReadAsync(upload.Request, ct);
        if (problem is not null) return problem;

        var (figures, errors) = Plan(sheet!, api.Clock.Today());
        if (errors.Count > 0)
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "import_rejected",
                new ImportRejection(errors, upload.Reports.Store(api.User, "经济指标导入", sheet!, errors)));

        var years = figures.Select(f => f.Year).Distinct().ToList();
        var existing = (await db.EconomicFigures.Where(f => f.ZoneId == zone && years.Contains(f.Year)).ToListAsync(ct))
            .ToDictionary(f => (f.Year, f.Month, f.IndicatorCode));
        var (imported, updated) = (0, 0);
        foreach (var figure in figures)
        {
            if (existing.TryGetValue((figure.Year, figure.Month, figure.IndicatorCode), out var row))
            {
                if (row.Value != figure.Value) updated++;
                row.Value = figure.Value;
                continue;
            }
            figure.Id = Guid.CreateVersion7();
            figure.ZoneId = zone;
            db.EconomicFigures.Add(figure);
            imported++;
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new ImportResult(imported, updated));
    }

    /// <summary>
    /// Reads every row into a figure, or into the errors of its cells. The rules are <see cref="EconomyValidation.Figures"/>'s
    /// (period not in the future, an entered indicator, not negative, quarterly ones only at a quarter's end), one row at a time.
    /// </summary>
    internal static (List<EconomicFigure> Figures, List<ImportError> Errors) Plan(XlsxSheet sheet, DateOnly today)
    {
        var figures = new List<EconomicFigure>();
        var errors = new List<ImportError>();
        var index = Columns.ToDictionary(c => c.Field, c => sheet.Headers.ToList().IndexOf(c.Header));
        foreach (var (header, field) in Columns.Where(c => index[c.Field] < 0))
            errors.Add(new ImportError(1, "", header, Text.Get("import_missing_column", header)));
        if (errors.Count > 0) return (figures, errors);

        var byName = IndicatorCatalogue.Default.Indicators.ToDictionary(i => i.Name);
        var firstRowOfFigure = new Dictionary<(int, int, string), int>();
        foreach (var row in sheet.Rows)
        {
            string? Cell(string field) => row[index[field]]?.Trim() is { Length: > 0 } v ? v : null;
            void Fail(string field, string message) =>
                errors.Add(new ImportError(row.Number, XlsxReader.ColumnName(index[field]), Columns.First(c => c.Field == field).Header, message));

            var rowErrors = errors.Count;
            var year = ReadInteger(Cell("year"));
            var month = ReadInteger(Cell("month"));
            var indicatorText = Cell("code");
            var code = indicatorText is null ? null : byName.TryGetValue(indicatorText, out var named) ? named.Code : indicatorText;
            var valueText = Cell("value");
            var value = ReadDecimal(valueText);
            if (Cell("year") is not null && year is null) Fail("year", Text.Get("invalid_number"));
            if (Cell("month") is not null && month is null) Fail("month", Text.Get("invalid_number"));
            if (valueText is null) Fail("value", Text.Get("required"));
            else if (value is null) Fail("value", Text.Get("invalid_number"));
            if (errors.Count > rowErrors) continue;

            var checkedRow = EconomyValidation.Figures(new FiguresInput(null, year, month, [new FigureInput(code, value, null)]), today);
            foreach (var (field, message) in checkedRow.All)
                Fail(field switch { "year" or "month" => field, "figures[0].value" => "value", _ => "code" }, message);
            if (errors.Count > rowErrors) continue;

            var key = (year!.Value, month!.Value, code!);
            if (firstRowOfFigure.TryGetValue(key, out var first)) { Fail("code", Text.Get("duplicate_figure_in_file", first)); continue; }
            firstRowOfFigure[key] = row.Number;
            figures.Add(new EconomicFigure { IndicatorCode = code!, Year = key.Item1, Month = key.Item2, Value = value });
        }
        return (figures, errors);
    }

    private static int? ReadInteger(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number)
            && number is >= int.MinValue and <= int.MaxValue ? (int)number : null;

    private static decimal? ReadDecimal(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null;
}
