using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Energy;
using Torchbase.Features.Notifications;
using Torchbase.Localization;

namespace Torchbase.Features.Energy;

/// <summary>
/// One pass of the meter alerts over the active meters the context sees (a caller's scope, or every zone for the job): a meter silent
/// for more than the zone's N hours, and an interval of the last days above k times its recent typical. Each alert is a row identified
/// by meter, kind and instant, so a pass that finds it again adds nothing and notifies no one: the park's officers are told once, when
/// it is raised. A silence alert closes itself when the meter reports again.
/// </summary>
public sealed class MeterAlertCheck(AppDbContext db, TimeProvider clock)
{
    /// <summary>How far back a pass looks for jumps (the typical needs the intervals before those judged).</summary>
    private static readonly TimeSpan JumpWindow = TimeSpan.FromDays(3);

    public async Task<AlertCheckResult> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rules = MeterAlertRules.InForce(DateOnly.FromDateTime(now.ToOffset(Consumption.ChinaOffset).DateTime));
        if (rules is null) return new AlertCheckResult(0, 0);
        var meters = await db.Meters.AsNoTracking().Where(m => m.Active)
            .Select(m => new { m.Id, m.ZoneId, m.ParkId, m.Code, m.Name,
                Last = db.MeterReadings.Where(r => r.MeterId == m.Id).OrderByDescending(r => r.At).Select(r => (DateTimeOffset?)r.At).FirstOrDefault() })
            .ToListAsync(ct);
        var open = await db.MeterAlerts.Where(a => a.ClosedAt == null).ToListAsync(ct);
        // Every alert a finding of this pass could repeat: the jumps of the window, and the silences since the oldest last reading.
        var since = meters.Min(m => m.Last) is { } oldest && oldest < now - JumpWindow ? oldest : now - JumpWindow;
        var known = (await db.MeterAlerts.AsNoTracking().Where(a => a.At >= since)
            .Select(a => new { a.MeterId, a.Kind, a.At }).ToListAsync(ct)).Select(a => (a.MeterId, a.Kind, a.At.UtcTicks)).ToHashSet();
        var raised = new List<(MeterAlert Alert, string Code, string Name)>();
        var closed = 0;
        foreach (var m in meters)
        {
            var findings = new List<MeterAlertFinding>();
            if (MeterAlertRules.Silence(rules, m.Last, now) is { } silent) findings.Add(silent);
            // A silence that has ended: the meter reported after the last reading the alert was raised on.
            foreach (var a in open.Where(a => a.MeterId == m.Id && a.Kind == MeterAlertKind.Silent && m.Last > a.At))
            {
                a.ClosedAt = now;
                closed++;
            }
            if (m.Last is { } last && now - last <= JumpWindow)
            {
                var from = now - JumpWindow - TimeSpan.FromHours(rules.TypicalIntervals * 24);
                var readings = await db.MeterReadings.AsNoTracking().Where(r => r.MeterId == m.Id && r.At >= from).OrderBy(r => r.At)
                    .Select(r => new Reading(r.At, r.Value)).ToListAsync(ct);
                findings.AddRange(MeterAlertRules.Jumps(rules, Consumption.Intervals(readings)).Where(j => j.At >= now - JumpWindow));
            }
            foreach (var f in findings.Where(f => !known.Contains((m.Id, f.Kind, f.At.UtcTicks))))
            {
                var alert = new MeterAlert
                {
                    Id = Guid.CreateVersion7(now), ZoneId = m.ZoneId, ParkId = m.ParkId, MeterId = m.Id, Kind = f.Kind, At = f.At.ToUniversalTime(),
                    Consumption = f.Consumption, Typical = f.Typical, RaisedAt = now,
                };
                db.MeterAlerts.Add(alert);
                raised.Add((alert, m.Code, m.Name));
            }
        }
        if (raised.Count > 0)
        {
            var officers = await ParkOfficersAsync([.. raised.Select(r => r.Alert.ParkId).Distinct()], ct);
            foreach (var (alert, code, name) in raised)
                db.Notify(officers[alert.ParkId], Text.Get($"energy.notify.{alert.Kind}", code, name), null, "/energy/alerts");
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another pass (another host, another officer) raised the same alert in between: it has been told; this pass tells no one.
            db.ChangeTracker.Clear();
            return new AlertCheckResult(0, 0);
        }
        return new AlertCheckResult(raised.Count, closed);
    }

    /// <summary>The park officers of the parks, read past the caller's scope (an officer of one park is not told of another's).</summary>
    private async Task<ILookup<Guid, Guid>> ParkOfficersAsync(List<Guid> parks, CancellationToken ct)
    {
        var role = await db.Roles.Where(r => r.Name == nameof(Identity.Role.ParkOfficer)).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var users = await db.Users.IgnoreQueryFilters().Where(u => u.ParkId != null && parks.Contains(u.ParkId.Value)
            && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == role))
            .Select(u => new { u.Id, Park = u.ParkId!.Value }).ToListAsync(ct);
        return users.ToLookup(u => u.Park, u => u.Id);
    }
}
