using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Dashboard;

public sealed record CountByType(QualificationType Type, int Count);
public sealed record CountByPark(Guid ParkId, string ParkName, int Count);
public sealed record RevenueByYear(int Year, decimal Revenue);

public sealed record DashboardSummary(
    string? ZoneName, int EnterpriseCount, IReadOnlyList<CountByType> ByQualification, IReadOnlyList<CountByPark> ByPark,
    int PlatformCount, int IncubatorCount, int IncubatingCount, IReadOnlyList<RevenueByYear> RevenueByYear);

/// <summary>The headline figures of the zone the caller sees (the full 数据驾驶舱 grows in its own issue).</summary>
public static class DashboardEndpoints
{
    public static void MapDashboardEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/dashboard").WithTags("Dashboard").RequireAuthorization(Permissions.DashboardView)
            .MapGet("/summary", async (AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var today = clock.Today();
                var active = db.Enterprises.AsNoTracking().Where(e => e.Status == EnterpriseStatus.Active);
                var activeIds = active.Select(e => e.Id);
                var byQualification = await db.QualificationsHeld.AsNoTracking()
                    .Where(q => activeIds.Contains(q.EnterpriseId) && q.IssuedOn <= today && (q.ExpiresOn == null || q.ExpiresOn >= today))
                    .GroupBy(q => q.Type).Select(g => new { Type = g.Key, Count = g.Select(q => q.EnterpriseId).Distinct().Count() })
                    .ToListAsync(ct);
                var byPark = await db.Parks.AsNoTracking().OrderBy(p => p.SortOrder)
                    .Select(p => new CountByPark(p.Id, p.Name, active.Count(e => e.ParkId == p.Id))).ToListAsync(ct);
                var revenue = await db.AnnualReports.AsNoTracking().Where(r => r.Revenue != null && activeIds.Contains(r.EnterpriseId))
                    .GroupBy(r => r.Year).Select(g => new { Year = g.Key, Revenue = g.Sum(r => (double)r.Revenue!.Value) })
                    .OrderBy(r => r.Year).ToListAsync(ct);
                var zoneName = db.Scope.HomeZoneId is { } zone ? await db.Zones.Where(z => z.Id == zone).Select(z => z.Name).FirstOrDefaultAsync(ct) : null;
                return TypedResults.Ok(new DashboardSummary(
                    zoneName,
                    await active.CountAsync(ct),
                    Enum.GetValues<QualificationType>().Select(t => new CountByType(t, byQualification.FirstOrDefault(x => x.Type == t)?.Count ?? 0)).ToList(),
                    byPark,
                    await db.Platforms.CountAsync(ct),
                    await db.IncubationCarriers.CountAsync(ct),
                    await db.IncubationCarriers.SelectMany(c => c.Tenancies).CountAsync(t => t.Status == TenantStatus.Incubating, ct),
                    // Summed as double: SQLite stores money as REAL; a dashboard total needs no more than 2 decimals.
                    revenue.Select(r => new RevenueByYear(r.Year, Math.Round((decimal)r.Revenue, 2))).ToList()));
            });
    }
}
