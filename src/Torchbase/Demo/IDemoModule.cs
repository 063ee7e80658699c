using Torchbase.Data;
using Torchbase.Domain.Organisation;
using Torchbase.Identity;

namespace Torchbase.Demo;

/// <summary>What the core demo load produced, for feature modules to build on.</summary>
/// <param name="Logins">The demo users by login name (admin, officer1, ent1, bank1, expert1, judge1…).</param>
/// <param name="Seed">The demo seed: a module derives its own <see cref="Random"/> from it so its data is deterministic.</param>
public sealed record DemoWorld(
    DemoZone Main, DemoZone Second, IReadOnlyList<Bank> Banks, IReadOnlyDictionary<string, AppUser> Logins, DateOnly Today, int Seed)
{
    /// <summary>
    /// A deterministic random source for one module, independent of the other modules' draws. The seed is mixed by
    /// hand: <see cref="HashCode.Combine{T1,T2}"/> is randomised per process, which made every start a different demo.
    /// </summary>
    public Random RandomFor(string module) => new(unchecked(Seed * 486_187_739 + StableHash(module)));

    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = 17;
            foreach (var c in text) hash = hash * 31 + c;
            return hash;
        }
    }
}

/// <summary>
/// A feature's demo data. Found by reflection and run once, after the zones, enterprises and logins exist, by
/// <see cref="DemoSeeder"/>, which saves after each module (with per-row audit off). Add a class; touch nothing else.
/// </summary>
public interface IDemoModule
{
    /// <summary>Lower runs first (e.g. cultivation before points, which may read it).</summary>
    int Order { get; }

    /// <summary>Add the module's rows to <paramref name="db"/>; the seeder saves them.</summary>
    Task SeedAsync(AppDbContext db, DemoWorld world);
}
