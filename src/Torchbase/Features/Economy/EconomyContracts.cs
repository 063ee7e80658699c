using Torchbase.Domain.Economy;

namespace Torchbase.Features.Economy;

public sealed record SheetQuery(Guid? ZoneId, int? Year, int? Month);

/// <summary>One indicator of the zone sheet for January to <see cref="Month"/>: the figure, last year's, growth, target and pace.</summary>
public sealed record SheetRow(
    string Code, string Name, string NameEn, string Unit, IndicatorKind Kind, bool Quarterly, bool IsEntered,
    int? Month, decimal? Value, decimal? PreviousValue, decimal? GrowthPercent,
    decimal? TargetValue, decimal? TargetGrowthPercent, decimal? CompletionPercent, Pace Pace, bool? GrowthTargetMet, int? Version,
    bool AcceptsTarget = false, bool Annual = false, int? TargetVersion = null);

public sealed record EconomySheet(Guid ZoneId, string ZoneName, int Year, int Month, decimal TimeElapsedPercent, IReadOnlyList<SheetRow> Rows);

public sealed record FigureInput(string? Code, decimal? Value, int? Version);

public sealed record FiguresInput(Guid? ZoneId, int? Year, int? Month, IReadOnlyList<FigureInput>? Figures);

public sealed record TargetInput(string? Code, decimal? TargetValue, decimal? TargetGrowthPercent, int? Version);

public sealed record TargetsInput(Guid? ZoneId, int? Year, IReadOnlyList<TargetInput>? Targets);

public sealed record TrendPoint(int Year, int Month, decimal? Value, decimal? GrowthPercent);

/// <summary>One zone in the side-by-side view: its value and growth of one indicator, and the ranks among the zones shown.</summary>
public sealed record ZoneFigure(Guid ZoneId, string ZoneName, decimal? Value, decimal? GrowthPercent, int? ValueRank, int? GrowthRank);

public sealed record ZoneComparison(string Code, string Name, string Unit, int Year, int Month, IReadOnlyList<ZoneFigure> Zones);
