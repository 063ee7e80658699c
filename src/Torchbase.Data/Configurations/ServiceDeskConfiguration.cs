using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torchbase.Domain.Common;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Organisation;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Identity;

namespace Torchbase.Data.Configurations;

internal sealed class ServiceRequestConfiguration : IEntityTypeConfiguration<ServiceRequest>
{
    public void Configure(EntityTypeBuilder<ServiceRequest> b)
    {
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(Limits.Title);
        b.Property(x => x.Description).HasMaxLength(Limits.LongText);
        b.Property(x => x.MeetingRecord).HasMaxLength(Limits.LongText);
        b.Property(x => x.Resolution).HasMaxLength(Limits.LongText);
        b.Property(x => x.RatingComment).HasMaxLength(Limits.Comment);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => new { x.ZoneId, x.ParkId, x.SubmittedOn });
        b.HasIndex(x => new { x.ZoneId, x.EnterpriseId });
        b.HasIndex(x => new { x.Status, x.DueOn });
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Park>().WithMany().HasForeignKey(x => x.ParkId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Visit>().WithMany().HasForeignKey(x => x.VisitId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OfficerId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Transitions).WithOne().HasForeignKey(t => t.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Tasks).WithOne().HasForeignKey(t => t.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Attachments).WithOne().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RequestTransitionConfiguration : IEntityTypeConfiguration<RequestTransition>
{
    public void Configure(EntityTypeBuilder<RequestTransition> b)
    {
        // Ids come from the workflow: a history row found on a tracked request is new, never an update.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.UserName).HasMaxLength(100);
        b.Property(x => x.Reason).HasMaxLength(Limits.Paragraph);
        b.HasIndex(x => x.RequestId);
    }
}

internal sealed class DepartmentTaskConfiguration : IEntityTypeConfiguration<DepartmentTask>
{
    public void Configure(EntityTypeBuilder<DepartmentTask> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Reply).HasMaxLength(Limits.LongText);
        b.Property(x => x.RepliedBy).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.DepartmentId, x.RequestId });
        b.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RequestAttachmentConfiguration : IEntityTypeConfiguration<RequestAttachment>
{
    public void Configure(EntityTypeBuilder<RequestAttachment> b)
    {
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.StoredAs).HasMaxLength(100);
        b.Property(x => x.UploadedBy).HasMaxLength(100);
        b.HasIndex(x => x.RequestId);
    }
}

internal sealed class OfficerAssignmentConfiguration : IEntityTypeConfiguration<OfficerAssignment>
{
    public void Configure(EntityTypeBuilder<OfficerAssignment> b)
    {
        b.HasKey(x => x.EnterpriseId);
        b.HasIndex(x => new { x.ZoneId, x.OfficerId });
        b.HasOne<Enterprise>().WithOne().HasForeignKey<OfficerAssignment>(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OfficerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> b)
    {
        b.Property(x => x.VisitorName).HasMaxLength(100);
        b.Property(x => x.Purpose).HasMaxLength(Limits.Note);
        b.Property(x => x.Findings).HasMaxLength(Limits.LongText);
        b.HasIndex(x => new { x.ZoneId, x.ParkId, x.VisitedOn });
        b.HasIndex(x => x.EnterpriseId);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Park>().WithMany().HasForeignKey(x => x.ParkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AgencyItemConfiguration : IEntityTypeConfiguration<AgencyItem>
{
    public void Configure(EntityTypeBuilder<AgencyItem> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Authority).HasMaxLength(100);
        b.HasIndex(x => new { x.ZoneId, x.Stage });
    }
}

internal sealed class AgencyCaseConfiguration : IEntityTypeConfiguration<AgencyCase>
{
    public void Configure(EntityTypeBuilder<AgencyCase> b)
    {
        b.Property(x => x.AgentName).HasMaxLength(Limits.Name);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ZoneId, x.ParkId, x.OpenedOn });
        b.HasOne<AgencyItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgencyStepConfiguration : IEntityTypeConfiguration<AgencyStep>
{
    public void Configure(EntityTypeBuilder<AgencyStep> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(Limits.Comment);
    }
}

internal sealed class ServiceCategoryConfiguration : IEntityTypeConfiguration<ServiceCategory>
{
    public void Configure(EntityTypeBuilder<ServiceCategory> b)
    {
        b.Property(x => x.Name).HasMaxLength(50);
        b.HasIndex(x => new { x.ZoneId, x.Code }).IsUnique();
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId);
    }
}

internal sealed class DeadlineSettingConfiguration : IEntityTypeConfiguration<DeadlineSetting>
{
    public void Configure(EntityTypeBuilder<DeadlineSetting> b)
    {
        b.HasKey(x => x.ZoneId);
        b.HasOne<Zone>().WithOne().HasForeignKey<DeadlineSetting>(x => x.ZoneId);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Policy);
    }
}

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Number).HasMaxLength(60);
        b.Property(x => x.Url).HasMaxLength(500);
        b.HasIndex(x => x.Year).IsUnique();
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> b)
    {
        b.Property(x => x.Name).HasMaxLength(50);
        b.HasIndex(x => new { x.ZoneId, x.Date });
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}
