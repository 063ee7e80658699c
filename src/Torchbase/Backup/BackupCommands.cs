using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Torchbase.Data;

namespace Torchbase.Backup;

/// <summary>
/// `torchbase backup --zone &lt;id or name&gt; --out zone.json.gz` and `torchbase restore --in zone.json.gz`:
/// a zone as gzip-compressed JSON, restored all-or-nothing into a database that does not hold it.
/// </summary>
public static class BackupCommands
{
    // Enums by name, as the database stores them: a reordered enum does not corrupt a backup.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static async Task<int> BackupAsync(WebApplication app)
    {
        var zone = app.Configuration["zone"];
        var output = app.Configuration["out"];
        if (string.IsNullOrWhiteSpace(zone) || string.IsNullOrWhiteSpace(output))
        {
            Console.Error.WriteLine("Usage: torchbase backup --zone <zone id or name> --out <file.json.gz>");
            return 2;
        }
        await app.PrepareDatabaseAsync(loadDemo: false);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var system = db.RunAsSystem();
        var zoneId = Guid.TryParse(zone, out var id) ? id
            : await db.Zones.IgnoreQueryFilters().Where(z => z.Name == zone).Select(z => (Guid?)z.Id).FirstOrDefaultAsync();
        if (zoneId is null)
        {
            Console.Error.WriteLine($"No zone named {zone}.");
            return 1;
        }
        var document = await scope.ServiceProvider.GetRequiredService<ZoneBackup>().ExportAsync(zoneId.Value);
        await using (var file = File.Create(output))
        await using (var gzip = new GZipStream(file, CompressionLevel.Optimal))
            await JsonSerializer.SerializeAsync(gzip, document, Json);
        Console.WriteLine($"{document.ZoneName}: {document.Tables.Sum(t => t.Value.Count)} rows in {document.Tables.Count} tables → {output}");
        return 0;
    }

    public static async Task<int> RestoreAsync(WebApplication app)
    {
        var input = app.Configuration["in"];
        if (string.IsNullOrWhiteSpace(input) || !File.Exists(input))
        {
            Console.Error.WriteLine("Usage: torchbase restore --in <file.json.gz>");
            return 2;
        }
        await app.PrepareDatabaseAsync(loadDemo: false);
        await using var scope = app.Services.CreateAsyncScope();
        BackupDocument document;
        await using (var file = File.OpenRead(input))
        await using (var gzip = new GZipStream(file, CompressionMode.Decompress))
            document = await JsonSerializer.DeserializeAsync<BackupDocument>(gzip, Json) ?? throw new InvalidDataException("Empty backup.");
        try
        {
            var rows = await scope.ServiceProvider.GetRequiredService<ZoneBackup>().RestoreAsync(document);
            Console.WriteLine($"{document.ZoneName}: {rows} rows restored");
            // A backup taken before the energy daily rollup existed has readings without their days: they are rolled up from the readings.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using var system = db.RunAsSystem();
            var meters = await db.Meters.Where(m => m.ZoneId == document.ZoneId).Select(m => m.Id).ToListAsync();
            if (meters.Count > 0) await Features.Energy.MeterDayRollup.RebuildAsync(db, CancellationToken.None, meters);
            return 0;
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
