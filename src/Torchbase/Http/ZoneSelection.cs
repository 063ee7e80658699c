using Microsoft.EntityFrameworkCore;
using Torchbase.Data;

namespace Torchbase.Http;

/// <summary>Which zone a zone-level page shows: the one asked for if the caller may see it, else the caller's own.</summary>
public static class ZoneSelection
{
    /// <returns>The zone id, or null when the asked zone is not visible (or the caller sees none).</returns>
    public static async Task<Guid?> ResolveAsync(AppDbContext db, Guid? asked, CancellationToken ct)
    {
        if (asked is { } id) return await db.Zones.AnyAsync(z => z.Id == id, ct) ? id : null;
        if (db.Scope.HomeZoneId is { } home) return home;
        return await db.Zones.OrderBy(z => z.Name).Select(z => (Guid?)z.Id).FirstOrDefaultAsync(ct);
    }
}
