using Torchbase.Data;
using Torchbase.Features.Audit;

namespace Torchbase.Identity;

/// <summary>A user's phone and e-mail read in the log only to those who manage users (who see them there) and to that user.</summary>
public sealed class UserContactConfidentiality : IAuditConfidentiality
{
    public string Entity => nameof(AppUser);

    public IReadOnlyCollection<string> Fields { get; } = [nameof(AppUser.PhoneNumber), nameof(AppUser.Email)];

    public Task<AuditFieldView> ViewAsync(IReadOnlyCollection<AuditEntry> entries, AuditReader reader, CancellationToken ct)
    {
        var manager = reader.User.Can(Permissions.UsersManage);
        var me = reader.User.UserId()?.ToString();
        AuditFieldView view = (entry, _, value) => manager || (me is not null && entry.EntityId == me) ? value : AuditRedaction.HiddenValue();
        return Task.FromResult(view);
    }
}
