using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torchbase.Domain.Organisation;

namespace Torchbase.Data.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> b) => b.Property(x => x.Name).HasMaxLength(100);
}

internal sealed class ZoneConfiguration : IEntityTypeConfiguration<Zone>
{
    public void Configure(EntityTypeBuilder<Zone> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasOne(x => x.Region).WithMany().HasForeignKey(x => x.RegionId);
        b.HasMany(x => x.Parks).WithOne().HasForeignKey(p => p.ZoneId);
    }
}

internal sealed class ParkConfiguration : IEntityTypeConfiguration<Park>
{
    public void Configure(EntityTypeBuilder<Park> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.LeaderName).HasMaxLength(50);
        b.Property(x => x.Contact).HasMaxLength(100);
        b.Property(x => x.AreaKm2).HasPrecision(12, 2);
        b.Property(x => x.Kind).HasDefaultValue(ParkKind.Industrial); // parks entered before the kind was recorded
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Contact).HasMaxLength(100);
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId);
    }
}

internal sealed class IndustryChainConfiguration : IEntityTypeConfiguration<IndustryChain>
{
    public void Configure(EntityTypeBuilder<IndustryChain> b)
    {
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.LeadEnterprises).HasMaxLength(500);
        b.HasIndex(x => new { x.ZoneId, x.Code }).IsUnique();
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId);
    }
}

internal sealed class BankConfiguration : IEntityTypeConfiguration<Bank>
{
    public void Configure(EntityTypeBuilder<Bank> b) => b.Property(x => x.Name).HasMaxLength(100);
}

internal sealed class BankBranchConfiguration : IEntityTypeConfiguration<BankBranch>
{
    public void Configure(EntityTypeBuilder<BankBranch> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Address).HasMaxLength(200);
        b.Property(x => x.Contact).HasMaxLength(100);
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId);
        b.HasOne<Bank>().WithMany().HasForeignKey(x => x.BankId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Set-up rows are deactivated, not deleted; every one of them detects a concurrent edit by its version.</summary>
internal static class SetupConventions
{
    public static void Apply(ModelBuilder builder)
    {
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(IDeactivatable).IsAssignableFrom(t.ClrType)).ToList())
        {
            // Rows written before the flag existed are active; true is the default, so only false is sent.
            builder.Entity(type.ClrType).Property(nameof(IDeactivatable.Active)).HasDefaultValue(true).HasSentinel(true);
            builder.Entity(type.ClrType).Property(nameof(Torchbase.Domain.Common.IVersioned.Version)).IsConcurrencyToken();
        }
    }
}
