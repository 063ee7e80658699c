using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Finance;

namespace Torchbase.Data;

public abstract partial class AppDbContext
{
    public DbSet<FinancialProduct> FinancialProducts => Set<FinancialProduct>();
    public DbSet<FinancingRequest> FinancingRequests => Set<FinancingRequest>();
    public DbSet<VoucherProvider> VoucherProviders => Set<VoucherProvider>();
    public DbSet<VoucherApplication> VoucherApplications => Set<VoucherApplication>();
    public DbSet<PolicyFundApplication> PolicyFundApplications => Set<PolicyFundApplication>();

    /// <summary>
    /// A bank sees its own products and the requests addressed to it by enterprises that consent to share with it (the Enterprise
    /// filter decides consent); enterprise-owned rows follow their enterprise; vouchers and funds are not a bank's business.
    /// </summary>
    private void ConfigureFinanceScopeFilters(ModelBuilder builder)
    {
        builder.Entity<FinancialProduct>().HasQueryFilter(p => Unrestricted || (ZoneIds.Contains(p.ZoneId) && (BankId == null || p.BankId == BankId)));
        builder.Entity<FinancingRequest>().HasQueryFilter(r => Unrestricted ||
            ((BankId == null || r.BankId == BankId) && Enterprises.Any(e => e.Id == r.EnterpriseId)));
        builder.Entity<VoucherProvider>().HasQueryFilter(p => Unrestricted || ZoneIds.Contains(p.ZoneId));
        builder.Entity<VoucherApplication>().HasQueryFilter(v => Unrestricted || (BankId == null && Enterprises.Any(e => e.Id == v.EnterpriseId)));
        builder.Entity<PolicyFundApplication>().HasQueryFilter(f => Unrestricted || (BankId == null && Enterprises.Any(e => e.Id == f.EnterpriseId)));
    }
}
