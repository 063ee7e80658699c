using Torchbase.Domain.Common;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Cultivation;

/// <summary>
/// The outcome of the last batch evaluation for one enterprise and one tier, kept so that the zone's funnel and candidate
/// lists can be filtered, sorted and paged in the database. The ladder card and the library always evaluate live.
/// </summary>
public sealed class StoredEvaluation : IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public Guid EnterpriseId { get; set; }
    public QualificationType Tier { get; set; }
    public required string RuleSetId { get; set; }
    public Verdict Verdict { get; set; }
    public bool AlreadyHeld { get; set; }
    public decimal? Score { get; set; }
    public decimal? ScoreMax { get; set; }
    /// <summary>Largest relative shortfall of a failed condition (null: cannot be measured).</summary>
    public decimal? Distance { get; set; }
    /// <summary>The deciding conditions not met, by key, comma-separated: what the list shows as "why not yet".</summary>
    public string? Gaps { get; set; }
    public DateOnly EvaluatedOn { get; set; }

    public static StoredEvaluation From(EvaluationResult r, Guid zoneId, Guid parkId, Guid enterpriseId, DateOnly on) => new()
    {
        ZoneId = zoneId, ParkId = parkId, EnterpriseId = enterpriseId, Tier = r.Tier, RuleSetId = r.RuleSetId, Verdict = r.Verdict,
        AlreadyHeld = r.AlreadyHeld, Score = r.Score, ScoreMax = r.ScoreMax, Distance = r.Distance,
        Gaps = string.Join(',', r.Gaps.Select(g => g.Key)) is { Length: > 0 } g ? g[..Math.Min(g.Length, 400)] : null,
        EvaluatedOn = on,
    };
}
