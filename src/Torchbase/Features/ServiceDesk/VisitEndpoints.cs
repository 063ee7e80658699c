using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.ServiceDesk;

public sealed record VisitQuery(string? Search, Guid? ParkId, Guid? EnterpriseId, DateOnly? From, DateOnly? To, bool? WithRequests,
    int? Page, int? PageSize, string? Sort, bool? Desc) : PageQuery(Page, PageSize, Sort, Desc);

public sealed record VisitItem(Guid Id, DateOnly VisitedOn, Guid EnterpriseId, string EnterpriseName, string ParkName, string VisitorName,
    string Purpose, string? Findings, int Requests);

/// <summary>One request a visit raised, as the visit record (走访记录) lists it.</summary>
public sealed record VisitRequestLine(Guid Id, string Number, string Title, RequestStatus Status);

/// <summary>A visit with the requests its findings raised: what the printed visit record shows.</summary>
public sealed record VisitRecord(VisitItem Visit, IReadOnlyList<VisitRequestLine> Requests);

public sealed record VisitInput(Guid? EnterpriseId, DateOnly? VisitedOn, string? Purpose, string? Findings, List<RequestInput>? Requests);

/// <summary>Visits to enterprises (走访, "大走访、大调研"): the log, and findings turned into requests.</summary>
public static class VisitEndpoints
{
    private static readonly Dictionary<string, Expression<Func<Visit, object?>>> SortKeys = new()
    {
        ["visitedOn"] = v => v.VisitedOn, ["visitorName"] = v => v.VisitorName,
    };

    public static void MapVisitEndpoints(this RouteGroupBuilder service)
    {
        service.MapGet("/visits", ListVisits)
            .WithName(nameof(ListVisits))
            .WithSummary("Visits to enterprises in the caller's scope, filtered, sorted and paged, with how many requests each raised");
        service.MapGet("/visits/export", ExportVisits)
            .WithName(nameof(ExportVisits))
            .WithSummary("The filtered visit log as an Excel workbook");
        service.MapGet("/visits/{id:guid}", GetVisit)
            .WithName(nameof(GetVisit))
            .WithSummary("One visit in the caller's scope with the requests it raised, for the printed visit record");
        service.MapPost("/visits", RecordVisit)
            .WithName(nameof(RecordVisit))
            .WithSummary("Log a visit by the caller, with the requests its findings raise, all or nothing")
            .RequireAuthorization(Permissions.ServiceHandle);
    }

    public static async Task<Ok<Paged<VisitItem>>> ListVisits([AsParameters] VisitQuery q, [AsParameters] ApiServices api) =>
        TypedResults.Ok(await Items(api.Db, Filter(api.Db, q)).ToPagedAsync(q, api.Ct));

    public static async Task<Results<Ok<VisitRecord>, ProblemHttpResult>> GetVisit(Guid id, [AsParameters] ApiServices api)
    {
        var visit = await Items(api.Db, api.Db.Visits.AsNoTracking().Where(v => v.Id == id)).FirstOrDefaultAsync(api.Ct);
        if (visit is null) return Problems.NotFound();
        var requests = await api.Db.ServiceRequests.AsNoTracking().Where(r => r.VisitId == id).OrderBy(r => r.Number)
            .Select(r => new VisitRequestLine(r.Id, r.Number, r.Title, r.Status)).ToListAsync(api.Ct);
        return TypedResults.Ok(new VisitRecord(visit, requests));
    }

    public static async Task<FileContentHttpResult> ExportVisits([AsParameters] VisitQuery q, [AsParameters] ApiServices api)
    {
        var items = await Items(api.Db, Filter(api.Db, q)).ToListAsync(api.Ct);
        return Export.Xlsx("企业走访", ["走访日期", "企业", "园区", "走访人", "走访事由", "发现问题", "形成诉求数"],
            items.Select(v => (IReadOnlyList<object?>)[v.VisitedOn, v.EnterpriseName, v.ParkName, v.VisitorName, v.Purpose, v.Findings, v.Requests]),
            api.Clock);
    }

