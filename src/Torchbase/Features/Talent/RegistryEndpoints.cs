using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Talent;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Talent;

public sealed record RegistryQuery(string? Search, string? Kind, int? Page, int? PageSize, string? Sort, bool? Desc) : PageQuery(Page, PageSize, Sort, Desc);

public sealed record TalentItem(Guid Id, string Name, TalentCategory Category, Guid? EnterpriseId, string? EnterpriseName, string? Field, string? Programme,
    decimal FundingWan, DateOnly? RecognisedOn, int Version);
public sealed record TalentInput(string? Name, TalentCategory? Category, Guid? EnterpriseId, string? Field, string? Programme, decimal? FundingWan,
    DateOnly? RecognisedOn, Guid? ZoneId, int? Version);

public sealed record WorkstationItem(Guid Id, string Name, WorkstationKind Kind, Guid? EnterpriseId, string? EnterpriseName, string? ExpertName,
    string? Institution, DateOnly? EstablishedOn, int Version);
public sealed record WorkstationInput(string? Name, WorkstationKind? Kind, Guid? EnterpriseId, string? ExpertName, string? Institution,
    DateOnly? EstablishedOn, Guid? ZoneId, int? Version);

public sealed record GuaranteeItem(Guid Id, string Name, GuaranteeCategory Category, string Description, string? Provider, string? Contact, int Version);
public sealed record TalentCategoryTotal(TalentCategory Category, int Count, double FundingWan);

public sealed record GuaranteeInput(string? Name, GuaranteeCategory? Category, string? Description, string? Provider, string? Contact, Guid? ZoneId,
    int? Version);

/// <summary>The smaller registries: talents and teams, workstations (院士/博士后/中原学者工作站, 星期天顾问), the 服务保障库.</summary>
internal static class RegistryEndpoints
{
    public static void MapRegistryEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/talents", ListTalents)
            .WithName(nameof(ListTalents))
            .WithSummary("Talents and teams, searched, filtered by category, sorted and paged");
        group.MapGet("/talents/summary", SummariseTalents)
            .WithName(nameof(SummariseTalents))
            .WithSummary("How many talents and teams, and how much funding, per category");
        group.MapGet("/workstations", ListWorkstations)
            .WithName(nameof(ListWorkstations))
            .WithSummary("Academician, postdoctoral and other workstations, searched, filtered, sorted and paged");
        group.MapGet("/guarantees", ListServiceGuarantees)
            .WithName(nameof(ListServiceGuarantees))
            .WithSummary("The service guarantee library for talents, searched, filtered, sorted and paged");

