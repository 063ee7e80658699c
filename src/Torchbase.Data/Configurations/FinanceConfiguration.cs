using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Finance;
using Torchbase.Domain.Organisation;
using Torchbase.Domain.Policies;

namespace Torchbase.Data.Configurations;

internal sealed class FinancialProductConfiguration : IEntityTypeConfiguration<FinancialProduct>
{
    public void Configure(EntityTypeBuilder<FinancialProduct> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.Property(x => x.MinGrade).HasMaxLength(10);
        b.Property(x => x.MaxAmount).HasPrecision(18, 2);
        b.Property(x => x.RateFrom).HasPrecision(6, 3);
        b.Property(x => x.RateTo).HasPrecision(6, 3);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ZoneId, x.BankId });
        b.HasOne<Bank>().WithMany().HasForeignKey(x => x.BankId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FinancingRequestConfiguration : IEntityTypeConfiguration<FinancingRequest>
{
    public void Configure(EntityTypeBuilder<FinancingRequest> b)
    {
        b.Property(x => x.Purpose).HasMaxLength(500);
        b.Property(x => x.BankNote).HasMaxLength(500);
        foreach (var money in new[] { nameof(FinancingRequest.Amount), nameof(FinancingRequest.OfferedAmount), nameof(FinancingRequest.DisbursedAmount) })
            b.Property(money).HasPrecision(18, 2);
        b.Property(x => x.OfferedRate).HasPrecision(6, 3);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.BankId, x.Status });
        b.HasIndex(x => new { x.EnterpriseId, x.SubmittedOn });
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<FinancialProduct>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VoucherProviderConfiguration : IEntityTypeConfiguration<VoucherProvider>
{
    public void Configure(EntityTypeBuilder<VoucherProvider> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Services).HasMaxLength(500);
        b.Property(x => x.Contact).HasMaxLength(100);
        b.HasIndex(x => new { x.ZoneId, x.Name }).IsUnique();
    }
}

internal sealed class VoucherApplicationConfiguration : IEntityTypeConfiguration<VoucherApplication>
{
    public void Configure(EntityTypeBuilder<VoucherApplication> b)
    {
        b.Property(x => x.Service).HasMaxLength(200);
        b.Property(x => x.ReviewNote).HasMaxLength(500);
        foreach (var money in new[] { nameof(VoucherApplication.ContractAmount), nameof(VoucherApplication.RequestedAmount),
                     nameof(VoucherApplication.ApprovedAmount), nameof(VoucherApplication.RedeemedAmount) })
            b.Property(money).HasPrecision(18, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ZoneId, x.Year });
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<VoucherProvider>().WithMany().HasForeignKey(x => x.ProviderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<BenefitItem>().WithMany().HasForeignKey(x => x.PolicyItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PolicyFundApplicationConfiguration : IEntityTypeConfiguration<PolicyFundApplication>
{
    public void Configure(EntityTypeBuilder<PolicyFundApplication> b)
    {
        b.Property(x => x.FundName).HasMaxLength(200);
        b.Property(x => x.AppliedAmount).HasPrecision(18, 2);
        b.Property(x => x.SecuredAmount).HasPrecision(18, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ZoneId, x.Year });
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<BenefitItem>().WithMany().HasForeignKey(x => x.PolicyItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
