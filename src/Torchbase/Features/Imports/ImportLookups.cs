using Microsoft.EntityFrameworkCore;
using Torchbase.Data;

namespace Torchbase.Features.Imports;

/// <summary>What most imports do: add the rows that are new and update the rows already there.</summary>
public sealed record SheetImportResult(int Imported, int Updated);

/// <summary>
/// Names in a workbook matched against the zone's rows as the caller may see them (the query filters apply): parks and
/// enterprises by name, enterprises by credit code. A name that matches two enterprises is reported, never guessed.
/// </summary>
public static class ImportLookups
{
    /// <summary>The zone's parks in use by name (a deactivated park takes no new rows).</summary>
    public static async Task<Dictionary<string, Guid>> ParksByNameAsync(AppDbContext db, Guid zone, CancellationToken ct) =>
        (await db.Parks.AsNoTracking().Where(p => p.ZoneId == zone && p.Active).Select(p => new { p.Name, p.Id }).ToListAsync(ct))
            .GroupBy(p => p.Name.Trim()).ToDictionary(g => g.Key, g => g.First().Id);

    /// <summary>Visible enterprises of the zone by name; a name shared by several is mapped to null (ambiguous).</summary>
    public static async Task<Dictionary<string, Guid?>> EnterprisesByNameAsync(AppDbContext db, Guid zone, IEnumerable<string> names, CancellationToken ct)
    {
        var found = new Dictionary<string, Guid?>();
        foreach (var chunk in names.Distinct().Chunk(1000))
            foreach (var e in await db.Enterprises.AsNoTracking().Where(e => e.ZoneId == zone && chunk.Contains(e.Name))
                         .Select(e => new { e.Name, e.Id }).ToListAsync(ct))
                found[e.Name] = found.ContainsKey(e.Name) ? null : e.Id;
        return found;
    }

    /// <summary>
    /// Finds an enterprise named in a row, or reports why not on the row's column: unknown in the zone, or a name shared by
    /// several enterprises (then the credit code column, where the sheet has one, settles it).
    /// </summary>
    public static Guid? Enterprise<T>(this ImportCheck check, ImportSheet<T> sheet, int row, string field, string name,
        IReadOnlyDictionary<string, Guid?> byName) where T : class
    {
        if (!byName.TryGetValue(name, out var id)) { check.Fail(sheet, row, field, "unknown_enterprise_name"); return null; }
        if (id is null) check.Fail(sheet, row, field, "ambiguous_enterprise_name");
        return id;
    }
}
