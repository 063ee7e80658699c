using System.Diagnostics.Metrics;

namespace Torchbase.Features.Energy.Mqtt;

/// <summary>
/// What the live feed has done since the host started: one per host (each host reports its own subscriber), read by
/// <c>GET /api/energy/feed</c> and published as <see cref="System.Diagnostics.Metrics"/> instruments on the meter
/// <c>Torchbase.Energy.Feed</c> (dotnet-counters, OpenTelemetry).
/// </summary>
public sealed class MeterFeedStatus
{
    public const string MeterName = "Torchbase.Energy.Feed";

    private readonly TimeProvider _clock;
    private readonly Counter<long> _received;
    private readonly Counter<long> _stored;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _malformed;
    private long _receivedCount, _storedCount, _duplicateCount, _rejectedCount, _malformedCount;
    private long _lastMessageTicks = -1;
    private volatile bool _connected;

    public MeterFeedStatus(IMeterFactory meters, TimeProvider clock)
    {
        _clock = clock;
        Since = clock.GetUtcNow();
        var meter = meters.Create(MeterName);
        _received = meter.CreateCounter<long>("torchbase.energy.feed.messages", "{message}", "Messages received from the broker");
        _stored = meter.CreateCounter<long>("torchbase.energy.feed.readings.stored", "{reading}", "Readings stored");
        _duplicates = meter.CreateCounter<long>("torchbase.energy.feed.readings.duplicate", "{reading}",
            "Readings already stored (a redelivery or a repeat)");
        _rejected = meter.CreateCounter<long>("torchbase.energy.feed.readings.rejected", "{reading}",
            "Readings refused by the store (unknown meter, negative or conflicting value)");
        _malformed = meter.CreateCounter<long>("torchbase.energy.feed.readings.malformed", "{reading}",
            "Readings that could not be read (not JSON, a field missing or of the wrong type)");
        meter.CreateObservableGauge("torchbase.energy.feed.connected", () => _connected ? 1 : 0, null, "1 while connected to the broker");
    }

    public DateTimeOffset Since { get; }
    public bool Connected => _connected;
    public long Received => Interlocked.Read(ref _receivedCount);
    public long Stored => Interlocked.Read(ref _storedCount);
    public long Duplicates => Interlocked.Read(ref _duplicateCount);
    public long Rejected => Interlocked.Read(ref _rejectedCount);
    public long Malformed => Interlocked.Read(ref _malformedCount);

    public DateTimeOffset? LastMessageAt =>
        Interlocked.Read(ref _lastMessageTicks) is var ticks and >= 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    public void SetConnected(bool connected) => _connected = connected;

    public void MessageReceived()
    {
        Interlocked.Exchange(ref _lastMessageTicks, _clock.GetUtcNow().UtcTicks);
        Add(ref _receivedCount, _received, 1);
    }

    public void ReadingsMalformed(int count) => Add(ref _malformedCount, _malformed, count);

    public void ReadingsStored(MeterReadingStoreResult result)
    {
        Add(ref _storedCount, _stored, result.Stored);
        Add(ref _duplicateCount, _duplicates, result.Duplicates);
        Add(ref _rejectedCount, _rejected, result.Rejected.Count);
    }

    private static void Add(ref long total, Counter<long> counter, int count)
    {
        if (count <= 0) return;
        Interlocked.Add(ref total, count);
        counter.Add(count);
    }
}
