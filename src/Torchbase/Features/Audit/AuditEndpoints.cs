using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Audit;

public sealed record AuditQuery(string? Search, string? Entity, string? UserName, string? Action, DateOnly? From, DateOnly? To,
    int? Page, int? PageSize, string? Sort, bool? Desc) : PageQuery(Page, PageSize, Sort, Desc);

public sealed record AuditItem(Guid Id, DateTimeOffset At, string UserName, string Action, string Entity, string? EntityId, string? Summary,
    JsonElement? Changes);

/// <summary>
/// The searchable log of every change and sign-in (操作日志), limited to the caller's zone. Values the reader may not see in the
/// owning feature itself (judges' scores before publication, personal data) are redacted by <see cref="AuditRedaction"/>.
/// </summary>
public static class AuditEndpoints
{
    /// <summary>The most rows one export writes.</summary>
    private const int ExportLimit = 100_000;

    public static void MapAuditEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Permissions.AuditRead);

        group.MapGet("/", ListAuditEntries)
            .WithName(nameof(ListAuditEntries))
            .WithSummary("The log of changes and sign-ins in the caller's zones, filtered and paged, newest first");
        group.MapGet("/export", ExportAuditEntries)
            .WithName(nameof(ExportAuditEntries))
            .WithSummary("The filtered log as an Excel workbook (at most 100,000 rows)");
    }

    public static async Task<Ok<Paged<AuditItem>>> ListAuditEntries([AsParameters] AuditQuery q, [AsParameters] ApiServices api)
    {
        var page = await Filter(api.Db, q).ToPagedAsync(q, api.Ct);
        var changes = await AuditRedaction.ChangesAsync(page.Items, new AuditReader(api.User, api.Db), api.Ct);
        return TypedResults.Ok(new Paged<AuditItem>(page.Items.Select(a => ToItem(a, changes[a.Id])).ToList(), page.Total, page.Page, page.PageSize));
    }

    public static async Task<FileContentHttpResult> ExportAuditEntries([AsParameters] AuditQuery q, [AsParameters] ApiServices api)
    {
        var rows = await Filter(api.Db, q).Take(ExportLimit).ToListAsync(api.Ct);
        var changes = await AuditRedaction.ChangesAsync(rows, new AuditReader(api.User, api.Db), api.Ct);
        return Export.Xlsx("操作日志", ["时间", "用户", "操作", "对象", "对象标识", "摘要", "变更"],
            rows.Select(a => (IReadOnlyList<object?>)[a.At.ToOffset(ClockExtensions.ChinaOffset).ToString("yyyy-MM-dd HH:mm:ss"), a.UserName, a.Action,
                a.Entity, a.EntityId, a.Summary, changes[a.Id]]), api.Clock);
    }

    private static IQueryable<AuditEntry> Filter(AppDbContext db, AuditQuery q)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
            query = query.Where(a => (a.Summary != null && a.Summary.Contains(q.Search)) || a.UserName.Contains(q.Search) || a.EntityId == q.Search);
        if (!string.IsNullOrWhiteSpace(q.Entity)) query = query.Where(a => a.Entity == q.Entity);
        if (!string.IsNullOrWhiteSpace(q.UserName)) query = query.Where(a => a.UserName == q.UserName);
        if (!string.IsNullOrWhiteSpace(q.Action)) query = query.Where(a => a.Action == q.Action);
        if (q.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), ClockExtensions.ChinaOffset);
            query = query.Where(a => a.At >= start);
        }
        if (q.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), ClockExtensions.ChinaOffset);
            query = query.Where(a => a.At < end);
        }
        return q.Desc == false ? query.OrderBy(a => a.At).ThenBy(a => a.Id) : query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id);
    }

    private static AuditItem ToItem(AuditEntry a, string? changes) => new(a.Id, a.At, a.UserName, a.Action, a.Entity, a.EntityId, a.Summary,
        changes is null ? null : JsonDocument.Parse(changes).RootElement.Clone());
}
