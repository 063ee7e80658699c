using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Space;

namespace Torchbase.Data;

public abstract partial class AppDbContext
{
    public DbSet<Building> Buildings => Set<Building>();
    public DbSet<SpaceUnit> SpaceUnits => Set<SpaceUnit>();
    public DbSet<Lease> Leases => Set<Lease>();
    public DbSet<ZombieReview> ZombieReviews => Set<ZombieReview>();
    public DbSet<DisposalCase> DisposalCases => Set<DisposalCase>();

    /// <summary>
    /// A park's space is seen by its zone, and by a park officer only in the officer's park; banks see none. An enterprise sees its own
    /// leases only, and of the buildings and units only those it leases.
    /// </summary>
    private void ConfigureSpaceScopeFilters(ModelBuilder builder)
    {
        builder.Entity<Lease>().HasQueryFilter(l => Unrestricted ||
            (ZoneIds.Contains(l.ZoneId) && (ParkId == null || l.ParkId == ParkId) && BankId == null
             && (EnterpriseId == null || l.EnterpriseId == EnterpriseId)));
        builder.Entity<SpaceUnit>().HasQueryFilter(u => Unrestricted ||
            (ZoneIds.Contains(u.ZoneId) && (ParkId == null || u.ParkId == ParkId) && BankId == null
             && (EnterpriseId == null || Leases.Any(l => l.UnitId == u.Id))));
        builder.Entity<Building>().HasQueryFilter(b => Unrestricted ||
            (ZoneIds.Contains(b.ZoneId) && (ParkId == null || b.ParkId == ParkId) && BankId == null
             && (EnterpriseId == null || SpaceUnits.Any(u => u.BuildingId == b.Id))));
        // Zombie flags and disposal cases are the officers' business: their zone, a park officer's own park; never an enterprise or a bank.
        builder.Entity<ZombieReview>().HasQueryFilter(r => Unrestricted ||
            (ZoneIds.Contains(r.ZoneId) && (ParkId == null || r.ParkId == ParkId) && BankId == null && EnterpriseId == null));
        builder.Entity<DisposalCase>().HasQueryFilter(c => Unrestricted ||
            (ZoneIds.Contains(c.ZoneId) && (ParkId == null || c.ParkId == ParkId) && BankId == null && EnterpriseId == null));
    }
}
