using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Torchbase.Data;

/// <summary>
/// Saves a context whose changes include tens of thousands of added rows (a bulk import). On PostgreSQL the added rows of
/// the given types, and their audit entries, go in with binary <c>COPY</c> — several times faster than batched INSERTs;
/// the other changes, and every change on SQLite (where batched INSERTs in one transaction are already fast), go through
/// SaveChanges as usual. Same transaction, the same audit entries, the same change signals as SaveChanges.
/// </summary>
public static class BulkSave
{
    /// <summary>Below this many added rows batched INSERTs do as well, and COPY is not worth its set-up.</summary>
    public const int CopyFrom = 1000;

    public static async Task SaveChangesAsync(AppDbContext db, IReadOnlyCollection<Type> bulkTypes, CancellationToken ct)
    {
        if (db.BulkLoading || db.Database.GetDbConnection() is not NpgsqlConnection connection)
        {
            await db.SaveChangesAsync(ct);
            return;
        }
        db.ChangeTracker.DetectChanges();
        var added = db.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Added && bulkTypes.Contains(e.Metadata.ClrType)).ToList();
        if (added.Count < CopyFrom)
        {
            await db.SaveChangesAsync(ct);
            return;
        }

        var audit = await AuditTrail.EntriesForAsync(db, added, ct);
        var tables = added.GroupBy(e => e.Metadata)
            .Select(g => (Type: g.Key, Rows: Rows(g.Key, g, (e, p) => e.Property(p).CurrentValue)))
            .ToList();
        var auditType = db.Model.FindEntityType(typeof(AuditEntry))!;
        tables.Add((auditType, Rows(auditType, audit, (a, p) => p.PropertyInfo!.GetValue(a))));
        foreach (var entry in added) entry.State = EntityState.Detached;

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            foreach (var (type, rows) in tables) await CopyAsync(connection, type, rows, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        DataChangeInterceptor.Wrote(db, [.. tables.Select(t => t.Type.ClrType)]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The rows' values in the provider's terms (after value converters: an enum stored as text is its name).</summary>
    private static List<object?[]> Rows<T>(IEntityType type, IEnumerable<T> items, Func<T, IProperty, object?> valueOf)
    {
        var columns = Columns(type);
        return [.. items.Select(item => columns.Select(c => Provider(c, valueOf(item, c.Property))).ToArray())];

        static object? Provider(Column column, object? value) =>
            value is not null && column.Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }

    private sealed record Column(IProperty Property, string Name, string DataType, ValueConverter? Converter);

    private static List<Column> Columns(IEntityType type)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        // A column the database computes (PostgreSQL's search vector) is left to it.
        return [.. type.GetProperties().Where(p => p.GetComputedColumnSql() is null)
            .Select(p => new Column(p, p.GetColumnName(table)!, BaseType(p.GetRelationalTypeMapping().StoreType), p.GetTypeMapping().Converter))];
    }

    /// <summary><c>numeric(18,2)</c> → <c>numeric</c>: the writer wants the type, not its size.</summary>
    private static string BaseType(string storeType) => storeType.Split('(')[0].Trim();

    private static async Task CopyAsync(NpgsqlConnection connection, IEntityType type, List<object?[]> rows, CancellationToken ct)
    {
        var columns = Columns(type);
        var table = type.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(type.GetTableName()!)}" : Quote(type.GetTableName()!);
        var copy = $"COPY {table} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(copy, ct);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            for (var i = 0; i < columns.Count; i++)
            {
                if (row[i] is { } value) await writer.WriteAsync(value, columns[i].DataType, ct);
                else await writer.WriteNullAsync(ct);
            }
        }
        await writer.CompleteAsync(ct);
    }

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
