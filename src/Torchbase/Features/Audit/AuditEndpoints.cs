using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Audit;

public sealed record AuditQuery(string? Search, string? Entity, string? UserName, string? Action, DateOnly? From, DateOnly? To,
    int? Page, int? PageSize, string? Sort, bool? Desc) : PageQuery(Page, PageSize, Sort, Desc);

public sealed record AuditItem(Guid Id, DateTimeOffset At, string UserName, string Action, string Entity, string? EntityId, string? Summary,
    JsonElement? Changes);

/// <summary>The searchable log of every change and sign-in (操作日志), limited to the caller's zone.</summary>
public static class AuditEndpoints
{

    public static void MapAuditEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Permissions.AuditRead);

        group.MapGet("/", async ([AsParameters] AuditQuery q, AppDbContext db, CancellationToken ct) =>
        {
            var page = await Filter(db, q).ToPagedAsync(q, ct);
            return TypedResults.Ok(new Paged<AuditItem>(page.Items.Select(ToItem).ToList(), page.Total, page.Page, page.PageSize));
        });

        group.MapGet("/export", async ([AsParameters] AuditQuery q, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var rows = await Filter(db, q).Take(100_000).ToListAsync(ct);
            return Export.Xlsx("操作日志", ["时间", "用户", "操作", "对象", "对象标识", "摘要", "变更"],
                rows.Select(a => (IReadOnlyList<object?>)[a.At.ToOffset(ClockExtensions.ChinaOffset).ToString("yyyy-MM-dd HH:mm:ss"), a.UserName, a.Action,
                    a.Entity, a.EntityId, a.Summary, a.Changes]), clock);
        });
    }

    private static IQueryable<AuditEntry> Filter(AppDbContext db, AuditQuery q)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search)) query = query.Where(a => (a.Summary != null && a.Summary.Contains(q.Search)) || a.UserName.Contains(q.Search)
            || a.EntityId == q.Search);
        if (!string.IsNullOrWhiteSpace(q.Entity)) query = query.Where(a => a.Entity == q.Entity);
        if (!string.IsNullOrWhiteSpace(q.UserName)) query = query.Where(a => a.UserName == q.UserName);
        if (!string.IsNullOrWhiteSpace(q.Action)) query = query.Where(a => a.Action == q.Action);
        if (q.From is { } from) { var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue),
            ClockExtensions.ChinaOffset); query = query.Where(a => a.At >= start); }
        if (q.To is { } to) { var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue),
            ClockExtensions.ChinaOffset); query = query.Where(a => a.At < end); }
        return q.Desc == false ? query.OrderBy(a => a.At).ThenBy(a => a.Id) : query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id);
    }

    private static AuditItem ToItem(AuditEntry a) => new(a.Id, a.At, a.UserName, a.Action, a.Entity, a.EntityId, a.Summary,
        a.Changes is null ? null : JsonDocument.Parse(a.Changes).RootElement.Clone());
}
