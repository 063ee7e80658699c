using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torchbase.Domain.Contest;
using Torchbase.Domain.Organisation;

namespace Torchbase.Data.Configurations;

internal sealed class UnitContestConfiguration : IEntityTypeConfiguration<UnitContest>
{
    public void Configure(EntityTypeBuilder<UnitContest> b)
    {
        b.ToTable("Contests");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.TieBreakers).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ZoneId, x.Year });
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany(x => x.Aspects, a =>
        {
            a.ToTable("ContestAspects");
            a.WithOwner().HasForeignKey("ContestId");
            a.HasKey("ContestId", nameof(ContestAspect.Code));
            a.Property(x => x.Code).HasMaxLength(20);
            a.Property(x => x.Name).HasMaxLength(50);
            a.Property(x => x.MaxScore).HasPrecision(9, 2);
            a.Property(x => x.Weight).HasPrecision(9, 4);
        });
        b.OwnsMany(x => x.Judges, j =>
        {
            j.ToTable("ContestJudges");
            j.WithOwner().HasForeignKey("ContestId");
            j.HasKey("ContestId", nameof(ContestJudge.UserId));
            j.Property(x => x.DisplayName).HasMaxLength(100);
            j.HasIndex(x => x.UserId);
        });
        b.OwnsMany(x => x.Draws, d =>
        {
            d.ToTable("ContestDraws");
            d.WithOwner().HasForeignKey("ContestId");
            d.HasKey("ContestId", nameof(ContestDraw.CategoryId));
            d.Property(x => x.Seed).HasMaxLength(16);
            d.Property(x => x.Algorithm).HasMaxLength(40);
            d.Property(x => x.DrawnBy).HasMaxLength(100);
        });
    }
}

internal sealed class ContestCategoryConfiguration : IEntityTypeConfiguration<ContestCategory>
{
    public void Configure(EntityTypeBuilder<ContestCategory> b)
    {
        b.Property(x => x.Name).HasMaxLength(50);
        b.HasIndex(x => new { x.ContestId, x.SortOrder });
        b.HasOne<UnitContest>().WithMany().HasForeignKey(x => x.ContestId).OnDelete(DeleteBehavior.Cascade);
        b.OwnsMany(x => x.Prizes, p =>
        {
            p.ToTable("ContestPrizeRules");
            p.WithOwner().HasForeignKey("CategoryId");
            p.HasKey("CategoryId", nameof(PrizeRule.Level));
            p.Property(x => x.Name).HasMaxLength(30);
            p.Property(x => x.AmountWan).HasPrecision(18, 2);
        });
    }
}

internal sealed class ContestUnitConfiguration : IEntityTypeConfiguration<ContestUnit>
{
    public void Configure(EntityTypeBuilder<ContestUnit> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.HasIndex(x => new { x.ContestId, x.CategoryId, x.DrawPosition });
        b.HasOne<UnitContest>().WithMany().HasForeignKey(x => x.ContestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ContestCategory>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ScoreSheetConfiguration : IEntityTypeConfiguration<ScoreSheet>
{
    public void Configure(EntityTypeBuilder<ScoreSheet> b)
    {
        b.Ignore(x => x.Locked);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ContestId, x.UnitId, x.JudgeUserId }).IsUnique();
        b.HasOne<UnitContest>().WithMany().HasForeignKey(x => x.ContestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ContestUnit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany(x => x.Scores, s =>
        {
            s.ToTable("ContestAspectScores");
            s.WithOwner().HasForeignKey("SheetId");
            s.HasKey("SheetId", nameof(AspectScore.AspectCode));
            s.Property(x => x.AspectCode).HasMaxLength(20);
            s.Property(x => x.Score).HasPrecision(9, 2);
        });
    }
}
