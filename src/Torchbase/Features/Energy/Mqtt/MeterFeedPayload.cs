using System.Buffers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Torchbase.Features.Energy.Mqtt;

/// <summary>
/// Reads a feed message: one reading <c>{"meter":"E-001","at":"2026-11-23T10:00:00+08:00","value":1234.5}</c> or an array of them.
/// A reading that cannot be read (not an object, a field missing or of the wrong type, an instant without its offset) is counted
/// as malformed with the reason; the others in the same message are kept. A message that is not JSON at all is one malformed entry.
/// </summary>
public static partial class MeterFeedPayload
{
    /// <summary>Messages above this size are refused unread.</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>What a message held: the readings that could be read, and why the others could not (index in the message, reason).</summary>
    public sealed record Parsed(IReadOnlyList<MeterReadingInput> Readings, IReadOnlyList<(int Index, string Reason)> Malformed);

    public static Parsed Parse(ReadOnlySequence<byte> payload)
    {
        if (payload.Length > MaxBytes) return Bad($"payload over {MaxBytes} bytes");
        if (payload.IsEmpty) return Bad("empty payload");
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(payload);
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException e)
        {
            return Bad("not JSON: " + e.Message);
        }
        using (document)
        {
            var root = document.RootElement;
            var readings = new List<MeterReadingInput>();
            var malformed = new List<(int, string)>();
            if (root.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in root.EnumerateArray()) Read(item, index++, readings, malformed);
                if (index == 0) malformed.Add((0, "empty array"));
            }
            else Read(root, 0, readings, malformed);
            return new Parsed(readings, malformed);
        }
    }

    private static Parsed Bad(string reason) => new([], [(0, reason)]);

    private static void Read(JsonElement item, int index, List<MeterReadingInput> readings, List<(int, string)> malformed)
    {
        var reason = Check(item, out var reading);
        if (reason is null) readings.Add(reading!);
        else malformed.Add((index, reason));
    }

    private static string? Check(JsonElement item, out MeterReadingInput? reading)
    {
        reading = null;
        if (item.ValueKind != JsonValueKind.Object) return "a reading must be a JSON object";
        if (!item.TryGetProperty("meter", out var meter) || meter.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(meter.GetString()))
            return "\"meter\" missing or not a non-empty string";
        if (!item.TryGetProperty("at", out var at) || at.ValueKind != JsonValueKind.String)
            return "\"at\" missing or not a string";
        var text = at.GetString()!;
        // An instant without its offset would be read in the host's time zone: refused, not guessed.
        if (!Offset().IsMatch(text) || !at.TryGetDateTimeOffset(out var instant))
            return "\"at\" is not an ISO-8601 instant with an offset (2026-11-23T10:00:00+08:00 or …Z)";
        if (!item.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Number)
            return "\"value\" missing or not a number";
        if (!value.TryGetDecimal(out var number)) return "\"value\" is out of range";
        reading = new MeterReadingInput(meter.GetString()!.Trim(), instant, number);
        return null;
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex Offset();
}
