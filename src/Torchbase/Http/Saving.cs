using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;

namespace Torchbase.Http;

/// <summary>Saving an edit with conflict detection, as every feature's edit endpoints answer it.</summary>
public static class Saving
{
    /// <summary>
    /// Saves and answers the row as it now reads; when someone else changed it first (the row's version moved on),
    /// answers 409 with the row as it stands, so the client can show both.
    /// </summary>
    public static async Task<Results<Ok<T>, ValidationProblem, ProblemHttpResult>> SaveOrConflictAsync<T>(
        this AppDbContext db, Func<Task<T?>> reload, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Problems.Conflict("concurrency", new { Current = await reload() });
        }
        return TypedResults.Ok((await reload())!);
    }
}
