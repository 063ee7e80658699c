using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Torchbase.Domain.Organisation;
using Torchbase.Features.ServiceDesk;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Organisation;

public sealed record RegionItem(Guid Id, string Name, Guid? ParentId, string? ParentName, bool Active, int Version);
public sealed record RegionInput(string? Name, Guid? ParentId, bool? Active, int? Version);

public sealed record ZoneItem(Guid Id, string Name, Guid RegionId, string RegionName, int ParkCount, bool Active, int Version);
public sealed record ZoneInput(string? Name, Guid? RegionId, bool? Active, int? Version);

public sealed record ParkItem(Guid Id, Guid ZoneId, string ZoneName, string Name, ParkKind Kind, decimal? AreaKm2, string? LeaderName, string? Contact,
    int SortOrder, bool Active, int Version);
public sealed record ParkInput(Guid? ZoneId, string? Name, ParkKind? Kind, decimal? AreaKm2, string? LeaderName, string? Contact, int? SortOrder, bool? Active,
    int? Version);

public sealed record DepartmentItem(Guid Id, Guid ZoneId, string ZoneName, string Name, string? Contact, bool Active, int Version);
public sealed record DepartmentInput(Guid? ZoneId, string? Name, string? Contact, bool? Active, int? Version);

public sealed record ChainItem(Guid Id, Guid ZoneId, string ZoneName, string Code, string Name, string? LeadEnterprises, bool Active, int Version);
public sealed record ChainInput(Guid? ZoneId, string? Code, string? Name, string? LeadEnterprises, bool? Active, int? Version);

public sealed record BankItem(Guid Id, string Name, int BranchCount, bool Active, int Version);
public sealed record BankInput(string? Name, bool? Active, int? Version);

public sealed record BranchItem(Guid Id, Guid ZoneId, string ZoneName, Guid BankId, string BankName, string Name, string? Address, string? Contact,
    bool Active, int Version);
public sealed record BranchInput(Guid? ZoneId, Guid? BankId, string? Name, string? Address, string? Contact, bool? Active, int? Version);

/// <summary>
/// A zone describes itself: regions and zones (the system administrator), and within a zone its parks, departments,
/// industry chains and bank branches (the zone's administrator; banks themselves are shared and the system
/// administrator's). Rows are deactivated, never deleted; the query filters keep each zone's rows its own.
/// </summary>
public static class SetupEndpoints
{
    public static void MapSetupEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/setup").WithTags("Setup").RequireAuthorization(Permissions.SetupManage);

        group.MapGet("/regions", ListRegions).WithName(nameof(ListRegions)).WithSummary("Regions (cities, provinces) that oversee zones");
        group.MapPost("/regions", CreateRegion).WithName(nameof(CreateRegion)).WithSummary("Add a region").RequireAuthorization(SetupSupport.SystemAdminOnly);
        group.MapPut("/regions/{id:guid}", UpdateRegion).WithName(nameof(UpdateRegion))
            .WithSummary("Edit, deactivate or reactivate a region").RequireAuthorization(SetupSupport.SystemAdminOnly);

        group.MapGet("/zones", ListZones).WithName(nameof(ListZones)).WithSummary("The zones the caller sets up, with their region and number of parks");
        group.MapPost("/zones", CreateZone).WithName(nameof(CreateZone))
            .WithSummary("Add a zone, with the configured time limits and the request categories").RequireAuthorization(SetupSupport.SystemAdminOnly);
        group.MapPut("/zones/{id:guid}", UpdateZone).WithName(nameof(UpdateZone))
            .WithSummary("Edit, deactivate or reactivate a zone").RequireAuthorization(SetupSupport.SystemAdminOnly);

        group.MapGet("/parks", ListParks).WithName(nameof(ListParks)).WithSummary("The parks of the caller's zones");
        group.MapPost("/parks", CreatePark).WithName(nameof(CreatePark)).WithSummary("Add a park to a zone");
        group.MapPut("/parks/{id:guid}", UpdatePark).WithName(nameof(UpdatePark)).WithSummary("Edit, deactivate or reactivate a park");

        group.MapGet("/departments", ListDepartments).WithName(nameof(ListDepartments))
            .WithSummary("The departments that receive the parks' whistle tasks (吹哨)");
        group.MapPost("/departments", CreateDepartment).WithName(nameof(CreateDepartment)).WithSummary("Add a department to a zone");
        group.MapPut("/departments/{id:guid}", UpdateDepartment).WithName(nameof(UpdateDepartment)).WithSummary("Edit, deactivate or reactivate a department");

