using Torchbase.Domain.Contest;
using Torchbase.Http;

namespace Torchbase.Features.Contest;

public sealed record ContestListQuery(string? Search, int? Year, ContestStatus? Status, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record ContestItem(
    Guid Id, int Year, string Name, ContestStatus Status, DateOnly? HeldOn, int CategoryCount, int UnitCount, int JudgeCount, bool IsDemo);

public sealed record AspectDto(string? Code, string? Name, decimal? MaxScore, decimal? Weight);
public sealed record PrizeDto(string? Name, int? Count, decimal? AmountWan);
public sealed record JudgeDto(Guid UserId, string DisplayName);
public sealed record DrawDto(Guid CategoryId, string Seed, string Algorithm, string[] Input, string[] Result, DateTimeOffset DrawnAt, string DrawnBy);
public sealed record UnitDto(Guid Id, Guid CategoryId, string Name, Guid? HeadUserId, string? HeadName, int? DrawPosition);
public sealed record CategoryDto(Guid Id, string Name, int SortOrder, PrizeDto[] Prizes, UnitDto[] Units);

public sealed record ContestDetail(
    Guid Id, int Year, string Name, ContestStatus Status, DateOnly? HeldOn, ScoringMethod Method, int TrimEach, string TieBreakers,
    AspectDto[] Aspects, JudgeDto[] Judges, CategoryDto[] Categories, DrawDto[] Draws, bool IsDemo, int Version);

/// <summary>A new contest starts from the seed-003 template: three categories with their prizes and the five aspects.</summary>
public sealed record ContestCreate(int? Year, string? Name, DateOnly? HeldOn);

public sealed record ContestSettings(
    string? Name, int? Year, DateOnly? HeldOn, ScoringMethod? Method, int? TrimEach, string? TieBreakers, AspectDto[]? Aspects, int? Version);

public sealed record CategoryEdit(string? Name, int? SortOrder, PrizeDto[]? Prizes);
public sealed record UnitEdit(string? Name, Guid? CategoryId, Guid? HeadUserId);
public sealed record JudgesInput(Guid[]? UserIds);
public sealed record CandidateDto(Guid Id, string UserName, string DisplayName, bool IsJudgeRole);

public sealed record DrawVerification(Guid CategoryId, string CategoryName, bool Verified);

public sealed record ProgressCell(Guid UnitId, Guid JudgeUserId, SheetState State);
public enum SheetState { Open, Draft, Submitted, Conflict }
public sealed record ProgressJudge(Guid UserId, string DisplayName, int Submitted, int Expected);
public sealed record ProgressUnit(Guid UnitId, string Name, Guid CategoryId, int? DrawPosition, int Submitted, int Expected);
public sealed record ContestProgress(ContestStatus Status, int Submitted, int Expected, ProgressJudge[] Judges, ProgressUnit[] Units, ProgressCell[] Cells);

public sealed record ExcludedSheet(string JudgeName, ExclusionReason Reason);
public sealed record ResultLine(
    Guid UnitId, string Name, int? DrawPosition, int? Rank, decimal? Score, Dictionary<string, decimal> Aspects,
    int SheetsCounted, int SheetsTrimmed, int SheetsExpected, ExcludedSheet[] Excluded, ResultFlag[] Flags, string? TieBrokenBy,
    string? Prize, decimal? PrizeAmountWan);
public sealed record CategoryResults(Guid Id, string Name, int PrizesPlanned, int PrizesAwarded, decimal FundsWan, ResultLine[] Units);
public sealed record ContestResults(
    Guid Id, int Year, string Name, ContestStatus Status, ScoringMethod Method, int TrimEach, string TieBreakers,
    AspectDto[] Aspects, int Submitted, int Expected, CategoryResults[] Categories);

public sealed record JudgingItem(Guid Id, int Year, string Name, ContestStatus Status, int Submitted, int Expected);
public sealed record MySheet(Dictionary<string, decimal> Scores, DateTimeOffset? SubmittedAt, int Version);
public sealed record MyUnit(Guid UnitId, string Name, Guid CategoryId, string CategoryName, int? DrawPosition, bool Conflict, MySheet? Sheet);
public sealed record MySheets(Guid Id, int Year, string Name, ContestStatus Status, AspectDto[] Aspects, MyUnit[] Units);
public sealed record SheetInput(Dictionary<string, decimal?>? Scores, bool Submit, int? Version);
