using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Projects;

namespace Torchbase.Data;

public abstract partial class AppDbContext
{
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ProjectStageChange> ProjectStageChanges => Set<ProjectStageChange>();
    public DbSet<ProjectAnnualPlan> ProjectAnnualPlans => Set<ProjectAnnualPlan>();
    public DbSet<ProjectMonthlyInvestment> ProjectMonthlyInvestments => Set<ProjectMonthlyInvestment>();
    public DbSet<ProjectFundsArrival> ProjectFundsArrivals => Set<ProjectFundsArrival>();
    public DbSet<ProjectMilestone> ProjectMilestones => Set<ProjectMilestone>();
    public DbSet<ProjectApproval> ProjectApprovals => Set<ProjectApproval>();
    public DbSet<ProjectAnnualOutput> ProjectAnnualOutputs => Set<ProjectAnnualOutput>();
    public DbSet<SupervisionRecord> SupervisionRecords => Set<SupervisionRecord>();
    public DbSet<RatingCriterionSetting> RatingCriterionSettings => Set<RatingCriterionSetting>();

    /// <summary>
    /// A project is seen by its zone, and by a park officer only in the officer's park; enterprises and banks see none.
    /// Its history, plans, monthly figures, milestones, approval items, output figures and supervision are reached through the filtered
    /// Projects set, never by id alone.
    /// </summary>
    private void ConfigureProjectsScopeFilters(ModelBuilder builder)
    {
        builder.Entity<Project>().HasQueryFilter(p => Unrestricted ||
            (ZoneIds.Contains(p.ZoneId) && (ParkId == null || p.ParkId == ParkId) && EnterpriseId == null && BankId == null));
        builder.Entity<RatingCriterionSetting>().HasQueryFilter(c => Unrestricted || ZoneIds.Contains(c.ZoneId));
    }
}
