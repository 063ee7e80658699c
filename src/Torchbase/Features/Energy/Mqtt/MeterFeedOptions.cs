namespace Torchbase.Features.Energy.Mqtt;

/// <summary>
/// The live meter feed (Torchbase:Energy:Mqtt): an MQTT broker the host subscribes to, off by default (the embedded default needs
/// no broker). docs/operations.md describes the settings, the payload and what happens when the broker restarts.
/// </summary>
public sealed class MeterFeedOptions
{
    public const string Section = "Torchbase:Energy:Mqtt";

    public bool Enabled { get; set; }
    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 1883;
    /// <summary>The topic filter subscribed to (wildcards allowed: <c>torchbase/meters/#</c>).</summary>
    public string Topic { get; set; } = "torchbase/meters/#";
    /// <summary>The client's identifier: the broker keeps the session (and the messages queued while the host is away) under it.</summary>
    public string ClientId { get; set; } = "torchbase-meter-feed";
    public string? Username { get; set; }
    public string? Password { get; set; }
    /// <summary>The zone the meters belong to: its id, or its name exactly as on the 区域 page.</summary>
    public string? Zone { get; set; }
    /// <summary>How long the broker keeps the session while the host is disconnected (MQTT 5 session expiry); a week by default.</summary>
    public uint SessionExpirySeconds { get; set; } = 7 * 24 * 3600;
    /// <summary>The first wait before reconnecting; each failed attempt doubles it, up to <see cref="ReconnectMaxSeconds"/>.</summary>
    public double ReconnectInitialSeconds { get; set; } = 1;
    public double ReconnectMaxSeconds { get; set; } = 60;

    /// <summary>What is wrong with the settings when the feed is enabled; empty when they will do.</summary>
    public IEnumerable<string> Problems()
    {
        if (!Enabled) yield break;
        if (string.IsNullOrWhiteSpace(Host)) yield return "Host is empty";
        if (Port is < 1 or > 65535) yield return "Port must be 1–65535";
        if (string.IsNullOrWhiteSpace(Topic)) yield return "Topic is empty";
        if (string.IsNullOrWhiteSpace(ClientId)) yield return "ClientId is empty (a persistent session needs a stable client id)";
        if (string.IsNullOrWhiteSpace(Zone)) yield return "Zone is empty (the zone's id or name)";
        if (ReconnectInitialSeconds <= 0 || ReconnectMaxSeconds < ReconnectInitialSeconds)
            yield return "ReconnectInitialSeconds must be > 0 and ReconnectMaxSeconds at least as long";
    }
}
