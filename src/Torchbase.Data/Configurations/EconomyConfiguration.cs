using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torchbase.Domain.Economy;
using Torchbase.Domain.Organisation;

namespace Torchbase.Data.Configurations;

internal sealed class EconomicFigureConfiguration : IEntityTypeConfiguration<EconomicFigure>
{
    public void Configure(EntityTypeBuilder<EconomicFigure> b)
    {
        b.Property(x => x.IndicatorCode).HasMaxLength(20);
        b.Property(x => x.Value).HasPrecision(18, 4);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId);
        b.HasIndex(x => new { x.ZoneId, x.IndicatorCode, x.Year, x.Month }).IsUnique();
    }
}

internal sealed class EconomicTargetConfiguration : IEntityTypeConfiguration<EconomicTarget>
{
    public void Configure(EntityTypeBuilder<EconomicTarget> b)
    {
        b.Property(x => x.IndicatorCode).HasMaxLength(20);
        b.Property(x => x.TargetValue).HasPrecision(18, 4);
        b.Property(x => x.TargetGrowthPercent).HasPrecision(9, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId);
        b.HasIndex(x => new { x.ZoneId, x.IndicatorCode, x.Year }).IsUnique();
    }
}
