using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Cultivation;

public enum Verdict { Qualifies, DoesNotQualify, MissingData }

/// <summary>Met/NotMet are decided; Missing = a report figure was not reported; Unknown = a declaration nobody has made.</summary>
public enum CriterionStatus { Met, NotMet, Missing, Unknown }

/// <summary>
/// One condition or scored item. Actual/Required are in <see cref="Unit"/> (ratio = fraction, wan = 万元, count, years, points).
/// Points/PointsMax: for scored items the points it earns (a range where experts choose within a band or a declaration is missing).
/// Gap: how much of <see cref="GapUnit"/> is missing to meet the condition (e.g. 110 万元 more R&D expense), when it can be said;
/// for a limit (<see cref="IsLimit"/>: Required is a maximum, e.g. 职工总数不超过 500 人) how far Actual is over it.
/// </summary>
public sealed record CriterionResult(
    string Key,
    CriterionStatus Status,
    string Unit = "",
    decimal? Actual = null,
    decimal? Required = null,
    decimal? Points = null,
    decimal? PointsMax = null,
    decimal? MaxPoints = null,
    decimal? Gap = null,
    string? GapUnit = null,
    string? Group = null,
    bool IsLimit = false)
{
    /// <summary>How far from the requirement, as a share of it (0 = met, 0.1 = 10% short). Null when it cannot be said.</summary>
    public decimal? Distance => Status == CriterionStatus.Met ? 0
        : Status == CriterionStatus.NotMet && Actual is { } a && Required is { } r && r != 0 ? Math.Max(0, Math.Abs(r - a) / Math.Abs(r)) : null;
}

/// <param name="Review">Evaluated against the review (复核) standard of a current holder.</param>
public sealed record EvaluationResult(
    string RuleSetId,
    QualificationType Tier,
    Verdict Verdict,
    IReadOnlyList<CriterionResult> Criteria,
    decimal? Score = null,
    decimal? ScoreMax = null,
    decimal? PassScore = null,
    string? DirectPath = null,
    bool AlreadyHeld = false,
    bool Review = false)
{
    /// <summary>
    /// How far the enterprise is from qualifying: the largest relative shortfall of its failed conditions
    /// (0 when it qualifies, null when missing data or a failure that cannot be measured, e.g. a declaration said no).
    /// </summary>
    public decimal? Distance
    {
        get
        {
            if (Verdict == Verdict.Qualifies) return 0;
            if (Verdict == Verdict.MissingData) return null;
            decimal worst = 0;
            foreach (var c in Criteria)
            {
                if (c.Group is not null || c.Status != CriterionStatus.NotMet) continue;
                if (c.Distance is not { } d) return null;
                worst = Math.Max(worst, d);
            }
            return worst;
        }
    }

    /// <summary>The conditions that decide the verdict (scored items carry a Group and add up to a "score" condition).</summary>
    public IEnumerable<CriterionResult> Conditions => Criteria.Where(c => c.Group is null);

    public IEnumerable<CriterionResult> Gaps => Conditions.Where(c => c.Status != CriterionStatus.Met);
}
