using Microsoft.EntityFrameworkCore.Metadata;

namespace Torchbase.Data;

/// <summary>
/// Tables kept from other data, never by a user's write: the registry's running totals, which the database keeps from other tables
/// by triggers, and the size rules those triggers read, which the host writes from the rules file at start-up. Left out of a zone's
/// backup (the restore's rows make the totals again) and of the audit log.
/// </summary>
public static class KeptByDatabase
{
    public const string Annotation = "Torchbase:KeptByDatabase";

    public static bool IsKeptByDatabase(this IReadOnlyEntityType type) => type.FindAnnotation(Annotation)?.Value is true;
}
