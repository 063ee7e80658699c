using System.Text.Json.Nodes;
using Torchbase.Data;
using Torchbase.Domain.Enterprises;
using Torchbase.Features.Audit;

namespace Torchbase.Features.Enterprises;

/// <summary>An enterprise's contact phone reads in the log as it reads on the enterprise's page for that reader (<see cref="ContactReader"/>).</summary>
public sealed class EnterpriseContactConfidentiality : IAuditConfidentiality
{
    public string Entity => nameof(Enterprise);

    public IReadOnlyCollection<string> Fields { get; } = [nameof(Enterprise.ContactPhone)];

    public Task<AuditFieldView> ViewAsync(IReadOnlyCollection<AuditEntry> entries, AuditReader reader, CancellationToken ct)
    {
        var contact = ContactReader.Of(reader.User, reader.Scope);
        AuditFieldView view = (entry, _, value) =>
            Guid.TryParse(entry.EntityId, out var id) && contact.SeesPhoneOf(id) ? value
            : value is JsonValue v && v.TryGetValue<string>(out var phone) ? JsonValue.Create(Http.Masking.Phone(phone))
            : AuditRedaction.HiddenValue();
        return Task.FromResult(view);
    }
}
