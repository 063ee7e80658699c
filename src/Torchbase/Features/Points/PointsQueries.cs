using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Points;
using Torchbase.Http;

namespace Torchbase.Features.Points;

/// <summary>The read side of points: a year's board is the scores of the latest set version run for that year.</summary>
public static class PointsQueries
{
    /// <summary>
    /// The boards shown: of the zone asked, or of every zone the caller sees when none is asked (one zone for most callers, several
    /// for an administrator or a city or province); the year asked or the latest scored, and per zone the newest set version run for it.
    /// </summary>
    private static async Task<List<(Guid Zone, int Year, int SetNumber)>> BoardsAsync(AppDbContext db, int? year, Guid? zone, CancellationToken ct)
    {
        var runs = db.PointsRuns.AsNoTracking().Where(r => zone == null || r.ZoneId == zone);
        var shown = year ?? await runs.MaxAsync(r => (int?)r.Year, ct);
        if (shown is not { } y) return [];
        var sets = await runs.Where(r => r.Year == y).GroupBy(r => r.ZoneId)
            .Select(g => new { Zone = g.Key, Set = g.Max(r => r.SetNumber) }).ToListAsync(ct);
        return sets.Select(s => (s.Zone, y, s.Set)).ToList();
    }

    /// <summary>The scores of the boards shown (see <see cref="BoardsAsync"/>): per zone, the newest set version run for the year.</summary>
    private static IQueryable<EnterpriseScore> OnBoards(AppDbContext db, List<(Guid Zone, int Year, int SetNumber)> boards)
    {
        if (boards.Count == 0) return db.EnterpriseScores.AsNoTracking().Where(_ => false);
        var year = boards[0].Year;
        var zones = boards.Select(b => b.Zone).ToList();
        return db.EnterpriseScores.AsNoTracking().Where(s => s.Year == year && zones.Contains(s.ZoneId)
            && s.SetNumber == db.PointsRuns.Where(r => r.ZoneId == s.ZoneId && r.Year == year).Max(r => r.SetNumber));
    }

    /// <summary>The filtered board; null when the zone asked is not one the caller sees.</summary>
    public static async Task<IQueryable<ScoreItem>?> FilterAsync(AppDbContext db, ScoreListQuery q, CancellationToken ct)
    {
        if (q.ZoneId is { } asked && await ZoneSelection.ResolveAsync(db, asked, ct) is null) return null;
        var scores = OnBoards(db, await BoardsAsync(db, q.Year, q.ZoneId, ct));
        if (!string.IsNullOrWhiteSpace(q.Grade)) scores = scores.Where(s => s.Grade == q.Grade);
        var rows = scores.Join(db.Enterprises, s => s.EnterpriseId, e => e.Id, (s, e) => new { s, e });
        if (!string.IsNullOrWhiteSpace(q.Search)) rows = rows.Where(x => x.e.Name.Contains(q.Search.Trim()));
        if (q.ParkId is { } park) rows = rows.Where(x => x.e.ParkId == park);
        var keys = rows.SortKeys(("rank", x => x.s.Rank), ("total", x => x.s.Total), ("name", x => x.e.Name),
            ("notReported", x => x.s.NotReported));
        return rows.SortBy(q.Sort, q.Desc ?? false, keys, "rank", x => x.e.Id).Select(x => new ScoreItem(
                x.e.Id, x.e.Name, db.Parks.Where(p => p.Id == x.e.ParkId).Select(p => p.Name).First(), x.s.Year, x.s.SetNumber,
                x.s.Total, x.s.MaxTotal, x.s.Rank, x.s.Peers, x.s.Percentile, x.s.Grade, x.s.NotReported,
                x.s.ZoneId, db.Zones.Where(z => z.Id == x.s.ZoneId).Select(z => z.Name).First()));
    }

    public static readonly string[] ExportHeaders = ["排名", "企业名称", "高新区", "园区", "年度", "积分", "满分", "等级", "百分位", "未填报指标数", "指标体系版本"];

    public static IReadOnlyList<object?> ExportRow(ScoreItem s) =>
        [s.Rank, s.EnterpriseName, s.ZoneName, s.ParkName, s.Year, s.Total, s.MaxTotal, s.Grade, Math.Round(s.Percentile * 100, 1), s.NotReported, s.SetNumber];

    /// <summary>Grade counts and the average over the boards shown; null when the zone asked is not one the caller sees.</summary>
    public static async Task<PointsSummary?> SummaryAsync(AppDbContext db, int? year, Guid? zoneId, CancellationToken ct)
    {
        if (zoneId is { } asked && await ZoneSelection.ResolveAsync(db, asked, ct) is null) return null;
        var years = await db.PointsRuns.AsNoTracking().Where(r => zoneId == null || r.ZoneId == zoneId).Select(r => r.Year).Distinct()
            .OrderByDescending(y => y).ToArrayAsync(ct);
        var boards = await BoardsAsync(db, year, zoneId, ct);
        if (boards.Count == 0) return new PointsSummary(null, null, 0, 0, [], years);
        var rows = await OnBoards(db, boards)
            .GroupBy(s => s.Grade).Select(g => new { Grade = g.Key, Count = g.Count(), Sum = g.Sum(s => s.Total) }).ToListAsync(ct);
        var count = rows.Sum(r => r.Count);
        // The set version is the board's when one zone (or zones of one version) is shown.
        var sets = boards.Select(b => b.SetNumber).Distinct().ToList();
        return new PointsSummary(boards[0].Year, sets.Count == 1 ? sets[0] : null, count, count == 0 ? 0 : Math.Round(rows.Sum(r => r.Sum) / count, 2),
            rows.OrderBy(r => r.Grade).Select(r => new GradeCount(r.Grade, r.Count)).ToList(), years, boards.Count);
    }

    public static async Task<ScoreExplanation?> ExplainAsync(AppDbContext db, Guid enterpriseId, int? year, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.AsNoTracking().Where(e => e.Id == enterpriseId).Select(e => new { e.Name, e.ZoneId }).FirstOrDefaultAsync(ct);
        if (enterprise is null) return null;
        // The newest version per year: a year re-scored under a new set shows the new board, the old rows stay as they were.
        var all = await db.EnterpriseScores.AsNoTracking().Where(s => s.EnterpriseId == enterpriseId).ToListAsync(ct);
        var latest = all.GroupBy(s => s.Year).Select(g => g.MaxBy(s => s.SetNumber)!).OrderBy(s => s.Year).ToList();
        var chosen = year is { } y ? latest.FirstOrDefault(s => s.Year == y) : latest.LastOrDefault();
        if (chosen is null) return new ScoreExplanation(enterpriseId, enterprise.Name, year ?? 0, 0, "", 0, 0, 0, 0, 0, "", [], []);
        var setName = await db.IndicatorSetVersions.AsNoTracking().Where(s => s.Id == chosen.SetVersionId).Select(s => s.Name).FirstAsync(ct);
        var lines = JsonSerializer.Deserialize<List<IndicatorScore>>(chosen.Details, DefaultIndicatorSets.Json) ?? [];
        return new ScoreExplanation(enterpriseId, enterprise.Name, chosen.Year, chosen.SetNumber, setName, chosen.Total, chosen.MaxTotal,
            chosen.Rank, chosen.Peers, chosen.Percentile, chosen.Grade, lines,
            latest.Select(s => new ScoreYear(s.Year, s.SetNumber, s.Total, s.Rank, s.Peers, s.Percentile, s.Grade)).ToList());
    }
}
