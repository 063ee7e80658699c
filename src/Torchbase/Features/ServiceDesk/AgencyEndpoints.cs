using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.ServiceDesk;

public sealed record AgencyItemDto(Guid Id, LifecycleStage Stage, string Name, string Authority, int PromisedDays);

public sealed record AgencyCaseQuery(string? Search, Guid? ParkId, Guid? EnterpriseId, LifecycleStage? Stage, AgencyCaseStatus? Status, DateOnly? From,
    DateOnly? To, int? Page, int? PageSize, string? Sort, bool? Desc) : PageQuery(Page, PageSize, Sort, Desc);

public sealed record AgencyCaseItem(Guid Id, Guid EnterpriseId, string EnterpriseName, string ParkName, Guid ItemId, string ItemName,
    LifecycleStage Stage, int PromisedDays, string AgentName, DateOnly OpenedOn, DateOnly? CompletedOn, AgencyCaseStatus Status, int ElapsedDays, bool Late,
    int Version);

public sealed record AgencyStepDto(Guid Id, int Order, string Name, DateOnly DoneOn, string? Note);

public sealed record AgencyCaseDetail(AgencyCaseItem Summary, IReadOnlyList<AgencyStepDto> Steps);

public sealed record AgencyCaseInput(Guid? EnterpriseId, Guid? ItemId, string? AgentName, DateOnly? OpenedOn);

public sealed record AgencyStepInput(string? Name, DateOnly? DoneOn, string? Note, bool? Complete, int? Version);

/// <summary>Agency services (代办): the catalogue by lifecycle stage, and each case with its steps and elapsed working days.</summary>
public static class AgencyEndpoints
{
    private static readonly Dictionary<string, Expression<Func<AgencyCase, object?>>> SortKeys = new()
    {
        ["openedOn"] = c => c.OpenedOn, ["completedOn"] = c => c.CompletedOn, ["status"] = c => c.Status,
        ["agentName"] = c => c.AgentName,
    };

    public static void MapAgencyEndpoints(this RouteGroupBuilder service)
    {
        service.MapGet("/agency/items", ListAgencyItems)
            .WithName(nameof(ListAgencyItems))
            .WithSummary("The agency catalogue (代办事项) by lifecycle stage, with the authority and the promised working days");
        service.MapGet("/agency/cases", ListAgencyCases)
            .WithName(nameof(ListAgencyCases))
            .WithSummary("Agency cases in the caller's scope, filtered, sorted and paged, with elapsed working days");
        service.MapGet("/agency/cases/export", ExportAgencyCases)
            .WithName(nameof(ExportAgencyCases))
            .WithSummary("The filtered agency cases as an Excel workbook");
        service.MapGet("/agency/cases/{id:guid}", GetAgencyCase)
            .WithName(nameof(GetAgencyCase))
            .WithSummary("One agency case with its steps");
        service.MapPost("/agency/cases", OpenAgencyCase)
            .WithName(nameof(OpenAgencyCase))
            .WithSummary("Open an agency case for an enterprise and a catalogue item")
            .RequireAuthorization(Permissions.ServiceHandle);
        service.MapPost("/agency/cases/{id:guid}/steps", AddAgencyStep)
            .WithName(nameof(AddAgencyStep))
            .WithSummary("Record a step done on an agency case, optionally completing it")
            .RequireAuthorization(Permissions.ServiceHandle);
    }

    public static async Task<Ok<List<AgencyItemDto>>> ListAgencyItems([AsParameters] ApiServices api) =>
        TypedResults.Ok(await api.Db.AgencyItems.AsNoTracking().OrderBy(i => i.Stage).ThenBy(i => i.Name)
            .Select(i => new AgencyItemDto(i.Id, i.Stage, i.Name, i.Authority, i.PromisedDays)).ToListAsync(api.Ct));

    public static async Task<Ok<Paged<AgencyCaseItem>>> ListAgencyCases(
        [AsParameters] AgencyCaseQuery q, [AsParameters] ServiceDeskServices desk, [AsParameters] ApiServices api)
    {
        var page = await Items(api.Db, Filter(api.Db, q)).ToPagedAsync(q, api.Ct);
        return TypedResults.Ok(page with { Items = page.Items.Select(i => Elapsed(i, desk.Deadlines.Calendar, api.Clock.Today())).ToList() });
    }

