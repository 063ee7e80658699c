using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Torchbase.Data;
using Torchbase.Domain.ServiceDesk;
using Torchbase.Domain.Talent;
using Torchbase.Features.ServiceDesk;

namespace Torchbase.Features.Organisation;

/// <summary>
/// A zone's deadlines as its set-up in the database describes them: the official calendar (every year entered so far),
/// the zone's own days off, and the zone's time limits — the configuration's limits and extra holidays only where the
/// zone has not set its own (a zone created before set-up existed, or a caller working across several zones).
/// </summary>
public sealed class ZoneDeadlines(AppDbContext db, IOptions<ServiceDeskOptions> options)
{
    private readonly Dictionary<Guid, Deadlines> _byZone = [];
    private Deadlines? _default;

    public DeadlinePolicy DefaultPolicy => options.Value.Policy;

    /// <summary>The deadlines of one zone (or, with no zone, the official calendar and the configured limits).</summary>
    public async Task<Deadlines> ForZoneAsync(Guid? zoneId, CancellationToken ct)
    {
        if (zoneId is { } zone && _byZone.TryGetValue(zone, out var known)) return known;
        if (zoneId is null && _default is not null) return _default;
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.ZoneId == null || d.ZoneId == zoneId)
            .Select(d => new { d.Date, d.Kind, d.Name }).ToListAsync(ct);
        var setting = zoneId is null ? null : await db.DeadlineSettings.AsNoTracking().FirstOrDefaultAsync(s => s.ZoneId == zoneId, ct);
        var year = new HolidayYear("db", 0, "", "",
            days.Where(d => d.Kind != CalendarDayKind.WorkingDay).Select(d => new HolidaySpan(d.Name, d.Date, d.Date)).ToList(),
            days.Where(d => d.Kind == CalendarDayKind.WorkingDay).Select(d => d.Date).ToList());
        var deadlines = new Deadlines(setting?.Policy ?? DefaultPolicy, new WorkingCalendar([year], options.Value.ExtraHolidays));
        if (zoneId is { } z) _byZone[z] = deadlines;
        else _default = deadlines;
        return deadlines;
    }

    /// <summary>For a caller who works in one zone, that zone's deadlines; otherwise the official calendar and the configured limits.</summary>
    public Deadlines ForCaller() => ForZoneAsync(db.Scope.HomeZoneId, CancellationToken.None).GetAwaiter().GetResult();
}

/// <summary>Fills in what the set-up holds for every zone and the official calendars shipped with Torchbase, where missing.</summary>
public static class SetupDefaults
{
    /// <summary>The official calendars shipped as data files become rows the first time (a year already entered is left as it is).</summary>
    public static async Task EnsureAsync(AppDbContext db, DeadlinePolicy limits, CancellationToken ct = default)
    {
        var years = await db.CalendarYears.Select(y => y.Year).ToListAsync(ct);
        foreach (var official in WorkingCalendar.Official.Where(o => !years.Contains(o.Year)))
        {
            db.CalendarYears.Add(new CalendarYear { Id = Guid.CreateVersion7(), Year = official.Year, Title = official.Source, Url = official.Url });
            foreach (var span in official.Holidays)
                for (var d = span.From; d <= span.To; d = d.AddDays(1))
                    db.CalendarDays.Add(new CalendarDay { Id = Guid.CreateVersion7(), Date = d, Kind = CalendarDayKind.Holiday, Name = span.Name });
            foreach (var d in official.WorkingWeekends)
                db.CalendarDays.Add(new CalendarDay { Id = Guid.CreateVersion7(), Date = d, Kind = CalendarDayKind.WorkingDay, Name = "调休上班" });
        }
        var zones = await db.Zones.IgnoreQueryFilters().Select(z => z.Id).ToListAsync(ct);
        var unseeded = await db.Zones.IgnoreQueryFilters().Where(z => !z.GlossarySeeded).ToListAsync(ct);
        var withLimits = await db.DeadlineSettings.IgnoreQueryFilters().Select(s => s.ZoneId).ToListAsync(ct);
        var withCategories = await db.ServiceCategories.IgnoreQueryFilters().Select(c => c.ZoneId).Distinct().ToListAsync(ct);
        var withGlossary = await db.GlossaryEntries.IgnoreQueryFilters().Select(c => c.ZoneId).Distinct().ToListAsync(ct);
        // The shipped glossary is given once per zone: a zone created before it existed gets it at the next start (unless its
        // bureau already entered terms); from then on the bureau's deletions stand.
        foreach (var zone in unseeded)
        {
            if (!withGlossary.Contains(zone.Id)) db.GlossaryEntries.AddRange(NewGlossary(zone.Id));
            zone.GlossarySeeded = true;
        }
        foreach (var zone in zones)
        {
            if (!withLimits.Contains(zone)) db.DeadlineSettings.Add(NewLimits(zone, limits));
            if (!withCategories.Contains(zone)) db.ServiceCategories.AddRange(NewCategories(zone));
        }
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(ct);
        await Projects.ProjectDefaults.EnsureAsync(db, ct);
        await Enterprises.EnterpriseSearchDefaults.EnsureAsync(db, ct);
    }

    public static DeadlineSetting NewLimits(Guid zoneId, DeadlinePolicy p) => new()
    {
        ZoneId = zoneId, AcknowledgeDays = p.AcknowledgeDays, OfficerDays = p.OfficerDays, DepartmentDays = p.DepartmentDays,
        JointMeetingDays = p.JointMeetingDays, LeaderDays = p.LeaderDays, ReminderDays = p.ReminderDays,
    };

    /// <summary>The matching glossary shipped with Torchbase, as the zone's own entries for its bureau to edit.</summary>
    public static IEnumerable<GlossaryEntry> NewGlossary(Guid zoneId) => GlossaryEntries.Shipped(zoneId, Guid.CreateVersion7);

    public static IEnumerable<ServiceCategory> NewCategories(Guid zoneId) => Enum.GetValues<RequestCategory>()
        .Select(c => new ServiceCategory { Id = Guid.CreateVersion7(), ZoneId = zoneId, Code = c, Name = ServiceDeskNames.Category(c) });
}
