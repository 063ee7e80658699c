using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Economy;

namespace Torchbase.Data;

public abstract partial class AppDbContext
{
    public DbSet<EconomicFigure> EconomicFigures => Set<EconomicFigure>();
    public DbSet<EconomicTarget> EconomicTargets => Set<EconomicTarget>();

    /// <summary>Economic figures are zone-level: every user of the zone with the permission reads them.</summary>
    private void ConfigureEconomyScopeFilters(ModelBuilder builder)
    {
        builder.Entity<EconomicFigure>().HasQueryFilter(f => Unrestricted || ZoneIds.Contains(f.ZoneId));
        builder.Entity<EconomicTarget>().HasQueryFilter(t => Unrestricted || ZoneIds.Contains(t.ZoneId));
    }
}
