using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Talent;
using Torchbase.Features.Audit;
using Torchbase.Identity;

namespace Torchbase.Features.Talent;

/// <summary>
/// An expert's phone and e-mail read in the log only to those who see them in the expert library: a curator, the expert, or anyone
/// once the expert consents to be contacted. Everyone else reads them as hidden.
/// </summary>
public sealed class ExpertContactConfidentiality : IAuditConfidentiality
{
    public string Entity => nameof(ExpertProfile);

    public IReadOnlyCollection<string> Fields { get; } = [nameof(ExpertProfile.Phone), nameof(ExpertProfile.Email)];

    public async Task<AuditFieldView> ViewAsync(IReadOnlyCollection<AuditEntry> entries, AuditReader reader, CancellationToken ct)
    {
        if (reader.User.IsCurator()) return (_, _, value) => value;
        var me = reader.User.UserId();
        var ids = entries.Select(e => Guid.TryParse(e.EntityId, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        var open = new HashSet<Guid>();
        foreach (var chunk in ids.Chunk(500))
            open.UnionWith(await reader.Db.Experts.AsNoTracking()
                .Where(e => chunk.Contains(e.Id) && (e.ConsentToContact || (e.UserId != null && e.UserId == me)))
                .Select(e => e.Id).ToListAsync(ct));
        return (entry, _, value) => Guid.TryParse(entry.EntityId, out var id) && open.Contains(id) ? value : AuditRedaction.HiddenValue();
    }
}
