using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Http;

namespace Torchbase.Features.Organisation;

public sealed record ParkRef(Guid Id, string Name);
public sealed record ZoneRef(Guid Id, string Name, string RegionName, IReadOnlyList<ParkRef> Parks);
public sealed record NamedRef(Guid Id, string Name);
public sealed record ChainRef(string Code, string Name);

/// <summary>
/// Reference data for forms and filters, each list already limited to what the caller may see. Deactivated rows are
/// left out (a picker offers only what is in use); old records keep showing them by name.
/// </summary>
public static class OrganisationEndpoints
{
    public static void MapOrganisationEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/org").WithTags("Organisation").RequireAuthorization();

        group.MapGet("/zones", ListZoneRefs)
            .WithName(nameof(ListZoneRefs))
            .WithSummary("The active zones the caller may see, each with its active parks, for pickers");
        group.MapGet("/departments", ListDepartmentRefs)
            .WithName(nameof(ListDepartmentRefs))
            .WithSummary("The active departments the caller may see, for pickers");
        group.MapGet("/industry-chains", ListChainRefs)
            .WithName(nameof(ListChainRefs))
            .WithSummary("The active industry chains the caller may see (one entry per code), for pickers");
        group.MapGet("/banks", ListBankRefs)
            .WithName(nameof(ListBankRefs))
            .WithSummary("The active banks, for pickers");

        api.MapSetupEndpoints();
        api.MapServiceSetupEndpoints();
    }

    public static async Task<Ok<List<ZoneRef>>> ListZoneRefs([AsParameters] ApiServices api) =>
        TypedResults.Ok(await api.Db.Zones.AsNoTracking().Where(z => z.Active).OrderBy(z => z.Name).Select(z => new ZoneRef(z.Id, z.Name, z.Region!.Name,
            api.Db.Parks.Where(p => p.ZoneId == z.Id && p.Active).OrderBy(p => p.SortOrder).ThenBy(p => p.Name).Select(p => new ParkRef(p.Id, p.Name)).ToList()))
            .ToListAsync(api.Ct));

    public static async Task<Ok<List<NamedRef>>> ListDepartmentRefs([AsParameters] ApiServices api) =>
        TypedResults.Ok(await api.Db.Departments.AsNoTracking().Where(d => d.Active).OrderBy(d => d.Name).Select(d => new NamedRef(d.Id, d.Name)).ToListAsync(api.Ct));

    public static async Task<Ok<List<ChainRef>>> ListChainRefs([AsParameters] ApiServices api) =>
        TypedResults.Ok(await api.Db.IndustryChains.AsNoTracking().Where(c => c.Active).OrderBy(c => c.Code).Select(c => new ChainRef(c.Code, c.Name)).Distinct().ToListAsync(api.Ct));

    public static async Task<Ok<List<NamedRef>>> ListBankRefs([AsParameters] ApiServices api) =>
        TypedResults.Ok(await api.Db.Banks.AsNoTracking().Where(b => b.Active).OrderBy(b => b.Name).Select(b => new NamedRef(b.Id, b.Name)).ToListAsync(api.Ct));
}
