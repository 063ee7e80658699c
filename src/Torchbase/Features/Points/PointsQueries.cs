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
    /// <summary>The year asked (or the latest scored) and the newest set version scored for it.</summary>
    private static async Task<(Guid Zone, int Year, int SetNumber)?> BoardAsync(AppDbContext db, int? year, Guid? zone, CancellationToken ct)
    {
        if (zone is null) return null;
        var run = await db.PointsRuns.AsNoTracking().Where(r => r.ZoneId == zone && (year == null || r.Year == year))
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.SetNumber).FirstOrDefaultAsync(ct);
        return run is null ? null : (zone.Value, run.Year, run.SetNumber);
    }

    public static async Task<IQueryable<ScoreItem>> FilterAsync(AppDbContext db, ScoreListQuery q, CancellationToken ct)
    {
        var board = await BoardAsync(db, q.Year, await ZoneSelection.ResolveAsync(db, q.ZoneId, ct), ct);
        var scores = db.EnterpriseScores.AsNoTracking();
        scores = board is var (zone, year, set)
            ? scores.Where(s => s.ZoneId == zone && s.Year == year && s.SetNumber == set)
            : scores.Where(_ => false);
        if (!string.IsNullOrWhiteSpace(q.Grade)) scores = scores.Where(s => s.Grade == q.Grade);
        var rows = scores.Join(db.Enterprises, s => s.EnterpriseId, e => e.Id, (s, e) => new { s, e });
        if (!string.IsNullOrWhiteSpace(q.Search)) rows = rows.Where(x => x.e.Name.Contains(q.Search.Trim()));
        if (q.ParkId is { } park) rows = rows.Where(x => x.e.ParkId == park);
        var keys = rows.SortKeys(("rank", x => x.s.Rank), ("total", x => x.s.Total), ("name", x => x.e.Name),
            ("notReported", x => x.s.NotReported));
        return rows.SortBy(q.Sort, q.Desc ?? false, keys, "rank", x => x.e.Id).Select(x => new ScoreItem(
                x.e.Id, x.e.Name, db.Parks.Where(p => p.Id == x.e.ParkId).Select(p => p.Name).First(), x.s.Year, x.s.SetNumber,
                x.s.Total, x.s.MaxTotal, x.s.Rank, x.s.Peers, x.s.Percentile, x.s.Grade, x.s.NotReported));
    }

    public static readonly string[] ExportHeaders = ["排名", "企业名称", "园区", "年度", "积分", "满分", "等级", "百分位", "未填报指标数", "指标体系版本"];

    public static IReadOnlyList<object?> ExportRow(ScoreItem s) =>
        [s.Rank, s.EnterpriseName, s.ParkName, s.Year, s.Total, s.MaxTotal, s.Grade, Math.Round(s.Percentile * 100, 1), s.NotReported, s.SetNumber];

    public static async Task<PointsSummary> SummaryAsync(AppDbContext db, int? year, Guid? zoneId, CancellationToken ct)
    {
        var zone = await ZoneSelection.ResolveAsync(db, zoneId, ct);
        var years = await db.PointsRuns.AsNoTracking().Where(r => r.ZoneId == zone).Select(r => r.Year).Distinct().OrderByDescending(y => y).ToArrayAsync(ct);
        if (await BoardAsync(db, year, zone, ct) is not var (z, y, set)) return new PointsSummary(null, null, 0, 0, [], years);
        var rows = await db.EnterpriseScores.AsNoTracking().Where(s => s.ZoneId == z && s.Year == y && s.SetNumber == set)
            .GroupBy(s => s.Grade).Select(g => new { Grade = g.Key, Count = g.Count(), Sum = g.Sum(s => s.Total) }).ToListAsync(ct);
        var count = rows.Sum(r => r.Count);
        return new PointsSummary(y, set, count, count == 0 ? 0 : Math.Round(rows.Sum(r => r.Sum) / count, 2),
            rows.OrderBy(r => r.Grade).Select(r => new GradeCount(r.Grade, r.Count)).ToList(), years);
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
