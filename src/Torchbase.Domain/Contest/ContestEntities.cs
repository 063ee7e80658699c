using Torchbase.Domain.Common;

namespace Torchbase.Domain.Contest;

/// <summary>
/// One year's unit contest (学比争 看实效 夺标赛, 《擂台比武争先锋 比学赶超促发展》(2024)): units of the zone present in categories in a drawn order and a
/// panel scores them on site. Units are the contest's own rows, not the zone's Department list: the contest also
/// admits parks, towns and offices (党群工作部, 遵化店镇…) and keeps last year's line-up even after a department is renamed.
/// </summary>
public sealed class UnitContest : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public int Year { get; set; }
    public required string Name { get; set; }
    public ContestStatus Status { get; set; }
    public ScoringMethod Method { get; set; }
    /// <summary>Sheets dropped at each end by the trimmed mean (1 = drop the highest and the lowest).</summary>
    public int TrimEach { get; set; } = 1;
    /// <summary>Tie-breakers in order, e.g. "aspect:RESULTS,draw" (see <see cref="TieBreaker.ParseList"/>).</summary>
    public string TieBreakers { get; set; } = "draw";
    public DateOnly? HeldOn { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    public List<ContestAspect> Aspects { get; set; } = [];
    public List<ContestJudge> Judges { get; set; } = [];
    public List<ContestDraw> Draws { get; set; } = [];
}

public enum ContestStatus { Setup, Scoring, Published }

public enum ScoringMethod { Mean, TrimmedMean }

/// <summary>What a sheet scores (党建, 廉政, 工作成效…, or a green-development indicator), out of MaxScore, counted Weight times.</summary>
public sealed class ContestAspect
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public decimal MaxScore { get; set; }
    public decimal Weight { get; set; } = 1;
    public int SortOrder { get; set; }
}

/// <summary>A user appointed to the panel of one contest (a leader, a unit head, or a ContestJudge).</summary>
public sealed class ContestJudge
{
    public Guid UserId { get; set; }
    public required string DisplayName { get; set; }
}

/// <summary>The audit record of one category's draw: enough to re-run it and get the same order.</summary>
public sealed class ContestDraw
{
    public Guid CategoryId { get; set; }
    public required string Seed { get; set; }
    public required string Algorithm { get; set; }
    /// <summary>Unit ids in the canonical order the shuffle started from, comma-separated.</summary>
    public required string Input { get; set; }
    /// <summary>Unit ids in drawn order, comma-separated.</summary>
    public required string Result { get; set; }
    public DateTimeOffset DrawnAt { get; set; }
    public required string DrawnBy { get; set; }
}

public sealed class ContestCategory : IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ContestId { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
    public List<PrizeRule> Prizes { get; set; } = [];
}

/// <summary>A prize of a category, best first (一等奖 1 × 5万, 二等奖 2 × 3万).</summary>
public sealed class PrizeRule
{
    public int Level { get; set; }
    public required string Name { get; set; }
    public int Count { get; set; }
    /// <summary>Work funds granted to the unit, 万元.</summary>
    public decimal AmountWan { get; set; }
}

public sealed class ContestUnit : IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ContestId { get; set; }
    public Guid CategoryId { get; set; }
    public required string Name { get; set; }
    /// <summary>The unit's head (正职): sits on the panel but does not score this unit.</summary>
    public Guid? HeadUserId { get; set; }
    /// <summary>1-based position in the category's drawn order; null before the draw.</summary>
    public int? DrawPosition { get; set; }
}

/// <summary>One judge's sheet for one unit. Locked once submitted.</summary>
public sealed class ScoreSheet : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ContestId { get; set; }
    public Guid UnitId { get; set; }
    public Guid JudgeUserId { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public int Version { get; set; }
    public List<AspectScore> Scores { get; set; } = [];

    public bool Locked => SubmittedAt is not null;
}

public sealed class AspectScore
{
    public required string AspectCode { get; set; }
    public decimal Score { get; set; }
}
