using Microsoft.EntityFrameworkCore;

namespace Torchbase.Data;

public static class DbErrors
{
    /// <summary>A unique index refused the row: SQLite error 19 (constraint) or PostgreSQL 23505.</summary>
    public static bool IsUniqueViolation(this DbUpdateException e) => e.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteErrorCode == 19,
        Npgsql.PostgresException p => p.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
