using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Talent;

namespace Torchbase.Data;

public abstract partial class AppDbContext
{
    public DbSet<ExpertProfile> Experts => Set<ExpertProfile>();
    public DbSet<TechDemand> TechDemands => Set<TechDemand>();
    public DbSet<ServiceGuarantee> ServiceGuarantees => Set<ServiceGuarantee>();
    public DbSet<Matchmaking> Matchmakings => Set<Matchmaking>();
    public DbSet<TechAchievement> TechAchievements => Set<TechAchievement>();
    public DbSet<TechContract> TechContracts => Set<TechContract>();
    public DbSet<TalentTeam> TalentTeams => Set<TalentTeam>();
    public DbSet<Workstation> Workstations => Set<Workstation>();
    public DbSet<GlossaryEntry> GlossaryEntries => Set<GlossaryEntry>();
    public DbSet<RecommendationFeedback> RecommendationFeedback => Set<RecommendationFeedback>();

    /// <summary>
    /// The libraries are zone-wide (experts and enterprises browse each other); an enterprise user sees only its own
    /// demands, the pairings and judgements on them and the contracts it is a party to. The glossary is the zone's.
    /// </summary>
    private void ConfigureTalentScopeFilters(ModelBuilder builder)
    {
        builder.Entity<ExpertProfile>().HasQueryFilter(x => Unrestricted || ZoneIds.Contains(x.ZoneId));
        builder.Entity<TechDemand>().HasQueryFilter(x => Unrestricted ||
            (ZoneIds.Contains(x.ZoneId) && (EnterpriseId == null || x.EnterpriseId == EnterpriseId)));
        builder.Entity<Matchmaking>().HasQueryFilter(x => Unrestricted ||
            (ZoneIds.Contains(x.ZoneId) && (EnterpriseId == null || x.EnterpriseId == EnterpriseId)));
        builder.Entity<TechContract>().HasQueryFilter(x => Unrestricted ||
            (ZoneIds.Contains(x.ZoneId) && (EnterpriseId == null || x.SellerEnterpriseId == EnterpriseId || x.BuyerEnterpriseId == EnterpriseId)));
        builder.Entity<ServiceGuarantee>().HasQueryFilter(x => Unrestricted || ZoneIds.Contains(x.ZoneId));
        builder.Entity<TechAchievement>().HasQueryFilter(x => Unrestricted || ZoneIds.Contains(x.ZoneId));
        builder.Entity<TalentTeam>().HasQueryFilter(x => Unrestricted || ZoneIds.Contains(x.ZoneId));
        builder.Entity<Workstation>().HasQueryFilter(x => Unrestricted || ZoneIds.Contains(x.ZoneId));
        builder.Entity<GlossaryEntry>().HasQueryFilter(x => Unrestricted || ZoneIds.Contains(x.ZoneId));
        builder.Entity<RecommendationFeedback>().HasQueryFilter(x => Unrestricted ||
            (ZoneIds.Contains(x.ZoneId) && (EnterpriseId == null || x.EnterpriseId == EnterpriseId)));
    }
}

/// <summary>Reading the zone's matching glossary as the matcher uses it.</summary>
public static class GlossaryData
{
    /// <summary>The glossary the matcher uses for a zone: the zone's own entries.</summary>
    public static async Task<Glossary> ForZoneAsync(this IQueryable<GlossaryEntry> entries, Guid zoneId, CancellationToken ct) =>
        GlossaryEntries.ToGlossary(await entries.AsNoTracking().Where(e => e.ZoneId == zoneId).ToListAsync(ct));
}
