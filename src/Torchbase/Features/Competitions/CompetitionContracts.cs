using Torchbase.Domain.Competitions;
using Torchbase.Domain.Contest;
using Torchbase.Http;

namespace Torchbase.Features.Competitions;

public sealed record CompetitionListQuery(string? Search, int? Year, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record CompetitionItem(
    Guid Id, string Name, int Year, DateOnly? HeldOn, int Rounds, int Entrants, int Matched, decimal SignedAmountWan, bool IsDemo);

public sealed record RoundDto(int Index, string Name, int? AdvanceCount);
public sealed record CompetitionPrizeDto(int Level, string Name, int Count, decimal AmountWan);
public sealed record CompetitionJudgeDto(Guid Id, string Name);

public sealed record CompetitionDetail(
    Guid Id, string Name, int Year, DateOnly? HeldOn, RoundDto[] Rounds, CompetitionPrizeDto[] Prizes, CompetitionJudgeDto[] Judges,
    CompetitionStatistics Statistics, string[] Industries, bool IsDemo, int Version);

public sealed record RoundInput(string? Name, int? AdvanceCount);
public sealed record PrizeInput(string? Name, int? Count, decimal? AmountWan);
/// <summary>A judge of the panel: with an id, the judge kept (and renamed); without, a new one.</summary>
public sealed record JudgeInput(Guid? Id, string? Name);

/// <summary>A competition: rounds in order, prize tiers best first, the panel. Version is required when editing.</summary>
public sealed record CompetitionInput(
    string? Name, int? Year, DateOnly? HeldOn, RoundInput[]? Rounds, PrizeInput[]? Prizes, JudgeInput[]? Judges, int? Version);

public sealed record EntrantQuery(
    string? Search, int? Round, int? Award, bool? Matched, string? Industry, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record EntrantItem(
    Guid Id, Guid CompetitionId, Guid? EnterpriseId, string EntrantName, string ProjectTitle, string? Industry, int RoundReached, string? RoundName,
    int? AwardLevel, string? AwardName, bool Matched, decimal? SignedAmountWan, Guid? ProjectId, string? ProjectName, Guid[] ConflictedJudges,
    int Version);

/// <summary>An entrant: an enterprise of the registry (EnterpriseId) or a team by name (TeamName). Version is required when editing.</summary>
public sealed record EntrantInput(
    Guid? EnterpriseId, string? TeamName, string? ProjectTitle, string? Industry, int? RoundReached, int? AwardLevel, bool? Matched,
    decimal? SignedAmountWan, Guid[]? ConflictedJudges, int? Version);

public sealed record ScoreLine(Guid? JudgeId, decimal? Score);

/// <summary>The panel's sheets for one entrant in one round: replaces what was entered before for that round.</summary>
public sealed record ScoresInput(int? Round, ScoreLine[]? Scores);

public sealed record EntrantScores(Guid EntrantId, int Round, ScoreLine[] Scores);

public sealed record RankingLine(
    Guid EntrantId, string EntrantName, string ProjectTitle, int? Rank, decimal? Score, int SheetsCounted, int SheetsExpected,
    Guid[] ConflictExcluded, ResultFlag[] Flags, string? Prize, decimal? PrizeAmountWan);

/// <summary>A round's ranking: who goes on (the advance count, ties taken on) or, in the last round, who wins which tier.</summary>
public sealed record RankingDto(int Round, string RoundName, bool LastRound, int? AdvanceCount, RankingLine[] Lines, Guid[] Advancing);

/// <summary>Turning a lead into a ledger project: the park it goes to, and optionally its name and planned investment (万元).</summary>
public sealed record LeadInput(Guid? ParkId, string? Name, decimal? PlannedInvestment);

/// <summary>The project a lead became, and the lead it came from.</summary>
public sealed record LeadResult(Guid ProjectId, string ProjectName, Guid LeadId);

public sealed record EventListQuery(string? Search, int? Year, EventKind? Kind, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record EventItem(
    Guid Id, string Name, EventKind Kind, DateOnly HeldOn, string? Place, int Achievements, int Attending, int Signings, int Intents, bool IsDemo);

public sealed record EnterpriseRef(Guid Id, string Name);

public sealed record SigningDto(
    Guid Id, string Title, string Parties, Guid? EnterpriseId, string? EnterpriseName, Guid? AchievementId, string? AchievementTitle,
    decimal AmountWan, Guid? ProjectId, string? ProjectName, int Version);

public sealed record EventDetail(
    Guid Id, string Name, EventKind Kind, DateOnly HeldOn, string? Place, EventStatistics Statistics, EnterpriseRef[] Attendees,
    SigningDto[] Signings, string[] Fields, bool IsDemo, int Version);

public sealed record EventInput(string? Name, EventKind? Kind, DateOnly? HeldOn, string? Place, int? Version);

public sealed record AttendanceInput(Guid[]? EnterpriseIds, int? Version);

public sealed record EventAchievementQuery(string? Search, string? Field, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record EventAchievementItem(Guid Id, string Title, string Owner, string? Field, int Intents);

public sealed record EventAchievementInput(string? Title, string? Owner, string? Field);

public sealed record IntentQuery(string? Search, int? Page, int? PageSize, string? Sort, bool? Desc) : PageQuery(Page, PageSize, Sort, Desc);

public sealed record IntentItem(Guid Id, Guid AchievementId, string AchievementTitle, Guid EnterpriseId, string EnterpriseName);

public sealed record IntentInput(Guid? AchievementId, Guid? EnterpriseId);

public sealed record SigningInput(string? Title, string? Parties, Guid? EnterpriseId, Guid? AchievementId, decimal? AmountWan);

/// <summary>A signing corrected (a typo in its title or amount feeds the event's figures): the whole signing, with its version.</summary>
public sealed record SigningEditInput(string? Title, string? Parties, Guid? EnterpriseId, Guid? AchievementId, decimal? AmountWan, int? Version);
