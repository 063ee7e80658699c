using Torchbase.Domain.Projects;
using Torchbase.Http;

namespace Torchbase.Features.Projects;

public sealed record ProjectQuery(
    string? Search, Guid? ParkId, ProjectStage? Stage, KeyProjectLevel? KeyLevel, BatchKind? Batch, string? IndustryChain,
    bool? BehindOnly, int? Year, int? Month, int? Page, int? PageSize, string? Sort, bool? Desc,
    ProjectSource? Source = null, ProjectCategory? Category = null)
    : PageQuery(Page, PageSize, Sort, Desc);

/// <summary>A ledger row: the project and, for the year asked, its target, what was done through the month and the verdict.</summary>
public sealed record ProjectItem(
    Guid Id, string Name, Guid ParkId, string ParkName, string? IndustryChain, string? IndustryChainName,
    string? Investor, string? Builder, string? Origin, bool OutOfProvince, ProjectStage Stage, DateOnly StageChangedOn,
    decimal PlannedInvestment, decimal ActualFunds, string? LeaderName, string? TeamName, DateOnly? TargetDate,
    KeyProjectLevel KeyLevel, BatchKind Batch, int? BatchRound, string? ImageProgress, DateOnly? SignedOn,
    int Year, int ThroughMonth, decimal? AnnualTarget, decimal CompletedThisYear, decimal? CompletionRate, bool Behind,
    string? OpenProblem, ProjectSource? Source, string? BroughtBy, Guid? BroughtByUserId, ProjectCategory Category, int Version,
    DateOnly EnteredOn, MilestoneDto? NextMilestone, decimal? OutputTarget = null, decimal? OutputActual = null)
{
    /// <summary>投产达效 for the year: whether the actual output reached the target.</summary>
    public OutputVerdict OutputVerdict => OutputRules.Judge(OutputTarget, OutputActual);
}

/// <summary>
/// A project as the form edits it. <c>ActualFunds</c> is no longer accepted: funds are entered by month (<c>/arrivals</c>), so a
/// client that still sends a figure gets a field error rather than having it silently dropped.
/// </summary>
public sealed record ProjectInput(
    string? Name, Guid? ParkId, string? IndustryChain, string? Investor, string? Builder, string? Origin, bool? OutOfProvince,
    decimal? PlannedInvestment, DateOnly? EnteredOn, string? LeaderName, string? TeamName, DateOnly? TargetDate,
    KeyProjectLevel? KeyLevel, BatchKind? Batch, int? BatchRound, string? ImageProgress, int? Version,
    ProjectSource? Source = null, string? BroughtBy = null, Guid? BroughtByUserId = null, ProjectCategory? Category = null,
    decimal? ActualFunds = null);

public sealed record StageMoveInput(ProjectStage? To, DateOnly? On, string? Note, int? Version);

public sealed record StageChangeDto(ProjectStage From, ProjectStage To, DateOnly On, string? Note, string? By);

public sealed record AnnualPlanDto(int Year, decimal Target);

public sealed record MonthlyInvestmentDto(int Year, int Month, decimal Amount, string? Note, int Version);

public sealed record MonthlyInvestmentInput(decimal? Amount, string? Note, string? ImageProgress, int? Version);

public sealed record AnnualPlanInput(decimal? Target);

public sealed record SupervisionDto(
    Guid Id, SupervisionKind Kind, DateOnly On, string? Progress, bool ProblemRaised, string? Problem, DateOnly? ProblemResolvedOn,
    Guid? ServiceRequestId, string? By, IReadOnlyDictionary<string, decimal> Scores, int Version, string? RequestNumber = null,
    Domain.ServiceDesk.RequestStatus? RequestStatus = null);

public sealed record SupervisionInput(
    SupervisionKind? Kind, DateOnly? On, string? Progress, bool? ProblemRaised, string? Problem, Dictionary<string, decimal>? Scores);

public sealed record ProjectDetail(
    ProjectItem Project, IReadOnlyList<ProjectStage> NextStages, IReadOnlyList<StageChangeDto> History,
    IReadOnlyList<AnnualPlanDto> Plans, IReadOnlyList<MonthlyInvestmentDto> Investments, IReadOnlyList<SupervisionDto> Supervisions,
    ProgressResult Progress, IReadOnlyList<FundsArrivalDto> Arrivals, IReadOnlyList<MilestoneDto> Milestones,
    IReadOnlyList<AnnualOutputDto> Outputs, ProjectLeadLink? Lead = null);

/// <summary>Where a project came from when it was turned from a lead: a competition entrant or an event's signing.</summary>
/// <param name="Kind">"competition" or "event".</param>
/// <param name="OwnerId">The competition or event.</param>
/// <param name="LeadId">The entrant or the signing.</param>
public sealed record ProjectLeadLink(string Kind, Guid OwnerId, string OwnerName, Guid LeadId, string LeadTitle);

