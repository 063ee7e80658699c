using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Common;
using Torchbase.Domain.Economy;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Organisation;
using Torchbase.Features.Economy;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Dashboard;

public sealed record CountByType(QualificationType Type, int Count);
public sealed record CountByPark(Guid ParkId, string ParkName, int Count);
public sealed record RevenueByYear(int Year, decimal Revenue);

public sealed record DashboardSummary(
    Guid? ZoneId, string? ZoneName, int EnterpriseCount, IReadOnlyList<CountByType> ByQualification, IReadOnlyList<CountByPark> ByPark,
    int PlatformCount, int IncubatorCount, int IncubatingCount, IReadOnlyList<RevenueByYear> RevenueByYear);

/// <summary>One zone's headline figures in the side-by-side view, with its rank among the zones shown for each.</summary>
public sealed record ZoneOverview(
    Guid ZoneId, string ZoneName, string? RegionName, int Enterprises, int HighTech, int TechSme, int Gazelle, int Specialized, int Platforms,
    decimal? GdpGrowthPercent, decimal? InvestmentGrowthPercent, IReadOnlyDictionary<string, int?> Ranks,
    decimal? ResearchCoveragePercent = null, int? ResearchCoverageYear = null);

/// <summary>The 数据驾驶舱 of the zone the caller sees (or the one picked), and the zones side by side.</summary>
public static class DashboardEndpoints
{
    public static void MapDashboardEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/dashboard").WithTags("Dashboard").RequireAuthorization(Permissions.DashboardView);

