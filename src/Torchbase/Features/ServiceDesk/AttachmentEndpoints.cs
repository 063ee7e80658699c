using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Http;

namespace Torchbase.Features.ServiceDesk;

/// <summary>
/// Files attached to a request, at most Uploads.MaxBytes each: kept in the database (any host serves any of them), or in the
/// configured files folder under a generated name.
/// </summary>
public static class AttachmentEndpoints
{
    private static readonly HashSet<string> Allowed =
        [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".jpg", ".jpeg", ".png", ".txt", ".zip", ".ofd"];

    public static void MapAttachmentEndpoints(this RouteGroupBuilder service)
    {
        service.MapPost("/requests/{id:guid}/attachments", UploadRequestAttachment)
            .WithName(nameof(UploadRequestAttachment))
            .WithSummary("Attach one file (multipart field \"file\") to an open request");
        service.MapGet("/requests/{id:guid}/attachments/{attachmentId:guid}", DownloadRequestAttachment)
            .WithName(nameof(DownloadRequestAttachment))
            .WithSummary("Download a file attached to a request the caller can see");
    }

    public static async Task<Results<Created<AttachmentItem>, ValidationProblem, ProblemHttpResult>> UploadRequestAttachment(
        Guid id, HttpRequest http, [AsParameters] ServiceDeskServices desk, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        if (!await db.ServiceRequests.AnyAsync(r => r.Id == id && r.Status != RequestStatus.Closed, api.Ct)) return Problems.NotFound();
        if (http.ContentLength > Uploads.MaxBytes) return TooLarge();
        if (!http.HasFormContentType) return Problems.Of(StatusCodes.Status400BadRequest, "file_required");
        IFormFile? file;
        try { file = (await http.ReadFormAsync(api.Ct)).Files.GetFile("file"); }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException) { return TooLarge(); }
        if (file is null || file.Length == 0) return Problems.Of(StatusCodes.Status400BadRequest, "file_required");
        if (file.Length > Uploads.MaxBytes) return TooLarge();
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (!Allowed.Contains(extension)) return Problems.Validation(new Errors().Add("file", "sd.file_type"));

        var attachment = new RequestAttachment
        {
            Id = Guid.CreateVersion7(), RequestId = id, FileName = Path.GetFileName(file.FileName),
            ContentType = file.ContentType is { Length: > 0 and <= 100 } t ? t : "application/octet-stream",
            Size = file.Length, StoredAs = $"{Guid.NewGuid():N}{extension}", UploadedAt = api.Clock.GetUtcNow(), UploadedBy = api.User.Identity!.Name!,
        };
        if (desk.Options.Value.FilesFolder is { Length: > 0 } configured)
        {
            var folder = Directory.CreateDirectory(configured).FullName;
            await using var target = File.Create(Path.Combine(folder, attachment.StoredAs));
            await file.CopyToAsync(target, api.Ct);
        }
        else
        {
            using var bytes = new MemoryStream((int)file.Length);
            await file.CopyToAsync(bytes, api.Ct);
            db.RequestAttachmentContents.Add(new RequestAttachmentContent { Id = attachment.Id, Content = bytes.ToArray() });
        }
        db.RequestAttachments.Add(attachment);
        await db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/service/requests/{id}/attachments/{attachment.Id}",
            new AttachmentItem(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, attachment.UploadedAt, attachment.UploadedBy));
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadRequestAttachment(
        Guid id, Guid attachmentId, [AsParameters] ServiceDeskServices desk, [AsParameters] ApiServices api)
    {
        // Reached through the filtered request: an attachment of a request out of scope is simply not found.
        var attachment = await api.Db.ServiceRequests.Where(r => r.Id == id).SelectMany(r => r.Attachments).Where(a => a.Id == attachmentId)
            .AsNoTracking().FirstOrDefaultAsync(api.Ct);
        if (attachment is null) return Problems.NotFound();
        var stored = await api.Db.RequestAttachmentContents.Where(c => c.Id == attachment.Id).Select(c => c.Content).FirstOrDefaultAsync(api.Ct);
        if (stored is not null) return TypedResults.File(new MemoryStream(stored, writable: false), attachment.ContentType, attachment.FileName);
        // Kept in the files folder (configured, or from before files were kept in the database).
        var path = Path.Combine(Path.GetFullPath(desk.Options.Value.FilesFolderOrDefault), attachment.StoredAs);
        if (!File.Exists(path)) return Problems.NotFound();
        return TypedResults.File(File.OpenRead(path), attachment.ContentType, attachment.FileName);
    }

    private static ProblemHttpResult TooLarge() =>
        Problems.Of(StatusCodes.Status413PayloadTooLarge, "file_too_large", null, Uploads.MaxBytes / 1024 / 1024);
}
