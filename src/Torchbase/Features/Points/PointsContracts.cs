using Torchbase.Domain.Points;
using Torchbase.Http;

namespace Torchbase.Features.Points;

public sealed record IndicatorSetSummary(Guid Id, int Number, string Name, DateTimeOffset CreatedAt, string? CreatedBy, int Indicators, double MaxTotal);

public sealed record IndicatorSetDetail(Guid Id, int Number, DateTimeOffset CreatedAt, string? CreatedBy, IndicatorSet Set);

public sealed record RunInput(int? Year, Guid? ZoneId);

public sealed record RunSummary(Guid Id, int Year, int SetNumber, int Enterprises, DateTimeOffset ComputedAt);

public sealed record ScoreListQuery(
    int? Year, Guid? ZoneId, string? Search, string? Grade, Guid? ParkId, int? Page, int? PageSize, string? Sort, bool? Desc)
    : PageQuery(Page, PageSize, Sort, Desc);

public sealed record ScoreItem(
    Guid EnterpriseId, string EnterpriseName, string ParkName, int Year, int SetNumber, double Total, double MaxTotal,
    int Rank, int Peers, double Percentile, string Grade, int NotReported, Guid ZoneId, string ZoneName);

public sealed record ScoreYear(int Year, int SetNumber, double Total, int Rank, int Peers, double Percentile, string Grade);

public sealed record ScoreExplanation(
    Guid EnterpriseId, string EnterpriseName, int Year, int SetNumber, string SetName, double Total, double MaxTotal, int Rank, int Peers,
    double Percentile, string Grade, IReadOnlyList<IndicatorScore> Lines, IReadOnlyList<ScoreYear> History);

public sealed record GradeCount(string Grade, int Count);

/// <summary>Grade counts over the boards shown; <c>Zones</c> is how many zones' boards they are (0 when none is scored).</summary>
public sealed record PointsSummary(
    int? Year, int? SetNumber, int Enterprises, double Average, IReadOnlyList<GradeCount> Grades, int[] Years, int Zones = 0);

/// <summary>A published set a zone can start a version from (see <see cref="DefaultIndicatorSets.Official"/>).</summary>
public sealed record OfficialIndicatorSet(string Code, double MaxTotal, IndicatorSet Set);

public sealed record PreviewInput(IndicatorSet? Set, int? Year, Guid? ZoneId);

public sealed record GradeShift(string Grade, int Before, int After);

/// <summary>
/// What a draft set would do to a zone's year, against the zone's current version, both scored in memory (nothing is stored):
/// how many enterprises would change grade, how many would gain or lose points, and the grade counts before and after.
/// </summary>
public sealed record PointsPreview(
    int Year, int CurrentSetNumber, string CurrentSetName, int Enterprises, int GradeChanged, int Gained, int Lost,
    double AverageBefore, double AverageAfter, IReadOnlyList<GradeShift> Grades);
