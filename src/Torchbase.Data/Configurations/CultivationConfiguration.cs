using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Organisation;

namespace Torchbase.Data.Configurations;

internal sealed class CultivationEntryConfiguration : IEntityTypeConfiguration<CultivationEntry>
{
    public void Configure(EntityTypeBuilder<CultivationEntry> b)
    {
        b.Property(x => x.OfficerName).HasMaxLength(50);
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        // One entry per enterprise, tier and year: a second application the same year is the same cultivation.
        b.HasIndex(x => new { x.EnterpriseId, x.TargetTier, x.TargetYear }).IsUnique();
        b.HasIndex(x => new { x.ZoneId, x.ParkId, x.TargetYear });
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Park>().WithMany().HasForeignKey(x => x.ParkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Actions).WithOne().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CultivationActionConfiguration : IEntityTypeConfiguration<CultivationAction>
{
    public void Configure(EntityTypeBuilder<CultivationAction> b)
    {
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.CertificateNo).HasMaxLength(60);
        b.Property(x => x.RecordedBy).HasMaxLength(50);
    }
}

internal sealed class StageTargetConfiguration : IEntityTypeConfiguration<StageTarget>
{
    public void Configure(EntityTypeBuilder<StageTarget> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ParkId, x.Year, x.Tier }).IsUnique();
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Park>().WithMany().HasForeignKey(x => x.ParkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EnterpriseDeclarationsConfiguration : IEntityTypeConfiguration<EnterpriseDeclarations>
{
    public void Configure(EntityTypeBuilder<EnterpriseDeclarations> b)
    {
        b.HasKey(x => x.EnterpriseId);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.EquityFinancing2Years).HasPrecision(18, 2);
        b.Property(x => x.EquityFinancing3Years).HasPrecision(18, 2);
        b.Property(x => x.MainBusinessShare).HasPrecision(6, 4);
        b.Property(x => x.NicheMarketShare).HasPrecision(6, 4);
        b.HasOne<Enterprise>().WithOne().HasForeignKey<EnterpriseDeclarations>(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoredEvaluationConfiguration : IEntityTypeConfiguration<StoredEvaluation>
{
    public void Configure(EntityTypeBuilder<StoredEvaluation> b)
    {
        b.ToTable("CultivationEvaluations");
        b.Property(x => x.RuleSetId).HasMaxLength(40);
        b.Property(x => x.Gaps).HasMaxLength(400);
        b.Property(x => x.Score).HasPrecision(6, 2);
        b.Property(x => x.ScoreMax).HasPrecision(6, 2);
        b.Property(x => x.Distance).HasPrecision(12, 4);
        b.HasIndex(x => new { x.EnterpriseId, x.Tier }).IsUnique();
        b.HasIndex(x => new { x.ZoneId, x.Tier, x.Verdict });
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}
