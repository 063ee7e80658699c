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
    public void Configure(EntityTypeBuilder<Park> b) => b.Property(x => x.Name).HasMaxLength(100);
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId);
    }
}

internal sealed class IndustryChainConfiguration : IEntityTypeConfiguration<IndustryChain>
{
    public void Configure(EntityTypeBuilder<IndustryChain> b)
    {
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasIndex(x => new { x.ZoneId, x.Code }).IsUnique();
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId);
    }
}

internal sealed class BankConfiguration : IEntityTypeConfiguration<Bank>
{
    public void Configure(EntityTypeBuilder<Bank> b) => b.Property(x => x.Name).HasMaxLength(100);
}