        var write = group.MapGroup("").RequireAuthorization(Permissions.TalentWrite);
        write.MapPost("/talents", CreateTalent)
            .WithName(nameof(CreateTalent))
            .WithSummary("Record a talent or team");
        write.MapPut("/talents/{id:guid}", UpdateTalent)
            .WithName(nameof(UpdateTalent))
            .WithSummary("Edit a talent or team");
        write.MapPost("/workstations", CreateWorkstation)
            .WithName(nameof(CreateWorkstation))
            .WithSummary("Record a workstation");
        write.MapPost("/guarantees", CreateServiceGuarantee)
            .WithName(nameof(CreateServiceGuarantee))
            .WithSummary("Add a service to the guarantee library");
    }

    public static async Task<Ok<Paged<TalentItem>>> ListTalents([AsParameters] RegistryQuery q, [AsParameters] ApiServices api)
    {
        var query = api.Db.TalentTeams.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search)) 
            query = query.Where(t => t.Name.Contains(q.Search.Trim()) || (t.Field != null && t.Field.Contains(q.Search.Trim())));
        if (Enum.TryParse<TalentCategory>(q.Kind, out var category)) query = query.Where(t => t.Category == category);
        var sorted = query.SortBy(q.Sort, q.Desc ?? false, new Dictionary<string, Expression<Func<TalentTeam, object?>>>
        {
            ["name"] = t => t.Name, ["category"] = t => t.Category, ["fundingWan"] = t => (double)t.FundingWan, ["recognisedOn"] = t => t.RecognisedOn,
        }, "category", t => t.Id);
        return TypedResults.Ok(await Talents(api.Db, sorted).ToPagedAsync(q, api.Ct));
    }

    public static async Task<Ok<List<TalentCategoryTotal>>> SummariseTalents([AsParameters] ApiServices api) =>
        TypedResults.Ok(await api.Db.TalentTeams.AsNoTracking().GroupBy(t => t.Category)
            .Select(g => new TalentCategoryTotal(g.Key, g.Count(), g.Sum(t => (double)t.FundingWan))).ToListAsync(api.Ct));

    public static async Task<Results<Created<TalentItem>, ValidationProblem>> CreateTalent(TalentInput input, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var errors = await ValidateAsync(db, input, api.Ct);
        var zone = TalentSupport.ZoneFor(db, input.ZoneId);
        if (zone is null) errors.Add("zoneId", "required");
        if (errors.Any) return Problems.Validation(errors);
        var talent = new TalentTeam { Name = "", ZoneId = zone!.Value };
        Apply(talent, input);
        db.TalentTeams.Add(talent);
        await db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/talent/talents/{talent.Id}", await Talents(db,
            db.TalentTeams.AsNoTracking().Where(t => t.Id == talent.Id)).FirstAsync(api.Ct));
    }

    public static async Task<Results<Ok<TalentItem>, ValidationProblem, ProblemHttpResult>> UpdateTalent(Guid id, TalentInput input,
        [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var talent = await db.TalentTeams.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (talent is null) return Problems.NotFound();
        var errors = await ValidateAsync(db, input, ct);
        db.Expect(talent, input.Version, errors);
        if (errors.Any) return Problems.Validation(errors);
        Apply(talent, input);
        return await db.SaveOrConflictAsync(() => Talents(db, db.TalentTeams.AsNoTracking().Where(t => t.Id == id)).FirstOrDefaultAsync(ct), ct);
    }

    public static async Task<Ok<Paged<WorkstationItem>>> ListWorkstations([AsParameters] RegistryQuery q, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        var query = db.Workstations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search))
            query = query.Where(w => w.Name.Contains(q.Search.Trim()) || (w.ExpertName != null && w.ExpertName.Contains(q.Search.Trim())));
        if (Enum.TryParse<WorkstationKind>(q.Kind, out var kind)) query = query.Where(w => w.Kind == kind);
        var sorted = query.SortBy(q.Sort, q.Desc ?? false, new Dictionary<string, Expression<Func<Workstation, object?>>>
        {
            ["name"] = w => w.Name, ["kind"] = w => w.Kind, ["establishedOn"] = w => w.EstablishedOn,
        }, "kind", w => w.Id);
        return TypedResults.Ok(await sorted.Select(w => new WorkstationItem(w.Id, w.Name, w.Kind, w.EnterpriseId,
            db.Enterprises.Where(e => e.Id == w.EnterpriseId).Select(e => e.Name).FirstOrDefault(), w.ExpertName, w.Institution, w.EstablishedOn, w.Version))
            .ToPagedAsync(q, api.Ct));
    }

    public static async Task<Results<Created<WorkstationItem>, ValidationProblem>> CreateWorkstation(WorkstationInput input, [AsParameters] ApiServices api)
    {
        var (db, ct) = (api.Db, api.Ct);
        var errors = new Errors().Required("name", input.Name).MaxLength("name", input.Name, 200).MaxLength("expertName", input.ExpertName, 50)
            .MaxLength("institution", input.Institution, 100);
        if (input.Kind is null) errors.Add("kind", "required");
        if (input.EnterpriseId is { } eid && !await db.Enterprises.AnyAsync(e => e.Id == eid, ct)) errors.Add("enterpriseId", "unknown_enterprise");
        var zone = TalentSupport.ZoneFor(db, input.ZoneId);
        if (zone is null) errors.Add("zoneId", "required");
        if (errors.Any) return Problems.Validation(errors);
        var w = new Workstation
        {
            Name = input.Name!.Trim(), Kind = input.Kind!.Value, EnterpriseId = input.EnterpriseId, ExpertName = input.ExpertName?.Trim(),
            Institution = input.Institution?.Trim(), EstablishedOn = input.EstablishedOn, ZoneId = zone!.Value,
        };
        db.Workstations.Add(w);
        await db.SaveChangesAsync(ct);
        var name = w.EnterpriseId is { } id ? await db.Enterprises.Where(e => e.Id == id).Select(e => e.Name).FirstOrDefaultAsync(ct) : null;
        return TypedResults.Created($"/api/talent/workstations/{w.Id}",
            new WorkstationItem(w.Id, w.Name, w.Kind, w.EnterpriseId, name, w.ExpertName, w.Institution, w.EstablishedOn, w.Version));
    }

    public static async Task<Ok<Paged<GuaranteeItem>>> ListServiceGuarantees([AsParameters] RegistryQuery q, [AsParameters] ApiServices api)
    {
        var query = api.Db.ServiceGuarantees.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Search)) query = query.Where(g => g.Name.Contains(q.Search.Trim()) || g.Description.Contains(q.Search.Trim()));
        if (Enum.TryParse<GuaranteeCategory>(q.Kind, out var category)) query = query.Where(g => g.Category == category);
        var sorted = query.SortBy(q.Sort, q.Desc ?? false, new Dictionary<string, Expression<Func<ServiceGuarantee, object?>>>
        {
            ["name"] = g => g.Name, ["category"] = g => g.Category,
        }, "category", g => g.Id);
        return TypedResults.Ok(await sorted.Select(g => new GuaranteeItem(g.Id, g.Name, g.Category, g.Description, g.Provider, g.Contact, g.Version))
            .ToPagedAsync(q, api.Ct));
    }

    public static async Task<Results<Created<GuaranteeItem>, ValidationProblem>> CreateServiceGuarantee(GuaranteeInput input, [AsParameters] ApiServices api)
    {
        var errors = new Errors().Required("name", input.Name).MaxLength("name", input.Name, 100).Required("description", input.Description)
            .MaxLength("description", input.Description, 2000).MaxLength("provider", input.Provider, 100).MaxLength("contact", input.Contact, 100);
        if (input.Category is null) errors.Add("category", "required");
        var zone = TalentSupport.ZoneFor(api.Db, input.ZoneId);
        if (zone is null) errors.Add("zoneId", "required");
        if (errors.Any) return Problems.Validation(errors);
        var g = new ServiceGuarantee
        {
            Name = input.Name!.Trim(), Category = input.Category!.Value, Description = input.Description!.Trim(), Provider = input.Provider?.Trim(),
            Contact = input.Contact?.Trim(), ZoneId = zone!.Value,
        };
        api.Db.ServiceGuarantees.Add(g);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/talent/guarantees/{g.Id}", new GuaranteeItem(g.Id, g.Name, g.Category, g.Description, g.Provider,
            g.Contact, g.Version));
    }

    private static IQueryable<TalentItem> Talents(AppDbContext db, IQueryable<TalentTeam> query) =>
        query.Select(t => new TalentItem(t.Id, t.Name, t.Category, t.EnterpriseId,
            db.Enterprises.Where(e => e.Id == t.EnterpriseId).Select(e => e.Name).FirstOrDefault(),
            t.Field, t.Programme, t.FundingWan, t.RecognisedOn, t.Version));

    private static async Task<Errors> ValidateAsync(AppDbContext db, TalentInput input, CancellationToken ct)
    {
        var errors = new Errors().Required("name", input.Name).MaxLength("name", input.Name, 200).MaxLength("field", input.Field, 50)
            .MaxLength("programme", input.Programme, 100).Amount("fundingWan", input.FundingWan);
        if (input.Category is null) errors.Add("category", "required");
        if (input.EnterpriseId is { } eid && !await db.Enterprises.AnyAsync(e => e.Id == eid, ct)) errors.Add("enterpriseId", "unknown_enterprise");
        return errors;
    }

    private static void Apply(TalentTeam t, TalentInput input)
    {
        t.Name = input.Name!.Trim();
        t.Category = input.Category!.Value;
        t.EnterpriseId = input.EnterpriseId;
        t.Field = input.Field?.Trim();
        t.Programme = input.Programme?.Trim();
        t.FundingWan = input.FundingWan ?? 0;
        t.RecognisedOn = input.RecognisedOn;
    }
}
