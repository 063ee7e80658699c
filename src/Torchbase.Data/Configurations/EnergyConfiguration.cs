using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torchbase.Domain.Common;
using Torchbase.Domain.Energy;
using Torchbase.Domain.Organisation;
using Torchbase.Domain.Space;

namespace Torchbase.Data.Configurations;

internal sealed class MeterConfiguration : IEntityTypeConfiguration<Meter>
{
    public void Configure(EntityTypeBuilder<Meter> b)
    {
        b.Property(x => x.Code).HasMaxLength(Limits.Code);
        b.Property(x => x.Name).HasMaxLength(Limits.Title);
        b.Property(x => x.BaselineMonthly).HasPrecision(18, 3);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ZoneId, x.Code }).IsUnique();
        b.HasIndex(x => new { x.ZoneId, x.ParkId });
        b.HasIndex(x => x.BuildingId);
        b.HasOne<Park>().WithMany().HasForeignKey(x => x.ParkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Building>().WithMany().HasForeignKey(x => x.BuildingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeterReadingConfiguration : IEntityTypeConfiguration<MeterReading>
{
    public void Configure(EntityTypeBuilder<MeterReading> b)
    {
        // The key is the meter and the instant: a reading received twice is stored once, and a month's readings of a meter are one
        // range of the key's index.
        b.HasKey(x => new { x.MeterId, x.At });
        b.Property(x => x.Value).HasPrecision(18, 3);
        b.HasOne<Meter>().WithMany().HasForeignKey(x => x.MeterId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeterDayConfiguration : IEntityTypeConfiguration<MeterDay>
{
    public void Configure(EntityTypeBuilder<MeterDay> b)
    {
        // One row per meter and China day: a month of a meter is one range of the key's index (about 31 rows, not 3,000 readings).
        b.HasKey(x => new { x.MeterId, x.Day });
        b.Property(x => x.FirstValue).HasPrecision(18, 3);
        b.Property(x => x.LastValue).HasPrecision(18, 3);
        b.Property(x => x.Consumption).HasPrecision(18, 3);
        b.HasOne<Meter>().WithMany().HasForeignKey(x => x.MeterId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeterAlertConfiguration : IEntityTypeConfiguration<MeterAlert>
{
    public void Configure(EntityTypeBuilder<MeterAlert> b)
    {
        b.Property(x => x.Consumption).HasPrecision(18, 3);
        b.Property(x => x.Typical).HasPrecision(18, 3);
        b.Property(x => x.Version).IsConcurrencyToken();
        // One alert per meter, kind and instant: a check that runs again finds it and raises nothing new.
        b.HasIndex(x => new { x.MeterId, x.Kind, x.At }).IsUnique();
        b.HasIndex(x => new { x.ZoneId, x.ParkId, x.ClosedAt });
        b.HasOne<Meter>().WithMany().HasForeignKey(x => x.MeterId).OnDelete(DeleteBehavior.Cascade);
    }
}
