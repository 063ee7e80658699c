using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Organisation;
using Torchbase.Domain.Points;

namespace Torchbase.Data.Configurations;

internal sealed class IndicatorSetVersionConfiguration : IEntityTypeConfiguration<IndicatorSetVersion>
{
    public void Configure(EntityTypeBuilder<IndicatorSetVersion> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.CreatedBy).HasMaxLength(100);
        b.HasIndex(x => new { x.ZoneId, x.Number }).IsUnique();
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PointsRunConfiguration : IEntityTypeConfiguration<PointsRun>
{
    public void Configure(EntityTypeBuilder<PointsRun> b)
    {
        b.Property(x => x.InputHash).HasMaxLength(64);
        b.HasIndex(x => new { x.ZoneId, x.Year, x.SetVersionId }).IsUnique();
        b.HasOne<IndicatorSetVersion>().WithMany().HasForeignKey(x => x.SetVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EnterpriseScoreConfiguration : IEntityTypeConfiguration<EnterpriseScore>
{
    public void Configure(EntityTypeBuilder<EnterpriseScore> b)
    {
        b.Property(x => x.Grade).HasMaxLength(10);
        b.HasIndex(x => new { x.EnterpriseId, x.Year, x.SetVersionId }).IsUnique();
        b.HasIndex(x => new { x.ZoneId, x.Year, x.SetNumber, x.Rank });
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<IndicatorSetVersion>().WithMany().HasForeignKey(x => x.SetVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}
