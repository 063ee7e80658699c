using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Notifications;

namespace Torchbase.Data;

public abstract partial class AppDbContext
{
    public DbSet<Notification> Notifications => Set<Notification>();

    private Guid? CurrentUserId => Scope.UserId;

    /// <summary>A user reads only their own notifications; the platform's jobs (no user) write and read all.</summary>
    private void ConfigureNotificationsScopeFilters(ModelBuilder builder) =>
        builder.Entity<Notification>().HasQueryFilter(n => (Unrestricted && CurrentUserId == null) || n.UserId == CurrentUserId);
}