    public static async Task<Results<Created<VisitItem>, ValidationProblem, ProblemHttpResult>> RecordVisit(
        VisitInput input, [AsParameters] ServiceDeskServices desk, [AsParameters] ApiServices api)
    {
        var (db, user, ct) = (api.Db, api.User, api.Ct);
        var errors = new Errors().Required("purpose", input.Purpose).MaxLength("purpose", input.Purpose, 500).MaxLength("findings", input.Findings, 4000);
        if (input.EnterpriseId is null) errors.Add("enterpriseId", "required");
        if (input.VisitedOn is null) errors.Add("visitedOn", "required");
        else if (input.VisitedOn > api.Clock.Today()) errors.Add("visitedOn", "sd.date_future");
        foreach (var (spawned, i) in (input.Requests ?? []).Select((r, i) => (r, i)))
            foreach (var (field, message) in RequestEndpoints.Validate(spawned).All) errors.Add($"requests[{i}].{field}", message);
        if (errors.Any) return Problems.Validation(errors);
        if (await RequestEndpoints.PlaceOfAsync(db, input.EnterpriseId!.Value, ct) is not { } enterprise)
            return Problems.Validation(errors.Add("enterpriseId", "unknown_enterprise"));
        var visit = await RequestEndpoints.WithFreshNumbersAsync(db, async () =>
        {
            var visit = new Visit
            {
                Id = Guid.CreateVersion7(), ZoneId = enterprise.ZoneId, ParkId = enterprise.ParkId, EnterpriseId = enterprise.Id, OfficerId = user.UserId(),
                VisitorName = user.FindFirstValue(ScopeClaims.DisplayName) ?? user.Identity!.Name!, VisitedOn = input.VisitedOn!.Value,
                Purpose = input.Purpose!.Trim(), Findings = string.IsNullOrWhiteSpace(input.Findings) ? null : input.Findings.Trim(),
            };
            db.Visits.Add(visit);
            foreach (var spawned in input.Requests ?? [])
                await RequestEndpoints.NewRequestAsync(db, enterprise, spawned, RequestSource.Visit, visit.Id, desk.Deadlines, api.Clock, ct);
            await db.SaveChangesAsync(ct);
            return visit;
        });
        return TypedResults.Created($"/api/service/visits/{visit.Id}", await Items(db, db.Visits.AsNoTracking().Where(v => v.Id == visit.Id)).FirstAsync(ct));
    }

    private static IQueryable<Visit> Filter(AppDbContext db, VisitQuery q)
    {
        var query = db.Visits.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            query = query.Where(v => v.Purpose.Contains(s) || (v.Findings != null && v.Findings.Contains(s)) || v.VisitorName.Contains(s)
                || db.Enterprises.Any(e => e.Id == v.EnterpriseId && e.Name.Contains(s)));
        }
        if (q.ParkId is { } park) query = query.Where(v => v.ParkId == park);
        if (q.EnterpriseId is { } enterprise) query = query.Where(v => v.EnterpriseId == enterprise);
        if (q.From is { } from) query = query.Where(v => v.VisitedOn >= from);
        if (q.To is { } to) query = query.Where(v => v.VisitedOn <= to);
        if (q.WithRequests == true) query = query.Where(v => db.ServiceRequests.Any(r => r.VisitId == v.Id));
        return query.SortBy(q.Sort, q.Desc ?? q.Sort is null, SortKeys, "visitedOn", v => v.Id);
    }

    private static IQueryable<VisitItem> Items(AppDbContext db, IQueryable<Visit> query) =>
        query.Select(v => new VisitItem(v.Id, v.VisitedOn, v.EnterpriseId,
            db.Enterprises.Where(e => e.Id == v.EnterpriseId).Select(e => e.Name).FirstOrDefault() ?? "",
            db.Parks.Where(p => p.Id == v.ParkId).Select(p => p.Name).FirstOrDefault() ?? "",
            v.VisitorName, v.Purpose, v.Findings, db.ServiceRequests.Count(r => r.VisitId == v.Id)));
}
