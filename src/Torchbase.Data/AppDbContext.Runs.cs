using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torchbase.Domain.Common;

namespace Torchbase.Data;

public abstract partial class AppDbContext
{
    public DbSet<BackgroundRun> BackgroundRuns => Set<BackgroundRun>();

    /// <summary>A run belongs to its zone: whoever may see the zone may follow it.</summary>
    private void ConfigureRunsScopeFilters(ModelBuilder builder) =>
        builder.Entity<BackgroundRun>().HasQueryFilter(r => Unrestricted || ZoneIds.Contains(r.ZoneId));
}

internal sealed class BackgroundRunConfiguration : IEntityTypeConfiguration<BackgroundRun>
{
    public void Configure(EntityTypeBuilder<BackgroundRun> b)
    {
        b.Property(x => x.Years).HasMaxLength(200);
        b.Property(x => x.ScoredYears).HasMaxLength(200);
        b.Property(x => x.Error).HasMaxLength(2000);
        b.Property(x => x.UserName).HasMaxLength(256);
        b.HasIndex(x => x.State);
        b.HasOne<Torchbase.Domain.Organisation.Zone>().WithMany().HasForeignKey(x => x.ZoneId).OnDelete(DeleteBehavior.Restrict);
    }
}
