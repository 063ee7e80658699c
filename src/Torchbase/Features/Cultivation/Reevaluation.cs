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
    public static async Task<BulkImportResult> RunAsync(AppDbContext db, Guid zone, IReadOnlyCollection<Guid> enterprises,
        IReadOnlyCollection<int> years, BulkImportResult imported, TimeProvider clock, CancellationToken ct)
    {
        var evaluated = 0;
        var ids = enterprises.ToList();
        foreach (var chunk in ids.Chunk(CultivationBatch.DefaultChunk * 4))
        {
            int? offset = 0;
            while (offset is { } o)
            {
                var progress = await CultivationBatch.RunChunkAsync(db, o, CultivationBatch.DefaultChunk, clock.Today(), ct, zone, chunk);
                evaluated += progress.Processed - o;
                offset = progress.Next;
            }
        }
        var scoredBefore = years.Count == 0 ? []
            : await db.PointsRuns.AsNoTracking().Where(r => r.ZoneId == zone && years.Contains(r.Year)).Select(r => r.Year).Distinct().ToListAsync(ct);
        var toScore = scoredBefore.Concat(years.Count == 0 ? [] : [years.Max()]).Distinct().Order().ToArray();
        foreach (var year in toScore) await PointsScoring.RunAsync(db, zone, year, ct);
        return imported with { Evaluated = evaluated, ScoredYears = toScore };
    }
}
