using System.Security.Claims;
using System.Text.Json.Nodes;
using Torchbase.Data;
using Torchbase.Features.Contest;
using Torchbase.Features.Enterprises;
using Torchbase.Features.Talent;
using Torchbase.Identity;

namespace Torchbase.Features.Audit;

/// <summary>Who reads the log, as the owning features need to know it to decide what that reader may see.</summary>
public sealed record AuditReader(ClaimsPrincipal User, AppDbContext Db)
{
    public DataScope Scope => Db.Scope;
}

/// <summary>
/// How one field of a logged change reads to the reader now: the value itself, or what the owning feature's own pages would show
/// in its place (a masked phone, <see cref="AuditRedaction.Hidden"/>).
/// </summary>
public delegate JsonNode? AuditFieldView(AuditEntry entry, string field, JsonNode? value);

/// <summary>
/// A feature's say over the values of its records that not every reader of the log may see, or not yet: judges' scores until the
/// contest's results are published, personal data its pages mask for that reader. Each feature keeps its rule beside its own rules
/// of who sees what; <see cref="AuditRedaction"/> applies them all to every page and export of the log.
/// </summary>
public interface IAuditConfidentiality
{
    /// <summary>The audited record type (<see cref="AuditEntry.Entity"/>) this rule speaks for.</summary>
    string Entity { get; }

    /// <summary>Its confidential fields, as the log names them.</summary>
    IReadOnlyCollection<string> Fields { get; }

    /// <summary>Decides, for a batch of logged changes of <see cref="Entity"/>, how their confidential fields read to this reader now.</summary>
    Task<AuditFieldView> ViewAsync(IReadOnlyCollection<AuditEntry> entries, AuditReader reader, CancellationToken ct);
}

/// <summary>The one place the log is redacted: every confidential field of every entry read, before it leaves the server.</summary>
public static class AuditRedaction
{
    /// <summary>What stands in for a value the reader may not see (the pages show it as 已隐藏 / hidden).</summary>
    public const string Hidden = "***";

    private static readonly IAuditConfidentiality[] Rules =
    [
        new ScoreSheetConfidentiality(),
        new EnterpriseContactConfidentiality(),
        new ExpertContactConfidentiality(),
        new UserContactConfidentiality(),
    ];

    /// <summary>The entries' changes (JSON: field → { before, after }) as this reader may read them, by entry id.</summary>
    public static async Task<Dictionary<Guid, string?>> ChangesAsync(IReadOnlyList<AuditEntry> entries, AuditReader reader, CancellationToken ct)
    {
        var result = entries.ToDictionary(e => e.Id, e => e.Changes);
        foreach (var rule in Rules)
        {
            var touched = entries.Where(e => e.Entity == rule.Entity && e.Changes is not null && rule.Fields.Any(f => e.Changes.Contains($"\"{f}\"")))
                .ToList();
            if (touched.Count == 0) continue;
            var view = await rule.ViewAsync(touched, reader, ct);
            foreach (var entry in touched)
            {
                if (JsonNode.Parse(entry.Changes!) is not JsonObject changes) continue;
                foreach (var field in rule.Fields)
                {
                    if (changes[field] is not JsonObject change) continue;
                    foreach (var side in new[] { "before", "after" })
                        if (change[side] is { } value) change[side] = view(entry, field, value.DeepClone());
                }
                result[entry.Id] = changes.ToJsonString();
            }
        }
        return result;
    }

    /// <summary>A view that shows nothing of a confidential field but the fact that it changed.</summary>
    public static JsonNode HiddenValue() => JsonValue.Create(Hidden);
}
