using Torchbase.Domain.Common;

namespace Torchbase.Domain.Competitions;

/// <summary>
/// An innovation and entrepreneurship competition (创新创业大赛) held by a zone: entrants go through rounds in order (初赛, 复赛, 决赛),
/// a panel scores them in each round, the best of the last round win the prize tiers, and the entrants the zone matches with
/// (对接合作) become project leads (以赛招商).
/// </summary>
public sealed class Competition : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public required string Name { get; set; }
    public int Year { get; set; }
    public DateOnly? HeldOn { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    /// <summary>Rounds in order; an entrant's <see cref="CompetitionEntrant.RoundReached"/> is an index into them.</summary>
    public List<CompetitionRound> Rounds { get; set; } = [];
    /// <summary>Prize tiers, best first, awarded on the ranking of the last round.</summary>
    public List<CompetitionPrize> Prizes { get; set; } = [];
    public List<CompetitionJudge> Judges { get; set; } = [];
}

/// <summary>A round (初赛, 复赛, 决赛): its place in the order and how many entrants go on to the next one (null: the last round).</summary>
public sealed class CompetitionRound
{
    public int Index { get; set; }
    public required string Name { get; set; }
    public int? AdvanceCount { get; set; }
}

/// <summary>A prize tier (一等奖 3 × 50 万元): its rank in the tiers, how many entrants get it and the money each gets, 万元.</summary>
public sealed class CompetitionPrize
{
    public int Level { get; set; }
    public required string Name { get; set; }
    public int Count { get; set; }
    public decimal AmountWan { get; set; }
}

/// <summary>A member of the competition's judging panel (often an outside expert with no account: the bureau enters the sheets).</summary>
public sealed class CompetitionJudge
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
}

/// <summary>
/// An entrant: an enterprise of the registry or a team by name, with the project it presents, the round it reached, the prize
/// tier it won, and whether the zone matched with it (对接合作), with the amount signed and the ledger project it became.
/// </summary>
public sealed class CompetitionEntrant : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid CompetitionId { get; set; }
    public Guid? EnterpriseId { get; set; }
    /// <summary>The team's or enterprise's name as entered (for an enterprise of the registry, its name at entry).</summary>
    public required string EntrantName { get; set; }
    public required string ProjectTitle { get; set; }
    public string? Industry { get; set; }
    /// <summary>Index of the furthest round reached (0: the first round).</summary>
    public int RoundReached { get; set; }
    /// <summary>The prize tier won (<see cref="CompetitionPrize.Level"/>), null for none.</summary>
    public int? AwardLevel { get; set; }
    public bool Matched { get; set; }
    /// <summary>签约金额 of the cooperation agreed with the zone, 万元.</summary>
    public decimal? SignedAmountWan { get; set; }
    /// <summary>The ledger project the lead became (at most one).</summary>
    public Guid? ProjectId { get; set; }
    public int Version { get; set; }

    /// <summary>Judges with a declared conflict of interest: their sheets for this entrant do not count.</summary>
    public List<EntrantConflict> Conflicts { get; set; } = [];
}

public sealed class EntrantConflict
{
    public Guid JudgeId { get; set; }
}

/// <summary>One judge's score (out of 100) for one entrant in one round.</summary>
public sealed class CompetitionScore : IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid CompetitionId { get; set; }
    public Guid EntrantId { get; set; }
    public int Round { get; set; }
    public Guid JudgeId { get; set; }
    public decimal Score { get; set; }
}

/// <summary>成果直通车 (achievements presented to enterprises) or 对接会 (a matchmaking meeting).</summary>
public enum EventKind { AchievementExpress, Matchmaking }

/// <summary>
/// A matchmaking event (火炬科技成果直通车, 对接会): achievements are published, enterprises attend, intents of cooperation
/// (合作意向: an achievement × an enterprise) are recorded and agreements are signed on site (签约), each of which may become a
/// ledger project.
/// </summary>
public sealed class MatchEvent : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public required string Name { get; set; }
    public EventKind Kind { get; set; }
    public DateOnly HeldOn { get; set; }
    public string? Place { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    /// <summary>The enterprises of the registry that attended.</summary>
    public List<EventAttendee> Attendees { get; set; } = [];
}

public sealed class EventAttendee
{
    public Guid EnterpriseId { get; set; }
}

/// <summary>An achievement (科技成果) published at the event: its title, who owns it (a university, an institute) and its field.</summary>
public sealed class EventAchievement : IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid EventId { get; set; }
    public required string Title { get; set; }
    public required string Owner { get; set; }
    public string? Field { get; set; }
}

/// <summary>合作意向: an enterprise's intent to cooperate on an achievement.</summary>
public sealed class EventIntent : IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid EventId { get; set; }
    public Guid AchievementId { get; set; }
    public Guid EnterpriseId { get; set; }
}

/// <summary>An agreement signed on site (现场签约): the parties, the amount (万元) and the ledger project it became.</summary>
public sealed class EventSigning : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid EventId { get; set; }
    public required string Title { get; set; }
    public required string Parties { get; set; }
    public Guid? EnterpriseId { get; set; }
    public Guid? AchievementId { get; set; }
    public decimal AmountWan { get; set; }
    public Guid? ProjectId { get; set; }
    public int Version { get; set; }
}
