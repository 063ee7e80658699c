using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Torchbase.Http;
using Torchbase.Identity;

namespace Torchbase.Features.Energy.Mqtt;

/// <summary>
/// The live feed's state on this host. <see cref="Enabled"/> is false when the feed is off, or belongs to a zone the caller does
/// not see (the counts are then zero).
/// </summary>
public sealed record MeterFeedStatusView(bool Enabled, bool Connected, string? Topic, DateTimeOffset Since, DateTimeOffset? LastMessageAt,
    long Received, long Stored, long Duplicates, long Rejected, long Malformed);

/// <summary>The live meter feed over MQTT: its status, and the subscriber's services.</summary>
public static class MeterFeedEndpoints
{
    public static void MapMeterFeedEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/energy/feed", GetMeterFeed)
            .WithTags("Energy")
            .WithName(nameof(GetMeterFeed))
            .WithSummary("The live meter feed on this host: enabled, connected, the last message's time, and counts since the host started")
            .RequireAuthorization(Permissions.EnergyRead);
    }

    public static IServiceCollection AddMeterFeed(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MeterFeedOptions>().Bind(configuration.GetSection(MeterFeedOptions.Section))
            .Validate(o => !o.Problems().Any(), $"{MeterFeedOptions.Section} is incomplete: see docs/operations.md (the live meter feed)")
            .ValidateOnStart();
        services.AddSingleton<MeterFeedStatus>();
        services.AddHostedService<MeterFeedSubscriber>();
        return services;
    }

    public static async Task<Ok<MeterFeedStatusView>> GetMeterFeed(
        IOptions<MeterFeedOptions> options, MeterFeedStatus status, [AsParameters] ApiServices api)
    {
        var o = options.Value;
        // The zone filter decides: a caller of another zone learns nothing about this zone's feed.
        var zone = o.Zone?.Trim() ?? "";
        var visible = o.Enabled && (Guid.TryParse(zone, out var id)
            ? await api.Db.Zones.AnyAsync(z => z.Id == id, api.Ct)
            : await api.Db.Zones.AnyAsync(z => z.Name == zone, api.Ct));
        return TypedResults.Ok(visible
            ? new MeterFeedStatusView(true, status.Connected, o.Topic, status.Since, status.LastMessageAt, status.Received, status.Stored,
                status.Duplicates, status.Rejected, status.Malformed)
            : new MeterFeedStatusView(false, false, null, status.Since, null, 0, 0, 0, 0, 0));
    }
}
