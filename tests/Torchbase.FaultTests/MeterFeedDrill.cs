using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using MQTTnet;
using MQTTnet.Protocol;
using Torchbase.Tests;
using Xunit.Abstractions;

namespace Torchbase.FaultTests;

/// <summary>
/// The live meter feed through a real broker: readings are published at QoS 1 while mosquitto is restarted; every reading the
/// publisher got a PUBACK for is stored exactly once, and the malformed messages in the stream are counted, not fatal.
/// </summary>
[Collection(DrillCollection.Name)]
public sealed class MeterFeedDrill(DrillEnvironment environment, ITestOutputHelper log)
{
    private const int Messages = 360;
    private const string Prefix = "DRILL-MQTT-";
    private static readonly DateTimeOffset Start = new(2027, 3, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private sealed record Reading(string Meter, DateTimeOffset At, decimal Value);

    private sealed record FeedStatus(bool Enabled, bool Connected, long Received, long Stored, long Duplicates, long Rejected, long Malformed);

    [Theory]
    [InlineData(DrillEnvironment.Postgres)]
    [InlineData(DrillEnvironment.Sqlite)]
    public async Task Every_acknowledged_reading_is_stored_once_across_a_broker_restart(string provider)
    {
        var timer = Stopwatch.StartNew();
        var database = await environment.CopyAsync(provider);
        var (zone, meters) = await MeterFixture.CreateAsync(database, Prefix, 4);
        await using var broker = await Mosquitto.StartAsync();
        await using var host = await HostProcess.StartAsync(database, new Dictionary<string, string>
        {
            ["Torchbase__Energy__Mqtt__Enabled"] = "true",
            ["Torchbase__Energy__Mqtt__Host"] = "127.0.0.1",
            ["Torchbase__Energy__Mqtt__Port"] = broker.Port.ToString(CultureInfo.InvariantCulture),
            ["Torchbase__Energy__Mqtt__Topic"] = "drill/meters/#",
            ["Torchbase__Energy__Mqtt__ClientId"] = "torchbase-drill-" + provider,
            ["Torchbase__Energy__Mqtt__Zone"] = zone,
            ["Torchbase__Energy__Mqtt__ReconnectInitialSeconds"] = "0.2",
            ["Torchbase__Energy__Mqtt__ReconnectMaxSeconds"] = "1",
        });
        var bureau = await host.SignInAsync("bureau");
        await WaitForAsync(bureau, s => s.Connected, TimeSpan.FromSeconds(20), "the feed to connect", host);
        log.WriteLine($"{provider}: database, broker and host ready in {timer.Elapsed.TotalSeconds:F1} s (the seeded demo is shared by the drills)");

        // The stream: single readings, arrays of three, and now and then a malformed message or a reading of an unknown meter.
        var acked = new ConcurrentBag<Reading>();
        var published = new ConcurrentBag<Reading>();
        var malformedAcked = 0;
        var unknownAcked = 0;
        var clock = Stopwatch.StartNew();
        await using var publisher = await Publisher.ConnectAsync(broker.Port);
        var restart = Task.CompletedTask;
        var value = 0m;
        for (var i = 0; i < Messages; i++)
        {
            if (i == Messages / 3) restart = broker.RestartAsync(TimeSpan.FromSeconds(1.5));
            string payload;
            List<Reading> readings = [];
            var malformed = i % 29 == 7 ? Malformed(i) : null;
            var unknown = i % 31 == 11;
            if (malformed is not null) payload = malformed;
            else
            {
                var count = i % 10 == 0 ? 3 : 1;
                for (var k = 0; k < count; k++)
                {
                    value += 1.5m;
                    readings.Add(new Reading(unknown ? "NO-SUCH-METER" : meters[(i + k) % meters.Count], Start.AddMinutes(i * 15 + k), value));
                }
                payload = readings.Count == 1 ? Json(readings[0]) : "[" + string.Join(',', readings.Select(Json)) + "]";
            }
            foreach (var r in readings.Where(_ => !unknown)) published.Add(r);
            await publisher.PublishAsync($"drill/meters/{i % 4}", payload);
            if (malformed is not null) malformedAcked++;
            else if (unknown) unknownAcked += readings.Count;
            else foreach (var r in readings) acked.Add(r);
            await Task.Delay(12);
        }
        await restart;
        log.WriteLine($"{provider}: {Messages} messages published in {clock.Elapsed.TotalSeconds:F1} s, {publisher.Retries} publish retries " +
            $"(the broker restarted after message {Messages / 3})");

        var expected = acked.Select(r => (r.Meter, r.At.ToUniversalTime())).ToHashSet();
        var caughtUp = Stopwatch.StartNew();
        var status = await WaitForAsync(bureau, s => s.Stored >= expected.Count, TimeSpan.FromSeconds(30), "the acknowledged readings", host);
        log.WriteLine($"{provider}: the feed had stored them {caughtUp.Elapsed.TotalSeconds:F1} s after the last publish");
        var stored = await MeterFixture.ReadingsAsync(database, Prefix);
        log.WriteLine($"{provider}: feed status {status}; {stored.Count} readings stored, {expected.Count} acknowledged to the publisher");

        Assert.False(host.HasExited, host.Output);
        Assert.True(status.Connected);
        // Exactly once: no pair twice, every acknowledged pair there, nothing that was never published.
        Assert.Equal(stored.Count, stored.Select(s => (s.Meter, s.At)).Distinct().Count());
        var keys = stored.Select(s => (s.Meter, s.At)).ToHashSet();
        Assert.DoesNotContain(expected, e => !keys.Contains(e));
        var publishedValues = published.ToDictionary(r => (r.Meter, r.At.ToUniversalTime()), r => r.Value);
        Assert.DoesNotContain(stored, s => !publishedValues.TryGetValue((s.Meter, s.At), out var v) || v != s.Value);
        Assert.Equal(stored.Count, status.Stored);
        // The restart reached the subscriber: it lost the connection and came back on its own.
        Assert.Contains("Meter feed disconnected", host.Output, StringComparison.Ordinal);
        // Malformed and unknown-meter messages were counted (a redelivery may count one twice) and the subscriber went on.
        Assert.True(malformedAcked > 0 && unknownAcked > 0);
        Assert.InRange(status.Malformed, malformedAcked, malformedAcked * 2);
        Assert.InRange(status.Rejected, unknownAcked, unknownAcked * 2);
    }

    private static string Json(Reading r) =>
        $"{{\"meter\":\"{r.Meter}\",\"at\":\"{r.At:yyyy-MM-ddTHH:mm:sszzz}\",\"value\":{r.Value.ToString(CultureInfo.InvariantCulture)}}}";

    private static string Malformed(int i) => (i / 29 % 4) switch
    {
        0 => "not json {",
        1 => $"{{\"meter\":\"{Prefix}1\",\"value\":1}}",
        2 => $"{{\"meter\":\"{Prefix}1\",\"at\":\"2027-03-01T00:00:00+08:00\",\"value\":\"many\"}}",
        _ => $"{{\"meter\":\"{Prefix}1\",\"at\":\"2027-03-01T00:00:00\",\"value\":1}}",
    };

    private async Task<FeedStatus> WaitForAsync(ApiClient client, Func<FeedStatus, bool> done, TimeSpan within, string what, HostProcess host)
    {
        FeedStatus? status = null;
        for (var deadline = DateTime.UtcNow + within; DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            status = await client.Http.GetFromJsonAsync<FeedStatus>("/api/energy/feed");
            if (status is not null && done(status)) return status;
        }
        log.WriteLine(host.Output);
        throw new TimeoutException($"Waited {within.TotalSeconds} s for {what}; last status {status}");
    }

    /// <summary>A device that publishes at QoS 1 and, when the broker is gone, reconnects and publishes again what was not acknowledged.</summary>
    private sealed class Publisher : IAsyncDisposable
    {
        private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
        private readonly MqttClientOptions _options;

        private Publisher(int port) => _options = new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port)
            .WithClientId("drill-meter-publisher").WithCleanStart().WithTimeout(TimeSpan.FromSeconds(3)).Build();

        public int Retries { get; private set; }

        public static async Task<Publisher> ConnectAsync(int port)
        {
            var publisher = new Publisher(port);
            await publisher._client.ConnectAsync(publisher._options);
            return publisher;
        }

        /// <summary>Returns once the broker has acknowledged the message (PUBACK).</summary>
        public async Task PublishAsync(string topic, string payload)
        {
            var message = new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(Encoding.UTF8.GetBytes(payload))
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build();
            for (var deadline = DateTime.UtcNow.AddSeconds(30); ; await Task.Delay(100))
            {
                try
                {
                    if (!_client.IsConnected) await _client.ConnectAsync(_options);
                    var result = await _client.PublishAsync(message);
                    if (result.IsSuccess) return;
                    throw new RefusedException(result.ReasonCode.ToString());
                }
                catch (Exception e) when (e is not RefusedException && DateTime.UtcNow < deadline)
                {
                    Retries++;
                }
            }
        }

        private sealed class RefusedException(string reason) : Exception("The broker refused a publish: " + reason);

        public async ValueTask DisposeAsync()
        {
            if (_client.IsConnected) await _client.DisconnectAsync();
            _client.Dispose();
        }
    }
}
