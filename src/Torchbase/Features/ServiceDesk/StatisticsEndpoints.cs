using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Http;

namespace Torchbase.Features.ServiceDesk;

public sealed record StatisticsQuery(int? Year, Guid? ParkId);

public sealed record ServiceStatisticsDto(int Year, ServiceSummary Summary, int Visits, int AgencyCases, int AgencyCompleted, double AgencyCompletionRate);

/// <summary>The closed-loop figures (受理, 办结率, 按时办结率, 满意度) by park, category, month and department.</summary>
public static class StatisticsEndpoints
{
    public static void MapStatisticsEndpoints(this RouteGroupBuilder service)
    {
        service.MapGet("/statistics", GetServiceStatistics)
            .WithName(nameof(GetServiceStatistics))
            .WithSummary("A year's closed-loop figures by park, category, month and department, with visits and agency cases")
            .RequireAuthorization(Identity.Permissions.ServiceHandle);
    }

    public static async Task<Ok<ServiceStatisticsDto>> GetServiceStatistics(
        [AsParameters] StatisticsQuery q, [AsParameters] ServiceDeskServices desk, [AsParameters] ApiServices api)
    {
        var (db, deadlines, ct) = (api.Db, desk.Deadlines, api.Ct);
        var year = q.Year ?? api.Clock.Today().Year;
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var requests = db.ServiceRequests.AsNoTracking().Where(r => r.SubmittedOn >= from && r.SubmittedOn <= to);
        if (q.ParkId is { } park) requests = requests.Where(r => r.ParkId == park);

        // A year is a few hundred requests: read their facts in three flat queries and summarise in memory.
        var rows = await requests.Select(r => new { r.Id, r.ParkId, r.Category, r.SubmittedOn, r.Status, r.WasOverdue, r.Rating }).ToListAsync(ct);
        var steps = (await requests.SelectMany(r => r.Transitions).Select(t => new { t.RequestId, t.At, t.Action, t.FromLevel, t.ToLevel }).ToListAsync(ct))
            .ToLookup(t => t.RequestId, t => new StepFact(t.At.ChinaDate(), t.Action, t.FromLevel, t.ToLevel));
        var tasks = await requests.SelectMany(r => r.Tasks).Select(t => new { t.RequestId, t.DepartmentId, t.AssignedOn, t.DueOn, t.RepliedOn })
            .ToListAsync(ct);
        var parks = await db.Parks.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var tasksByRequest = tasks.ToLookup(t => t.RequestId,
            t => new TaskFact(departments.GetValueOrDefault(t.DepartmentId) ?? "?", t.AssignedOn, t.DueOn, t.RepliedOn));
        var facts = rows.Select(r => new RequestFact(parks.GetValueOrDefault(r.ParkId) ?? "?", r.Category, r.SubmittedOn, r.Status, r.WasOverdue, r.Rating,
            ServiceStatistics.LevelSpans(steps[r.Id], deadlines.Calendar), tasksByRequest[r.Id].ToList())).ToList();

        var visits = db.Visits.AsNoTracking().Where(v => v.VisitedOn >= from && v.VisitedOn <= to);
        var cases = db.AgencyCases.AsNoTracking().Where(c => c.OpenedOn >= from && c.OpenedOn <= to);
        if (q.ParkId is { } p2) (visits, cases) = (visits.Where(v => v.ParkId == p2), cases.Where(c => c.ParkId == p2));
        var caseCount = await cases.CountAsync(ct);
        var completed = await cases.CountAsync(c => c.Status == AgencyCaseStatus.Completed, ct);
        return TypedResults.Ok(new ServiceStatisticsDto(year, ServiceStatistics.Summarise(facts, deadlines.Calendar), await visits.CountAsync(ct),
            caseCount, completed, ServiceStatistics.Rate(completed, caseCount)));
    }
}
