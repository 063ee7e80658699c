using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Http;

namespace Torchbase.Features.Notifications;

/// <summary>What a notification is about, read from the page it links to: a service request, a yearly report, or anything else.</summary>
public enum NotificationKind { ServiceRequest, AnnualReport, Other }

/// <summary>The caller's notifications, optionally only unread ones, of one kind, or created between two China dates (both included).</summary>
public sealed record NotificationQuery(bool? UnreadOnly, NotificationKind? Kind, DateOnly? From, DateOnly? To, int? Page, int? PageSize, string? Sort,
    bool? Desc) : PageQuery(Page, PageSize, Sort, Desc);

public sealed record NotificationItem(Guid Id, string Title, string? Body, string? Link, DateTimeOffset CreatedAt, bool Read, NotificationKind Kind);

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

    private const string RequestLinks = "/service/requests/";
    private const string ReportLinks = "tab=reports";

    public static async Task<Results<Ok<Paged<NotificationItem>>, ValidationProblem>> ListNotifications(
        [AsParameters] NotificationQuery q, [AsParameters] ApiServices api)
    {
        if (q.From is { } first && q.To is { } last && last < first) return Problems.Validation(new Errors().Add("to", "to_before_from"));
        var query = api.Db.Notifications.AsNoTracking();
        if (q.UnreadOnly == true) query = query.Where(n => n.ReadAt == null);
        query = q.Kind switch
        {
            NotificationKind.ServiceRequest => query.Where(n => n.Link != null && n.Link.StartsWith(RequestLinks)),
            NotificationKind.AnnualReport => query.Where(n => n.Link != null && !n.Link.StartsWith(RequestLinks) && n.Link.Contains(ReportLinks)),
            NotificationKind.Other => query.Where(n => n.Link == null || (!n.Link.StartsWith(RequestLinks) && !n.Link.Contains(ReportLinks))),
            _ => query,
        };
        // Dates are China dates: a day runs from 00:00 to 24:00 at UTC+8.
        if (q.From is { } from)
        {
            var start = ChinaMidnight(from);
            query = query.Where(n => n.CreatedAt >= start);
        }
        if (q.To is { } to)
        {
            var end = ChinaMidnight(to.AddDays(1));
            query = query.Where(n => n.CreatedAt < end);
        }
        // Ids are version-7 GUIDs: ordering by id is ordering by time, on both databases.
        return TypedResults.Ok(await query.OrderByDescending(n => n.Id)
            .Select(n => new NotificationItem(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt != null,
                n.Link != null && n.Link.StartsWith(RequestLinks) ? NotificationKind.ServiceRequest
                : n.Link != null && n.Link.Contains(ReportLinks) ? NotificationKind.AnnualReport : NotificationKind.Other))
            .ToPagedAsync(q, api.Ct));
    }

    private static DateTimeOffset ChinaMidnight(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), ClockExtensions.ChinaOffset).ToUniversalTime();

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
