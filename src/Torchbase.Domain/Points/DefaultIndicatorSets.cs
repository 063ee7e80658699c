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
    private static readonly Lazy<IndicatorSet> Guide2 = new(() => Load("torch-guide2-2025.json"));

    /// <summary>The 2024 national guide's core set (3 groups, 18 indicators, weights by enterprise stage): a zone's version 1.</summary>
    public static IndicatorSet TorchCore => Core.Value;

    /// <summary>Guide 2.0 (2025-10-29): 4 groups, 9 indicators for 100 points plus 3 bonus indicators for up to 30.</summary>
    public static IndicatorSet TorchGuide2 => Guide2.Value;

    /// <summary>The published sets a zone can start a version from, by a stable code.</summary>
    public static IReadOnlyList<(string Code, IndicatorSet Set)> Official =>
        [("torch-core-2024", TorchCore), ("torch-guide2-2025", TorchGuide2)];

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
