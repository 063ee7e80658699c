using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Policies;

namespace Torchbase.Data;

public abstract partial class AppDbContext
{
    public DbSet<Policy> Policies => Set<Policy>();
    public DbSet<BenefitItem> BenefitItems => Set<BenefitItem>();
    public DbSet<BenefitApplication> BenefitApplications => Set<BenefitApplication>();
    public DbSet<BenefitObjection> BenefitObjections => Set<BenefitObjection>();
    public DbSet<BenefitAttachment> BenefitAttachments => Set<BenefitAttachment>();

    /// <summary>
    /// Policies are the zone's: its staff see every one, drafts included; an enterprise and a park officer see only published ones; a bank
    /// none. Items follow their policy. Applications follow their enterprise (an enterprise sees its own, a park officer its park's);
    /// objections and attached files follow their application.
    /// </summary>
    private void ConfigurePoliciesScopeFilters(ModelBuilder builder)
    {
        builder.Entity<Policy>().HasQueryFilter(p => Unrestricted ||
            (ZoneIds.Contains(p.ZoneId) && BankId == null && ((EnterpriseId == null && ParkId == null) || p.State == PolicyState.Published)));
        builder.Entity<BenefitItem>().HasQueryFilter(i => Unrestricted || Policies.Any(p => p.Id == i.PolicyId));
        builder.Entity<BenefitApplication>().HasQueryFilter(a => Unrestricted ||
            (ZoneIds.Contains(a.ZoneId) && BankId == null && Enterprises.Any(e => e.Id == a.EnterpriseId)));
        builder.Entity<BenefitObjection>().HasQueryFilter(o => Unrestricted || BenefitApplications.Any(a => a.Id == o.ApplicationId));
        builder.Entity<BenefitAttachment>().HasQueryFilter(f => Unrestricted || BenefitApplications.Any(a => a.Id == f.ApplicationId));
    }
}
