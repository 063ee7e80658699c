using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Torchbase.Data;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Features.Notifications;
using Torchbase.Features.ServiceDesk;
using Torchbase.Http;
using Torchbase.Localization;

namespace Torchbase.Jobs;

/// <summary>What one pass of the deadline job did.</summary>
public sealed record DeadlineRun(int Reminded, int FlaggedOverdue, int TasksFlaggedOverdue);

/// <summary>
/// One pass over open requests: a reminder to the officer when a step is due soon, an overdue notice (to the officer
/// and the park's officers, and by e-mail when configured) when it has passed, and the same for departments' tasks.
/// Each notice goes out once per step (RemindedFor / FlaggedOverdueFor hold the deadline it was sent for).
/// It does not escalate on its own: level 2 needs the departments named, which is a person's decision.
/// </summary>
public sealed class ServiceDeskDeadlineJob(AppDbContext db, Features.Organisation.ZoneDeadlines zoneDeadlines, TimeProvider clock, IEmailSender email,
    ILogger<ServiceDeskDeadlineJob> log)
{
    public async Task<DeadlineRun> RunAsync(CancellationToken ct)
    {
        // The job works for the platform, over every zone; outside a request nothing is visible unless that is said.
        using var system = db.RunAsSystem();
        var today = clock.Today();
        // Each zone has its own calendar and limits: "due soon" is a window of that zone's working days.
        var open = new List<ServiceRequest>();
        var deadlinesOf = new Dictionary<Guid, Deadlines>();
        foreach (var zone in await db.ServiceRequests.Select(r => r.ZoneId).Distinct().ToListAsync(ct))
        {
            var zoneDays = deadlinesOf[zone] = await zoneDeadlines.ForZoneAsync(zone, ct);
            var soon = zoneDays.Calendar.AddWorkingDays(today, zoneDays.Policy.ReminderDays);
            open.AddRange(await db.ServiceRequests.AsNoTracking()
                .Where(r => r.ZoneId == zone && r.Status != RequestStatus.Resolved && r.Status != RequestStatus.Closed && r.DueOn != null && r.DueOn <= soon)
                .ToListAsync(ct));
        }
        var parkOfficers = await ParkOfficersAsync(open.Select(r => r.ParkId).Distinct().ToList(), ct);
        var (reminded, flagged) = (new List<ServiceRequest>(), new List<ServiceRequest>());
        var mails = new List<(string To, string Subject, string Body)>();
        foreach (var r in open)
        {
            var state = deadlinesOf[r.ZoneId].StateOn(r.DueOn, today);
            var due = r.DueOn!.Value.ToString("yyyy-MM-dd");
            if (state == DeadlineState.Overdue && r.FlaggedOverdueFor != r.DueOn)
            {
                var to = RequestEndpoints.OfficersOf(r).Concat(parkOfficers[r.ParkId].Select(u => u.Id)).ToList();
                var title = Text.Get("sd.notify.overdue", r.Number, due);
                db.Notify(to, title, r.Title, RequestEndpoints.Link(r));
                mails.AddRange(parkOfficers[r.ParkId].Where(u => u.Email != null).Select(u => (u.Email!, title, r.Title)));
                flagged.Add(r);
            }
            else if (state == DeadlineState.DueSoon && r.RemindedFor != r.DueOn)
            {
                db.Notify(RequestEndpoints.OfficersOf(r), Text.Get("sd.notify.due_soon", r.Number, due), r.Title, RequestEndpoints.Link(r));
                reminded.Add(r);
            }
        }

        var lateTasks = await db.DepartmentTasks.AsNoTracking()
            .Where(t => t.RepliedOn == null && t.DueOn < today && (t.FlaggedOverdueFor == null || t.FlaggedOverdueFor != t.DueOn))
            .Join(db.ServiceRequests.Where(r => r.Status != RequestStatus.Closed), t => t.RequestId, r => r.Id, (t, r) => new { Task = t, Request = r })
            .ToListAsync(ct);
        var departments = lateTasks.Select(t => t.Task.DepartmentId).Distinct().ToList();
        var staffOf = (await db.Users.Where(u => u.DepartmentId != null && departments.Contains(u.DepartmentId.Value))
            .Select(u => new { u.Id, Department = u.DepartmentId!.Value }).ToListAsync(ct)).ToLookup(u => u.Department, u => u.Id);
        foreach (var late in lateTasks)
        {
            var staff = staffOf[late.Task.DepartmentId];
            db.Notify(staff.Concat(RequestEndpoints.OfficersOf(late.Request)),
                Text.Get("sd.notify.task_overdue", late.Request.Number, late.Task.DueOn.ToString("yyyy-MM-dd")),
                late.Request.Title, RequestEndpoints.Link(late.Request));
        }

        // The marks are bookkeeping, written without touching the rows' versions: an officer or a department editing
        // the same request at that moment must not get a conflict because the job passed by.
        // One transaction, run through the provider's execution strategy (PostgreSQL retries transient failures as a unit).
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            DataChangeInterceptor.Wrote(db, typeof(ServiceRequest), typeof(DepartmentTask));
            foreach (var r in flagged)
                await db.ServiceRequests.Where(x => x.Id == r.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.FlaggedOverdueFor, r.DueOn).SetProperty(x => x.WasOverdue, true), ct);
            foreach (var r in reminded)
                await db.ServiceRequests.Where(x => x.Id == r.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.RemindedFor, r.DueOn), ct);
            foreach (var late in lateTasks)
                await db.DepartmentTasks.Where(x => x.Id == late.Task.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.FlaggedOverdueFor, late.Task.DueOn), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        });
        foreach (var (to, subject, body) in mails) await email.SendAsync(to, subject, body, ct);
        var run = new DeadlineRun(reminded.Count, flagged.Count, lateTasks.Count);
        if (run != new DeadlineRun(0, 0, 0)) log.LogInformation("Service desk deadlines: {Run}", run);
        return run;
    }

    private async Task<ILookup<Guid, (Guid Id, string? Email)>> ParkOfficersAsync(List<Guid> parks, CancellationToken ct)
    {
        var role = await db.Roles.Where(r => r.Name == nameof(Identity.Role.ParkOfficer)).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var users = await db.Users.Where(u => u.ParkId != null && parks.Contains(u.ParkId.Value)
            && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == role))
            .Select(u => new { u.Id, u.Email, Park = u.ParkId!.Value }).ToListAsync(ct);
        return users.ToLookup(u => u.Park, u => (u.Id, u.Email));
    }
}

/// <summary>
/// Runs the deadline job every few minutes (Torchbase:ServiceDesk:JobIntervalMinutes; 0 = off), on the TimeProvider's clock,
/// one host at a time (<see cref="JobLock"/>).
/// </summary>
public sealed class ServiceDeskDeadlineService(JobLock jobLock, IOptions<ServiceDeskOptions> options, TimeProvider clock,
    ILogger<ServiceDeskDeadlineService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = options.Value.JobIntervalMinutes;
        if (minutes <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes), clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Service desk deadline job failed"); // try again next time
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass, unless another host is running one: then nothing, and null.</summary>
    public async Task<DeadlineRun?> RunOnceAsync(CancellationToken ct)
    {
        DeadlineRun? run = null;
        await jobLock.RunAloneAsync("service-desk-deadlines",
            async (services, token) => run = await services.GetRequiredService<ServiceDeskDeadlineJob>().RunAsync(token), ct);
        return run;
    }
}
