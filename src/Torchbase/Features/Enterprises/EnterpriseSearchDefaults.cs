using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Features.Enterprises;

/// <summary>
/// The start-up step that gives enterprises stored before name search had its own column their search grams. Idempotent: it
/// looks only at rows whose column is still empty, a thousand at a time, and writes the column alone (no version bump, no
/// audit line: it is derived from the name, which does not change).
/// </summary>
public static class EnterpriseSearchDefaults
{
    private const int Chunk = 1000;

    public static async Task EnsureAsync(AppDbContext db, CancellationToken ct = default)
    {
        var nothingToIndex = new List<Guid>(); // a name of punctuation only: its grams stay empty
        while (true)
        {
            var rows = await Pending(db, nothingToIndex).Select(e => new { e.Id, e.Name }).Take(Chunk).ToListAsync(ct);
            if (rows.Count == 0) return;
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                foreach (var row in rows)
                {
                    var grams = NameSearch.Grams(row.Name);
                    if (grams.Length == 0) nothingToIndex.Add(row.Id);
                    await db.Enterprises.IgnoreQueryFilters().Where(e => e.Id == row.Id)
                        .ExecuteUpdateAsync(s => s.SetProperty(e => e.SearchGrams, grams), ct);
                }
                await transaction.CommitAsync(ct);
            });
        }
    }

    /// <summary>
    /// The rows still without grams, in id order, less those known to have none. The test on the empty column is written as a
    /// constant so both databases can answer it from the partial index on that value instead of reading the whole table.
    /// </summary>
    public static IQueryable<Enterprise> Pending(AppDbContext db, IReadOnlyCollection<Guid> nothingToIndex) =>
        db.Enterprises.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.SearchGrams == "" && !nothingToIndex.Contains(e.Id))
            .OrderBy(e => e.Id);
}
