using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Torchbase.Http;
using Torchbase.Identity;
using Torchbase.Localization;
using Torchbase.Spreadsheets;

namespace Torchbase.Features.Imports;

/// <summary>A rejected import's problem: row as Excel numbers it, column as Excel names it (A, B…) and its header.</summary>
public sealed record ImportError(int Row, string Column, string Header, string Message);

/// <summary>
/// Keeps the error report of a rejected import for half an hour, for the user who uploaded it only,
/// so the UI can offer it as a download next to the table of errors.
/// </summary>
public sealed class ImportReports(IMemoryCache cache)
{
    private bool TryGet(string token, out StoredReport? report) => cache.TryGetValue(token, out report);

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public string Store(ClaimsPrincipal user, string name, XlsxSheet sheet, IReadOnlyList<ImportError> errors)
    {
        var byRow = errors.GroupBy(e => e.Row).ToDictionary(g => g.Key, g => string.Join("；", g.Select(e => $"{e.Header}（{e.Column}列）：{e.Message}")));
        var headers = new List<string> { Text.Get("row") };
        headers.AddRange(sheet.Headers);
        headers.Add(Text.Get("error_column"));
        var rows = sheet.Rows.Where(r => byRow.ContainsKey(r.Number)).Select(r =>
        {
            var cells = new List<object?> { r.Number };
            cells.AddRange(Enumerable.Range(0, sheet.Headers.Count).Select(i => r[i]));
            cells.Add(byRow[r.Number]);
            return (IReadOnlyList<object?>)cells;
        });
        // Errors of the sheet as a whole (a missing column) have row 1, the header row.
        if (byRow.TryGetValue(1, out var headerErrors))
            rows = rows.Prepend([1, .. sheet.Headers.Select(h => (object?)h), headerErrors]);
        var token = Guid.NewGuid().ToString("N");
        cache.Set(token, new StoredReport(user.UserId(), $"{name}-错误报告.xlsx", XlsxWriter.ToBytes(name, headers, rows.ToList())), Lifetime);
        return $"/api/imports/{token}/report";
    }

    /// <summary>Keeps a result workbook (e.g. imported users' one-time passwords) for the uploader only, as the error reports.</summary>
    public string StoreFile(ClaimsPrincipal user, string fileName, byte[] bytes)
    {
        var token = Guid.NewGuid().ToString("N");
        cache.Set(token, new StoredReport(user.UserId(), fileName, bytes), Lifetime);
        return $"/api/imports/{token}/report";
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/imports/{token}/report", (string token, ClaimsPrincipal user, ImportReports reports) =>
                reports.TryGet(token, out var report) && report!.UserId == user.UserId()
                    ? Results.File(report.Bytes, XlsxWriter.ContentType, report.FileName)
                    : Problems.NotFound())
            .WithTags("Imports").RequireAuthorization();

    private sealed record StoredReport(Guid? UserId, string FileName, byte[] Bytes);
}
