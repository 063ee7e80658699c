namespace Torchbase.Domain.ServiceDesk;

/// <summary>The facts of one request that the statistics need.</summary>
public sealed record RequestFact(
    string Park, RequestCategory Category, DateOnly SubmittedOn, RequestStatus Status, bool WasOverdue, int? Rating,
    IReadOnlyList<LevelSpan> Levels, IReadOnlyList<TaskFact> Tasks)
{
    public bool IsResolved => Status is RequestStatus.Resolved or RequestStatus.Closed;
    public bool IsHandled => Status != RequestStatus.Submitted;
}

public sealed record TaskFact(string Department, DateOnly AssignedOn, DateOnly DueOn, DateOnly? RepliedOn);

/// <summary>Working days a request spent at one level.</summary>
public sealed record LevelSpan(HandlingLevel Level, int WorkingDays);

/// <summary>A step of the history, as the statistics read it.</summary>
public sealed record StepFact(DateOnly On, RequestAction Action, HandlingLevel FromLevel, HandlingLevel ToLevel);

public sealed record RateGroup(string Key, int Received, int Handled, int Resolved, double ResolutionRate, double OnTimeRate, double? AverageRating);

public sealed record LevelAverage(HandlingLevel Level, int Requests, double AverageWorkingDays);

/// <summary>A department's record in the league table (部门报到): tasks, replies, replies on time, speed.</summary>
public sealed record DepartmentScore(string Department, int Tasks, int Replied, int RepliedOnTime, double OnTimeRate, double? AverageReplyDays, int Rank);

public sealed record ServiceSummary(
    int Received, int Handled, int Resolved, int Closed, double HandledRate, double ResolutionRate, double OnTimeRate, double? AverageRating,
    int Rated, IReadOnlyList<LevelAverage> Levels, IReadOnlyList<RateGroup> ByPark, IReadOnlyList<RateGroup> ByCategory,
    IReadOnlyList<RateGroup> ByMonth, IReadOnlyList<DepartmentScore> Departments);

/// <summary>
/// The figures the zone reports (《高歌奋起谱新篇》(2021): "203 received, 100% handled"; 《擂台比武争先锋 比学赶超促发展》(2024): "246 resolved, 99.1%"): rates are
/// shares of the requests received; on time means no step finished after its deadline.
/// </summary>
public static class ServiceStatistics
{
    public static ServiceSummary Summarise(IReadOnlyCollection<RequestFact> facts, WorkingCalendar calendar)
    {
        var resolved = facts.Where(f => f.IsResolved).ToList();
        var rated = facts.Where(f => f.Rating is not null).ToList();
        var levels = facts.SelectMany(f => f.Levels).GroupBy(l => l.Level).OrderBy(g => g.Key)
            .Select(g => new LevelAverage(g.Key, g.Count(), Math.Round(g.Average(l => l.WorkingDays), 1))).ToList();
        return new ServiceSummary(
            facts.Count, facts.Count(f => f.IsHandled), resolved.Count, facts.Count(f => f.Status == RequestStatus.Closed),
            Rate(facts.Count(f => f.IsHandled), facts.Count), Rate(resolved.Count, facts.Count), Rate(resolved.Count(f => !f.WasOverdue), resolved.Count),
            rated.Count == 0 ? null : Math.Round(rated.Average(f => f.Rating!.Value), 2), rated.Count, levels,
            Groups(facts, f => f.Park).OrderByDescending(g => g.Received).ToList(),
            Groups(facts, f => f.Category.ToString()).OrderByDescending(g => g.Received).ToList(),
            Groups(facts, f => f.SubmittedOn.ToString("yyyy-MM")).OrderBy(g => g.Key, StringComparer.Ordinal).ToList(),
            League(facts.SelectMany(f => f.Tasks), calendar));
    }

    /// <summary>Ranked by on-time replies, then by speed; a department with no task is not ranked.</summary>
    public static IReadOnlyList<DepartmentScore> League(IEnumerable<TaskFact> tasks, WorkingCalendar calendar) =>
        tasks.GroupBy(t => t.Department)
            .Select(g =>
            {
                var replied = g.Where(t => t.RepliedOn is not null).ToList();
                var onTime = replied.Count(t => t.RepliedOn <= t.DueOn);
                double? speed = replied.Count == 0 ? null : Math.Round(replied.Average(t => calendar.WorkingDaysBetween(t.AssignedOn, t.RepliedOn!.Value)), 1);
                return new DepartmentScore(g.Key, g.Count(), replied.Count, onTime, Rate(onTime, g.Count()), speed, 0);
            })
            .OrderByDescending(d => d.OnTimeRate).ThenBy(d => d.AverageReplyDays ?? double.MaxValue).ThenBy(d => d.Department, StringComparer.Ordinal)
            .Select((d, i) => d with { Rank = i + 1 })
            .ToList();

    /// <summary>Working days spent at each level, from the day work started there to the day it left (escalated or resolved).</summary>
    public static IReadOnlyList<LevelSpan> LevelSpans(IEnumerable<StepFact> steps, WorkingCalendar calendar)
    {
        var spans = new List<LevelSpan>();
        (HandlingLevel Level, DateOnly Since)? current = null;
        foreach (var step in steps.OrderBy(s => s.On))
        {
            switch (step.Action)
            {
                case RequestAction.Start or RequestAction.Reopen:
                    current = (step.ToLevel, step.On);
                    break;
                case RequestAction.Escalate or RequestAction.Resolve when current is { } c:
                    spans.Add(new LevelSpan(c.Level, calendar.WorkingDaysBetween(c.Since, step.On)));
                    current = step.Action == RequestAction.Escalate ? (step.ToLevel, step.On) : null;
                    break;
            }
        }
        return spans;
    }

    private static IEnumerable<RateGroup> Groups(IEnumerable<RequestFact> facts, Func<RequestFact, string> key) =>
        facts.GroupBy(key).Select(g =>
        {
            var resolved = g.Where(f => f.IsResolved).ToList();
            var rated = g.Where(f => f.Rating is not null).ToList();
            return new RateGroup(g.Key, g.Count(), g.Count(f => f.IsHandled), resolved.Count, Rate(resolved.Count, g.Count()),
                Rate(resolved.Count(f => !f.WasOverdue), resolved.Count), rated.Count == 0 ? null : Math.Round(rated.Average(f => f.Rating!.Value), 2));
        });

    /// <summary>A percentage with one decimal, as reported (99.1%); 0 when there is nothing to count.</summary>
    public static double Rate(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 1);
}
