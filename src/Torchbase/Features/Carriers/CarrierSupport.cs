using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Organisation;
using Torchbase.Http;

namespace Torchbase.Features.Carriers;

/// <summary>What the platform and incubator registries share: park checks and saving with conflict detection.</summary>
internal static class CarrierSupport
{
    public static async Task<Park?> VisibleParkAsync(AppDbContext db, Guid? parkId, Errors errors, CancellationToken ct)
    {
        if (parkId is null) { errors.Add("parkId", "required"); return null; }
        var park = await db.Parks.AsNoTracking().FirstOrDefaultAsync(p => p.Id == parkId, ct);
        if (park is null) errors.Add("parkId", "unknown_park");
        return park;
    }

}
