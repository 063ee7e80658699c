using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Organisation;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Torchbase.Domain.Common;
using Torchbase.Domain.Enterprises;
using Torchbase.Identity;

namespace Torchbase.Data;

/// <summary>Turns the tracked changes of a save into audit entries that the same save writes.</summary>
public static class AuditTrail
{
    /// <summary>
    /// Properties never written to the log (secrets, a background run's list of enterprise ids, columns derived for search) or
    /// not worth a line on their own (bookkeeping).
    /// </summary>
    public static readonly IReadOnlySet<string> Hidden = new HashSet<string>
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "NormalizedUserName", "NormalizedEmail", "NormalizedName", "EnterpriseIds",
        "SearchGrams",
    };

    /// <summary>The properties of an entity type whose values the log records: all but shadow properties and secrets.</summary>
    public static IEnumerable<Microsoft.EntityFrameworkCore.Metadata.IProperty> Logged(Microsoft.EntityFrameworkCore.Metadata.IEntityType type) =>
        type.GetProperties().Where(p => !p.IsShadowProperty() && !Hidden.Contains(p.Name));

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
    private static readonly HashSet<string> Bookkeeping = ["AccessFailedCount", "LastSignInAt", "LockoutEnd", "Version"];

    public static async Task RecordAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !NotLogged(e.Entity))
            .ToList();
        if (entries.Count == 0) return;
        db.AuditEntries.AddRange(await EntriesForAsync(db, entries, cancellationToken));
    }

    /// <summary>The audit entries of the given tracked changes, not yet added to the context (a bulk copy writes them itself).</summary>
    public static async Task<List<AuditEntry>> EntriesForAsync(AppDbContext db, IReadOnlyList<EntityEntry> entries, CancellationToken cancellationToken)
    {
        var now = db.Clock.GetUtcNow();
        var zones = new ZoneResolver(db);
        await zones.PrefetchAsync(entries, cancellationToken);
        var audit = new List<AuditEntry>(entries.Count);
        foreach (var entry in entries)
        {
            var changes = Changes(entry);
            if (entry.State == EntityState.Modified && changes.Keys.All(Bookkeeping.Contains)) continue;
            audit.Add(new AuditEntry
            {
                Id = Guid.CreateVersion7(),
                At = now,
                UserId = db.Scope.UserId,
                UserName = db.Scope.UserName ?? "system",
                ZoneId = await zones.ZoneOfAsync(entry, cancellationToken),
                Action = entry.State switch
                {
                    EntityState.Added => AuditActions.Created,
                    EntityState.Deleted => AuditActions.Deleted,
                    _ => AuditActions.Updated,
                },
                Entity = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                Summary = Describe(entry.Entity),
                Changes = JsonSerializer.Serialize(changes, Json),
            });
        }
        return audit;
    }

    /// <summary>
    /// The log itself, cookie-encryption keys (secret material) and a file's bytes (its upload is logged as the
    /// RequestAttachment or BenefitAttachment row) are not written to the log.
    /// </summary>
    private static bool NotLogged(object entity) =>
        entity is AuditEntry or Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey or RequestAttachmentContent
            or BenefitAttachmentContent;

    private static Dictionary<string, Change> Changes(EntityEntry entry)
    {
        var changes = new Dictionary<string, Change>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Hidden.Contains(name) || property.Metadata.IsShadowProperty()) continue;
            switch (entry.State)
            {
                case EntityState.Added:
                    if (property.CurrentValue is not null) changes[name] = new Change(null, property.CurrentValue);
                    break;
                case EntityState.Deleted:
                    if (property.OriginalValue is not null) changes[name] = new Change(property.OriginalValue, null);
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[name] = new Change(property.OriginalValue, property.CurrentValue);
                    break;
            }
        }
        return changes;
    }

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? null : string.Join("|", key.Properties.Select(p => entry.Property(p.Name).CurrentValue));
    }

    private static string? Describe(object entity) => entity switch
    {
        Enterprise e => e.Name,
        AnnualReport r => r.Year.ToString(CultureInfo.InvariantCulture),
        QualificationHeld q => q.Type.ToString(),
        LifecycleEvent l => l.Kind.ToString(),
        InnovationPlatform p => p.Name,
        IncubationCarrier c => c.Name,
        AppUser u => u.UserName,
        _ => null,
    };

    private sealed record Change(object? Before, object? After);

    /// <summary>Finds the zone an entry belongs to, so zone leaders see their zone's log and no other.</summary>
    private sealed class ZoneResolver(AppDbContext db)
    {
        private readonly Dictionary<Guid, Guid?> _enterpriseZones = db.ChangeTracker.Entries<Enterprise>()
            .ToDictionary(e => e.Entity.Id, e => (Guid?)e.Entity.ZoneId);

        /// <summary>
        /// The zones of the enterprises the entries belong to, a thousand a query: a bulk import of yearly reports would
        /// otherwise ask for each row's enterprise on its own.
        /// </summary>
        public async Task PrefetchAsync(IReadOnlyList<EntityEntry> entries, CancellationToken ct)
        {
            var missing = entries
                .Where(e => e.Entity is not IZoneOwned && e.Metadata.FindProperty("EnterpriseId") is not null)
                .Select(e => e.Property("EnterpriseId").CurrentValue).OfType<Guid>()
                .Where(id => !_enterpriseZones.ContainsKey(id)).Distinct().ToList();
            if (missing.Count < 2) return;
            foreach (var chunk in missing.Chunk(1000))
                foreach (var e in await db.Enterprises.IgnoreQueryFilters().Where(e => chunk.Contains(e.Id))
                             .Select(e => new { e.Id, e.ZoneId }).ToListAsync(ct))
                    _enterpriseZones[e.Id] = e.ZoneId;
        }

        public async Task<Guid?> ZoneOfAsync(EntityEntry entry, CancellationToken ct)
        {
            switch (entry.Entity)
            {
                case IZoneOwned owned: return owned.ZoneId;
                case AppUser user: return user.ZoneId;
                case Zone zone: return zone.Id;
                case Torchbase.Domain.ServiceDesk.CalendarDay { ZoneId: { } dayZone }: return dayZone;
            }
            var enterpriseProperty = entry.Metadata.FindProperty("EnterpriseId");
            if (enterpriseProperty is not null && entry.Property("EnterpriseId").CurrentValue is Guid enterpriseId)
                return await EnterpriseZoneAsync(enterpriseId, ct);
            if (entry.Metadata.FindProperty("CarrierId") is not null && entry.Property("CarrierId").CurrentValue is Guid carrierId)
                return await db.IncubationCarriers.IgnoreQueryFilters().Where(c => c.Id == carrierId).Select(c => (Guid?)c.ZoneId).FirstOrDefaultAsync(ct);
            return db.Scope.HomeZoneId;
        }

        private async Task<Guid?> EnterpriseZoneAsync(Guid enterpriseId, CancellationToken ct)
        {
            if (_enterpriseZones.TryGetValue(enterpriseId, out var zone)) return zone;
            zone = await db.Enterprises.IgnoreQueryFilters().Where(e => e.Id == enterpriseId).Select(e => (Guid?)e.ZoneId).FirstOrDefaultAsync(ct);
            return _enterpriseZones[enterpriseId] = zone;
        }
    }
}
