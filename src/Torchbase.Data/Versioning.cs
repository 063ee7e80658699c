using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Common;

namespace Torchbase.Data;

/// <summary>
/// Optimistic concurrency that works the same on SQLite and PostgreSQL: every update of an IVersioned row
/// writes Version + 1 where Version is still what the editor loaded, so a second editor's save fails instead
/// of overwriting the first one's.
/// </summary>
public static class Versioning
{
    public static void Bump(DbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State != EntityState.Modified) continue;
            var version = entry.Property(e => e.Version);
            version.CurrentValue = version.OriginalValue + 1;
        }
    }

    /// <summary>Declares the version the editor saw; the save succeeds only if the row still has it.</summary>
    public static void ExpectVersion<T>(this DbContext db, T entity, int version) where T : class, IVersioned =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;
}
