using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Features.Enterprises;
using Torchbase.Features.Points;
using Torchbase.Http;

namespace Torchbase.Features.Cultivation;

/// <summary>
/// After yearly reports or titles land in bulk: the cultivation results of the enterprises concerned are evaluated again
/// (the batch evaluation, in its chunks), and the zone's points boards of the years concerned are scored again — the
/// latest year of the file, and any other year that already has a board (points are ranks within the zone, so a board is
/// scored whole). Done before the import answers, which carries the counts.
/// </summary>
public static class Reevaluation
{
    private const int ImportChunk = 1000;

    public static async Task<BulkImportResult> RunAsync(AppDbContext db, Guid zone, IReadOnlyCollection<Guid> enterprises,
        IReadOnlyCollection<int> years, BulkImportResult imported, TimeProvider clock, ILogger log, CancellationToken ct)
    {
        var timer = System.Diagnostics.Stopwatch.StartNew();
        var evaluated = 0;
        var ids = enterprises.ToList();
        // No one watches these chunks: they are as large as one transaction comfortably holds, not the page's progress steps.
        foreach (var chunk in ids.Chunk(ImportChunk))
            evaluated += (await CultivationBatch.RunChunkAsync(db, 0, chunk.Length, clock.Today(), ct, zone, chunk)).Processed;
        var evaluation = timer.Elapsed;
        var scoredBefore = years.Count == 0 ? []
            : await db.PointsRuns.AsNoTracking().Where(r => r.ZoneId == zone && years.Contains(r.Year)).Select(r => r.Year).Distinct().ToListAsync(ct);
        var toScore = scoredBefore.Concat(years.Count == 0 ? [] : [years.Max()]).Distinct().Order().ToArray();
        foreach (var year in toScore) await PointsScoring.RunAsync(db, zone, year, ct);
        log.LogInformation("Re-evaluated {Enterprises} enterprises in {Evaluation} ms; scored the points of {Years} in {Scoring} ms",
            evaluated, (long)evaluation.TotalMilliseconds, string.Join(", ", toScore), (long)(timer.Elapsed - evaluation).TotalMilliseconds);
        return imported with { Evaluated = evaluated, ScoredYears = toScore };
    }
}
