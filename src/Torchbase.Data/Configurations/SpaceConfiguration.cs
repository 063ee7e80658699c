using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Organisation;
using Torchbase.Domain.Projects;
using Torchbase.Domain.Space;

namespace Torchbase.Data.Configurations;

internal sealed class BuildingConfiguration : IEntityTypeConfiguration<Building>
{
    public void Configure(EntityTypeBuilder<Building> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.GrossArea).HasPrecision(14, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ZoneId, x.ParkId, x.Name }).IsUnique();
        b.HasOne<Park>().WithMany().HasForeignKey(x => x.ParkId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Units).WithOne().HasForeignKey(u => u.BuildingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SpaceUnitConfiguration : IEntityTypeConfiguration<SpaceUnit>
{
    public void Configure(EntityTypeBuilder<SpaceUnit> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Area).HasPrecision(12, 2);
        b.Property(x => x.FloorLoad).HasPrecision(8, 2);
        b.Property(x => x.PowerKva).HasPrecision(10, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.BuildingId, x.Name }).IsUnique();
        b.HasIndex(x => new { x.ZoneId, x.ParkId, x.Status });
        b.HasOne<Project>().WithMany().HasForeignKey(x => x.ReservedForProjectId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Leases).WithOne().HasForeignKey(l => l.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LeaseConfiguration : IEntityTypeConfiguration<Lease>
{
    public void Configure(EntityTypeBuilder<Lease> b)
    {
        b.Property(x => x.Area).HasPrecision(12, 2);
        b.Property(x => x.MonthlyRent).HasPrecision(10, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.UnitId, x.From });
        b.HasIndex(x => new { x.ZoneId, x.ParkId });
        b.HasIndex(x => x.EnterpriseId);
        b.HasOne<DisposalCase>().WithMany().HasForeignKey(x => x.EndedByDisposalId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ZombieReviewConfiguration : IEntityTypeConfiguration<ZombieReview>
{
    public void Configure(EntityTypeBuilder<ZombieReview> b)
    {
        b.Property(x => x.Signals).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.EnterpriseId).IsUnique();
        b.HasIndex(x => new { x.ZoneId, x.ParkId });
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DisposalCaseConfiguration : IEntityTypeConfiguration<DisposalCase>
{
    public void Configure(EntityTypeBuilder<DisposalCase> b)
    {
        b.Property(x => x.NextTenant).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(2000);
        b.Property(x => x.RecoveredArea).HasPrecision(14, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ZoneId, x.ParkId, x.Stage });
        b.HasIndex(x => x.EnterpriseId);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}