    public static async Task<FileContentHttpResult> ExportAgencyCases(
        [AsParameters] AgencyCaseQuery q, [AsParameters] ServiceDeskServices desk, [AsParameters] ApiServices api)
    {
        var items = (await Items(api.Db, Filter(api.Db, q)).ToListAsync(api.Ct)).Select(i => Elapsed(i, desk.Deadlines.Calendar, api.Clock.Today()));
        return Export.Xlsx("代办服务", ["企业", "园区", "代办事项", "阶段", "代办员", "受理日期", "办结日期", "用时（工作日）", "承诺时限", "状态"],
            items.Select(i => (IReadOnlyList<object?>)[i.EnterpriseName, i.ParkName, i.ItemName, ServiceDeskNames.Stage(i.Stage), i.AgentName, i.OpenedOn,
                i.CompletedOn, i.ElapsedDays, i.PromisedDays, i.Status == AgencyCaseStatus.Completed ? "已办结" : "办理中"]), api.Clock);
    }

    public static async Task<Results<Ok<AgencyCaseDetail>, ProblemHttpResult>> GetAgencyCase(
        Guid id, [AsParameters] ServiceDeskServices desk, [AsParameters] ApiServices api) =>
        await DetailAsync(api, desk, id) is { } detail ? TypedResults.Ok(detail) : Problems.NotFound();

    public static async Task<Results<Created<AgencyCaseDetail>, ValidationProblem, ProblemHttpResult>> OpenAgencyCase(
        AgencyCaseInput input, [AsParameters] ServiceDeskServices desk, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var errors = new Errors().Required("agentName", input.AgentName).MaxLength("agentName", input.AgentName, 100);
        if (input.OpenedOn > api.Clock.Today()) errors.Add("openedOn", "sd.date_future");
        var enterprise = input.EnterpriseId is null ? null
            : await db.Enterprises.AsNoTracking().Where(e => e.Id == input.EnterpriseId).Select(e => new { e.Id, e.ZoneId, e.ParkId }).FirstOrDefaultAsync(ct);
        if (enterprise is null) errors.Add("enterpriseId", input.EnterpriseId is null ? "required" : "unknown_enterprise");
        if (input.ItemId is null || !await db.AgencyItems.AnyAsync(i => i.Id == input.ItemId && (enterprise == null || i.ZoneId == enterprise.ZoneId), ct))
            errors.Add("itemId", input.ItemId is null ? "required" : "sd.unknown_item");
        if (errors.Any) return Problems.Validation(errors);
        var agencyCase = new AgencyCase
        {
            Id = Guid.CreateVersion7(), ZoneId = enterprise!.ZoneId, ParkId = enterprise.ParkId, EnterpriseId = enterprise.Id, ItemId = input.ItemId!.Value,
            AgentName = input.AgentName!.Trim(), OpenedOn = input.OpenedOn ?? api.Clock.Today(), Status = AgencyCaseStatus.Open,
        };
        db.AgencyCases.Add(agencyCase);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/service/agency/cases/{agencyCase.Id}", (await DetailAsync(api, desk, agencyCase.Id))!);
    }

