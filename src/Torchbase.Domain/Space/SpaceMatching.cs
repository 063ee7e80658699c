namespace Torchbase.Domain.Space;

/// <summary>What a project needs: at least this area (m²), and where given, this floor load (kN/m²) and power (kVA).</summary>
public sealed record SpaceNeed(decimal Area, decimal? FloorLoad, decimal? PowerKva);

/// <summary>A unit offered to the matching.</summary>
public sealed record SpaceCandidate(Guid Id, string Name, UnitStatus Status, decimal Area, decimal? FloorLoad, decimal? PowerKva);

/// <summary>Why a unit fits or does not.</summary>
public enum MatchReason
{
    /// <summary>Vacant, and at least the area, floor load and power asked for.</summary>
    Fits,
    NotVacant, TooSmall, FloorLoadTooLow, FloorLoadUnknown, PowerTooLow, PowerUnknown,
}

/// <summary>A unit against the need: whether it fits, the area left over, the reasons.</summary>
public sealed record SpaceMatch(SpaceCandidate Unit, bool Fits, decimal SpareArea, IReadOnlyList<MatchReason> Reasons);

/// <summary>
/// Matches a space need to units: only vacant units fit; a unit fits when its area, floor load and power each reach what is
/// asked (a requirement not given is not checked; a requirement given against a unit whose figure is unknown does not fit).
/// Best fit first: fitting units by the least area left over, then floor load and power, then name; then the rest, nearest first.
/// </summary>
public static class SpaceMatching
{
    public static SpaceMatch Check(SpaceNeed need, SpaceCandidate unit)
    {
        var reasons = new List<MatchReason>();
        if (unit.Status != UnitStatus.Vacant) reasons.Add(MatchReason.NotVacant);
        if (unit.Area < need.Area) reasons.Add(MatchReason.TooSmall);
        if (need.FloorLoad is { } load)
        {
            if (unit.FloorLoad is null) reasons.Add(MatchReason.FloorLoadUnknown);
            else if (unit.FloorLoad < load) reasons.Add(MatchReason.FloorLoadTooLow);
        }
        if (need.PowerKva is { } power)
        {
            if (unit.PowerKva is null) reasons.Add(MatchReason.PowerUnknown);
            else if (unit.PowerKva < power) reasons.Add(MatchReason.PowerTooLow);
        }
        var fits = reasons.Count == 0;
        return new SpaceMatch(unit, fits, unit.Area - need.Area, fits ? [MatchReason.Fits] : reasons);
    }

    public static IReadOnlyList<SpaceMatch> Rank(SpaceNeed need, IEnumerable<SpaceCandidate> units) =>
        units.Select(u => Check(need, u))
            .OrderByDescending(m => m.Fits)
            .ThenBy(m => m.Fits ? m.SpareArea : Math.Abs(m.SpareArea))
            .ThenBy(m => m.Reasons.Count)
            .ThenBy(m => m.Unit.FloorLoad ?? decimal.MaxValue)
            .ThenBy(m => m.Unit.PowerKva ?? decimal.MaxValue)
            .ThenBy(m => m.Unit.Name, StringComparer.Ordinal)
            .ToList();
}
