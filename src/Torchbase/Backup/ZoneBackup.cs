using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Torchbase.Data;
using Torchbase.Domain.Organisation;
using Torchbase.Identity;

namespace Torchbase.Backup;

/// <summary>
/// A zone's rows, table by table, as they are stored: every row with the zone's id, every row that depends on one of
/// those (reports, tenancies, request steps…), and the shared rows they point to (regions, banks). Roles travel by name.
/// </summary>
public sealed record BackupDocument(int Format, Guid ZoneId, string ZoneName, DateTimeOffset TakenAt, SortedDictionary<string, List<SortedDictionary<string,
    JsonElement>>> Tables);

/// <summary>
/// Backs a zone up and restores it, generically over the EF model, so a feature's new tables are included without
/// touching this file. Restore writes everything in one transaction: all of it or none of it.
/// Limits: rows are held in memory (a zone of 100,000 enterprises takes about a gigabyte); a backup restores into the
/// same database provider it was taken from.
/// </summary>
public sealed class ZoneBackup(AppDbContext db, TimeProvider clock)
{
    public const int Format = 1;
    // Enums by name, as the database stores them: a reordered enum does not corrupt a backup.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public async Task<BackupDocument> ExportAsync(Guid zoneId, CancellationToken ct = default)
    {
        using var system = db.RunAsSystem(); // a backup is the platform's own work, never a caller's
        var zone = await db.Zones.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(z => z.Id == zoneId, ct)
            ?? throw new InvalidOperationException($"Zone {zoneId} does not exist.");
        // The totals the database keeps are not backed up: the restore's rows make them again.
        var types = db.Model.GetEntityTypes().Where(t => !t.IsOwned() && !t.IsKeptByDatabase() && t.ClrType != typeof(AppRole)).ToList();
        var rows = new Dictionary<IEntityType, List<object>>();
        foreach (var type in types) rows[type] = await LoadAsync(type, ct);

        var zoneType = db.Model.FindEntityType(typeof(Zone))!;
        var included = types.ToDictionary(t => t, _ => new HashSet<object>(ReferenceEqualityComparer.Instance));
        included[zoneType].Add(rows[zoneType].Single(z => ((Zone)z).Id == zoneId));
        foreach (var type in types.Where(t => t.FindProperty("ZoneId") is not null))
            foreach (var row in rows[type])
                if (Equals(Value(row, "ZoneId"), zoneId)) included[type].Add(row);

        // Down: whatever depends on a row of the zone (reports, tenancies, steps…), never from shared rows (a region
        // leads to other zones). Up: the shared rows those point to (regions, banks).
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var type in types.Where(t => !IsShared(t)))
                foreach (var fk in type.GetForeignKeys().Where(fk => types.Contains(fk.PrincipalEntityType) && !IsShared(fk.PrincipalEntityType)))
                {
                    var principalKeys = included[fk.PrincipalEntityType].Select(r => KeyOf(fk.PrincipalKey.Properties, r)).ToHashSet();
                    foreach (var row in rows[type])
                        if (KeyOf(fk.Properties, row) is { } key && principalKeys.Contains(key)) grew |= included[type].Add(row);
                }
        }
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var type in types)
                foreach (var fk in type.GetForeignKeys().Where(fk => types.Contains(fk.PrincipalEntityType) && IsShared(fk.PrincipalEntityType)))
                {
                    var wanted = included[type].Select(r => KeyOf(fk.Properties, r)).Where(k => k is not null).ToHashSet();
                    foreach (var row in rows[fk.PrincipalEntityType])
                        if (wanted.Contains(KeyOf(fk.PrincipalKey.Properties, row))) grew |= included[fk.PrincipalEntityType].Add(row);
                }
        }

        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name!, ct);
        var tables = new SortedDictionary<string, List<SortedDictionary<string, JsonElement>>>(StringComparer.Ordinal);
        foreach (var (type, set) in included.Where(p => p.Value.Count > 0))
        {
            var properties = Stored(type);
            tables[TableName(type)] = set.Select(row =>
            {
                var values = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var p in properties)
                {
                    var value = db.Entry(row).Property(p.Name).CurrentValue;
                    if (type.ClrType == typeof(IdentityUserRole<Guid>) && p.Name == "RoleId") value = roleNames[(Guid)value!];
                    values[p.Name] = JsonSerializer.SerializeToElement(value, p.ClrType == typeof(Guid) && value is string ? typeof(string) : p.ClrType, Json);
                }
                return values;
            }).OrderBy(v => string.Join("|", type.FindPrimaryKey()!.Properties.Select(p => v[p.Name].ToString())), StringComparer.Ordinal).ToList();
        }
        db.ChangeTracker.Clear();
        return new BackupDocument(Format, zoneId, zone.Name, clock.GetUtcNow(), tables);
    }

    /// <summary>The properties a backup holds: all but the columns the database computes (PostgreSQL's search vector).</summary>
    private static List<Microsoft.EntityFrameworkCore.Metadata.IProperty> Stored(Microsoft.EntityFrameworkCore.Metadata.IEntityType type) =>
        [.. type.GetProperties().Where(p => p.GetComputedColumnSql() is null)];

    /// <summary>Restores into a database that does not hold the zone yet; shared rows already there are kept as they are.</summary>
    public async Task<int> RestoreAsync(BackupDocument document, CancellationToken ct = default)
    {
        using var system = db.RunAsSystem();
        if (document.Format != Format) throw new InvalidOperationException($"Backup format {document.Format} is not supported (expected {Format}).");
        if (await db.Zones.IgnoreQueryFilters().AnyAsync(z => z.Id == document.ZoneId, ct))
            throw new InvalidOperationException($"Zone {document.ZoneName} ({document.ZoneId}) already exists: restore into a database without it.");
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var types = db.Model.GetEntityTypes().Where(t => !t.IsOwned()).ToDictionary(TableName);

        db.BulkLoading = true;
        var count = 0;
        try
        {
            foreach (var (table, rows) in document.Tables)
            {
                var type = types.GetValueOrDefault(table) ?? throw new InvalidOperationException($"The backup has a table {table} this version does not know.");
                var key = type.FindPrimaryKey()!.Properties;
                foreach (var values in rows)
                {
                    var entity = Activator.CreateInstance(type.ClrType)!;
                    var entry = db.Entry(entity);
                    foreach (var p in Stored(type))
                    {
                        if (!values.TryGetValue(p.Name, out var element)) continue;
                        object? value = type.ClrType == typeof(IdentityUserRole<Guid>) && p.Name == "RoleId"
                            ? roleIds.GetValueOrDefault(element.GetString()!) is var id
                                && id != Guid.Empty ? id : throw new InvalidOperationException($"Role {element.GetString()} does not exist.")
                            : element.Deserialize(p.ClrType, Json);
                        entry.Property(p.Name).CurrentValue = value;
                    }
                    if (IsShared(type) && await ExistsAsync(type, key.Select(k => entry.Property(k.Name).CurrentValue).ToArray(), ct))
                        continue;
                    entry.State = EntityState.Added;
                    count++;
                }
            }
            // One SaveChanges is one transaction on both providers: all the rows or none.
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.BulkLoading = false;
            db.ChangeTracker.Clear();
        }
        return count;
    }

    /// <summary>Rows that belong to no zone (regions, banks): several zones' backups share them.</summary>
    private static bool IsShared(IEntityType type) =>
        type.ClrType != typeof(Zone) && type.FindProperty("ZoneId") is null
        && type.GetForeignKeys().All(fk => fk.PrincipalEntityType == type || IsShared(fk.PrincipalEntityType));

    private object? Value(object row, string property) => db.Entry(row).Property(property).CurrentValue;

    private async Task<bool> ExistsAsync(IEntityType type, object?[] key, CancellationToken ct) =>
        await db.FindAsync(type.ClrType, key, ct) is { } found && db.Entry(found).State != EntityState.Added;

    private static string TableName(IEntityType type) => type.ClrType.Name;

    private async Task<List<object>> LoadAsync(IEntityType type, CancellationToken ct)
    {
        var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type.ClrType).Invoke(db, null)!;
        var unfiltered = typeof(EntityFrameworkQueryableExtensions).GetMethod(nameof(EntityFrameworkQueryableExtensions.IgnoreQueryFilters),
            [typeof(IQueryable<>).MakeGenericType(Type.MakeGenericMethodParameter(0))])!
            .MakeGenericMethod(type.ClrType).Invoke(null, [set])!;
        var list = new List<object>();
        await foreach (var row in ((IQueryable<object>)unfiltered).AsAsyncEnumerable().WithCancellation(ct)) list.Add(row);
        return list;
    }

    private object? KeyOf(IReadOnlyList<IProperty> properties, object row)
    {
        if (properties.Count == 1) return Value(row, properties[0].Name);
        var parts = properties.Select(p => Value(row, p.Name)).ToArray();
        return parts.Any(p => p is null) ? null : string.Join("|", parts);
    }
}
