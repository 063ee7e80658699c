using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.ServiceDesk;

namespace Torchbase.Data;

public abstract partial class AppDbContext
{
    public DbSet<ServiceRequest> ServiceRequests => Set<ServiceRequest>();
    public DbSet<RequestTransition> RequestTransitions => Set<RequestTransition>();
    public DbSet<DepartmentTask> DepartmentTasks => Set<DepartmentTask>();
    public DbSet<RequestAttachment> RequestAttachments => Set<RequestAttachment>();
    public DbSet<OfficerAssignment> OfficerAssignments => Set<OfficerAssignment>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<AgencyItem> AgencyItems => Set<AgencyItem>();
    public DbSet<AgencyCase> AgencyCases => Set<AgencyCase>();
    public DbSet<AgencyStep> AgencySteps => Set<AgencyStep>();
    public DbSet<ServiceCategory> ServiceCategories => Set<ServiceCategory>();
    public DbSet<DeadlineSetting> DeadlineSettings => Set<DeadlineSetting>();
    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    private Guid? DepartmentId => Scope.DepartmentId;

    /// <summary>
    /// Requests: the zone, park or enterprise of the caller; department staff only those their department must report on.
    /// Visits, agency cases and officer assignments are the parks' own work: not shown to departments or banks.
    /// Transitions, tasks and attachments are reached through their (filtered) request.
    /// </summary>
    private void ConfigureServiceDeskScopeFilters(ModelBuilder builder)
    {
        builder.Entity<ServiceRequest>().HasQueryFilter(r => Unrestricted ||
            (ZoneIds.Contains(r.ZoneId) && (ParkId == null || r.ParkId == ParkId) && (EnterpriseId == null || r.EnterpriseId == EnterpriseId)
             && BankId == null && (DepartmentId == null || r.Tasks.Any(t => t.DepartmentId == DepartmentId))));
        builder.Entity<Visit>().HasQueryFilter(v => Unrestricted ||
            (ZoneIds.Contains(v.ZoneId) && (ParkId == null || v.ParkId == ParkId) && (EnterpriseId == null || v.EnterpriseId == EnterpriseId)
             && BankId == null && DepartmentId == null));
        builder.Entity<AgencyCase>().HasQueryFilter(c => Unrestricted ||
            (ZoneIds.Contains(c.ZoneId) && (ParkId == null || c.ParkId == ParkId) && (EnterpriseId == null || c.EnterpriseId == EnterpriseId)
             && BankId == null && DepartmentId == null));
        builder.Entity<OfficerAssignment>().HasQueryFilter(a => Unrestricted ||
            (ZoneIds.Contains(a.ZoneId) && (ParkId == null || a.ParkId == ParkId) && (EnterpriseId == null || a.EnterpriseId == EnterpriseId)
             && BankId == null && DepartmentId == null));
        builder.Entity<AgencyItem>().HasQueryFilter(i => Unrestricted || ZoneIds.Contains(i.ZoneId));
        builder.Entity<ServiceCategory>().HasQueryFilter(c => Unrestricted || ZoneIds.Contains(c.ZoneId));
        builder.Entity<DeadlineSetting>().HasQueryFilter(s => Unrestricted || ZoneIds.Contains(s.ZoneId));
        // The official calendar (no zone) is everyone's; a zone's own days off are its own.
        builder.Entity<CalendarDay>().HasQueryFilter(d => Unrestricted || d.ZoneId == null || ZoneIds.Contains(d.ZoneId.Value));
    }
}