    public static async Task<Results<Ok<AgencyCaseDetail>, ValidationProblem, ProblemHttpResult>> AddAgencyStep(
        Guid id, AgencyStepInput input, [AsParameters] ServiceDeskServices desk, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var agencyCase = await db.AgencyCases.Include(c => c.Steps).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (agencyCase is null) return Problems.NotFound();
        var errors = new Errors().Required("name", input.Name).MaxLength("name", input.Name, 200).MaxLength("note", input.Note, 1000);
        if (input.Version is null) errors.Add("version", "required");
        var today = api.Clock.Today();
        var doneOn = input.DoneOn ?? today;
        if (doneOn > today) errors.Add("doneOn", "sd.date_future");
        if (errors.Any) return Problems.Validation(errors);
        if (agencyCase.Status == AgencyCaseStatus.Completed) return Problems.Conflict("sd.case_completed");
        db.ExpectVersion(agencyCase, input.Version!.Value);
        db.AgencySteps.Add(new AgencyStep
        {
            Id = Guid.CreateVersion7(), CaseId = id, Order = agencyCase.Steps.Count + 1, Name = input.Name!.Trim(), DoneOn = doneOn, Note = input.Note?.Trim(),
        });
        if (input.Complete == true) (agencyCase.Status, agencyCase.CompletedOn) = (AgencyCaseStatus.Completed, doneOn);
        else agencyCase.Version++; // a new step is a change of the case: a second editor must reload
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Problems.Conflict("concurrency", new { Current = await DetailAsync(api, desk, id) });
        }
        db.ChangeTracker.Clear();
        return TypedResults.Ok((await DetailAsync(api, desk, id))!);
    }

    private static IQueryable<AgencyCase> Filter(AppDbContext db, AgencyCaseQuery q)
    {
        var query = db.AgencyCases.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var s = q.Search.Trim();
            query = query.Where(c => c.AgentName.Contains(s) || db.Enterprises.Any(e => e.Id == c.EnterpriseId && e.Name.Contains(s))
                || db.AgencyItems.Any(i => i.Id == c.ItemId && i.Name.Contains(s)));
        }
        if (q.ParkId is { } park) query = query.Where(c => c.ParkId == park);
        if (q.EnterpriseId is { } enterprise) query = query.Where(c => c.EnterpriseId == enterprise);
        if (q.Stage is { } stage) query = query.Where(c => db.AgencyItems.Any(i => i.Id == c.ItemId && i.Stage == stage));
        if (q.Status is { } status) query = query.Where(c => c.Status == status);
        if (q.From is { } from) query = query.Where(c => c.OpenedOn >= from);
        if (q.To is { } to) query = query.Where(c => c.OpenedOn <= to);
        return query.SortBy(q.Sort, q.Desc ?? q.Sort is null, SortKeys, "openedOn", c => c.Id);
    }

    private static IQueryable<AgencyCaseItem> Items(AppDbContext db, IQueryable<AgencyCase> query) =>
        query.Join(db.AgencyItems, c => c.ItemId, i => i.Id, (c, i) => new { c, i })
            .Select(x => new AgencyCaseItem(x.c.Id, x.c.EnterpriseId,
                db.Enterprises.Where(e => e.Id == x.c.EnterpriseId).Select(e => e.Name).FirstOrDefault() ?? "",
                db.Parks.Where(p => p.Id == x.c.ParkId).Select(p => p.Name).FirstOrDefault() ?? "", x.i.Id, x.i.Name, x.i.Stage, x.i.PromisedDays,
                x.c.AgentName, x.c.OpenedOn, x.c.CompletedOn, x.c.Status, 0, false, x.c.Version));

    /// <summary>Elapsed time counts working days, like the promise it is measured against.</summary>
    private static AgencyCaseItem Elapsed(AgencyCaseItem i, WorkingCalendar calendar, DateOnly today)
    {
        var days = calendar.WorkingDaysBetween(i.OpenedOn, i.CompletedOn ?? today);
        return i with { ElapsedDays = days, Late = days > i.PromisedDays };
    }

    private static async Task<AgencyCaseDetail?> DetailAsync(ApiServices api, ServiceDeskServices desk, Guid id)
    {
        var db = api.Db;
        var item = await Items(db, db.AgencyCases.AsNoTracking().Where(c => c.Id == id)).FirstOrDefaultAsync(api.Ct);
        if (item is null) return null;
        var steps = await db.AgencySteps.AsNoTracking().Where(s => s.CaseId == id).OrderBy(s => s.Order)
            .Select(s => new AgencyStepDto(s.Id, s.Order, s.Name, s.DoneOn, s.Note)).ToListAsync(api.Ct);
        return new AgencyCaseDetail(Elapsed(item, desk.Deadlines.Calendar, api.Clock.Today()), steps);
    }
}
