using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torchbase.Domain.Common;
using Torchbase.Domain.Competitions;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Organisation;
using Torchbase.Domain.Projects;

namespace Torchbase.Data.Configurations;

internal sealed class CompetitionConfiguration : IEntityTypeConfiguration<Competition>
{
    public void Configure(EntityTypeBuilder<Competition> b)
    {
        b.Property(x => x.Name).HasMaxLength(Limits.Name);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ZoneId, x.Year });
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany(x => x.Rounds, r =>
        {
            r.ToTable("CompetitionRounds");
            r.WithOwner().HasForeignKey("CompetitionId");
            r.HasKey("CompetitionId", nameof(CompetitionRound.Index));
            r.Property(x => x.Index).ValueGeneratedNever();
            r.Property(x => x.Name).HasMaxLength(Limits.ShortName);
        });
        b.OwnsMany(x => x.Prizes, p =>
        {
            p.ToTable("CompetitionPrizes");
            p.WithOwner().HasForeignKey("CompetitionId");
            p.HasKey("CompetitionId", nameof(CompetitionPrize.Level));
            p.Property(x => x.Level).ValueGeneratedNever();
            p.Property(x => x.Name).HasMaxLength(Limits.ShortName);
            p.Property(x => x.AmountWan).HasPrecision(18, 2);
        });
        b.OwnsMany(x => x.Judges, j =>
        {
            j.ToTable("CompetitionJudges");
            j.WithOwner().HasForeignKey("CompetitionId");
            j.HasKey("CompetitionId", nameof(CompetitionJudge.Id));
            j.Property(x => x.Id).ValueGeneratedNever();
            j.Property(x => x.Name).HasMaxLength(Limits.ShortName);
        });
    }
}

internal sealed class CompetitionEntrantConfiguration : IEntityTypeConfiguration<CompetitionEntrant>
{
    public void Configure(EntityTypeBuilder<CompetitionEntrant> b)
    {
        b.Property(x => x.EntrantName).HasMaxLength(Limits.Title);
        b.Property(x => x.ProjectTitle).HasMaxLength(Limits.Title);
        b.Property(x => x.Industry).HasMaxLength(Limits.ShortName);
        b.Property(x => x.SignedAmountWan).HasPrecision(18, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.CompetitionId, x.RoundReached });
        b.HasIndex(x => x.ProjectId).IsUnique();
        b.HasOne<Competition>().WithMany().HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.SetNull);
        b.OwnsMany(x => x.Conflicts, c =>
        {
            c.ToTable("CompetitionEntrantConflicts");
            c.WithOwner().HasForeignKey("EntrantId");
            c.HasKey("EntrantId", nameof(EntrantConflict.JudgeId));
            c.Property(x => x.JudgeId).ValueGeneratedNever();
        });
    }
}

internal sealed class CompetitionScoreConfiguration : IEntityTypeConfiguration<CompetitionScore>
{
    public void Configure(EntityTypeBuilder<CompetitionScore> b)
    {
        b.Property(x => x.Score).HasPrecision(9, 2);
        b.HasIndex(x => new { x.EntrantId, x.Round, x.JudgeId }).IsUnique();
        b.HasIndex(x => new { x.CompetitionId, x.Round });
        b.HasOne<CompetitionEntrant>().WithMany().HasForeignKey(x => x.EntrantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MatchEventConfiguration : IEntityTypeConfiguration<MatchEvent>
{
    public void Configure(EntityTypeBuilder<MatchEvent> b)
    {
        b.ToTable("MatchEvents");
        b.Property(x => x.Name).HasMaxLength(Limits.Name);
        b.Property(x => x.Place).HasMaxLength(Limits.Name);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ZoneId, x.HeldOn });
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsMany(x => x.Attendees, a =>
        {
            a.ToTable("EventAttendees");
            a.WithOwner().HasForeignKey("EventId");
            a.HasKey("EventId", nameof(EventAttendee.EnterpriseId));
            a.Property(x => x.EnterpriseId).ValueGeneratedNever();
            a.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

internal sealed class EventAchievementConfiguration : IEntityTypeConfiguration<EventAchievement>
{
    public void Configure(EntityTypeBuilder<EventAchievement> b)
    {
        b.Property(x => x.Title).HasMaxLength(Limits.Title);
        b.Property(x => x.Owner).HasMaxLength(Limits.Name);
        b.Property(x => x.Field).HasMaxLength(Limits.ShortName);
        b.HasIndex(x => x.EventId);
        b.HasOne<MatchEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EventIntentConfiguration : IEntityTypeConfiguration<EventIntent>
{
    public void Configure(EntityTypeBuilder<EventIntent> b)
    {
        b.HasIndex(x => new { x.EventId, x.AchievementId, x.EnterpriseId }).IsUnique();
        b.HasOne<MatchEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<EventAchievement>().WithMany().HasForeignKey(x => x.AchievementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EventSigningConfiguration : IEntityTypeConfiguration<EventSigning>
{
    public void Configure(EntityTypeBuilder<EventSigning> b)
    {
        b.Property(x => x.Title).HasMaxLength(Limits.Title);
        b.Property(x => x.Parties).HasMaxLength(Limits.Title);
        b.Property(x => x.AmountWan).HasPrecision(18, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.EventId);
        b.HasIndex(x => x.ProjectId).IsUnique();
        b.HasOne<MatchEvent>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EventAchievement>().WithMany().HasForeignKey(x => x.AchievementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.SetNull);
    }
}
