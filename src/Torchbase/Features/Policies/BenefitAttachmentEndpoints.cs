using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Torchbase.Data;
using Torchbase.Domain.Policies;
using Torchbase.Features.ServiceDesk;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Policies;

/// <summary>
/// Files an enterprise attaches to its benefit application (on applying, or later while it is under review or in its notice), for the
/// park and bureau reviewers to download. Limits and storage as for a service request's files (<see cref="AttachedFiles"/>, the same
/// files folder); an application out of the caller's scope, and so its files, is simply not found.
/// </summary>
public static class BenefitAttachmentEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/applications/{id:guid}/attachments", UploadBenefitAttachment)
            .WithName(nameof(UploadBenefitAttachment))
            .WithSummary("The enterprise attaches one file (multipart field \"file\") to its open benefit application")
            .RequireAuthorization(Permissions.PoliciesApply);
        group.MapGet("/applications/{id:guid}/attachments/{attachmentId:guid}", DownloadBenefitAttachment)
            .WithName(nameof(DownloadBenefitAttachment))
            .WithSummary("Download a file attached to a benefit application the caller can see");
    }

    public static async Task<Results<Created<AttachmentItem>, ValidationProblem, ProblemHttpResult>> UploadBenefitAttachment(Guid id, HttpRequest http,
        IOptions<ServiceDeskOptions> files, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var status = await db.BenefitApplications.Where(a => a.Id == id).Select(a => (ApplicationStatus?)a.Status).FirstOrDefaultAsync(api.Ct);
        if (status is null) return Problems.NotFound();
        var (upload, problem, errors) = await AttachedFiles.ReadAsync(http, api.Ct);
        if (problem is not null) return problem;
        if (errors is not null) return Problems.Validation(errors);
        if (!Redemption.AcceptsAttachments(status.Value)) return Problems.Conflict("finance_bad_step", new { CurrentStatus = status });
        var attachment = new BenefitAttachment
        {
            Id = Guid.CreateVersion7(), ApplicationId = id, FileName = upload!.FileName, ContentType = upload.ContentType, Size = upload.File.Length,
            StoredAs = upload.StoredAs, UploadedAt = api.Clock.GetUtcNow(), UploadedBy = api.User.Identity!.Name!,
        };
        if (await AttachedFiles.StoreAsync(upload, files.Value.FilesFolder, api.Ct) is { } bytes)
            db.BenefitAttachmentContents.Add(new BenefitAttachmentContent { Id = attachment.Id, Content = bytes });
        db.BenefitAttachments.Add(attachment);
        await db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/policies/applications/{id}/attachments/{attachment.Id}", View(attachment));
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadBenefitAttachment(Guid id, Guid attachmentId,
        IOptions<ServiceDeskOptions> files, [AsParameters] ApiServices api)
    {
        var attachment = await api.Db.BenefitAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.ApplicationId == id, api.Ct);
        if (attachment is null) return Problems.NotFound();
        var stored = await api.Db.BenefitAttachmentContents.Where(c => c.Id == attachment.Id).Select(c => c.Content).FirstOrDefaultAsync(api.Ct);
        var file = AttachedFiles.Open(stored, files.Value.FilesFolderOrDefault, attachment.StoredAs, attachment.ContentType, attachment.FileName);
        return file is null ? Problems.NotFound() : file;
    }

    internal static AttachmentItem View(BenefitAttachment a) => new(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt, a.UploadedBy);
}
