namespace Torchbase.Domain.Projects;

/// <summary>Where a project's year stands against its output target (投产达效).</summary>
public enum OutputVerdict { NotSet, Pending, Achieved, Missed }

/// <summary>
/// 投产达效: a producing project reaches its year's output target (达效) when its actual output value is at least the target.
/// Without a target there is nothing to reach (NotSet); with a target and no actual figure yet, the year is still open (Pending).
/// </summary>
public static class OutputRules
{
    public static OutputVerdict Judge(decimal? target, decimal? actual) => (target, actual) switch
    {
        (null, _) => OutputVerdict.NotSet,
        (_, null) => OutputVerdict.Pending,
        ({ } t, { } a) => a >= t ? OutputVerdict.Achieved : OutputVerdict.Missed,
    };

    /// <summary>
    /// Actual as a share of target to 4 places (1.05 = 105%), cut rather than rounded so that a target missed by a hair never shows as
    /// 100%; null without both figures or with a zero target.
    /// </summary>
    public static decimal? Rate(decimal? target, decimal? actual) =>
        target is > 0 && actual is { } a ? Math.Round(a / target.Value, 4, MidpointRounding.ToZero) : null;
}
