using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;
using Torchbase.Features.Energy.Mqtt;

namespace Torchbase.Tests;

/// <summary>The live meter feed's payload (each way a message can be malformed) and its status endpoint on a host without a broker.</summary>
public class MeterFeedPayloadTests
{
    private static MeterFeedPayload.Parsed Parse(string json) => MeterFeedPayload.Parse(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("""{"meter":"E-1","at":"2026-11-23T10:00:00+08:00","value":123.4}""", "E-1", "2026-11-23T02:00:00Z", "123.4")]
    [InlineData("""{"meter":" E-1 ","at":"2026-11-23T02:00:00Z","value":0}""", "E-1", "2026-11-23T02:00:00Z", "0")]
    [InlineData("""{"value":7,"at":"2026-11-23T10:00:00.5+08:00","meter":"W-9","extra":true}""", "W-9", "2026-11-23T02:00:00.5Z", "7")]
    [InlineData("""{"meter":"E-1","at":"2026-11-23T10:00:00+08:00","value":1e3}""", "E-1", "2026-11-23T02:00:00Z", "1000")]
    public void A_reading_is_read(string json, string meter, string utc, string value)
    {
        var parsed = Parse(json);
        Assert.Empty(parsed.Malformed);
        var reading = Assert.Single(parsed.Readings);
        Assert.Equal(meter, reading.MeterCode);
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), reading.At);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), reading.Value);
    }

    [Theory]
    [InlineData("not json {", "not JSON")]
    [InlineData("", "empty payload")]
    [InlineData("[]", "empty array")]
    [InlineData("42", "JSON object")]
    [InlineData("""{"at":"2026-11-23T10:00:00+08:00","value":1}""", "\"meter\"")]
    [InlineData("""{"meter":"","at":"2026-11-23T10:00:00+08:00","value":1}""", "\"meter\"")]
    [InlineData("""{"meter":5,"at":"2026-11-23T10:00:00+08:00","value":1}""", "\"meter\"")]
    [InlineData("""{"meter":"E-1","value":1}""", "\"at\"")]
    [InlineData("""{"meter":"E-1","at":"2026-11-23T10:00:00","value":1}""", "offset")]
    [InlineData("""{"meter":"E-1","at":"yesterday+08:00","value":1}""", "offset")]
    [InlineData("""{"meter":"E-1","at":"2026-11-23T10:00:00+08:00"}""", "\"value\"")]
    [InlineData("""{"meter":"E-1","at":"2026-11-23T10:00:00+08:00","value":"12.5"}""", "\"value\"")]
    [InlineData("""{"meter":"E-1","at":"2026-11-23T10:00:00+08:00","value":null}""", "\"value\"")]
    [InlineData("""{"meter":"E-1","at":"2026-11-23T10:00:00+08:00","value":1e400}""", "out of range")]
    public void A_malformed_message_is_one_malformed_entry_with_its_reason(string json, string reason)
    {
        var parsed = Parse(json);
        Assert.Empty(parsed.Readings);
        var (index, why) = Assert.Single(parsed.Malformed);
        Assert.Equal(0, index);
        Assert.Contains(reason, why, StringComparison.Ordinal);
    }

    [Fact]
    public void In_an_array_the_readable_readings_are_kept_and_the_others_counted()
    {
        var parsed = Parse("""
            [{"meter":"E-1","at":"2026-11-23T10:00:00+08:00","value":1},
             {"meter":"E-1","at":"2026-11-23T10:15:00+08:00","value":"x"},
             "E-2",
             {"meter":"E-2","at":"2026-11-23T10:15:00Z","value":2.25}]
            """);
        Assert.Equal(["E-1", "E-2"], parsed.Readings.Select(r => r.MeterCode));
        Assert.Equal([1, 2], parsed.Malformed.Select(m => m.Index));
    }

    [Fact]
    public void A_message_over_the_size_limit_is_refused_unread()
    {
        var big = "[" + string.Join(',', Enumerable.Repeat("""{"meter":"E-1","at":"2026-11-23T10:00:00+08:00","value":1}""", 20_000)) + "]";
        Assert.True(Encoding.UTF8.GetByteCount(big) > MeterFeedPayload.MaxBytes);
        var parsed = Parse(big);
        Assert.Empty(parsed.Readings);
        Assert.Contains("over", Assert.Single(parsed.Malformed).Reason, StringComparison.Ordinal);
    }
}

[Collection(HostCollection.Name)]
public class MeterFeedApiTests(TorchbaseFactory host)
{
    [Fact]
    public async Task Without_a_broker_the_feed_is_reported_off_with_nothing_counted()
    {
        var bureau = await host.SignInAsync("bureau");
        var response = await bureau.Http.GetAsync("/api/energy/feed");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var feed = JsonDocument.Parse(body).RootElement;
        Assert.False(feed.GetProperty("enabled").GetBoolean());
        Assert.False(feed.GetProperty("connected").GetBoolean());
        Assert.Equal(JsonValueKind.Null, feed.GetProperty("lastMessageAt").ValueKind);
        foreach (var count in new[] { "received", "stored", "duplicates", "rejected", "malformed" })
            Assert.Equal(0, feed.GetProperty(count).GetInt64());
    }
}
