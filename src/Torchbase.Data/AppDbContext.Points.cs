using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Points;

namespace Torchbase.Data;

public abstract partial class AppDbContext
{
    public DbSet<IndicatorSetVersion> IndicatorSetVersions => Set<IndicatorSetVersion>();
    public DbSet<PointsRun> PointsRuns => Set<PointsRun>();
    public DbSet<EnterpriseScore> EnterpriseScores => Set<EnterpriseScore>();

    /// <summary>Sets and runs belong to the zone; a score is visible exactly when its enterprise is (a bank: only with consent).</summary>
    private void ConfigurePointsScopeFilters(ModelBuilder builder)
    {
        builder.Entity<IndicatorSetVersion>().HasQueryFilter(s => Unrestricted || ZoneIds.Contains(s.ZoneId));
        builder.Entity<PointsRun>().HasQueryFilter(r => Unrestricted || ZoneIds.Contains(r.ZoneId));
        builder.Entity<EnterpriseScore>().HasQueryFilter(s => Unrestricted || Enterprises.Any(e => e.Id == s.EnterpriseId));
    }
}
