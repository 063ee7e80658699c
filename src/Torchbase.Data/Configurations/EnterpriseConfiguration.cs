using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Organisation;

namespace Torchbase.Data.Configurations;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public const string UnsearchedIndex = "IX_Enterprises_Unsearched";

    public void Configure(EntityTypeBuilder<Enterprise> b)
    {
        b.Property(x => x.CreditCode).HasMaxLength(18).IsFixedLength();
        b.Property(x => x.Name).HasMaxLength(200);
        // Derived from the name by its getter; the column is what PostgreSQL's search index covers (PostgresAppDbContext).
        b.Property(x => x.SearchGrams).UsePropertyAccessMode(PropertyAccessMode.Property);
        // The few rows whose grams are still to be filled at start-up (EnterpriseSearchDefaults), found without reading the table.
        b.HasIndex(x => x.Id, UnsearchedIndex).HasFilter($"\"{nameof(Enterprise.SearchGrams)}\" = ''");
        b.Property(x => x.IndustryChain).HasMaxLength(40);
        b.Property(x => x.IndustryLink).HasMaxLength(100);
        b.Property(x => x.IndustryCode).HasMaxLength(5);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.LegalRepresentative).HasMaxLength(50);
        b.Property(x => x.ContactName).HasMaxLength(50);
        b.Property(x => x.ContactPhone).HasMaxLength(30);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ZoneId, x.CreditCode }).IsUnique();
        b.HasIndex(x => new { x.ZoneId, x.ParkId });
        b.HasIndex(x => new { x.ZoneId, x.Name });
        // The registry list's orders that page by key (name, registration date; the id breaks ties): a page after a cursor is
        // a range of one of these read forwards or backwards, however deep it lies. Not led by the zone: a caller's zones are
        // a list, and an index led by the zone gives rows in key order only for one zone at a time.
        b.HasIndex(x => new { x.Name, x.Id }, "IX_Enterprises_Name_Id");
        b.HasIndex(x => new { x.RegisteredOn, x.Id }, "IX_Enterprises_RegisteredOn_Id");
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Park>().WithMany().HasForeignKey(x => x.ParkId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Reports).WithOne().HasForeignKey(r => r.EnterpriseId);
        b.HasMany(x => x.Qualifications).WithOne().HasForeignKey(q => q.EnterpriseId);
        b.HasMany(x => x.Lifecycle).WithOne().HasForeignKey(l => l.EnterpriseId);
        b.HasMany(x => x.Consents).WithOne().HasForeignKey(c => c.EnterpriseId);
    }
}

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> b)
    {
        b.HasIndex(x => new { x.EnterpriseId, x.Year }).IsUnique();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.ReturnReason).HasMaxLength(500);
        b.HasIndex(x => new { x.Status, x.Year });
        foreach (var money in new[] { nameof(AnnualReport.Revenue), nameof(AnnualReport.HighTechRevenue), nameof(AnnualReport.RdExpense),
                     nameof(AnnualReport.DomesticRdExpense), nameof(AnnualReport.OperatingCost), nameof(AnnualReport.NetAssets),
                     nameof(AnnualReport.TotalAssets), nameof(AnnualReport.NetProfit), nameof(AnnualReport.Taxes),
                     nameof(AnnualReport.MainBusinessRevenue), nameof(AnnualReport.TotalLiabilities), nameof(AnnualReport.EquityFinancing) })
            b.Property(money).HasPrecision(18, 2);
    }
}

internal sealed class QualificationHeldConfiguration : IEntityTypeConfiguration<QualificationHeld>
{
    public void Configure(EntityTypeBuilder<QualificationHeld> b)
    {
        b.Property(x => x.Level).HasMaxLength(20);
        b.Property(x => x.CertificateNo).HasMaxLength(60);
        b.HasIndex(x => new { x.EnterpriseId, x.Type });
    }
}

internal sealed class LifecycleEventConfiguration : IEntityTypeConfiguration<LifecycleEvent>
{
    public void Configure(EntityTypeBuilder<LifecycleEvent> b) => b.Property(x => x.Note).HasMaxLength(500);
}

internal sealed class DataSharingConsentConfiguration : IEntityTypeConfiguration<DataSharingConsent>
{
    public void Configure(EntityTypeBuilder<DataSharingConsent> b)
    {
        b.HasIndex(x => new { x.BankId, x.EnterpriseId });
        b.HasOne<Bank>().WithMany().HasForeignKey(x => x.BankId);
    }
}

internal sealed class InnovationPlatformConfiguration : IEntityTypeConfiguration<InnovationPlatform>
{
    public void Configure(EntityTypeBuilder<InnovationPlatform> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Field).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ZoneId, x.ParkId });
        b.HasOne<Park>().WithMany().HasForeignKey(x => x.ParkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class IncubationCarrierConfiguration : IEntityTypeConfiguration<IncubationCarrier>
{
    public void Configure(EntityTypeBuilder<IncubationCarrier> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.OperatorName).HasMaxLength(200);
        b.Property(x => x.AreaSqm).HasPrecision(12, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ZoneId, x.ParkId });
        b.HasOne<Park>().WithMany().HasForeignKey(x => x.ParkId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Tenancies).WithOne().HasForeignKey(t => t.CarrierId);
    }
}

internal sealed class IncubationTenancyConfiguration : IEntityTypeConfiguration<IncubationTenancy>
{
    public void Configure(EntityTypeBuilder<IncubationTenancy> b)
    {
        b.HasIndex(x => new { x.CarrierId, x.EnterpriseId });
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId);
    }
}

internal sealed class ParkEnterpriseTotalConfiguration : IEntityTypeConfiguration<ParkEnterpriseTotal>
{
    public void Configure(EntityTypeBuilder<ParkEnterpriseTotal> b)
    {
        b.ToTable("ParkEnterpriseTotals");
        b.HasKey(x => new { x.ZoneId, x.ParkId });
        b.Metadata.SetAnnotation(KeptByDatabase.Annotation, true);
    }
}

internal sealed class ParkRevenueTotalConfiguration : IEntityTypeConfiguration<ParkRevenueTotal>
{
    public void Configure(EntityTypeBuilder<ParkRevenueTotal> b)
    {
        b.ToTable("ParkRevenueTotals");
        b.HasKey(x => new { x.ZoneId, x.ParkId, x.Year });
        // A sum of revenues stated to 18 digits.
        b.Property(x => x.Revenue).HasPrecision(24, 2);
        b.Metadata.SetAnnotation(KeptByDatabase.Annotation, true);
    }
}

internal sealed class ParkResearchTotalConfiguration : IEntityTypeConfiguration<ParkResearchTotal>
{
    public void Configure(EntityTypeBuilder<ParkResearchTotal> b)
    {
        b.ToTable("ParkResearchTotals");
        b.HasKey(x => new { x.ZoneId, x.ParkId, x.Year });
        b.Metadata.SetAnnotation(KeptByDatabase.Annotation, true);
    }
}

internal sealed class SizeRulePrefixConfiguration : IEntityTypeConfiguration<SizeRulePrefix>
{
    public void Configure(EntityTypeBuilder<SizeRulePrefix> b)
    {
        b.ToTable("SizeRulePrefixes");
        b.HasKey(x => new { x.FromYear, x.Prefix });
        b.Property(x => x.Prefix).HasMaxLength(8);
        b.Property(x => x.Figure).HasMaxLength(32);
        b.Property(x => x.ThresholdWan).HasPrecision(18, 2);
        // Written from the rules file at start-up, never by a user's write, and not a zone's data.
        b.Metadata.SetAnnotation(KeptByDatabase.Annotation, true);
    }
}
