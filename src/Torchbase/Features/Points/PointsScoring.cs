using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Points;

namespace Torchbase.Features.Points;

public sealed record PointsRunResult(int Year, int SetNumber, int Enterprises, bool Unchanged, DateTimeOffset ComputedAt);

/// <summary>
/// Scores every active enterprise of a zone for a year with the zone's latest indicator-set version and stores the board.
/// Reproducible: the inputs (set version + every value read) are hashed; a run with the same hash changes nothing.
/// </summary>
public static class PointsScoring
{
    /// <summary>Enterprises read, and scores written, at a time: a zone of any size is scored in bounded memory.</summary>
    public const int Chunk = 2000;

    /// <summary>The zone's latest set version; the first call stores the embedded default as version 1.</summary>
    public static async Task<IndicatorSetVersion> CurrentSetAsync(AppDbContext db, Guid zoneId, CancellationToken ct)
    {
        var latest = await db.IndicatorSetVersions.Where(s => s.ZoneId == zoneId).OrderByDescending(s => s.Number).FirstOrDefaultAsync(ct);
        if (latest is not null) return latest;
        var first = NewVersion(zoneId, 1, DefaultIndicatorSets.TorchCore, db.Clock.GetUtcNow(), "system");
        db.IndicatorSetVersions.Add(first);
        await db.SaveChangesAsync(ct);
        return first;
    }

    /// <summary>Scores the zone's year with the current version and with the draft, in memory, and compares them. Stores nothing.</summary>
    public static async Task<PointsPreview> PreviewAsync(AppDbContext db, Guid zoneId, int year, IndicatorSet draft, CancellationToken ct)
    {
        var latest = await db.IndicatorSetVersions.AsNoTracking().Where(s => s.ZoneId == zoneId).OrderByDescending(s => s.Number)
            .Select(s => new { s.Number, s.Definition }).FirstOrDefaultAsync(ct);
        // A zone that never scored would start from the default as version 1: compare with that, without storing it.
        var current = latest is null ? DefaultIndicatorSets.TorchCore : DefaultIndicatorSets.Deserialize(latest.Definition);
        var before = await BoardAsync(db, zoneId, year, current, ct);
        var after = await BoardAsync(db, zoneId, year, draft, ct);
        var n = before.Count;
        int changed = 0, gained = 0, lost = 0;
        for (var e = 0; e < n; e++)
        {
            if (before.Grades[e] != after.Grades[e]) changed++;
            if (after.Totals[e] > before.Totals[e]) gained++;
            else if (after.Totals[e] < before.Totals[e]) lost++;
        }
        var grades = before.Grades.Concat(after.Grades).Distinct().Order(StringComparer.Ordinal)
            .Select(g => new GradeShift(g, before.Grades.Count(x => x == g), after.Grades.Count(x => x == g))).ToList();
        return new PointsPreview(year, latest?.Number ?? 1, current.Name, n, changed, gained, lost,
            n == 0 ? 0 : Math.Round(before.Totals.Average(), 2), n == 0 ? 0 : Math.Round(after.Totals.Average(), 2), grades);
    }

    private static async Task<ScoreBoard> BoardAsync(AppDbContext db, Guid zoneId, int year, IndicatorSet set, CancellationToken ct)
    {
        var inputs = await LoadAsync(db, zoneId, year, set, ct);
        return PointsScorer.Score(set, inputs.Values, inputs.Stages);
    }

    public static IndicatorSetVersion NewVersion(Guid zoneId, int number, IndicatorSet set, DateTimeOffset at, string? by) => new()
    {
        Id = Guid.CreateVersion7(), ZoneId = zoneId, Number = number, Name = set.Name,
        Definition = DefaultIndicatorSets.Serialize(set), CreatedAt = at, CreatedBy = by,
    };

    /// <summary>What a set reads for a zone's year: the active enterprises (by id), each indicator's column and each stage.</summary>
    public sealed record Inputs(Guid[] Enterprises, double[][] Values, EnterpriseStage[] Stages);

    public static async Task<Inputs> LoadAsync(AppDbContext db, Guid zoneId, int year, IndicatorSet set, CancellationToken ct)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        var yearStart = new DateOnly(year, 1, 1);

