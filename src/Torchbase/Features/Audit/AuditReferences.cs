using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Localization;

namespace Torchbase.Features.Audit;

/// <summary>The kinds of record a logged id may point at that the log shows by name.</summary>
public enum AuditReferenceKind { User, Park, Zone, Enterprise, Project, Chain }

/// <summary>
/// The names of the records a page of the log refers to by id — the changed record itself and the officers, parks, zones,
/// enterprises, projects and chains its fields point at — read in one query a kind, through the reader's own query filters, so that a
/// record the reader may not open elsewhere reads as <c>（无权查看）</c> here too, never by its name.
/// </summary>
public sealed class AuditReferences
{
    private readonly Dictionary<(AuditReferenceKind, Guid), string> _names = [];

    private AuditReferences() { }

    /// <summary>What a logged field holding an id points at, by the field's name (a Guid property): null for anything else.</summary>
    public static AuditReferenceKind? KindOf(string field) => field switch
    {
        _ when field.EndsWith("ParkId", StringComparison.Ordinal) => AuditReferenceKind.Park,
        _ when field.EndsWith("ZoneId", StringComparison.Ordinal) => AuditReferenceKind.Zone,
        _ when field.EndsWith("EnterpriseId", StringComparison.Ordinal) => AuditReferenceKind.Enterprise,
        "ProjectId" => AuditReferenceKind.Project,
        "IndustryChainId" => AuditReferenceKind.Chain,
        "OfficerId" or "ReviewerId" or "ReviewedById" => AuditReferenceKind.User,
        _ when field.EndsWith("UserId", StringComparison.Ordinal) => AuditReferenceKind.User,
        _ => null,
    };

    /// <summary>What a logged record of this type is, when it is one of the kinds the log names.</summary>
    public static AuditReferenceKind? KindOfRecord(string entity) => entity switch
    {
        "AppUser" => AuditReferenceKind.User,
        "Park" => AuditReferenceKind.Park,
        "Zone" => AuditReferenceKind.Zone,
        "Enterprise" or "OfficerAssignment" => AuditReferenceKind.Enterprise,
        "Project" => AuditReferenceKind.Project,
        "IndustryChain" => AuditReferenceKind.Chain,
        _ => null,
    };

    /// <summary>Reads the names of every record the entries (their changes as this reader may read them) refer to, one query a kind.</summary>
    public static async Task<AuditReferences> ResolveAsync(AppDbContext db, IReadOnlyList<AuditEntry> entries,
        IReadOnlyDictionary<Guid, string?> changes, CancellationToken ct)
    {
        var wanted = new Dictionary<AuditReferenceKind, HashSet<Guid>>();
        void Want(AuditReferenceKind? kind, string? value)
        {
            if (kind is { } k && Guid.TryParse(value, out var id))
                (wanted.TryGetValue(k, out var set) ? set : wanted[k] = []).Add(id);
        }
        var types = AuditNames.TypesOf(db.Model);
        foreach (var entry in entries)
        {
            Want(KindOfRecord(entry.Entity), entry.EntityId);
            if (changes.GetValueOrDefault(entry.Id) is not { } json || JsonNode.Parse(json) is not JsonObject fields) continue;
            var fieldTypes = types.GetValueOrDefault(entry.Entity);
            foreach (var (field, change) in fields)
            {
                if (fieldTypes?.GetValueOrDefault(field) != typeof(Guid) || KindOf(field) is not { } kind) continue;
                foreach (var side in new[] { "before", "after" })
                    if (change?[side] is JsonValue v && v.TryGetValue<string>(out var text)) Want(kind, text);
            }
        }
        var result = new AuditReferences();
        foreach (var (kind, set) in wanted)
        {
            var ids = set.ToList();
            var found = kind switch
            {
                AuditReferenceKind.User => db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, Name = u.DisplayName }),
                AuditReferenceKind.Park => db.Parks.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name }),
                AuditReferenceKind.Zone => db.Zones.AsNoTracking().Where(z => ids.Contains(z.Id)).Select(z => new { z.Id, z.Name }),
                AuditReferenceKind.Enterprise => db.Enterprises.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Name }),
                AuditReferenceKind.Project => db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name }),
                _ => db.IndustryChains.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Name }),
            };
            foreach (var row in await found.ToListAsync(ct)) result._names[(kind, row.Id)] = row.Name;
        }
        return result;
    }

    /// <summary>The name of the record an id points at, the placeholder where the reader may not see it, or null for what is no id.</summary>
    public string? Name(AuditReferenceKind kind, string? id)
    {
        if (!Guid.TryParse(id, out var key)) return null;
        return _names.TryGetValue((kind, key), out var name) ? name : Text.Get("audit.notVisible");
    }

    /// <summary>The name of the logged record itself, when it is of a kind the log names.</summary>
    public string? RecordName(AuditEntry entry) => KindOfRecord(entry.Entity) is { } kind ? Name(kind, entry.EntityId) : null;
}
