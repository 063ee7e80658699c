using Torchbase.Data;
using Torchbase.Domain.Notifications;

namespace Torchbase.Features.Notifications;

/// <summary>Sends in-app notifications: rows added to the caller's unit of work, written by its SaveChanges.</summary>
public static class Notifier
{
    public static void Notify(this AppDbContext db, IEnumerable<Guid> userIds, string title, string? body, string? link)
    {
        var now = db.Clock.GetUtcNow();
        foreach (var userId in userIds.Distinct())
            db.Notifications.Add(new Notification { Id = Guid.CreateVersion7(now), UserId = userId, Title = title, Body = body, Link = link, CreatedAt = now });
    }
}