        // The ids first, then each chunk's reports and titles: the reports of a zone's two years are never all in memory at once.
        var roster = await db.Enterprises.AsNoTracking()
            .Where(e => e.ZoneId == zoneId && e.Status == EnterpriseStatus.Active && e.RegisteredOn <= yearEnd)
            .OrderBy(e => e.Id).Select(e => new { e.Id, e.RegisteredOn })
            .ToListAsync(ct);
        var platforms = await db.Platforms.AsNoTracking()
            .Where(p => p.ZoneId == zoneId && p.EnterpriseId != null)
            .GroupBy(p => p.EnterpriseId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        // 技术合同成交额 from the zone's contract registry: contracts registered in the year, the enterprise as seller or as buyer.
        var contracts = await db.TechContracts.AsNoTracking()
            .Where(c => c.ZoneId == zoneId && c.RegisteredOn >= yearStart && c.RegisteredOn <= yearEnd
                        && (c.SellerEnterpriseId != null || c.BuyerEnterpriseId != null))
            .Select(c => new { c.SellerEnterpriseId, c.BuyerEnterpriseId, c.AmountWan })
            .ToListAsync(ct);
        var turnover = new Dictionary<Guid, double>();
        foreach (var c in contracts)
            foreach (var party in new[] { c.SellerEnterpriseId, c.BuyerEnterpriseId }.Where(p => p is not null).Distinct())
                turnover[party!.Value] = turnover.GetValueOrDefault(party.Value) + (double)c.AmountWan;

        var formulas = set.Indicators.Select(i => IndicatorFormula.Parse(i.Formula)).ToArray();
        var values = formulas.Select(_ => new double[roster.Count]).ToArray();
        var stages = new EnterpriseStage[roster.Count];
        var e = 0;
        foreach (var chunk in roster.Chunk(Chunk))
        {
            var ids = chunk.Select(x => x.Id).ToList();
            var facts = await db.Enterprises.AsNoTracking()
                .Where(x => ids.Contains(x.Id))
                .Select(x => new
                {
                    x.Id,
                    Reports = x.Reports.Where(r => (r.Year == year || r.Year == year - 1) && r.Status == ReportStatus.Accepted).ToList(),
                    Held = x.Qualifications.Where(q => q.IssuedOn <= yearEnd && (q.ExpiresOn == null || q.ExpiresOn >= yearEnd))
                        .Select(q => q.Type).ToList(),
                })
                .AsSplitQuery()
                .ToDictionaryAsync(x => x.Id, ct);
            foreach (var x in chunk)
            {
                var f = facts[x.Id];
                var read = IndicatorFacts.For(f.Reports.FirstOrDefault(r => r.Year == year), f.Reports.FirstOrDefault(r => r.Year == year - 1),
                    f.Held.ToHashSet(), new Dictionary<string, double?>
                    {
                        ["Platforms"] = platforms.GetValueOrDefault(x.Id),
                        ["TechContracts"] = turnover.GetValueOrDefault(x.Id),
                    });
                for (var i = 0; i < formulas.Length; i++) values[i][e] = formulas[i].Evaluate(read) ?? double.NaN;
                if (set.Stages is { } rule) stages[e] = rule.StageOf(x.RegisteredOn, yearEnd);
                e++;
            }
        }
        return new Inputs([.. roster.Select(x => x.Id)], values, stages);
    }

    public static async Task<PointsRunResult> RunAsync(AppDbContext db, Guid zoneId, int year, CancellationToken ct)
    {
        var version = await CurrentSetAsync(db, zoneId, ct);
        var set = DefaultIndicatorSets.Deserialize(version.Definition);
        var (ids, values, stages) = await LoadAsync(db, zoneId, year, set, ct);

        var hash = Hash(version.Id, ids, values, set.Stages is null ? [] : stages);
        var existing = await db.PointsRuns.AsNoTracking()
            .FirstOrDefaultAsync(r => r.ZoneId == zoneId && r.Year == year && r.SetVersionId == version.Id, ct);
        if (existing?.InputHash == hash) return new PointsRunResult(year, version.Number, existing.Enterprises, true, existing.ComputedAt);

        var board = PointsScorer.Score(set, values, stages);
        var now = db.Clock.GetUtcNow();
        // PostgreSQL retries transient failures: the transaction runs inside the execution strategy so a retry replays all of it.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.EnterpriseScores.Where(s => s.ZoneId == zoneId && s.Year == year && s.SetVersionId == version.Id).ExecuteDeleteAsync(ct);
            DataChangeInterceptor.Wrote(db, typeof(EnterpriseScore));
            // Scores are derived rows: the run is audited once (the run row below), not one entry per enterprise. They are
            // saved a chunk at a time, so a zone's board is never tracked whole.
            var bulk = db.BulkLoading;
            db.BulkLoading = true;
            try
            {
                for (var from = 0; from < ids.Length; from += Chunk)
                {
                    for (var e = from; e < Math.Min(from + Chunk, ids.Length); e++)
                    {
                        var lines = board.Explain(e, values);
                        db.EnterpriseScores.Add(new EnterpriseScore
                        {
                            Id = Guid.CreateVersion7(), ZoneId = zoneId, EnterpriseId = ids[e], Year = year,
                            SetVersionId = version.Id, SetNumber = version.Number, Total = board.Totals[e], MaxTotal = board.MaxTotalOf(e),
                            Rank = board.Ranks[e], Peers = board.Count, Percentile = Math.Round(board.Percentiles[e], 4), Grade = board.Grades[e],
                            NotReported = lines.Count(l => !l.Reported), Details = JsonSerializer.Serialize(lines, DefaultIndicatorSets.Json),
                        });
                    }
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                }
            }
            finally { db.BulkLoading = bulk; }
            var run = existing is null ? null : await db.PointsRuns.FirstAsync(r => r.Id == existing.Id, ct);
            if (run is null)
                db.PointsRuns.Add(run = new PointsRun
                {
                    Id = Guid.CreateVersion7(), ZoneId = zoneId, Year = year, SetVersionId = version.Id, SetNumber = version.Number, InputHash = hash,
                });
            run.InputHash = hash;
            run.Enterprises = ids.Length;
            run.ComputedAt = now;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        });
        return new PointsRunResult(year, version.Number, ids.Length, false, now);
    }

    private static string Hash(Guid setVersion, IEnumerable<Guid> enterprises, double[][] values, EnterpriseStage[] stages)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(setVersion.ToByteArray());
        foreach (var id in enterprises) sha.AppendData(id.ToByteArray());
        foreach (var stage in stages) sha.AppendData([(byte)stage]);
        foreach (var column in values)
            foreach (var v in column) sha.AppendData(BitConverter.GetBytes(v));
        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
