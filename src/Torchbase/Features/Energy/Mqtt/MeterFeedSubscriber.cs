using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;
using Torchbase.Data;

namespace Torchbase.Features.Energy.Mqtt;

/// <summary>
/// Subscribes to the meter feed and stores what arrives with <see cref="MeterReadingStore"/>.
/// <list type="bullet">
/// <item>QoS 1 on a persistent session (clean start off, a session expiry): the broker queues messages while the host is away.</item>
/// <item>A message is acknowledged only after the store has committed its readings; until then the broker keeps it and delivers it
/// again after a reconnect. A redelivered reading is a duplicate to the store (idempotent by meter and instant), not a second row.</item>
/// <item>When the store fails (the database is down), the message is retried with back-off and not acknowledged meanwhile.</item>
/// <item>A lost connection is retried with exponential back-off up to a cap, each attempt logged.</item>
/// <item>A malformed message (not JSON, a field missing, a value not a number) is counted, logged and acknowledged: sending it
/// again would not make it readable.</item>
/// </list>
/// </summary>
public sealed partial class MeterFeedSubscriber(
    IServiceScopeFactory scopes, IOptions<MeterFeedOptions> options, MeterFeedStatus status, ILogger<MeterFeedSubscriber> log)
    : BackgroundService
{
    private readonly MeterFeedOptions _options = options.Value;
    private Guid _zoneId;
    private CancellationToken _stopping;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled) return;
        _stopping = stoppingToken;
        _zoneId = await RetryAsync("resolve the feed's zone", ResolveZoneAsync, stoppingToken);
        using var client = new MqttClientFactory().CreateMqttClient();
        client.ApplicationMessageReceivedAsync += OnMessageAsync;
        client.DisconnectedAsync += e =>
        {
            if (e.ClientWasConnected)
            {
                status.SetConnected(false);
                LogDisconnected(e.Reason.ToString(), e.Exception?.Message);
            }
            return Task.CompletedTask;
        };
        var connect = new MqttClientOptionsBuilder()
            .WithTcpServer(_options.Host, _options.Port)
            .WithClientId(_options.ClientId)
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
            .WithCleanStart(false)
            .WithSessionExpiryInterval(_options.SessionExpirySeconds)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(15))
            .WithTimeout(TimeSpan.FromSeconds(10));
        if (!string.IsNullOrEmpty(_options.Username)) connect = connect.WithCredentials(_options.Username, _options.Password);
        var connectOptions = connect.Build();
        var subscribe = new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(_options.Topic, MqttQualityOfServiceLevel.AtLeastOnce).Build();

        var wait = TimeSpan.FromSeconds(_options.ReconnectInitialSeconds);
        var attempt = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (client.IsConnected)
            {
                await Pause(TimeSpan.FromMilliseconds(500), stoppingToken);
                continue;
            }
            try
            {
                attempt++;
                var result = await client.ConnectAsync(connectOptions, stoppingToken);
                await client.SubscribeAsync(subscribe, stoppingToken);
                status.SetConnected(true);
                LogConnected(_options.Host, _options.Port, _options.Topic, result.IsSessionPresent, attempt);
                wait = TimeSpan.FromSeconds(_options.ReconnectInitialSeconds);
                attempt = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                status.SetConnected(false);
                LogConnectFailed(_options.Host, _options.Port, attempt, wait.TotalSeconds, e.Message);
                await Pause(wait, stoppingToken);
                wait = TimeSpan.FromSeconds(Math.Min(wait.TotalSeconds * 2, _options.ReconnectMaxSeconds));
            }
        }
        status.SetConnected(false);
        if (client.IsConnected)
        {
            // A normal disconnect keeps the session (its expiry is not zero): what arrives meanwhile waits at the broker.
            try
            {
                await client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), CancellationToken.None);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                LogDisconnected("stopping", e.Message);
            }
        }
    }

    private async Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        // Acknowledged below, by hand, once the readings are committed.
        e.AutoAcknowledge = false;
        status.MessageReceived();
        var parsed = MeterFeedPayload.Parse(e.ApplicationMessage.Payload);
        if (parsed.Malformed.Count > 0)
        {
            status.ReadingsMalformed(parsed.Malformed.Count);
            foreach (var (index, reason) in parsed.Malformed.Take(5)) LogMalformed(e.ApplicationMessage.Topic, index, reason);
        }
        if (parsed.Readings.Count > 0)
        {
            MeterReadingStoreResult result;
            try
            {
                result = await RetryAsync("store readings", ct => StoreAsync(parsed.Readings, ct), _stopping);
            }
            catch (OperationCanceledException)
            {
                // Stopping before the store committed: no acknowledgement, so the broker delivers the message again.
                return;
            }
            status.ReadingsStored(result);
            foreach (var r in result.Rejected.Take(5)) LogRejected(e.ApplicationMessage.Topic, r.MeterCode, r.At, r.Value, r.Reason);
        }
        try
        {
            await e.AcknowledgeAsync(_stopping);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The connection went before the acknowledgement: the broker delivers the message again, the store sees duplicates.
            LogAckFailed(e.ApplicationMessage.Topic, ex.Message);
        }
    }

    private async Task<MeterReadingStoreResult> StoreAsync(IReadOnlyList<MeterReadingInput> readings, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var system = db.RunAsSystem();
        return await scope.ServiceProvider.GetRequiredService<MeterReadingStore>().StoreAsync(_zoneId, readings, ct);
    }

    private async Task<Guid> ResolveZoneAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var system = db.RunAsSystem();
        var zone = _options.Zone!.Trim();
        var ids = Guid.TryParse(zone, out var id)
            ? await db.Zones.Where(z => z.Id == id).Select(z => z.Id).ToListAsync(ct)
            : await db.Zones.Where(z => z.Name == zone).Select(z => z.Id).ToListAsync(ct);
        return ids.Count == 1 ? ids[0]
            : throw new InvalidOperationException($"{MeterFeedOptions.Section}:Zone \"{zone}\" matches {ids.Count} zones; give the zone's id or exact name");
    }

    /// <summary>Runs the step until it succeeds or the host stops, waiting longer after each failure (up to the reconnect cap).</summary>
    private async Task<T> RetryAsync<T>(string what, Func<CancellationToken, Task<T>> step, CancellationToken ct)
    {
        var wait = TimeSpan.FromSeconds(_options.ReconnectInitialSeconds);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await step(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                LogStepFailed(what, attempt, wait.TotalSeconds, e.Message);
                await Task.Delay(wait, ct);
                wait = TimeSpan.FromSeconds(Math.Min(wait.TotalSeconds * 2, _options.ReconnectMaxSeconds));
            }
        }
    }

    private static async Task Pause(TimeSpan wait, CancellationToken ct)
    {
        try
        {
            await Task.Delay(wait, ct);
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(LogLevel.Information,
        "Meter feed connected to {Host}:{Port}, topic {Topic} (session kept by the broker: {SessionPresent}; attempt {Attempt})")]
    private partial void LogConnected(string host, int port, string topic, bool sessionPresent, int attempt);

    [LoggerMessage(LogLevel.Warning, "Meter feed disconnected ({Reason}): {Error}")]
    private partial void LogDisconnected(string reason, string? error);

    [LoggerMessage(LogLevel.Warning, "Meter feed cannot connect to {Host}:{Port} (attempt {Attempt}), next try in {Seconds} s: {Error}")]
    private partial void LogConnectFailed(string host, int port, int attempt, double seconds, string error);

    [LoggerMessage(LogLevel.Warning, "Meter feed: a malformed reading on {Topic} (item {Index}): {Reason}; acknowledged and skipped")]
    private partial void LogMalformed(string topic, int index, string reason);

    [LoggerMessage(LogLevel.Warning, "Meter feed: reading of {Meter} at {At} ({Value}) on {Topic} refused: {Reason}")]
    private partial void LogRejected(string topic, string meter, DateTimeOffset at, decimal value, string reason);

    [LoggerMessage(LogLevel.Warning, "Meter feed: could not acknowledge a message on {Topic} ({Error}); the broker will deliver it again")]
    private partial void LogAckFailed(string topic, string error);

    [LoggerMessage(LogLevel.Error, "Meter feed could not {What} (attempt {Attempt}), next try in {Seconds} s: {Error}")]
    private partial void LogStepFailed(string what, int attempt, double seconds, string error);
}
