using Microsoft.AspNetCore.Http.HttpResults;

namespace Torchbase.Http;

/// <summary>One uploaded file, read from a multipart request's "file" field, with the name it is stored under.</summary>
public sealed record AttachedFile(IFormFile File, string FileName, string ContentType, string StoredAs);

/// <summary>
/// Files attached to records (a service request, a benefit application): at most <see cref="Uploads.MaxBytes"/> each, of the office and
/// image types below. Their bytes are kept in the database (any host serves any of them), or in the configured files folder under a
/// generated name, never the client's.
/// </summary>
public static class AttachedFiles
{
    private static readonly HashSet<string> Allowed =
        [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".jpg", ".jpeg", ".png", ".txt", ".zip", ".ofd"];

    /// <summary>
    /// Reads the upload, or says why not: a problem when there is no file at all, a field error ("file") when it is too large or of a
    /// type not accepted.
    /// </summary>
    public static async Task<(AttachedFile? File, ProblemHttpResult? Problem, Errors? Errors)> ReadAsync(HttpRequest http, CancellationToken ct)
    {
        if (http.ContentLength > Uploads.MaxBytes) return (null, null, TooLarge());
        if (!http.HasFormContentType) return (null, Problems.Of(StatusCodes.Status400BadRequest, "file_required"), null);
        IFormFile? file;
        try { file = (await http.ReadFormAsync(ct)).Files.GetFile("file"); }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException) { return (null, null, TooLarge()); }
        if (file is null || file.Length == 0) return (null, Problems.Of(StatusCodes.Status400BadRequest, "file_required"), null);
        if (file.Length > Uploads.MaxBytes) return (null, null, TooLarge());
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (!Allowed.Contains(extension)) return (null, null, new Errors().Add("file", "sd.file_type"));
        var contentType = file.ContentType is { Length: > 0 and <= 100 } t ? t : "application/octet-stream";
        var name = Path.GetFileName(file.FileName);
        return (new AttachedFile(file, name.Length <= 255 ? name : name[^255..], contentType, $"{Guid.NewGuid():N}{extension}"), null, null);
    }

    /// <summary>Writes the file into the configured folder and answers null, or answers its bytes to keep in the database.</summary>
    public static async Task<byte[]?> StoreAsync(AttachedFile upload, string? folder, CancellationToken ct)
    {
        if (folder is { Length: > 0 })
        {
            var path = Directory.CreateDirectory(folder).FullName;
            await using var target = File.Create(Path.Combine(path, upload.StoredAs));
            await upload.File.CopyToAsync(target, ct);
            return null;
        }
        using var bytes = new MemoryStream((int)upload.File.Length);
        await upload.File.CopyToAsync(bytes, ct);
        return bytes.ToArray();
    }

    /// <summary>The file to send: its bytes from the database, else from the files folder; null when neither holds it.</summary>
    public static FileStreamHttpResult? Open(byte[]? stored, string folder, string storedAs, string contentType, string fileName)
    {
        if (stored is not null) return TypedResults.File(new MemoryStream(stored, writable: false), contentType, fileName);
        var path = Path.Combine(Path.GetFullPath(folder), storedAs);
        return File.Exists(path) ? TypedResults.File(File.OpenRead(path), contentType, fileName) : null;
    }

    private static Errors TooLarge() => new Errors().Add("file", "file_too_large", Uploads.MaxBytes / 1024 / 1024);
}