        group.MapGet("/summary", GetDashboardSummary)
            .WithName(nameof(GetDashboardSummary))
            .WithSummary("The headline figures of the caller's zone (or the one picked): enterprises, titles, parks, carriers, revenue");
        group.MapGet("/zones", CompareZoneOverviews)
            .WithName(nameof(CompareZoneOverviews))
            .WithSummary("The zones the caller sees side by side, with each zone's rank on every figure");
    }

    public static async Task<Results<Ok<DashboardSummary>, ProblemHttpResult>> GetDashboardSummary(
        Guid? zoneId, FigureCache cache, [AsParameters] ApiServices api)
    {
        var db = api.Db;
        if (zoneId is { } asked && await ZoneSelection.ResolveAsync(db, asked, api.Ct) is null) return Problems.NotFound();
        var zone = zoneId ?? db.Scope.HomeZoneId;
        var today = api.Clock.Today();
        return TypedResults.Ok(await cache.GetAsync("dashboard.summary", db.Scope, $"{zone}|{today}", SummaryReadsFrom,
            () => SummaryAsync(db, zone, today, api.Ct)));
    }

    public static async Task<Ok<IReadOnlyList<ZoneOverview>>> CompareZoneOverviews(FigureCache cache, [AsParameters] ApiServices api)
    {
        var today = api.Clock.Today();
        return TypedResults.Ok(await cache.GetAsync("dashboard.zones", api.Db.Scope, $"{today}", ZonesReadFrom, () => ZonesAsync(api.Db, today, api.Ct)));
    }

    /// <summary>Every table the summary reads, the scope filters' included (a bank sees the enterprises that consented).</summary>
    private static readonly Type[] SummaryReadsFrom =
    [
        typeof(Zone), typeof(Park), typeof(Enterprise), typeof(DataSharingConsent), typeof(QualificationHeld), typeof(AnnualReport),
        typeof(InnovationPlatform), typeof(IncubationCarrier), typeof(IncubationTenancy),
    ];

    private static readonly Type[] ZonesReadFrom =
    [
        typeof(Region), typeof(Zone), typeof(Enterprise), typeof(DataSharingConsent), typeof(QualificationHeld), typeof(InnovationPlatform),
        typeof(EconomicFigure), typeof(EconomicTarget), typeof(AnnualReport),
    ];

    private static async Task<DashboardSummary> SummaryAsync(AppDbContext db, Guid? zone, DateOnly today, CancellationToken ct)
    {
        var active = db.Enterprises.AsNoTracking().Where(e => e.Status == EnterpriseStatus.Active && (zone == null || e.ZoneId == zone));
        var activeIds = active.Select(e => e.Id);
        var byQualification = await db.QualificationsHeld.AsNoTracking()
            .Where(q => activeIds.Contains(q.EnterpriseId) && q.IssuedOn <= today && (q.ExpiresOn == null || q.ExpiresOn >= today))
            .GroupBy(q => q.Type).Select(g => new { Type = g.Key, Count = g.Select(q => q.EnterpriseId).Distinct().Count() })
            .ToListAsync(ct);
        var perPark = await ActiveByParkAsync(db, zone, ct);
        var byPark = (await db.Parks.AsNoTracking().Where(p => zone == null || p.ZoneId == zone).OrderBy(p => p.SortOrder)
                .Select(p => new { p.Id, p.Name }).ToListAsync(ct))
            .Select(p => new CountByPark(p.Id, p.Name, perPark.GetValueOrDefault(p.Id))).ToList();
        var revenue = await RevenueByYearAsync(db, zone, ct);
        var zoneName = zone is { } z ? await db.Zones.Where(x => x.Id == z).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var carriers = db.IncubationCarriers.AsNoTracking().Where(c => zone == null || c.ZoneId == zone);
        return new DashboardSummary(
            zone, zoneName,
            perPark.Values.Sum(),
            Enum.GetValues<QualificationType>().Select(t => new CountByType(t, byQualification.FirstOrDefault(x => x.Type == t)?.Count ?? 0)).ToList(),
            byPark,
            await db.Platforms.CountAsync(p => zone == null || p.ZoneId == zone, ct),
            await carriers.CountAsync(ct),
            await carriers.SelectMany(c => c.Tenancies).CountAsync(t => t.Status == TenantStatus.Incubating, ct),
            revenue);
    }

    /// <summary>
    /// The active enterprises of each park of the zone (or of every zone seen), from the totals the database keeps. Only zone staff
    /// have the dashboard; the totals' query filter shows a bank or an enterprise, who see only some enterprises of a park, nothing.
    /// </summary>
    private static async Task<Dictionary<Guid, int>> ActiveByParkAsync(AppDbContext db, Guid? zone, CancellationToken ct) =>
        await db.ParkEnterpriseTotals.AsNoTracking().Where(t => zone == null || t.ZoneId == zone)
            .GroupBy(t => t.ParkId).ToDictionaryAsync(g => g.Key, g => g.Sum(t => t.ActiveEnterprises), ct);

    /// <summary>
    /// The revenue of the accepted yearly reports of the active enterprises, by year, from the kept totals. Summed as double: SQLite
    /// stores money as REAL; a dashboard total needs 2 decimals.
    /// </summary>
    private static async Task<List<RevenueByYear>> RevenueByYearAsync(AppDbContext db, Guid? zone, CancellationToken ct)
    {
        var years = await db.ParkRevenueTotals.AsNoTracking().Where(t => zone == null || t.ZoneId == zone)
            .GroupBy(t => t.Year).Where(g => g.Sum(t => t.Reports) > 0)
            .Select(g => new { Year = g.Key, Revenue = g.Sum(t => (double)t.Revenue) }).ToListAsync(ct);
        return [.. years.OrderBy(y => y.Year).Select(y => new RevenueByYear(y.Year, Math.Round((decimal)y.Revenue, 2)))];
    }

    private static async Task<IReadOnlyList<ZoneOverview>> ZonesAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var zones = await db.Zones.AsNoTracking().OrderBy(z => z.Name)
            .Select(z => new { z.Id, z.Name, Region = z.Region!.Name }).ToListAsync(ct);
        var enterprises = await db.ParkEnterpriseTotals.AsNoTracking().GroupBy(t => t.ZoneId)
            .Select(g => new { Zone = g.Key, Count = g.Sum(t => t.ActiveEnterprises) }).ToListAsync(ct);
        var qualified = await db.QualificationsHeld.AsNoTracking()
            .Where(q => q.IssuedOn <= today && (q.ExpiresOn == null || q.ExpiresOn >= today))
            .Join(db.Enterprises.Where(e => e.Status == EnterpriseStatus.Active), q => q.EnterpriseId, e => e.Id,
                (q, e) => new { e.ZoneId, q.Type, q.EnterpriseId })
            .GroupBy(x => new { x.ZoneId, x.Type }).Select(g => new { g.Key.ZoneId, g.Key.Type, Count = g.Select(x => x.EnterpriseId).Distinct().Count() })
            .ToListAsync(ct);
        var platforms = await db.Platforms.AsNoTracking().GroupBy(p => p.ZoneId).Select(g => new { Zone = g.Key, Count = g.Count() }).ToListAsync(ct);
        var lastMonth = today.AddMonths(-1);
        var gdp = await EconomyQueries.CompareAsync(db, IndicatorCatalogue.Default.Find("GDP")!, lastMonth.Year, lastMonth.Month, ct);
        var fai = await EconomyQueries.CompareAsync(db, IndicatorCatalogue.Default.Find("FAI")!, lastMonth.Year, lastMonth.Month, ct);
        // 规上工业企业研发活动覆盖率 of the last closed year: it is counted from the yearly reports, filed after the year ends.
        var coverageYear = today.Year - 1;
        var coverage = await EconomyQueries.CompareAsync(db, IndicatorCatalogue.Default.Find("RDCOVER")!, coverageYear, 12, ct);

        int Qualified(Guid zone, QualificationType type) => qualified.FirstOrDefault(q => q.ZoneId == zone && q.Type == type)?.Count ?? 0;
        var rows = zones.Select(z => new
        {
            z.Id, z.Name, z.Region,
            Enterprises = enterprises.FirstOrDefault(e => e.Zone == z.Id)?.Count ?? 0,
            HighTech = Qualified(z.Id, QualificationType.HighTech), TechSme = Qualified(z.Id, QualificationType.TechSme),
            Gazelle = Qualified(z.Id, QualificationType.Gazelle), Specialized = Qualified(z.Id, QualificationType.Specialized),
            Platforms = platforms.FirstOrDefault(p => p.Zone == z.Id)?.Count ?? 0,
            Gdp = gdp.Zones.FirstOrDefault(x => x.ZoneId == z.Id)?.GrowthPercent,
            Fai = fai.Zones.FirstOrDefault(x => x.ZoneId == z.Id)?.GrowthPercent,
            Coverage = coverage.Zones.FirstOrDefault(x => x.ZoneId == z.Id)?.Value,
        }).ToList();

        var columns = new Dictionary<string, int?[]>
        {
            ["enterprises"] = Ranking.Rank(rows.Select(r => (decimal?)r.Enterprises).ToList()),
            ["highTech"] = Ranking.Rank(rows.Select(r => (decimal?)r.HighTech).ToList()),
            ["techSme"] = Ranking.Rank(rows.Select(r => (decimal?)r.TechSme).ToList()),
            ["gazelle"] = Ranking.Rank(rows.Select(r => (decimal?)r.Gazelle).ToList()),
            ["specialized"] = Ranking.Rank(rows.Select(r => (decimal?)r.Specialized).ToList()),
            ["platforms"] = Ranking.Rank(rows.Select(r => (decimal?)r.Platforms).ToList()),
            ["gdpGrowth"] = Ranking.Rank(rows.Select(r => r.Gdp).ToList()),
            ["investmentGrowth"] = Ranking.Rank(rows.Select(r => r.Fai).ToList()),
            ["researchCoverage"] = Ranking.Rank(rows.Select(r => r.Coverage).ToList()),
        };
        return rows.Select((r, i) => new ZoneOverview(r.Id, r.Name, r.Region, r.Enterprises, r.HighTech, r.TechSme, r.Gazelle, r.Specialized, r.Platforms,
            r.Gdp, r.Fai, columns.ToDictionary(c => c.Key, c => c.Value[i]), r.Coverage, coverageYear)).ToList();
    }
}
