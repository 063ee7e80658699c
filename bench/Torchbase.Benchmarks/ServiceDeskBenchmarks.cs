using BenchmarkDotNet.Attributes;
using Torchbase.Domain.ServiceDesk;

namespace Torchbase.Benchmarks;

/// <summary>
/// What the service desk computes per request and per statistics page: working-day deadlines over holidays, the
/// workflow's decision, and a year's summary (levels, groups, league) for 1,000 requests — ten times the reports' year.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(iterationCount: 5, warmupCount: 2)]
public class ServiceDeskBenchmarks
{
    private readonly WorkingCalendar _calendar = WorkingCalendar.China();
    private readonly Deadlines _deadlines = new(DeadlinePolicy.Default, WorkingCalendar.China());
    private readonly DateOnly[] _days = Enumerable.Range(0, 365).Select(i => new DateOnly(2026, 1, 1).AddDays(i)).ToArray();
    private List<RequestFact> _facts = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        string[] parks = ["电气", "尼龙", "储能", "物流", "沙河", "双创"];
        string[] departments = ["经济发展局", "财政金融局", "自然资源和规划分局", "税务分局", "住房和城乡建设局"];
        _facts = Enumerable.Range(0, 1000).Select(_ =>
        {
            var on = _days[random.Next(_days.Length)];
            var tasks = Enumerable.Range(0, random.Next(3)).Select(_ => new TaskFact(departments[random.Next(departments.Length)], on, _calendar.AddWorkingDays(on, 10),
                random.NextDouble() < 0.9 ? _calendar.AddWorkingDays(on, random.Next(1, 13)) : null)).ToList();
            var steps = new[]
            {
                new StepFact(on, RequestAction.Start, HandlingLevel.Officer, HandlingLevel.Officer),
                new StepFact(_calendar.AddWorkingDays(on, 3), RequestAction.Resolve, HandlingLevel.Officer, HandlingLevel.Officer),
            };
            return new RequestFact(parks[random.Next(parks.Length)], (RequestCategory)random.Next(9), on, RequestStatus.Closed, random.NextDouble() < 0.05,
                random.Next(3, 6), ServiceStatistics.LevelSpans(steps, _calendar), tasks);
        }).ToList();
    }

    /// <summary>A deadline for each day of the year at each level's limit (the job and every list row do this).</summary>
    [Benchmark]
    public int Deadlines365x4()
    {
        var sum = 0;
        foreach (var day in _days)
            foreach (var level in Enum.GetValues<HandlingLevel>())
                sum += _deadlines.DueOn(RequestStatus.InProgress, level, day)!.Value.DayNumber;
        return sum;
    }

    [Benchmark]
    public int WorkflowDecide1000()
    {
        var request = new ServiceRequest { Number = "SQ", Title = "t", Description = "d", Status = RequestStatus.InProgress };
        var command = new RequestCommand(RequestAction.Escalate, ActorKind.Officer) { Reason = "r", Departments = [Guid.Empty] };
        var allowed = 0;
        for (var i = 0; i < 1000; i++) if (RequestWorkflow.Decide(request, command).Allowed) allowed++;
        return allowed;
    }

    [Benchmark]
    public ServiceSummary Summarise1000Requests() => ServiceStatistics.Summarise(_facts, _calendar);
}
