using Microsoft.EntityFrameworkCore.Metadata;

namespace Torchbase.Data;

/// <summary>
/// Tables the database keeps from other tables by triggers (the registry's running totals): read through the model, never
/// written by the application, and left out of a zone's backup, whose restore writes the rows they are kept from.
/// </summary>
public static class KeptByDatabase
{
    public const string Annotation = "Torchbase:KeptByDatabase";

    public static bool IsKeptByDatabase(this IReadOnlyEntityType type) => type.FindAnnotation(Annotation)?.Value is true;
}
