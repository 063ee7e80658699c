namespace Torchbase.Domain.Economy;

/// <summary>How an indicator's monthly figure is read.</summary>
public enum IndicatorKind
{
    /// <summary>A total accumulated since January (1—N月累计), e.g. GDP, fixed-asset investment: growth is against the same months last year.</summary>
    Cumulative,
    /// <summary>A share computed from two other indicators (e.g. tax revenue ÷ general budget revenue), never entered.</summary>
    Ratio,
    /// <summary>
    /// Counted from the enterprises' accepted yearly reports (e.g. industrial enterprises above the designated size), never
    /// entered: a figure of the whole year.
    /// </summary>
    FromRecords,
}

/// <summary>One economic indicator of the zone report (经济指标). Definitions are data: see <c>Economy/indicators.json</c>.</summary>
public sealed record EconomicIndicator(
    string Code, string Name, string NameEn, string Unit, IndicatorKind Kind, bool Quarterly,
    string? Numerator = null, string? Denominator = null, string? Definition = null, bool Annual = false, bool Target = false)
{
    public bool IsEntered => Kind == IndicatorKind.Cumulative;

    /// <summary>An annual target can be set: on every entered figure, and on a computed one whose definition asks for it.</summary>
    public bool AcceptsTarget => IsEntered || Target;
}

public sealed record EconomicIndicatorSet(string Name, int Year, string Source, IReadOnlyList<EconomicIndicator> Indicators)
{
    public EconomicIndicator? Find(string code) => Indicators.FirstOrDefault(i => i.Code == code);
}
