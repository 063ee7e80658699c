using System.Globalization;
using Torchbase.Domain.ServiceDesk;

namespace Torchbase.Domain.Tests.ServiceDesk;

public class ServiceStatisticsTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.China();
    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static RequestFact Fact(RequestStatus status, bool late = false, int? rating = null, string park = "电气",
        RequestCategory category = RequestCategory.Finance,
        string month = "2026-03-02", params TaskFact[] tasks) =>
        new(park, category, D(month), status, late, rating, [], tasks);

    [Theory]
    [InlineData(246, 244, "99.2")]
    [InlineData(203, 203, "100")]
    [InlineData(1000, 991, "99.1")]
    [InlineData(0, 0, "0")]
    public void Rates_are_percentages_with_one_decimal(int whole, int part, string expected) =>
        Assert.Equal(double.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ServiceStatistics.Rate(part, whole));

    [Fact]
    public void Summary_counts_handled_resolved_on_time_and_satisfaction()
    {
        var summary = ServiceStatistics.Summarise(
        [
            Fact(RequestStatus.Closed, rating: 5), Fact(RequestStatus.Closed, late: true, rating: 3, park: "尼龙"),
            Fact(RequestStatus.Resolved, category: RequestCategory.Land, month: "2026-04-01"), Fact(RequestStatus.InProgress, park: "尼龙"),
            Fact(RequestStatus.Submitted, month: "2026-04-20"),
        ], Calendar);
        Assert.Equal((5, 4, 3, 2), (summary.Received, summary.Handled, summary.Resolved, summary.Closed));
        Assert.Equal((80.0, 60.0, 66.7, 4.0), (summary.HandledRate, summary.ResolutionRate, summary.OnTimeRate, summary.AverageRating!.Value));
        Assert.Equal(["电气", "尼龙"], summary.ByPark.Select(p => p.Key));
        Assert.Equal((3, 2), (summary.ByPark[0].Received, summary.ByPark[0].Resolved));
        Assert.Equal(["2026-03", "2026-04"], summary.ByMonth.Select(m => m.Key));
        Assert.Equal("Finance", summary.ByCategory[0].Key);
    }

    [Fact]
    public void League_ranks_departments_by_on_time_replies_then_speed()
    {
        var league = ServiceStatistics.League(
        [
            new TaskFact("财政金融局", D("2026-11-02"), D("2026-11-16"), D("2026-11-04")),
            new TaskFact("财政金融局", D("2026-11-02"), D("2026-11-16"), D("2026-11-18")), // late
            new TaskFact("税务分局", D("2026-11-02"), D("2026-11-16"), D("2026-11-09")),
            new TaskFact("自然资源和规划分局", D("2026-11-02"), D("2026-11-16"), D("2026-11-03")),
            new TaskFact("应急管理局", D("2026-11-02"), D("2026-11-16"), null),
        ], Calendar);
        Assert.Equal(["自然资源和规划分局", "税务分局", "财政金融局", "应急管理局"], league.Select(d => d.Department));
        Assert.Equal([1, 2, 3, 4], league.Select(d => d.Rank));
        Assert.Equal((2, 2, 1, 50.0, 7.0),
            (league[2].Tasks, league[2].Replied, league[2].RepliedOnTime, league[2].OnTimeRate, league[2].AverageReplyDays!.Value));
        Assert.Null(league[3].AverageReplyDays);
    }

    [Fact]
    public void Time_per_level_runs_from_start_or_escalation_to_the_next_step()
    {
        var spans = ServiceStatistics.LevelSpans(
        [
            new StepFact(D("2026-11-02"), RequestAction.Accept, HandlingLevel.Officer, HandlingLevel.Officer),
            new StepFact(D("2026-11-02"), RequestAction.Start, HandlingLevel.Officer, HandlingLevel.Officer),
            new StepFact(D("2026-11-06"), RequestAction.Escalate, HandlingLevel.Officer, HandlingLevel.ParkDepartments),
            new StepFact(D("2026-11-16"), RequestAction.Resolve, HandlingLevel.ParkDepartments, HandlingLevel.ParkDepartments),
            new StepFact(D("2026-11-17"), RequestAction.Confirm, HandlingLevel.ParkDepartments, HandlingLevel.ParkDepartments),
        ], Calendar);
        Assert.Equal([new LevelSpan(HandlingLevel.Officer, 4), new LevelSpan(HandlingLevel.ParkDepartments, 6)], spans);
    }
}
