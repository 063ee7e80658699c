using System.Text.Json;
using System.Text.Json.Serialization;

namespace Torchbase.Domain.Economy;

/// <summary>The indicator definitions shipped with Torchbase, read once from the embedded <c>indicators.json</c>.</summary>
public static class IndicatorCatalogue
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly Lazy<EconomicIndicatorSet> Loaded = new(Load);

    public static EconomicIndicatorSet Default => Loaded.Value;

    private static EconomicIndicatorSet Load()
    {
        using var stream = typeof(IndicatorCatalogue).Assembly.GetManifestResourceStream("Torchbase.Domain.Economy.indicators.json")
            ?? throw new InvalidOperationException("Economy/indicators.json is not embedded.");
        var set = JsonSerializer.Deserialize<EconomicIndicatorSet>(stream, Json)
            ?? throw new InvalidOperationException("Economy/indicators.json is empty.");
        foreach (var ratio in set.Indicators.Where(i => i.Kind == IndicatorKind.Ratio))
            if (set.Find(ratio.Numerator ?? "") is null || set.Find(ratio.Denominator ?? "") is null)
                throw new InvalidOperationException($"Ratio indicator {ratio.Code} names an unknown numerator or denominator.");
        return set;
    }
}
