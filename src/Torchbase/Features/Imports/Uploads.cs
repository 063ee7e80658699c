using Microsoft.AspNetCore.Http.HttpResults;
using Torchbase.Http;
using Torchbase.Spreadsheets;

namespace Torchbase.Features.Imports;

/// <summary>What an import handler needs besides <see cref="ApiServices"/>: the request carrying the workbook and the store of error reports.</summary>
public readonly record struct Upload(HttpRequest Request, ImportReports Reports);

/// <summary>The body of a rejected import's 422: each wrong cell, and where to download the workbook with the errors marked.</summary>
public sealed record ImportRejection(IReadOnlyList<ImportError> Rows, string ErrorReportUrl);

public static class UploadedSheet
{
    public const int MaxRows = 20_000;

    /// <summary>Reads the uploaded .xlsx (or .csv) of a multipart request (field "file"), or says in a problem why it cannot.</summary>
    public static async Task<(XlsxSheet? Sheet, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType) return (null, Problems.Of(StatusCodes.Status400BadRequest, "file_required"));
        if (request.ContentLength > Uploads.MaxBytes)
            return (null, Problems.Of(StatusCodes.Status413PayloadTooLarge, "file_too_large", null, Uploads.MaxBytes / 1024 / 1024));
        IFormCollection form;
        try { form = await request.ReadFormAsync(ct); }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return (null, Problems.Of(StatusCodes.Status413PayloadTooLarge, "file_too_large", null, Uploads.MaxBytes / 1024 / 1024));
        }
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0) return (null, Problems.Of(StatusCodes.Status400BadRequest, "file_required"));
        try
        {
            await using var stream = file.OpenReadStream();
            var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            var sheet = CsvReader.IsCsv(file.FileName, file.ContentType) ? CsvReader.Read(buffer, MaxRows) : XlsxReader.Read(buffer, MaxRows);
            return sheet.Rows.Count == 0 ? (null, Problems.Of(StatusCodes.Status400BadRequest, "import_no_rows")) : (sheet, null);
        }
        catch (XlsxTooManyRowsException e) { return (null, Problems.Of(StatusCodes.Status400BadRequest, "import_too_many_rows", null, e.Limit)); }
        catch (XlsxTooManyCellsException e) { return (null, Problems.Of(StatusCodes.Status400BadRequest, "import_too_many_cells", null, e.Limit)); }
        catch (XlsxFormatException) { return (null, Problems.Of(StatusCodes.Status400BadRequest, "import_bad_file")); }
    }
}
