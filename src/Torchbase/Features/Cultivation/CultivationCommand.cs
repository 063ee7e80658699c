using Microsoft.EntityFrameworkCore;
using Torchbase.Data;
using Torchbase.Http;

namespace Torchbase.Features.Cultivation;

/// <summary><c>torchbase evaluate [--zone 名称|id]</c>: the batch evaluation from the command line, printing progress per chunk.</summary>
public static class CultivationCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string? zoneArg, TextWriter output, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var system = db.RunAsSystem(); // a command line acts for the platform: every zone
        var today = scope.ServiceProvider.GetRequiredService<TimeProvider>().Today();
        var zones = await db.Zones.AsNoTracking().Select(z => new { z.Id, z.Name }).ToListAsync(ct);
        var chosen = string.IsNullOrWhiteSpace(zoneArg) ? zones
            : zones.Where(z => z.Name == zoneArg || z.Id.ToString() == zoneArg).ToList();
        if (chosen.Count == 0)
        {
            await output.WriteLineAsync($"No zone '{zoneArg}'. Zones: {string.Join(", ", zones.Select(z => z.Name))}");
            return 2;
        }
        var started = DateTime.UtcNow;
        foreach (var zone in chosen)
        {
            int? offset = 0;
            var qualifying = 0;
            CultivationBatch.Progress? progress = null;
            while (offset is { } o)
            {
                progress = await CultivationBatch.RunChunkAsync(db, o, CultivationBatch.DefaultChunk, today, ct, zone.Id);
                qualifying += progress.Qualifying;
                await output.WriteLineAsync($"{zone.Name}: {progress.Processed}/{progress.Total} enterprises evaluated ({(progress.Total == 0 ? 100 : progress.Processed * 100 / progress.Total)}%)");
                offset = progress.Next;
            }
            await output.WriteLineAsync($"{zone.Name}: done, {qualifying} new qualifications possible (qualify now, not yet held).");
        }
        await output.WriteLineAsync($"Finished in {(DateTime.UtcNow - started).TotalSeconds:0.0} s.");
        return 0;
    }
}
