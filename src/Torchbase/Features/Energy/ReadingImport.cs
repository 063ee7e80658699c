using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Torchbase.Domain.Energy;
using Torchbase.Features.Enterprises;
using Torchbase.Features.Imports;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Localization;

namespace Torchbase.Features.Energy;

/// <summary>A reading as a row of the workbook or CSV: the meter by its code, the instant (China time unless an offset is written), the value.</summary>
public sealed record ReadingRow(string MeterCode, DateTimeOffset At, decimal Value);

/// <summary>Meter readings (表计读数), one row a reading, from an .xlsx workbook or a CSV file with the same headers.</summary>
public sealed class ReadingSheet : ImportSheet<ReadingRow>
{
    public override string Name => "表计读数";

    public static readonly IReadOnlyList<SheetColumn> All =
    [
        new("表计编号", "meterCode", CellType.Text, true, Example: "ZGC-LIGHT-01"),
        new("读数时间", "at", CellType.Text, true, Example: "2026-11-01 08:00", Note: "北京时间 yyyy-MM-dd HH:mm"),
        new("读数", "value", CellType.Decimal, true, Example: 12345.6m, Note: "表计累计读数"),
    ];

    public override IReadOnlyList<SheetColumn> Columns => All;

    public override IReadOnlyList<string> Notes => [Text.Get("energy.import_notes")];

    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm", "yyyy/M/d H:mm:ss", "yyyy-MM-dd"];

    /// <summary>An instant as written: an ISO instant with its offset, a China-time date and time, or an Excel serial date-time.</summary>
    public static DateTimeOffset? ParseInstant(string text)
    {
        if (text.Contains('T') && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)) return iso;
        if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return new DateTimeOffset(local, Consumption.ChinaOffset);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 2958466)
            return new DateTimeOffset(DateTime.FromOADate(serial), Consumption.ChinaOffset);
        return null;
    }

    public override ReadingRow? Parse(SheetRow row)
    {
        var code = row.Text("meterCode")!;
        var value = row.Decimal("value");
        row.Fail(new Errors().MaxLength("meterCode", code, Domain.Common.Limits.Code).Amount("value", value));
        var at = ParseInstant(row.Text("at")!);
        if (at is null) row.Fail("at", "energy.bad_instant");
        return row.Failed ? null : new ReadingRow(code, at!.Value, value!.Value);
    }
}

/// <summary>The readings' template and import: all or nothing, through the reading store (the same reading twice is stored once).</summary>
public static class ReadingImport
{
    public static void MapReadingImport(this IEndpointRouteBuilder group)
    {
        group.MapGet("/readings/import/template", DownloadReadingTemplate)
            .WithName(nameof(DownloadReadingTemplate))
            .WithSummary("The meter readings import template (the same headers serve a CSV file)")
            .RequireAuthorization(Permissions.EnergyWrite);
        group.MapPost("/readings/import", ImportReadings)
            .WithName(nameof(ImportReadings))
            .WithSummary("Import meter readings from .xlsx or CSV, all or nothing; readings already stored count as duplicates")
            .RequireAuthorization(Permissions.EnergyWrite);
    }

    public static FileContentHttpResult DownloadReadingTemplate(TimeProvider clock) => SheetImport.Template(new ReadingSheet(), clock);

    public static async Task<Results<Ok<MeterReadingStoreResult>, ValidationProblem, ProblemHttpResult>> ImportReadings(
        HttpRequest request, Guid? zoneId, ImportReports reports, MeterReadingStore store, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        if (await ImportZone.ResolveAsync(db, zoneId, ct) is not { } zone) return ImportZone.Missing(zoneId);
        var sheet = new ReadingSheet();
        var result = await SheetImport.RunAsync(request, sheet, db, reports, api.User, async (rows, check) =>
        {
            var stored = await store.StoreAsync(zone, [.. rows.Select(r => new MeterReadingInput(r.Value.MeterCode, r.Value.At, r.Value.Value))], ct);
            foreach (var rejected in stored.Rejected)
                check.Fail(sheet, rows[rejected.Index].Number, rejected.Reason == MeterReadingStore.UnknownMeter ? "meterCode" : "value", rejected.Reason);
            return stored;
        }, ct);
        return result.Result switch { Ok<MeterReadingStoreResult> ok => ok, var other => (ProblemHttpResult)other };
    }
}
