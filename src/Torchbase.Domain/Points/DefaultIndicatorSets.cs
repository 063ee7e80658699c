using System.Text.Json;
using System.Text.Json.Serialization;

namespace Torchbase.Domain.Points;

/// <summary>The indicator set a zone starts from (embedded JSON, one file per published revision) and the JSON form of any set.</summary>
public static class DefaultIndicatorSets
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly Lazy<IndicatorSet> Core = new(() => Load("torch-core-2024.json"));

    /// <summary>The Torch Center core set (3 groups, 18 indicators).</summary>
    public static IndicatorSet TorchCore => Core.Value;

    public static string Serialize(IndicatorSet set) => JsonSerializer.Serialize(set, Json);

    public static IndicatorSet Deserialize(string json) =>
        JsonSerializer.Deserialize<IndicatorSet>(json, Json) ?? throw new InvalidDataException("Empty indicator set.");

    private static IndicatorSet Load(string file)
    {
        using var stream = typeof(DefaultIndicatorSets).Assembly.GetManifestResourceStream($"Torchbase.Domain.Points.Rules.{file}")
            ?? throw new InvalidOperationException($"Missing embedded rule file {file}.");
        using var reader = new StreamReader(stream);
        return Deserialize(reader.ReadToEnd());
    }
}
