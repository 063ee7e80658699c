using Microsoft.EntityFrameworkCore;
using Torchbase.Domain.Contest;

namespace Torchbase.Data;

public abstract partial class AppDbContext
{
    public DbSet<UnitContest> Contests => Set<UnitContest>();
    public DbSet<ContestCategory> ContestCategories => Set<ContestCategory>();
    public DbSet<ContestUnit> ContestUnits => Set<ContestUnit>();
    public DbSet<ScoreSheet> ScoreSheets => Set<ScoreSheet>();

    /// <summary>Every contest row carries its zone, so each set is scoped on its own (a judge of another zone sees nothing).</summary>
    private void ConfigureContestScopeFilters(ModelBuilder builder)
    {
        builder.Entity<UnitContest>().HasQueryFilter(c => Unrestricted || ZoneIds.Contains(c.ZoneId));
        builder.Entity<ContestCategory>().HasQueryFilter(c => Unrestricted || ZoneIds.Contains(c.ZoneId));
        builder.Entity<ContestUnit>().HasQueryFilter(u => Unrestricted || ZoneIds.Contains(u.ZoneId));
        builder.Entity<ScoreSheet>().HasQueryFilter(s => Unrestricted || ZoneIds.Contains(s.ZoneId));
    }
}
