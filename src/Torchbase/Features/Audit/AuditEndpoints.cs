using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Projects;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Audit;

public sealed record AuditQuery(string? Search, string? Entity, string? UserName, string? Action, DateOnly? From, DateOnly? To,
    int? Page, int? PageSize, string? Sort, bool? Desc) : PageQuery(Page, PageSize, Sort, Desc);

/// <summary>
/// One logged change: <c>Changes</c> as recorded (field → before/after, confidential values redacted), and the same change as the
/// reader reads it — <c>EntityName</c>, <c>ActionName</c> and <c>Fields</c> in the caller's language, values as the pages show them, ids of
/// officers, parks, zones, enterprises, projects and chains as those records' names. <c>RecordName</c> is the changed record's own name
/// when it is one of those (（无权查看） where the reader may not see it), null otherwise.
/// </summary>
public sealed record AuditItem(Guid Id, DateTimeOffset At, string UserName, string Action, string Entity, string? EntityId, string? Summary,
    JsonElement? Changes, string ActionName, string EntityName, IReadOnlyList<AuditFieldChange> Fields, string? RecordName);

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

        // A record's own history (变更记录), for whoever may open the record: the record is looked up within the caller's scope.
        var records = api.MapGroup("/audit/records").WithTags("Audit");
        records.MapGet("/enterprise/{id:guid}", GetEnterpriseHistory)
            .WithName(nameof(GetEnterpriseHistory))
            .WithSummary("The change history of one enterprise the caller may see, newest first")
            .RequireAuthorization(Permissions.EnterprisesRead);
        records.MapGet("/project/{id:guid}", GetProjectHistory)
            .WithName(nameof(GetProjectHistory))
            .WithSummary("The change history of one project the caller may see, newest first")
            .RequireAuthorization(Permissions.ProjectsRead);
        records.MapGet("/request/{id:guid}", GetRequestHistory)
            .WithName(nameof(GetRequestHistory))
            .WithSummary("The change history of one service request the caller may see, newest first")
            .RequireAuthorization(Permissions.ServiceRead);
    }

    /// <summary>The most entries one record's history lists.</summary>
    private const int HistoryLimit = 500;

    public static async Task<Results<Ok<List<AuditItem>>, ProblemHttpResult>> GetEnterpriseHistory(Guid id, [AsParameters] ApiServices api) =>
        await api.Db.Enterprises.AnyAsync(e => e.Id == id, api.Ct) ? TypedResults.Ok(await HistoryAsync(nameof(Enterprise), id, api)) : Problems.NotFound();

    public static async Task<Results<Ok<List<AuditItem>>, ProblemHttpResult>> GetProjectHistory(Guid id, [AsParameters] ApiServices api) =>
        await api.Db.Projects.AnyAsync(p => p.Id == id, api.Ct) ? TypedResults.Ok(await HistoryAsync(nameof(Project), id, api)) : Problems.NotFound();

    public static async Task<Results<Ok<List<AuditItem>>, ProblemHttpResult>> GetRequestHistory(Guid id, [AsParameters] ApiServices api) =>
        await api.Db.ServiceRequests.AnyAsync(r => r.Id == id, api.Ct)
            ? TypedResults.Ok(await HistoryAsync(nameof(ServiceRequest), id, api)) : Problems.NotFound();

    private static async Task<List<AuditItem>> HistoryAsync(string entity, Guid id, ApiServices api)
    {
        var key = id.ToString();
        var rows = await api.Db.AuditEntries.AsNoTracking().Where(a => a.Entity == entity && a.EntityId == key)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(HistoryLimit).ToListAsync(api.Ct);
        var changes = await AuditRedaction.ChangesAsync(rows, new AuditReader(api.User, api.Db), api.Ct);
        var names = await AuditReferences.ResolveAsync(api.Db, rows, changes, api.Ct);
        return rows.Select(a => ToItem(api.Db, a, changes[a.Id], names)).ToList();
    }

    public static async Task<Ok<Paged<AuditItem>>> ListAuditEntries([AsParameters] AuditQuery q, [AsParameters] ApiServices api)
    {
        var page = await Filter(api.Db, q).ToPagedAsync(q, api.Ct);
        var changes = await AuditRedaction.ChangesAsync(page.Items, new AuditReader(api.User, api.Db), api.Ct);
        var names = await AuditReferences.ResolveAsync(api.Db, page.Items, changes, api.Ct);
        var items = page.Items.Select(a => ToItem(api.Db, a, changes[a.Id], names)).ToList();
        return TypedResults.Ok(new Paged<AuditItem>(items, page.Total, page.Page, page.PageSize));
    }

    public static async Task<FileContentHttpResult> ExportAuditEntries([AsParameters] AuditQuery q, [AsParameters] ApiServices api)
    {
        var rows = await Filter(api.Db, q).Take(ExportLimit).ToListAsync(api.Ct);
        var changes = await AuditRedaction.ChangesAsync(rows, new AuditReader(api.User, api.Db), api.Ct);
        var names = await AuditReferences.ResolveAsync(api.Db, rows, changes, api.Ct);
        return Export.Xlsx("操作日志", ["时间", "用户", "操作", "对象", "对象标识", "摘要", "变更", "对象名称"],
            rows.Select(a => (IReadOnlyList<object?>)[a.At.ToOffset(ClockExtensions.ChinaOffset).ToString("yyyy-MM-dd HH:mm:ss"), a.UserName,
                AuditNames.Action(a.Action), AuditNames.Entity(a.Entity), a.EntityId, a.Summary,
                AuditNames.Line(AuditNames.Fields(api.Db.Model, a.Entity, changes[a.Id], names)), names.RecordName(a)]), api.Clock);
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

    private static AuditItem ToItem(AppDbContext db, AuditEntry a, string? changes, AuditReferences names) => new(a.Id, a.At, a.UserName,
        a.Action, a.Entity, a.EntityId, a.Summary, changes is null ? null : JsonDocument.Parse(changes).RootElement.Clone(), AuditNames.Action(a.Action),
        AuditNames.Entity(a.Entity), AuditNames.Fields(db.Model, a.Entity, changes, names), names.RecordName(a));
}
