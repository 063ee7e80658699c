using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Domain.Talent;
using Torchbase.Features.Audit;

namespace Torchbase.Features.Talent;

/// <summary>
/// An expert's phone and e-mail read in the log only to those who see them in the expert library, by the library's one rule
/// (<see cref="ExpertContacts.MayShow"/>: with the expert's consent, to the expert, or to the contact curator). Everyone else reads
/// them as hidden.
/// </summary>
public sealed class ExpertContactConfidentiality : IAuditConfidentiality
{
    public string Entity => nameof(ExpertProfile);

    public IReadOnlyCollection<string> Fields { get; } = [nameof(ExpertProfile.Phone), nameof(ExpertProfile.Email)];

    public async Task<AuditFieldView> ViewAsync(IReadOnlyCollection<AuditEntry> entries, AuditReader reader, CancellationToken ct)
    {
        var ids = entries.Select(e => Guid.TryParse(e.EntityId, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        var open = new HashSet<Guid>();
        foreach (var chunk in ids.Chunk(500))
            open.UnionWith((await reader.Db.Experts.AsNoTracking().Where(e => chunk.Contains(e.Id))
                    .Select(e => new { e.Id, e.ConsentToContact, e.UserId }).ToListAsync(ct))
                .Where(e => ExpertContacts.MayShow(reader.User, e.ConsentToContact, e.UserId)).Select(e => e.Id));
        // A profile the reader cannot find (another zone, deleted) stays hidden.
        return (entry, _, value) => Guid.TryParse(entry.EntityId, out var id) && open.Contains(id) ? value : AuditRedaction.HiddenValue();
    }
}