        group.MapGet("/industry-chains", ListChains).WithName(nameof(ListChains))
            .WithSummary("The industry chains a zone cultivates, with their lead enterprises");
        group.MapPost("/industry-chains", CreateChain).WithName(nameof(CreateChain)).WithSummary("Add an industry chain to a zone");
        group.MapPut("/industry-chains/{id:guid}", UpdateChain).WithName(nameof(UpdateChain)).WithSummary("Edit, deactivate or reactivate an industry chain");

        group.MapGet("/banks", ListBanks).WithName(nameof(ListBanks)).WithSummary("Banks, with how many branches the caller's zones have");
        group.MapPost("/banks", CreateBank).WithName(nameof(CreateBank)).WithSummary("Add a bank").RequireAuthorization(SetupSupport.SystemAdminOnly);
        group.MapPut("/banks/{id:guid}", UpdateBank).WithName(nameof(UpdateBank))
            .WithSummary("Edit, deactivate or reactivate a bank").RequireAuthorization(SetupSupport.SystemAdminOnly);

        group.MapGet("/bank-branches", ListBranches).WithName(nameof(ListBranches)).WithSummary("Bank branches in the caller's zones");
        group.MapPost("/bank-branches", CreateBranch).WithName(nameof(CreateBranch)).WithSummary("Add a bank's branch to a zone");
        group.MapPut("/bank-branches/{id:guid}", UpdateBranch).WithName(nameof(UpdateBranch)).WithSummary("Edit, deactivate or reactivate a bank branch");
    }

    // ---- Regions

    private static IQueryable<RegionItem> Regions(ApiServices api, IQueryable<Region> rows) =>
        rows.Select(r => new RegionItem(r.Id, r.Name, r.ParentId, api.Db.Regions.Where(p => p.Id == r.ParentId).Select(p => p.Name).FirstOrDefault(), r.Active,
            r.Version));

    public static async Task<Ok<Paged<RegionItem>>> ListRegions([AsParameters] SetupQuery q, [AsParameters] ApiServices api)
    {
        var rows = api.Db.Regions.AsNoTracking().Searched(q);
        if (q.Search.Trimmed() is { } s) rows = rows.Where(r => r.Name.Contains(s));
        if (!api.IsSystemAdmin())
            rows = rows.Where(r => api.Db.Zones.Any(z => z.RegionId == r.Id)); // a zone's administrator sees its own region only
        rows = rows.SortBy(q.Sort, q.Desc ?? false, rows.SortKeys(("name", r => r.Name), ("active", r => r.Active)), "name", r => r.Id);
        return TypedResults.Ok(await Regions(api, rows).ToPagedAsync(q, api.Ct));
    }

    private static async Task<Errors> CheckRegionAsync(ApiServices api, RegionInput input, Guid? self)
    {
        var errors = new Errors().Name("name", input.Name, 100);
        if (input.ParentId is { } parent && (parent == self || !await api.Db.Regions.AnyAsync(r => r.Id == parent, api.Ct)))
            errors.Add("parentId", "unknown_region");
        return errors;
    }

    public static async Task<Results<Created<RegionItem>, ValidationProblem>> CreateRegion(RegionInput input, [AsParameters] ApiServices api)
    {
        var errors = await CheckRegionAsync(api, input, null);
        if (errors.Any) return Problems.Validation(errors);
        var region = new Region { Id = Guid.CreateVersion7(), Name = input.Name!.Trim(), ParentId = input.ParentId, Active = input.Active ?? true };
        api.Db.Regions.Add(region);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/setup/regions/{region.Id}",
            await Regions(api, api.Db.Regions.AsNoTracking().Where(r => r.Id == region.Id)).FirstAsync(api.Ct));
    }

    public static Task<Results<Ok<RegionItem>, ValidationProblem,
        ProblemHttpResult>> UpdateRegion(Guid id, RegionInput input, [AsParameters] ApiServices api) =>
        api.EditAsync(api.Db.Regions, id, input.Version, async region =>
        {
            var errors = await CheckRegionAsync(api, input, id);
            if (!errors.Any) (region.Name, region.ParentId, region.Active) = (input.Name!.Trim(), input.ParentId, input.Active ?? region.Active);
            return errors;
        }, rid => Regions(api, api.Db.Regions.AsNoTracking().Where(r => r.Id == rid)).FirstOrDefaultAsync(api.Ct));

    // ---- Zones

    private static IQueryable<ZoneItem> Zones(ApiServices api, IQueryable<Zone> rows) =>
        rows.Select(z => new ZoneItem(z.Id, z.Name, z.RegionId, z.Region!.Name, api.Db.Parks.Count(p => p.ZoneId == z.Id), z.Active, z.Version));

    public static async Task<Ok<Paged<ZoneItem>>> ListZones([AsParameters] SetupQuery q, [AsParameters] ApiServices api)
    {
        var rows = api.Db.Zones.AsNoTracking().Searched(q);
        if (q.Search.Trimmed() is { } s) rows = rows.Where(z => z.Name.Contains(s) || z.Region!.Name.Contains(s));
        rows = rows.SortBy(q.Sort, q.Desc ?? false, rows.SortKeys(("name", z => z.Name), ("regionName", z => z.Region!.Name), ("active", z => z.Active)),
            "name", z => z.Id);
        return TypedResults.Ok(await Zones(api, rows).ToPagedAsync(q, api.Ct));
    }

    private static async Task<Errors> CheckZoneAsync(ApiServices api, ZoneInput input, Guid? self)
    {
        var errors = new Errors().Name("name", input.Name, 100);
        if (input.RegionId is null) errors.Add("regionId", "required");
        else if (!await api.Db.Regions.AnyAsync(r => r.Id == input.RegionId, api.Ct)) errors.Add("regionId", "unknown_region");
        var name = input.Name?.Trim();
        if (name is not null && await api.Db.Zones.IgnoreQueryFilters().AnyAsync(z => z.Name == name && z.Id != self, api.Ct)) errors.Add("name",
            "duplicate_name");
        return errors;
    }

    public static async Task<Results<Created<ZoneItem>,
        ValidationProblem>> CreateZone(ZoneInput input, IOptions<ServiceDeskOptions> serviceDesk, [AsParameters] ApiServices api)
    {
        var errors = await CheckZoneAsync(api, input, null);
        if (errors.Any) return Problems.Validation(errors);
        var zone = new Zone { Id = Guid.CreateVersion7(), Name = input.Name!.Trim(), RegionId = input.RegionId!.Value, Active = input.Active ?? true,
            GlossarySeeded = true };
        api.Db.Zones.Add(zone);
        // A new zone starts from the configured time limits, the standard request categories and the shipped matching glossary;
        // its administrator and bureau adapt them.
        api.Db.DeadlineSettings.Add(SetupDefaults.NewLimits(zone.Id, serviceDesk.Value.Policy));
        api.Db.ServiceCategories.AddRange(SetupDefaults.NewCategories(zone.Id));
        api.Db.GlossaryEntries.AddRange(SetupDefaults.NewGlossary(zone.Id));
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/setup/zones/{zone.Id}",
            await Zones(api, api.Db.Zones.AsNoTracking().Where(z => z.Id == zone.Id)).FirstAsync(api.Ct));
    }

    public static Task<Results<Ok<ZoneItem>, ValidationProblem, ProblemHttpResult>> UpdateZone(Guid id, ZoneInput input, [AsParameters] ApiServices api) =>
        api.EditAsync(api.Db.Zones, id, input.Version, async zone =>
        {
            var errors = await CheckZoneAsync(api, input, id);
            if (!errors.Any) (zone.Name, zone.RegionId, zone.Active) = (input.Name!.Trim(), input.RegionId!.Value, input.Active ?? zone.Active);
            return errors;
        }, zid => Zones(api, api.Db.Zones.AsNoTracking().Where(z => z.Id == zid)).FirstOrDefaultAsync(api.Ct));

    // ---- Parks

    private static IQueryable<ParkItem> Parks(ApiServices api, IQueryable<Park> rows) =>
        rows.Select(p => new ParkItem(p.Id, p.ZoneId, api.Db.Zones.Where(z => z.Id == p.ZoneId).Select(z => z.Name).FirstOrDefault() ?? "", p.Name,
            p.Kind, p.AreaKm2,
            p.LeaderName, p.Contact, p.SortOrder, p.Active, p.Version));

    public static async Task<Ok<Paged<ParkItem>>> ListParks([AsParameters] SetupQuery q, [AsParameters] ApiServices api)
    {
        var rows = api.Db.Parks.AsNoTracking().Searched(q);
        if (q.ZoneId is { } zone) rows = rows.Where(p => p.ZoneId == zone);
        if (q.Search.Trimmed() is { } s) rows = rows.Where(p => p.Name.Contains(s) || (p.LeaderName != null && p.LeaderName.Contains(s)));
        rows = rows.SortBy(q.Sort, q.Desc ?? false, rows.SortKeys(("sortOrder", p => p.SortOrder), ("name", p => p.Name), ("kind", p => p.Kind),
            ("areaKm2", p => p.AreaKm2), ("active", p => p.Active)), "sortOrder", p => p.Name);
        return TypedResults.Ok(await Parks(api, rows).ToPagedAsync(q, api.Ct));
    }

    private static async Task<(Errors, Guid?)> CheckParkAsync(ApiServices api, ParkInput input, Guid? zoneOfRow, Guid? self)
    {
        var errors = new Errors().Name("name", input.Name, 100).MaxLength("leaderName", input.LeaderName, 50).MaxLength("contact", input.Contact, 100);
        if (input.Kind is null) errors.Add("kind", "required");
        else if (!Enum.IsDefined(input.Kind.Value)) errors.Add("kind", "invalid_value");
        if (input.AreaKm2 is <= 0 or > 10_000) errors.Add("areaKm2", "setup.area_range");
        if (input.SortOrder is < 0 or > 9999) errors.Add("sortOrder", "setup.sort_range");
        var zoneId = zoneOfRow ?? await api.ZoneForNewRowAsync(input.ZoneId, errors);
        var name = input.Name?.Trim();
        if (zoneId is not null && name is not null && await api.Db.Parks.AnyAsync(p => p.ZoneId == zoneId && p.Name == name && p.Id != self, api.Ct))
            errors.Add("name", "duplicate_name");
        return (errors, zoneId);
    }

    public static async Task<Results<Created<ParkItem>, ValidationProblem>> CreatePark(ParkInput input, [AsParameters] ApiServices api)
    {
        var (errors, zoneId) = await CheckParkAsync(api, input, null, null);
        if (errors.Any) return Problems.Validation(errors);
        var park = new Park { Id = Guid.CreateVersion7(), ZoneId = zoneId!.Value, Name = "" };
        Apply(park, input);
        if (input.SortOrder is null) park.SortOrder = await api.Db.Parks.Where(p => p.ZoneId == zoneId).CountAsync(api.Ct);
        api.Db.Parks.Add(park);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/setup/parks/{park.Id}",
            await Parks(api, api.Db.Parks.AsNoTracking().Where(p => p.Id == park.Id)).FirstAsync(api.Ct));
    }

    public static Task<Results<Ok<ParkItem>, ValidationProblem, ProblemHttpResult>> UpdatePark(Guid id, ParkInput input, [AsParameters] ApiServices api) =>
        api.EditAsync(api.Db.Parks, id, input.Version, async park =>
        {
            var (errors, _) = await CheckParkAsync(api, input, park.ZoneId, id);
            if (!errors.Any) Apply(park, input);
            return errors;
        }, pid => Parks(api, api.Db.Parks.AsNoTracking().Where(p => p.Id == pid)).FirstOrDefaultAsync(api.Ct));

    private static void Apply(Park park, ParkInput input)
    {
        (park.Name, park.Kind, park.AreaKm2, park.LeaderName, park.Contact) = (input.Name!.Trim(), input.Kind!.Value, input.AreaKm2,
            input.LeaderName.Trimmed(), input.Contact.Trimmed());
        park.SortOrder = input.SortOrder ?? park.SortOrder;
        park.Active = input.Active ?? park.Active;
    }

    // ---- Departments

    private static IQueryable<DepartmentItem> Departments(ApiServices api, IQueryable<Department> rows) =>
        rows.Select(d => new DepartmentItem(d.Id, d.ZoneId, api.Db.Zones.Where(z => z.Id == d.ZoneId).Select(z => z.Name).FirstOrDefault() ?? "", d.Name,
            d.Contact, d.Active, d.Version));

    public static async Task<Ok<Paged<DepartmentItem>>> ListDepartments([AsParameters] SetupQuery q, [AsParameters] ApiServices api)
    {
        var rows = api.Db.Departments.AsNoTracking().Searched(q);
        if (q.ZoneId is { } zone) rows = rows.Where(d => d.ZoneId == zone);
        if (q.Search.Trimmed() is { } s) rows = rows.Where(d => d.Name.Contains(s));
        rows = rows.SortBy(q.Sort, q.Desc ?? false, rows.SortKeys(("name", d => d.Name), ("active", d => d.Active)), "name", d => d.Id);
        return TypedResults.Ok(await Departments(api, rows).ToPagedAsync(q, api.Ct));
    }

    private static async Task<(Errors, Guid?)> CheckDepartmentAsync(ApiServices api, DepartmentInput input, Guid? zoneOfRow, Guid? self)
    {
        var errors = new Errors().Name("name", input.Name, 100).MaxLength("contact", input.Contact, 100);
        var zoneId = zoneOfRow ?? await api.ZoneForNewRowAsync(input.ZoneId, errors);
        var name = input.Name?.Trim();
        if (zoneId is not null && name is not null && await api.Db.Departments.AnyAsync(d => d.ZoneId == zoneId && d.Name == name && d.Id != self, api.Ct))
            errors.Add("name", "duplicate_name");
        return (errors, zoneId);
    }

    public static async Task<Results<Created<DepartmentItem>, ValidationProblem>> CreateDepartment(DepartmentInput input, [AsParameters] ApiServices api)
    {
        var (errors, zoneId) = await CheckDepartmentAsync(api, input, null, null);
        if (errors.Any) return Problems.Validation(errors);
        var department = new Department { Id = Guid.CreateVersion7(), ZoneId = zoneId!.Value, Name = input.Name!.Trim(), Contact = input.Contact.Trimmed(),
            Active = input.Active ?? true };
        api.Db.Departments.Add(department);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/setup/departments/{department.Id}",
            await Departments(api, api.Db.Departments.AsNoTracking().Where(d => d.Id == department.Id)).FirstAsync(api.Ct));
    }

    public static Task<Results<Ok<DepartmentItem>, ValidationProblem,
        ProblemHttpResult>> UpdateDepartment(Guid id, DepartmentInput input, [AsParameters] ApiServices api) =>
        api.EditAsync(api.Db.Departments, id, input.Version, async department =>
        {
            var (errors, _) = await CheckDepartmentAsync(api, input, department.ZoneId, id);
            if (!errors.Any) (department.Name, department.Contact, department.Active) = (input.Name!.Trim(), input.Contact.Trimmed(),
                input.Active ?? department.Active);
            return errors;
        }, did => Departments(api, api.Db.Departments.AsNoTracking().Where(d => d.Id == did)).FirstOrDefaultAsync(api.Ct));

    // ---- Industry chains

    private static IQueryable<ChainItem> Chains(ApiServices api, IQueryable<IndustryChain> rows) =>
        rows.Select(c => new ChainItem(c.Id, c.ZoneId, api.Db.Zones.Where(z => z.Id == c.ZoneId).Select(z => z.Name).FirstOrDefault() ?? "", c.Code, c.Name,
            c.LeadEnterprises, c.Active, c.Version));

    public static async Task<Ok<Paged<ChainItem>>> ListChains([AsParameters] SetupQuery q, [AsParameters] ApiServices api)
    {
        var rows = api.Db.IndustryChains.AsNoTracking().Searched(q);
        if (q.ZoneId is { } zone) rows = rows.Where(c => c.ZoneId == zone);
        if (q.Search.Trimmed() is { } s) rows = rows.Where(c => c.Name.Contains(s) || c.Code.Contains(s)
            || (c.LeadEnterprises != null && c.LeadEnterprises.Contains(s)));
        rows = rows.SortBy(q.Sort, q.Desc ?? false, rows.SortKeys(("code", c => c.Code), ("name", c => c.Name), ("active", c => c.Active)), "code", c => c.Id);
        return TypedResults.Ok(await Chains(api, rows).ToPagedAsync(q, api.Ct));
    }

    private static async Task<(Errors, Guid?)> CheckChainAsync(ApiServices api, ChainInput input, Guid? zoneOfRow, Guid? self)
    {
        var errors = new Errors().Name("code", input.Code, 40).Name("name", input.Name, 100).MaxLength("leadEnterprises", input.LeadEnterprises, 500);
        if (input.Code is { } code && !string.IsNullOrWhiteSpace(code) && !code.Trim().All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_'))
            errors.Add("code", "setup.code_format");
        var zoneId = zoneOfRow ?? await api.ZoneForNewRowAsync(input.ZoneId, errors);
        var trimmed = input.Code?.Trim();
        if (zoneId is not null && trimmed is not null
            && await api.Db.IndustryChains.IgnoreQueryFilters().AnyAsync(c => c.ZoneId == zoneId && c.Code == trimmed && c.Id != self, api.Ct))
            errors.Add("code", "duplicate_code");
        return (errors, zoneId);
    }

    public static async Task<Results<Created<ChainItem>, ValidationProblem>> CreateChain(ChainInput input, [AsParameters] ApiServices api)
    {
        var (errors, zoneId) = await CheckChainAsync(api, input, null, null);
        if (errors.Any) return Problems.Validation(errors);
        var chain = new IndustryChain
        {
            Id = Guid.CreateVersion7(), ZoneId = zoneId!.Value, Code = input.Code!.Trim(), Name = input.Name!.Trim(),
            LeadEnterprises = input.LeadEnterprises.Trimmed(), Active = input.Active ?? true,
        };
        api.Db.IndustryChains.Add(chain);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/setup/industry-chains/{chain.Id}",
            await Chains(api, api.Db.IndustryChains.AsNoTracking().Where(c => c.Id == chain.Id)).FirstAsync(api.Ct));
    }

    public static Task<Results<Ok<ChainItem>, ValidationProblem, ProblemHttpResult>> UpdateChain(Guid id, ChainInput input, [AsParameters] ApiServices api) =>
        api.EditAsync(api.Db.IndustryChains, id, input.Version, async chain =>
        {
            var (errors, _) = await CheckChainAsync(api, input, chain.ZoneId, id);
            // Enterprises refer to a chain by its code: the code stays as it was created.
            if (input.Code?.Trim() is { } code && code != chain.Code) errors.Add("code", "setup.code_fixed");
            if (!errors.Any) (chain.Name, chain.LeadEnterprises, chain.Active) = (input.Name!.Trim(), input.LeadEnterprises.Trimmed(),
                input.Active ?? chain.Active);
            return errors;
        }, cid => Chains(api, api.Db.IndustryChains.AsNoTracking().Where(c => c.Id == cid)).FirstOrDefaultAsync(api.Ct));

    // ---- Banks and branches

    private static IQueryable<BankItem> Banks(ApiServices api, IQueryable<Bank> rows) =>
        rows.Select(b => new BankItem(b.Id, b.Name, api.Db.BankBranches.Count(x => x.BankId == b.Id), b.Active, b.Version));

    public static async Task<Ok<Paged<BankItem>>> ListBanks([AsParameters] SetupQuery q, [AsParameters] ApiServices api)
    {
        var rows = api.Db.Banks.AsNoTracking().Searched(q);
        if (q.Search.Trimmed() is { } s) rows = rows.Where(b => b.Name.Contains(s));
        rows = rows.SortBy(q.Sort, q.Desc ?? false, rows.SortKeys(("name", b => b.Name), ("active", b => b.Active)), "name", b => b.Id);
        return TypedResults.Ok(await Banks(api, rows).ToPagedAsync(q, api.Ct));
    }

    private static async Task<Errors> CheckBankAsync(ApiServices api, BankInput input, Guid? self)
    {
        var errors = new Errors().Name("name", input.Name, 100);
        var name = input.Name?.Trim();
        if (name is not null && await api.Db.Banks.AnyAsync(b => b.Name == name && b.Id != self, api.Ct)) errors.Add("name", "duplicate_name");
        return errors;
    }

    public static async Task<Results<Created<BankItem>, ValidationProblem>> CreateBank(BankInput input, [AsParameters] ApiServices api)
    {
        var errors = await CheckBankAsync(api, input, null);
        if (errors.Any) return Problems.Validation(errors);
        var bank = new Bank { Id = Guid.CreateVersion7(), Name = input.Name!.Trim(), Active = input.Active ?? true };
        api.Db.Banks.Add(bank);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/setup/banks/{bank.Id}",
            await Banks(api, api.Db.Banks.AsNoTracking().Where(b => b.Id == bank.Id)).FirstAsync(api.Ct));
    }

    public static Task<Results<Ok<BankItem>, ValidationProblem, ProblemHttpResult>> UpdateBank(Guid id, BankInput input, [AsParameters] ApiServices api) =>
        api.EditAsync(api.Db.Banks, id, input.Version, async bank =>
        {
            var errors = await CheckBankAsync(api, input, id);
            if (!errors.Any) (bank.Name, bank.Active) = (input.Name!.Trim(), input.Active ?? bank.Active);
            return errors;
        }, bid => Banks(api, api.Db.Banks.AsNoTracking().Where(b => b.Id == bid)).FirstOrDefaultAsync(api.Ct));

    private static IQueryable<BranchItem> Branches(ApiServices api, IQueryable<BankBranch> rows) =>
        rows.Select(b => new BranchItem(b.Id, b.ZoneId, api.Db.Zones.Where(z => z.Id == b.ZoneId).Select(z => z.Name).FirstOrDefault() ?? "", b.BankId,
            api.Db.Banks.Where(x => x.Id == b.BankId).Select(x => x.Name).FirstOrDefault() ?? "", b.Name, b.Address, b.Contact, b.Active, b.Version));

    public static async Task<Ok<Paged<BranchItem>>> ListBranches([AsParameters] SetupQuery q, Guid? bankId, [AsParameters] ApiServices api)
    {
        var rows = api.Db.BankBranches.AsNoTracking().Searched(q);
        if (q.ZoneId is { } zone) rows = rows.Where(b => b.ZoneId == zone);
        if (bankId is { } bank) rows = rows.Where(b => b.BankId == bank);
        if (q.Search.Trimmed() is { } s) rows = rows.Where(b => b.Name.Contains(s) || api.Db.Banks.Any(x => x.Id == b.BankId && x.Name.Contains(s)));
        rows = rows.SortBy(q.Sort, q.Desc ?? false, rows.SortKeys(("name", b => b.Name), ("active", b => b.Active)), "name", b => b.Id);
        return TypedResults.Ok(await Branches(api, rows).ToPagedAsync(q, api.Ct));
    }

    private static async Task<(Errors, Guid?)> CheckBranchAsync(ApiServices api, BranchInput input, Guid? zoneOfRow)
    {
        var errors = new Errors().Name("name", input.Name, 100).MaxLength("address", input.Address, 200).MaxLength("contact", input.Contact, 100);
        if (input.BankId is null) errors.Add("bankId", "required");
        else if (!await api.Db.Banks.AnyAsync(b => b.Id == input.BankId, api.Ct)) errors.Add("bankId", "unknown_bank");
        var zoneId = zoneOfRow ?? await api.ZoneForNewRowAsync(input.ZoneId, errors);
        return (errors, zoneId);
    }

    public static async Task<Results<Created<BranchItem>, ValidationProblem>> CreateBranch(BranchInput input, [AsParameters] ApiServices api)
    {
        var (errors, zoneId) = await CheckBranchAsync(api, input, null);
        if (errors.Any) return Problems.Validation(errors);
        var branch = new BankBranch
        {
            Id = Guid.CreateVersion7(), ZoneId = zoneId!.Value, BankId = input.BankId!.Value, Name = input.Name!.Trim(),
            Address = input.Address.Trimmed(), Contact = input.Contact.Trimmed(), Active = input.Active ?? true,
        };
        api.Db.BankBranches.Add(branch);
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.Created($"/api/setup/bank-branches/{branch.Id}",
            await Branches(api, api.Db.BankBranches.AsNoTracking().Where(b => b.Id == branch.Id)).FirstAsync(api.Ct));
    }

    public static Task<Results<Ok<BranchItem>, ValidationProblem,
        ProblemHttpResult>> UpdateBranch(Guid id, BranchInput input, [AsParameters] ApiServices api) =>
        api.EditAsync(api.Db.BankBranches, id, input.Version, async branch =>
        {
            var (errors, _) = await CheckBranchAsync(api, input, branch.ZoneId);
            if (!errors.Any)
                (branch.BankId, branch.Name, branch.Address, branch.Contact, branch.Active) =
                    (input.BankId!.Value, input.Name!.Trim(), input.Address.Trimmed(), input.Contact.Trimmed(), input.Active ?? branch.Active);
            return errors;
        }, bid => Branches(api, api.Db.BankBranches.AsNoTracking().Where(b => b.Id == bid)).FirstOrDefaultAsync(api.Ct));
}
