using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torchbase.Domain.Organisation;
using Torchbase.Domain.Projects;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Identity;

namespace Torchbase.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Investor).HasMaxLength(200);
        b.Property(x => x.Builder).HasMaxLength(200);
        b.Property(x => x.Origin).HasMaxLength(100);
        b.Property(x => x.LeaderName).HasMaxLength(50);
        b.Property(x => x.TeamName).HasMaxLength(100);
        b.Property(x => x.ImageProgress).HasMaxLength(500);
        b.Property(x => x.BroughtBy).HasMaxLength(100);
        b.Property(x => x.Category).HasDefaultValue(ProjectCategory.Industrial); // projects entered before the category was recorded
        b.Property(x => x.PlannedInvestment).HasPrecision(14, 2);
        b.Property(x => x.ActualFunds).HasPrecision(14, 2);
        b.Property(x => x.SpaceArea).HasPrecision(14, 2);
        b.Property(x => x.SpaceFloorLoad).HasPrecision(8, 2);
        b.Property(x => x.SpacePowerKva).HasPrecision(10, 2);
        // Projects entered before the 入库 date was asked get 0001-01-01 here; at start-up they take their creation date
        // (the day of their first stage record, 录入台账) — ProjectDefaults.EnsureAsync.
        b.Property(x => x.EnteredOn).HasDefaultValue(DateOnly.MinValue);
        b.HasIndex(x => new { x.ZoneId, x.EnteredOn });
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ZoneId, x.ParkId, x.Stage });
        b.HasIndex(x => new { x.ZoneId, x.SignedOn });
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Park>().WithMany().HasForeignKey(x => x.ParkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<IndustryChain>().WithMany().HasForeignKey(x => x.IndustryChainId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.BroughtByUserId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.StageChanges).WithOne().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.AnnualPlans).WithOne().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.MonthlyInvestments).WithOne().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Supervisions).WithOne().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.FundsArrivals).WithOne().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Milestones).WithOne().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Approvals).WithOne().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Outputs).WithOne().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProjectStageChangeConfiguration : IEntityTypeConfiguration<ProjectStageChange>
{
    public void Configure(EntityTypeBuilder<ProjectStageChange> b)
    {
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.By).HasMaxLength(100);
        b.HasIndex(x => new { x.ProjectId, x.On });
    }
}

internal sealed class ProjectAnnualPlanConfiguration : IEntityTypeConfiguration<ProjectAnnualPlan>
{
    public void Configure(EntityTypeBuilder<ProjectAnnualPlan> b)
    {
        b.Property(x => x.Target).HasPrecision(14, 2);
        b.HasIndex(x => new { x.ProjectId, x.Year }).IsUnique();
    }
}

internal sealed class ProjectMonthlyInvestmentConfiguration : IEntityTypeConfiguration<ProjectMonthlyInvestment>
{
    public void Configure(EntityTypeBuilder<ProjectMonthlyInvestment> b)
    {
        b.Property(x => x.Amount).HasPrecision(14, 2);
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ProjectId, x.Year, x.Month }).IsUnique();
    }
}

internal sealed class ProjectFundsArrivalConfiguration : IEntityTypeConfiguration<ProjectFundsArrival>
{
    public void Configure(EntityTypeBuilder<ProjectFundsArrival> b)
    {
        b.Property(x => x.Amount).HasPrecision(14, 2);
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ProjectId, x.Year, x.Month }).IsUnique();
    }
}

internal sealed class ProjectMilestoneConfiguration : IEntityTypeConfiguration<ProjectMilestone>
{
    public void Configure(EntityTypeBuilder<ProjectMilestone> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ProjectId, x.PlannedOn });
    }
}

internal sealed class ProjectApprovalConfiguration : IEntityTypeConfiguration<ProjectApproval>
{
    public void Configure(EntityTypeBuilder<ProjectApproval> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Helper).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ProjectId, x.Kind });
    }
}

internal sealed class ProjectAnnualOutputConfiguration : IEntityTypeConfiguration<ProjectAnnualOutput>
{
    public void Configure(EntityTypeBuilder<ProjectAnnualOutput> b)
    {
        b.Property(x => x.Target).HasPrecision(14, 2);
        b.Property(x => x.Actual).HasPrecision(14, 2);
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ProjectId, x.Year }).IsUnique();
    }
}

internal sealed class SupervisionRecordConfiguration : IEntityTypeConfiguration<SupervisionRecord>
{
    public void Configure(EntityTypeBuilder<SupervisionRecord> b)
    {
        b.Property(x => x.Progress).HasMaxLength(1000);
        b.Property(x => x.Problem).HasMaxLength(1000);
        b.Property(x => x.By).HasMaxLength(100);
        b.HasIndex(x => new { x.ProjectId, x.On });
        // A problem becomes one request, and a request answers one problem; deleting a request leaves the problem open again.
        b.HasIndex(x => x.ServiceRequestId).IsUnique();
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<ServiceRequest>().WithMany().HasForeignKey(x => x.ServiceRequestId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Scores).WithOne().HasForeignKey(x => x.SupervisionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TourScoreConfiguration : IEntityTypeConfiguration<TourScore>
{
    public void Configure(EntityTypeBuilder<TourScore> b)
    {
        b.Property(x => x.Criterion).HasMaxLength(40);
        b.Property(x => x.Score).HasPrecision(6, 2);
    }
}

internal sealed class RatingCriterionSettingConfiguration : IEntityTypeConfiguration<RatingCriterionSetting>
{
    public void Configure(EntityTypeBuilder<RatingCriterionSetting> b)
    {
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Weight).HasPrecision(6, 2);
        b.Property(x => x.MaxScore).HasPrecision(6, 2);
        b.HasIndex(x => new { x.ZoneId, x.Code }).IsUnique();
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId);
    }
}
