using Microsoft.EntityFrameworkCore;
using Torchbase.Data;

namespace Torchbase.Features.Organisation;

public sealed record ParkRef(Guid Id, string Name);
public sealed record ZoneRef(Guid Id, string Name, string RegionName, IReadOnlyList<ParkRef> Parks);
public sealed record NamedRef(Guid Id, string Name);
public sealed record ChainRef(string Code, string Name);

/// <summary>Reference data for forms and filters, each list already limited to what the caller may see.</summary>
public static class OrganisationEndpoints
{
    public static void MapOrganisationEndpoints(this IEndpointRouteBuilder api)
    {
        var org = api.MapGroup("/org").WithTags("Organisation").RequireAuthorization();

        org.MapGet("/zones", async (AppDbContext db, CancellationToken ct) =>
            await db.Zones.AsNoTracking().OrderBy(z => z.Name).Select(z => new ZoneRef(z.Id, z.Name, z.Region!.Name,
                db.Parks.Where(p => p.ZoneId == z.Id).OrderBy(p => p.SortOrder).Select(p => new ParkRef(p.Id, p.Name)).ToList())).ToListAsync(ct));

        org.MapGet("/departments", async (AppDbContext db, CancellationToken ct) =>
            await db.Departments.AsNoTracking().OrderBy(d => d.Name).Select(d => new NamedRef(d.Id, d.Name)).ToListAsync(ct));

        org.MapGet("/industry-chains", async (AppDbContext db, CancellationToken ct) =>
            await db.IndustryChains.AsNoTracking().OrderBy(c => c.Code).Select(c => new ChainRef(c.Code, c.Name)).Distinct().ToListAsync(ct));

        org.MapGet("/banks", async (AppDbContext db, CancellationToken ct) =>
            await db.Banks.AsNoTracking().OrderBy(b => b.Name).Select(b => new NamedRef(b.Id, b.Name)).ToListAsync(ct));
    }
}
