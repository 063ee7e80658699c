using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Http;

namespace Torchbase.Features.Imports;

/// <summary>Errors found while a planned import is matched against the database (an unknown credit code…), before anything is written.</summary>
public sealed class ImportCheck(List<ImportError> errors)
{
    public bool Failed => errors.Count > 0;

    public void Fail<T>(ImportSheet<T> sheet, int row, string field, string key, params object[] args) where T : class
    {
        var column = sheet.Column(field);
        var index = sheet.Columns.ToList().IndexOf(column);
        errors.Add(new ImportError(row, Spreadsheets.XlsxReader.ColumnName(index), column.Header, Localization.Text.Get(key, args)));
    }
}

/// <summary>
/// The import of any <see cref="ImportSheet{T}"/>: the upload read with the bounded streaming reader, every row planned,
/// matched and written all or nothing — any error and nothing is written, the caller gets each bad cell and an error
/// workbook; otherwise the writer's changes go in one transaction.
/// </summary>
public static class SheetImport
{
    /// <param name="write">
    /// Matches the rows against the database and reports what does not match through the check; when the check has not
    /// failed, makes its changes and saves them once. Runs inside one transaction with the provider's execution strategy.
    /// </param>
    public static async Task<Results<Ok<TResult>, ProblemHttpResult>> RunAsync<T, TResult>(
        HttpRequest request, ImportSheet<T> sheet, AppDbContext db, ImportReports reports, ClaimsPrincipal user,
        Func<IReadOnlyList<ParsedRow<T>>, ImportCheck, Task<TResult>> write, CancellationToken ct) where T : class
    {
        var timer = System.Diagnostics.Stopwatch.StartNew();
        var (upload, problem) = await UploadedSheet.ReadAsync(request, ct);
        if (problem is not null) return (ProblemHttpResult)problem;
        var (rows, errors) = sheet.Plan(upload!);
        var read = timer.Elapsed;
        if (errors.Count == 0)
        {
            TResult result = default!;
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                errors.Clear();
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                result = await write(rows, new ImportCheck(errors));
                if (errors.Count == 0) await tx.CommitAsync(ct);
            });
            if (errors.Count == 0)
            {
                Log(request).LogInformation("Import {Sheet}: {Rows} rows read and checked in {Read} ms, written in {Written} ms",
                    sheet.Name, rows.Count, (long)read.TotalMilliseconds, (long)(timer.Elapsed - read).TotalMilliseconds);
                return TypedResults.Ok(result);
            }
            db.ChangeTracker.Clear();
        }
        return Problems.Of(StatusCodes.Status422UnprocessableEntity, "import_rejected",
            new { Rows = errors, ErrorReportUrl = reports.Store(user, $"{sheet.Name}导入", upload!, errors) });
    }

    /// <summary>Where an import says how long its steps took (an operator's first clue when a large file is slow).</summary>
    public static ILogger Log(HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SheetImport));

    /// <summary>The template download of a sheet, named after it and the day.</summary>
    public static FileContentHttpResult Template<T>(ImportSheet<T> sheet, TimeProvider clock) where T : class =>
        TypedResults.File(sheet.Template(), Spreadsheets.XlsxWriter.ContentType, $"{sheet.Name}导入模板-{clock.Today():yyyyMMdd}.xlsx");
}
