using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Cultivation;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Features.Cultivation;

/// <summary>An enterprise as the evaluation sees it, with the ids the stored results need and its industry chain (read by the benefits).</summary>
public sealed record EvaluatedEnterprise(Guid Id, Guid ZoneId, Guid ParkId, string Name, EnterpriseFacts Facts, string Chain = "");

/// <summary>Loads the evaluation inputs of many enterprises in three queries (no N+1): enterprises, reports, titles, declarations.</summary>
public static class CultivationFacts
{
    /// <summary>Reports older than this are never read by any rule set (the longest window is three years before the last).</summary>
    private const int YearsBack = 4;

    public static async Task<List<EvaluatedEnterprise>> LoadAsync(AppDbContext db, IQueryable<Enterprise> enterprises, DateOnly asOf, CancellationToken ct)
    {
        var firstYear = asOf.Year - YearsBack;
        var rows = await enterprises.AsNoTracking().AsSplitQuery()
            .Select(e => new
            {
                e.Id, e.ZoneId, e.ParkId, e.Name, e.RegisteredOn, e.IndustryChain, e.IndustryCode,
                Reports = e.Reports.Where(r => r.Year >= firstYear && r.Status == ReportStatus.Accepted).ToList(),
                Held = e.Qualifications.Select(q => new HeldTitle(q.Type, q.IssuedOn, q.ExpiresOn)).ToList(),
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var declarations = new Dictionary<Guid, EnterpriseDeclarations>();
        // Chunked: SQLite and PostgreSQL both take a parameter list, but not an unbounded one.
        foreach (var chunk in ids.Chunk(500))
            foreach (var d in await db.EnterpriseDeclarations.AsNoTracking().Where(d => chunk.Contains(d.EnterpriseId)).ToListAsync(ct))
                declarations[d.EnterpriseId] = d;
        return rows.Select(r => new EvaluatedEnterprise(r.Id, r.ZoneId, r.ParkId, r.Name,
            new EnterpriseFacts(r.RegisteredOn, r.Reports, r.Held, declarations.GetValueOrDefault(r.Id), asOf, r.IndustryCode), r.IndustryChain)).ToList();
    }

    public static async Task<EvaluatedEnterprise?> LoadOneAsync(AppDbContext db, Guid id, DateOnly asOf, CancellationToken ct) =>
        (await LoadAsync(db, db.Enterprises.Where(e => e.Id == id), asOf, ct)).SingleOrDefault();
}

/// <summary>
/// Batch evaluation of a zone, in chunks so the caller can show progress: each chunk replaces the stored results of its enterprises.
/// Stored results are derived data: they are not audited row by row; each chunk writes one audit line.
/// </summary>
public static class CultivationBatch
{
    public const int DefaultChunk = 250;

    /// <param name="Next">The offset of the next chunk, null when done.</param>
    /// <param name="AsOf">The evaluation date; <paramref name="RuleSets"/> the versions in force that day, which judged the chunk.</param>
    public sealed record Progress(int Processed, int Total, int? Next, int Qualifying, DateOnly AsOf, IReadOnlyList<RuleSetRef> RuleSets);

    /// <summary>Evaluates the active enterprises in scope from <paramref name="offset"/> on (ordered by id, so chunks don't overlap).</summary>
    /// <param name="only">When given, only these enterprises (e.g. those an import just wrote).</param>
    public static async Task<Progress> RunChunkAsync(AppDbContext db, int offset, int size, DateOnly asOf, CancellationToken ct, Guid? zoneId = null,
        IReadOnlyCollection<Guid>? only = null)
    {
        var all = db.Enterprises.Where(e => e.Status == EnterpriseStatus.Active && (zoneId == null || e.ZoneId == zoneId));
        if (only is not null) all = all.Where(e => only.Contains(e.Id));
        var total = await all.CountAsync(ct);
        var enterprises = await CultivationFacts.LoadAsync(db, all.OrderBy(e => e.Id).Skip(offset).Take(size), asOf, ct);

        var ids = enterprises.Select(e => e.Id).ToList();
        var qualifying = 0;
        var inForce = RuleSets.InForce(asOf);
        var stored = new List<StoredEvaluation>(ids.Count * inForce.Count);
        foreach (var e in enterprises)
            foreach (var r in QualificationEngine.EvaluateAll(e.Facts, inForce))
            {
                if (r.Verdict == Verdict.Qualifies && !r.AlreadyHeld) qualifying++;
                stored.Add(StoredEvaluation.From(r, e.ZoneId, e.ParkId, e.Id, asOf));
            }

        var bulk = db.BulkLoading;
        db.BulkLoading = true;
        try
        {
            // Replace the chunk's results atomically; run through the provider's execution strategy (PostgreSQL retries).
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                await db.CultivationEvaluations.Where(s => ids.Contains(s.EnterpriseId)).ExecuteDeleteAsync(ct);
                DataChangeInterceptor.Wrote(db, typeof(StoredEvaluation));
                db.CultivationEvaluations.AddRange(stored);
                foreach (var zone in enterprises.Select(e => e.ZoneId).Distinct())
                    db.AuditEntries.Add(new AuditEntry
                    {
                        Id = Guid.CreateVersion7(), At = db.Clock.GetUtcNow(), UserId = db.Scope.UserId, UserName = db.Scope.UserName ?? "system",
                        ZoneId = zone, Action = AuditActions.Updated, Entity = nameof(StoredEvaluation),
                        Summary = $"evaluated {enterprises.Count(e => e.ZoneId == zone)} enterprises",
                    });
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            });
        }
        finally
        {
            db.BulkLoading = bulk;
            db.ChangeTracker.Clear();
        }
        var processed = Math.Min(total, offset + enterprises.Count);
        return new Progress(processed, total, enterprises.Count == size && processed < total ? processed : null, qualifying, asOf,
            inForce.Select(r => RuleSetRef.Of(r.Id)!).ToList());
    }
}
