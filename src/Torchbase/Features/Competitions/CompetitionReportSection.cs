using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Competitions;
using Torchbase.Features.Reports;
using Torchbase.Localization;
using static Torchbase.Features.Reports.ReportAmounts;

namespace Torchbase.Features.Competitions;

/// <summary>
/// 以赛招商与成果对接 in the annual report, counted from the records as the competition and event pages count them: the year's
/// competitions (entrants, 对接合作, amount signed, prize money) and the events held in the year so far (achievements published,
/// enterprises attending, on-site signings, intents), and how many of their leads became ledger projects. One table row each.
/// </summary>
public sealed class CompetitionReportSection : IReportSection
{
    public int Order => 55;

    public async Task<ReportSection?> BuildAsync(AppDbContext db, ReportContext c, CancellationToken ct)
    {
        var competitions = await db.Competitions.AsNoTracking().Where(x => x.ZoneId == c.ZoneId && x.Year == c.Year)
            .OrderBy(x => x.HeldOn).ThenBy(x => x.Name).ToListAsync(ct);
        var events = await db.MatchEvents.AsNoTracking().Where(x => x.ZoneId == c.ZoneId && x.HeldOn >= c.YearStart && x.HeldOn <= c.AsOf)
            .OrderBy(x => x.HeldOn).ThenBy(x => x.Name).ToListAsync(ct);
        if (competitions.Count == 0 && events.Count == 0) return null;

        var competitionIds = competitions.Select(x => x.Id).ToList();
        var entrants = (await CompetitionEndpoints.ForStatistics(db.CompetitionEntrants.Where(e => competitionIds.Contains(e.CompetitionId)))
            .ToListAsync(ct)).ToLookup(e => e.CompetitionId);
        var held = competitions.Select(x => (Competition: x, Figures: CompetitionStatistics.Of([.. entrants[x.Id]], x.Prizes))).ToList();

        var eventIds = events.Select(x => x.Id).ToList();
        var achievements = await db.EventAchievements.AsNoTracking().Where(a => eventIds.Contains(a.EventId))
            .GroupBy(a => a.EventId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var intents = await db.EventIntents.AsNoTracking().Where(i => eventIds.Contains(i.EventId))
            .GroupBy(i => i.EventId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var signings = (await db.EventSignings.AsNoTracking().Where(s => eventIds.Contains(s.EventId)).ToListAsync(ct)).ToLookup(s => s.EventId);
        var met = events.Select(x => (Event: x, Figures: EventStatistics.Of(achievements.GetValueOrDefault(x.Id), x.Attendees.Count,
            [.. signings[x.Id]], intents.GetValueOrDefault(x.Id)))).ToList();

        var (items, companies, wan, yi) = (Text.Get("unit.items"), Text.Get("unit.companies"), Text.Get("unit.tenThousandYuan"),
            Text.Get("unit.hundredMillionYuan"));
        var rows = held.Select(h => (IReadOnlyList<object?>)
            [h.Competition.Name, Text.Get("report.competitions.kind.Competition"), h.Competition.HeldOn, h.Figures.Entrants, h.Figures.Matched,
             null, h.Figures.SignedAmountWan, h.Figures.PrizeMoneyWan, h.Figures.Projects])
            .Concat(met.Select(m => (IReadOnlyList<object?>)
            [m.Event.Name, Text.Get($"report.competitions.kind.{m.Event.Kind}"), m.Event.HeldOn, m.Figures.Achievements, m.Figures.Intents,
             m.Figures.Signings, m.Figures.SignedAmountWan, null, m.Figures.Projects]))
            .ToList();
        return new ReportSection("competitions", Text.Get("report.competitions"),
        [
            new(Text.Get("report.competitions.held"), held.Count, items, Link: "/competitions"),
            new(Text.Get("report.competitions.entrants"), held.Sum(h => h.Figures.Entrants), companies),
            new(Text.Get("report.competitions.matched"), held.Sum(h => h.Figures.Matched), items),
            new(Text.Get("report.competitions.signed"), Yi(held.Sum(h => h.Figures.SignedAmountWan)), yi),
            new(Text.Get("report.competitions.prizeMoney"), held.Sum(h => h.Figures.PrizeMoneyWan), wan),
            new(Text.Get("report.competitions.events"), met.Count, items, Link: "/events"),
            new(Text.Get("report.competitions.achievements"), met.Sum(m => m.Figures.Achievements), items),
            new(Text.Get("report.competitions.attending"), met.Sum(m => m.Figures.Attending), companies),
            new(Text.Get("report.competitions.signings"), met.Sum(m => m.Figures.Signings), items),
            new(Text.Get("report.competitions.intents"), met.Sum(m => m.Figures.Intents), items),
            new(Text.Get("report.competitions.projects"), held.Sum(h => h.Figures.Projects) + met.Sum(m => m.Figures.Projects), items, Link: "/projects"),
        ],
        new ReportTable(
            [Text.Get("report.competitions.name"), Text.Get("report.competitions.kind"), Text.Get("report.competitions.heldOn"),
             Text.Get("report.competitions.entrantsOrAchievements"), Text.Get("report.competitions.matchedOrIntents"),
             Text.Get("report.competitions.signings"), Text.Get("report.competitions.signed") + $"（{wan}）",
             Text.Get("report.competitions.prizeMoney") + $"（{wan}）", Text.Get("report.competitions.projects")],
            rows));
    }
}
