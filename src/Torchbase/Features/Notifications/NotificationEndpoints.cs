using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Http;

namespace Torchbase.Features.Notifications;

public sealed record NotificationQuery(bool? UnreadOnly, int? Page, int? PageSize, string? Sort, bool? Desc) : PageQuery(Page, PageSize, Sort, Desc);

public sealed record NotificationItem(Guid Id, string Title, string? Body, string? Link, DateTimeOffset CreatedAt, bool Read);

public static class NotificationEndpoints
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection("Torchbase:Email"));
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        return services;
    }

    /// <summary>The signed-in user's own notifications (the query filter keeps everyone else's out).</summary>
    public static void MapNotificationEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization();

        group.MapGet("/", async ([AsParameters] NotificationQuery q, AppDbContext db, CancellationToken ct) =>
        {
            var query = db.Notifications.AsNoTracking();
            if (q.UnreadOnly == true) query = query.Where(n => n.ReadAt == null);
            // Ids are version-7 GUIDs: ordering by id is ordering by time, on both databases.
            return TypedResults.Ok(await query.OrderByDescending(n => n.Id)
                .Select(n => new NotificationItem(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt != null)).ToPagedAsync(q, ct));
        });

        group.MapGet("/unread-count", async (AppDbContext db, CancellationToken ct) =>
            TypedResults.Ok(new { count = await db.Notifications.CountAsync(n => n.ReadAt == null, ct) }));

        group.MapPost("/{id:guid}/read", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, AppDbContext db, CancellationToken ct) =>
        {
            var n = await db.Notifications.FirstOrDefaultAsync(x => x.Id == id, ct);
            if (n is null) return Problems.NotFound();
            n.ReadAt ??= db.Clock.GetUtcNow();
            await db.SaveChangesAsync(ct);
            return TypedResults.NoContent();
        });

        group.MapPost("/read-all", async (AppDbContext db, CancellationToken ct) =>
        {
            var now = db.Clock.GetUtcNow();
            await db.Notifications.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
            return TypedResults.NoContent();
        });
    }
}
