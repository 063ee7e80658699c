using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Energy;

namespace Torchbase.Data;

public abstract partial class AppDbContext
{
    public DbSet<Meter> Meters => Set<Meter>();
    public DbSet<MeterReading> MeterReadings => Set<MeterReading>();
    public DbSet<MeterDay> MeterDays => Set<MeterDay>();
    public DbSet<MeterAlert> MeterAlerts => Set<MeterAlert>();

    /// <summary>
    /// Meters, their readings and alerts are the officers' business: their zone, a park officer's own park; never an enterprise or a
    /// bank. A reading, and a day of readings, is seen when its meter is.
    /// </summary>
    private void ConfigureEnergyScopeFilters(ModelBuilder builder)
    {
        builder.Entity<Meter>().HasQueryFilter(m => Unrestricted ||
            (ZoneIds.Contains(m.ZoneId) && (ParkId == null || m.ParkId == ParkId) && BankId == null && EnterpriseId == null));
        builder.Entity<MeterReading>().HasQueryFilter(r => Unrestricted || Meters.Any(m => m.Id == r.MeterId));
        builder.Entity<MeterDay>().HasQueryFilter(d => Unrestricted || Meters.Any(m => m.Id == d.MeterId));
        builder.Entity<MeterAlert>().HasQueryFilter(a => Unrestricted ||
            (ZoneIds.Contains(a.ZoneId) && (ParkId == null || a.ParkId == ParkId) && BankId == null && EnterpriseId == null));
    }
}
