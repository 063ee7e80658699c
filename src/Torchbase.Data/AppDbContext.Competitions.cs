using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Competitions;

namespace Torchbase.Data;

public abstract partial class AppDbContext
{
    public DbSet<Competition> Competitions => Set<Competition>();
    public DbSet<CompetitionEntrant> CompetitionEntrants => Set<CompetitionEntrant>();
    public DbSet<CompetitionScore> CompetitionScores => Set<CompetitionScore>();
    public DbSet<MatchEvent> MatchEvents => Set<MatchEvent>();
    public DbSet<EventAchievement> EventAchievements => Set<EventAchievement>();
    public DbSet<EventIntent> EventIntents => Set<EventIntent>();
    public DbSet<EventSigning> EventSignings => Set<EventSigning>();

    /// <summary>Competitions and events are the zone's: every row carries its zone and is scoped on its own.</summary>
    private void ConfigureCompetitionsScopeFilters(ModelBuilder builder)
    {
        builder.Entity<Competition>().HasQueryFilter(c => Unrestricted || ZoneIds.Contains(c.ZoneId));
        builder.Entity<CompetitionEntrant>().HasQueryFilter(e => Unrestricted || ZoneIds.Contains(e.ZoneId));
        builder.Entity<CompetitionScore>().HasQueryFilter(s => Unrestricted || ZoneIds.Contains(s.ZoneId));
        builder.Entity<MatchEvent>().HasQueryFilter(e => Unrestricted || ZoneIds.Contains(e.ZoneId));
        builder.Entity<EventAchievement>().HasQueryFilter(a => Unrestricted || ZoneIds.Contains(a.ZoneId));
        builder.Entity<EventIntent>().HasQueryFilter(i => Unrestricted || ZoneIds.Contains(i.ZoneId));
        builder.Entity<EventSigning>().HasQueryFilter(s => Unrestricted || ZoneIds.Contains(s.ZoneId));
    }
}