/// <summary>A year's output value (投产达效, 万元): target, actual, whether it was reached and actual as a share of target.</summary>
public sealed record AnnualOutputDto(int Year, decimal? Target, decimal? Actual, OutputVerdict Verdict, decimal? Rate, string? Note, int Version);

public sealed record AnnualOutputInput(decimal? Target, decimal? Actual, string? Note, int? Version);

/// <summary>Funds that arrived in a month (万元).</summary>
public sealed record FundsArrivalDto(Guid Id, int Year, int Month, decimal Amount, string? Note, int Version);

public sealed record FundsArrivalInput(int? Year, int? Month, decimal? Amount, string? Note, int? Version);

/// <summary>A milestone with its variance: days ahead of plan (negative: behind), reached, or overdue while still due.</summary>
public sealed record MilestoneDto(
    Guid Id, MilestoneKind Kind, string? Name, DateOnly? PlannedOn, DateOnly? ActualOn, string? Note, int? DaysAhead, bool Reached, bool Overdue,
    int Version);

public sealed record MilestoneInput(MilestoneKind? Kind, string? Name, DateOnly? PlannedOn, DateOnly? ActualOn, string? Note, int? Version);

/// <summary>
/// A span of months and the same months a year earlier: the industrial projects entered (入库) and their planned investment, the funds
/// that arrived and those of out-of-province projects (实际利用省外资金), each with year-on-year growth (null: no base to compare).
/// </summary>
public sealed record PeriodFiguresDto(
    int Year, int FromMonth, int ToMonth, PeriodComparison Entries, PeriodComparison EntriesInvestment, PeriodComparison Funds,
    PeriodComparison OutOfProvinceFunds);

public sealed record BoardCell(Guid ParkId, ProjectStage Stage, int Count, decimal PlannedInvestment);

/// <summary>
/// A park's row of the battle chart, with its milestone markers: milestones reached ahead of plan, reached behind it, and still due past
/// their planned day (overdue).
/// </summary>
public sealed record BoardPark(Guid ParkId, string ParkName, int Count, decimal PlannedInvestment, int MilestonesAhead = 0, int MilestonesBehind = 0,
    int MilestonesOverdue = 0);

public sealed record Board(IReadOnlyList<BoardPark> Parks, IReadOnlyList<ProjectStage> Stages, IReadOnlyList<BoardCell> Cells);

public sealed record KeyCompletion(KeyProjectLevel Level, int Projects, decimal Target, decimal Completed, decimal? Rate, int Behind);

public sealed record ProjectSummary(int Year, int ThroughMonth, RateSummary Rates, IReadOnlyList<KeyCompletion> KeyProjects, int OpenProblems);

public sealed record CriterionDto(string Code, string Name, decimal Weight, decimal MaxScore);

public sealed record CriteriaDto(IReadOnlyList<CriterionDto> Criteria, bool IsDefault, string Source, bool Verified, string Note);

public sealed record CriteriaInput(List<CriterionDto>? Criteria);

public sealed record RatingRow(Guid ProjectId, string ProjectName, string ParkName, decimal Total, int Rank, IReadOnlyList<CriterionPoints> Criteria,
    IReadOnlyList<string> Missing);

public sealed record ParkRatingRow(Guid ParkId, string ParkName, int Projects, decimal Average, int Rank);

public sealed record QuarterRating(int Year, int Quarter, IReadOnlyList<CriterionDto> Criteria, IReadOnlyList<RatingRow> Projects,
    IReadOnlyList<ParkRatingRow> Parks);

public sealed record ZoneRow(Guid ZoneId, string ZoneName, RateSummary Rates, decimal KeyTarget, decimal KeyCompleted, decimal? KeyRate,
    int Pipeline, decimal? ProblemsResolvedRate, decimal Total, int Rank, IReadOnlyList<CriterionPoints> Criteria);

public sealed record ZoneComparison(int Year, int ThroughMonth, IReadOnlyList<CriterionDto> Criteria, string Policy, string Source, string Note,
    IReadOnlyList<ZoneRow> Zones);

/// <summary>Industrial projects brought in through one channel (null: the channel was not recorded).</summary>
public sealed record SourceRow(ProjectSource? Source, int Projects, decimal PlannedInvestment, int Signed, decimal SignedInvestment);

/// <summary>A person or unit of the 全员招商 league table: the industrial projects they brought in, ranked by planned investment.</summary>
public sealed record BroughtByRow(string BroughtBy, Guid? UserId, int Projects, decimal PlannedInvestment, int Signed, int Rank);

public sealed record SourceStats(IReadOnlyList<SourceRow> Sources, IReadOnlyList<BroughtByRow> League, int OtherCategories);
