using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Torchbase.Data;
using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;
using Torchbase.Features.Notifications;
using Torchbase.Http;
using Torchbase.Localization;

namespace Torchbase.Jobs;

/// <summary>
/// One pass over the titles held: when a title reaches a reminder step of its renewal rule (<see cref="Renewals"/>), an
/// in-app notice to the enterprise's users and its chief service officer (首席服务员). Each step is sent once per end date.
/// </summary>
public sealed class RenewalReminderJob(AppDbContext db, TimeProvider clock)
{
    /// <returns>How many titles were reminded of.</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        using var system = db.RunAsSystem();
        var today = clock.Today();
        // The longest reminder step bounds what can be due; titles without a recorded end have a default one.
        var latest = today.AddDays(Renewals.Rules.Max(r => r.ReminderDays[0]));
        var earliest = today.AddDays(-30);
        var titles = await db.QualificationsHeld
            .Where(t => t.ExpiresOn == null || (t.ExpiresOn >= earliest && t.ExpiresOn <= latest))
            .Join(db.Enterprises.Where(e => e.Status == EnterpriseStatus.Active), t => t.EnterpriseId, e => e.Id, (t, e) => new { Title = t, e.Name })
            .ToListAsync(ct);
        // A renewed title (a later one of the same kind) silences the one it replaces, however far off its own end is.
        var holders = titles.Select(x => x.Title.EnterpriseId).Distinct().ToList();
        var renewed = (await db.QualificationsHeld.Where(t => holders.Contains(t.EnterpriseId) && t.ExpiresOn > latest)
            .Select(t => new { t.EnterpriseId, t.Type }).ToListAsync(ct)).Select(t => (t.EnterpriseId, t.Type)).ToHashSet();
        var due = new List<(QualificationHeld Title, string Name, DateOnly End, int Step)>();
        foreach (var x in Renewals.LatestOfEachKind(titles, x => x.Title))
        {
            if (renewed.Contains((x.Title.EnterpriseId, x.Title.Type)) || Renewals.EndOf(x.Title.Type, x.Title.IssuedOn, x.Title.ExpiresOn) is not { } end)
                continue;
            var last = x.Title.RemindedFor == end ? x.Title.RemindedStep : null;
            if (Renewals.ReminderToSend(x.Title.Type, end, today, last) is { } step) due.Add((x.Title, x.Name, end, step));
        }
        if (due.Count == 0) return 0;

        var ids = due.Select(d => d.Title.EnterpriseId).Distinct().ToList();
        var users = (await db.Users.Where(u => u.EnterpriseId != null && ids.Contains(u.EnterpriseId.Value))
            .Select(u => new { u.Id, Enterprise = u.EnterpriseId!.Value }).ToListAsync(ct)).ToLookup(u => u.Enterprise, u => u.Id);
        var officers = (await db.OfficerAssignments.Where(a => ids.Contains(a.EnterpriseId)).Select(a => new { a.EnterpriseId, a.OfficerId }).ToListAsync(ct))
            .ToLookup(a => a.EnterpriseId, a => a.OfficerId);
        foreach (var (title, name, end, step) in due)
        {
            var kind = Text.Get($"renewal_kind.{Renewals.RuleOf(title.Type).Kind}");
            var text = Text.Get(step == 0 ? "renewal.notify.ended" : "renewal.notify.due", name, Text.Get($"tier.{title.Type}"),
                end.ToString("yyyy-MM-dd"), kind);
            db.Notify(users[title.EnterpriseId].Concat(officers[title.EnterpriseId]), text, title.CertificateNo, $"/enterprises/{title.EnterpriseId}");
        }
        // The marks are bookkeeping: written in the same transaction as the notices, without auditing each title.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            foreach (var (title, _, end, step) in due)
                await db.QualificationsHeld.Where(t => t.Id == title.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.RemindedFor, end).SetProperty(t => t.RemindedStep, step), ct);
            await tx.CommitAsync(ct);
        });
        return due.Count;
    }
}

public sealed class RenewalReminderOptions
{
    /// <summary>Hours between passes (Torchbase:Cultivation:RenewalReminderHours); 0 = off.</summary>
    public int RenewalReminderHours { get; set; } = 24;
}

/// <summary>
/// Runs the renewal reminders on start and then every few hours, on the TimeProvider's clock, one host at a time
/// (<see cref="JobLock"/>).
/// </summary>
public sealed class RenewalReminderService(JobLock jobLock, IOptions<RenewalReminderOptions> options, TimeProvider clock,
    ILogger<RenewalReminderService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var hours = options.Value.RenewalReminderHours;
        if (hours <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromHours(hours), clock);
        do
        {
            try
            {
                var sent = await RunOnceAsync(stoppingToken);
                if (sent > 0) log.LogInformation("Renewal reminders sent for {Titles} titles", sent);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Renewal reminder job failed"); // try again next time
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass, unless another host is running one: then nothing, and null.</summary>
    public async Task<int?> RunOnceAsync(CancellationToken ct)
    {
        int? sent = null;
        await jobLock.RunAloneAsync("renewal-reminders",
            async (services, token) => sent = await services.GetRequiredService<RenewalReminderJob>().RunAsync(token), ct);
        return sent;
    }
}
