using Torchbase.Data;
using Torchbase.Features.Points;

namespace Torchbase.Demo;

/// <summary>Scores both demo zones for the last two report years (the first report year has no previous one to grow from).</summary>
public sealed class PointsDemo : IDemoModule
{
    public int Order => 60;

    public async Task SeedAsync(AppDbContext db, DemoWorld world)
    {
        var last = world.Today.Year - 1;
        foreach (var zone in new[] { world.Main, world.Second })
            for (var year = last - 1; year <= last; year++)
                await PointsScoring.RunAsync(db, zone.Zone.Id, year, CancellationToken.None);
    }
}
