using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Http;

namespace Torchbase.Features.Notifications;

public sealed record NotificationQuery(bool? UnreadOnly, int? Page, int? PageSize, string? Sort, bool? Desc) : PageQuery(Page, PageSize, Sort, Desc);

public sealed record NotificationItem(Guid Id, string Title, string? Body, string? Link, DateTimeOffset CreatedAt, bool Read);

public sealed record UnreadCount(int Count);

/// <summary>The signed-in user's own notifications (the query filter keeps everyone else's out).</summary>
public static class NotificationEndpoints
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection("Torchbase:Email"));
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        return services;
    }

    public static void MapNotificationEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization();

        group.MapGet("/", ListNotifications)
            .WithName(nameof(ListNotifications))
            .WithSummary("The caller's notifications, newest first");
        group.MapGet("/unread-count", CountUnread)
            .WithName(nameof(CountUnread))
            .WithSummary("How many of the caller's notifications are unread");
        group.MapPost("/{id:guid}/read", MarkRead)
            .WithName(nameof(MarkRead))
            .WithSummary("Mark one notification read");
        group.MapPost("/read-all", MarkAllRead)
            .WithName(nameof(MarkAllRead))
            .WithSummary("Mark every notification of the caller read");
    }

    public static async Task<Ok<Paged<NotificationItem>>> ListNotifications([AsParameters] NotificationQuery q, [AsParameters] ApiServices api)
    {
        var query = api.Db.Notifications.AsNoTracking();
        if (q.UnreadOnly == true) query = query.Where(n => n.ReadAt == null);
        // Ids are version-7 GUIDs: ordering by id is ordering by time, on both databases.
        return TypedResults.Ok(await query.OrderByDescending(n => n.Id)
            .Select(n => new NotificationItem(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt != null)).ToPagedAsync(q, api.Ct));
    }

    public static async Task<Ok<UnreadCount>> CountUnread([AsParameters] ApiServices api) =>
        TypedResults.Ok(new UnreadCount(await api.Db.Notifications.CountAsync(n => n.ReadAt == null, api.Ct)));

    public static async Task<Results<NoContent, ProblemHttpResult>> MarkRead(Guid id, [AsParameters] ApiServices api)
    {
        var n = await api.Db.Notifications.FirstOrDefaultAsync(x => x.Id == id, api.Ct);
        if (n is null) return Problems.NotFound();
        n.ReadAt ??= api.Db.Clock.GetUtcNow();
        await api.Db.SaveChangesAsync(api.Ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> MarkAllRead([AsParameters] ApiServices api)
    {
        var now = api.Db.Clock.GetUtcNow();
        await api.Db.Notifications.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), api.Ct);
        return TypedResults.NoContent();
    }
}
