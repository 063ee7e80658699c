using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Http;

namespace Torchbase.Features.ServiceDesk;

/// <summary>
/// Files attached to a request (<see cref="AttachedFiles"/>: limits, and where the bytes are kept).
/// </summary>
public static class AttachmentEndpoints
{
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
        var (upload, problem, errors) = await AttachedFiles.ReadAsync(http, api.Ct);
        if (problem is not null) return problem;
        if (errors is not null) return Problems.Validation(errors);
        var attachment = new RequestAttachment
        {
            Id = Guid.CreateVersion7(), RequestId = id, FileName = upload!.FileName, ContentType = upload.ContentType, Size = upload.File.Length,
            StoredAs = upload.StoredAs, UploadedAt = api.Clock.GetUtcNow(), UploadedBy = api.User.Identity!.Name!,
        };
        if (await AttachedFiles.StoreAsync(upload, desk.Options.Value.FilesFolder, api.Ct) is { } bytes)
            db.RequestAttachmentContents.Add(new RequestAttachmentContent { Id = attachment.Id, Content = bytes });
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
        // Kept in the database, or in the files folder (configured, or from before files were kept in the database).
        var file = AttachedFiles.Open(stored, desk.Options.Value.FilesFolderOrDefault, attachment.StoredAs, attachment.ContentType, attachment.FileName);
        return file is null ? Problems.NotFound() : file;
    }
}
