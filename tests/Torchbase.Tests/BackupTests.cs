using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Torchbase.Backup;
using Torchbase.Data;

namespace Torchbase.Tests;

[Collection(HostCollection.Name)]
public class BackupTests(TorchbaseFactory host)
{
    private static async Task<T> InScopeAsync<T>(IServiceProvider services, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private static string Canonical(BackupDocument document) =>
        JsonSerializer.Serialize(document with { TakenAt = default });

    [Fact]
    public async Task A_zone_round_trips_exactly_into_another_database()
    {
        var zoneId = await InScopeAsync(host.Services, s => s.GetRequiredService<AppDbContext>().Zones.IgnoreQueryFilters()
            .Where(z => z.Name.Contains("南阳")).Select(z => z.Id).SingleAsync());
        var original = await InScopeAsync(host.Services, s => s.GetRequiredService<ZoneBackup>().ExportAsync(zoneId));
        Assert.Contains("Enterprise", original.Tables.Keys);
        Assert.Contains("AnnualReport", original.Tables.Keys);
        Assert.Contains("AppUser", original.Tables.Keys);                     // leader2
        // Only this zone: the shared region above it does not drag the other zone in.
        Assert.Equal(zoneId, Assert.Single(original.Tables["Zone"])["Id"].GetGuid());
        Assert.Contains("Region", original.Tables.Keys);

        var target = new EmptyTorchbaseFactory();
        await ((IAsyncLifetime)target).InitializeAsync();
        try
        {
        var restored = await InScopeAsync(target.Services, s => s.GetRequiredService<ZoneBackup>().RestoreAsync(original));
        Assert.Equal(original.Tables.Sum(t => t.Value.Count), restored);
        var again = await InScopeAsync(target.Services, s => s.GetRequiredService<ZoneBackup>().ExportAsync(zoneId));
        Assert.Equal(Canonical(original), Canonical(again));

        // The restored leader signs in and sees the zone as before.
        var leader2 = await target.SignInAsync("leader2");
        var summary = await leader2.GetJsonAsync<JsonElement>("/api/dashboard/summary");
        Assert.Equal(original.Tables["Enterprise"].Count(e => e["Status"].GetString() == "Active"), summary.GetProperty("enterpriseCount").GetInt32());

        // Restoring twice is refused and changes nothing.
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            InScopeAsync(target.Services, s => s.GetRequiredService<ZoneBackup>().RestoreAsync(original)));
        }
        finally
        {
            await ((IAsyncLifetime)target).DisposeAsync();
        }
    }
}
