using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Contest;
using Torchbase.Features.Audit;

namespace Torchbase.Features.Contest;

/// <summary>
/// A judge's aspect scores are the judge's own until the contest's results are published: the contest shows each judge only their
/// own sheets, and everyone else only the published results. The log follows: before publication a score reads as hidden to anyone
/// but the judge who gave it; from publication on it reads as it was given.
/// </summary>
public sealed class ScoreSheetConfidentiality : IAuditConfidentiality
{
    public string Entity => nameof(AspectScore);

    public IReadOnlyCollection<string> Fields { get; } = [nameof(AspectScore.Score)];

    public async Task<AuditFieldView> ViewAsync(IReadOnlyCollection<Data.AuditEntry> entries, AuditReader reader, CancellationToken ct)
    {
        // An aspect score is logged under its sheet's id and its aspect code: "sheetId|CODE".
        var sheetIds = entries.Select(e => SheetOf(e.EntityId)).OfType<Guid>().Distinct().ToList();
        var open = new HashSet<Guid>();
        var db = reader.Db;
        var me = reader.Scope.UserId;
        foreach (var chunk in sheetIds.Chunk(500))
            open.UnionWith(await db.ScoreSheets.AsNoTracking()
                .Where(s => chunk.Contains(s.Id)
                            && (s.JudgeUserId == me || db.Contests.Any(c => c.Id == s.ContestId && c.Status == ContestStatus.Published)))
                .Select(s => s.Id).ToListAsync(ct));
        // A sheet the reader cannot find (another zone, gone) stays hidden.
        return (entry, _, value) => SheetOf(entry.EntityId) is { } sheet && open.Contains(sheet) ? value : AuditRedaction.HiddenValue();
    }

    private static Guid? SheetOf(string? entityId) =>
        entityId?.Split('|')[0] is { } id && Guid.TryParse(id, out var sheet) ? sheet : null;
}
