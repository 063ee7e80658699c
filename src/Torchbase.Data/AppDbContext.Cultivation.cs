using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Cultivation;

namespace Torchbase.Data;

public abstract partial class AppDbContext
{
    public DbSet<CultivationEntry> CultivationEntries => Set<CultivationEntry>();
    public DbSet<CultivationAction> CultivationActions => Set<CultivationAction>();
    public DbSet<StageTarget> StageTargets => Set<StageTarget>();
    public DbSet<EnterpriseDeclarations> EnterpriseDeclarations => Set<EnterpriseDeclarations>();
    public DbSet<StoredEvaluation> CultivationEvaluations => Set<StoredEvaluation>();

    /// <summary>Library rows and stored evaluations follow their enterprise's scope; targets are the parks' (no enterprise or bank sees them).</summary>
    private void ConfigureCultivationScopeFilters(ModelBuilder builder)
    {
        builder.Entity<CultivationEntry>().HasQueryFilter(x => Unrestricted ||
            (ZoneIds.Contains(x.ZoneId) && (ParkId == null || x.ParkId == ParkId) && (EnterpriseId == null || x.EnterpriseId == EnterpriseId) && BankId == null));
        builder.Entity<StoredEvaluation>().HasQueryFilter(x => Unrestricted ||
            (ZoneIds.Contains(x.ZoneId) && (ParkId == null || x.ParkId == ParkId) && (EnterpriseId == null || x.EnterpriseId == EnterpriseId) && BankId == null));
        builder.Entity<StageTarget>().HasQueryFilter(x => Unrestricted ||
            (ZoneIds.Contains(x.ZoneId) && (ParkId == null || x.ParkId == ParkId) && EnterpriseId == null && BankId == null));
        builder.Entity<EnterpriseDeclarations>().HasQueryFilter(x => Unrestricted || Enterprises.Any(e => e.Id == x.EnterpriseId));
    }
}
