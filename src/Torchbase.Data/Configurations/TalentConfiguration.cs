using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Organisation;
using Torchbase.Domain.Talent;
using Torchbase.Identity;

namespace Torchbase.Data.Configurations;

internal sealed class ExpertProfileConfiguration : IEntityTypeConfiguration<ExpertProfile>
{
    public void Configure(EntityTypeBuilder<ExpertProfile> b)
    {
        b.Property(x => x.Name).HasMaxLength(50);
        b.Property(x => x.Institution).HasMaxLength(100);
        b.Property(x => x.Title).HasMaxLength(50);
        b.Property(x => x.ResearchSummary).HasMaxLength(2000);
        b.Property(x => x.Achievements).HasMaxLength(2000);
        b.Property(x => x.Phone).HasMaxLength(30);
        b.Property(x => x.Email).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ZoneId, x.Name });
        b.HasIndex(x => x.UserId).IsUnique();
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class TechDemandConfiguration : IEntityTypeConfiguration<TechDemand>
{
    public void Configure(EntityTypeBuilder<TechDemand> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Problem).HasMaxLength(2000);
        b.Property(x => x.Field).HasMaxLength(50);
        b.Property(x => x.PostedBy).HasMaxLength(100);
        b.Property(x => x.BudgetWan).HasPrecision(14, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ZoneId, x.PostedOn });
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ServiceGuaranteeConfiguration : IEntityTypeConfiguration<ServiceGuarantee>
{
    public void Configure(EntityTypeBuilder<ServiceGuarantee> b)
    {
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.Provider).HasMaxLength(100);
        b.Property(x => x.Contact).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId);
    }
}

internal sealed class MatchmakingConfiguration : IEntityTypeConfiguration<Matchmaking>
{
    public void Configure(EntityTypeBuilder<Matchmaking> b)
    {
        b.Property(x => x.AgreementAmountWan).HasPrecision(14, 2);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.DemandId, x.ExpertId }).IsUnique();
        b.HasIndex(x => new { x.ZoneId, x.Stage });
        b.HasOne<TechDemand>().WithMany().HasForeignKey(x => x.DemandId);
        b.HasOne<ExpertProfile>().WithMany().HasForeignKey(x => x.ExpertId);
    }
}

internal sealed class TechAchievementConfiguration : IEntityTypeConfiguration<TechAchievement>
{
    public void Configure(EntityTypeBuilder<TechAchievement> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Owner).HasMaxLength(100);
        b.Property(x => x.Field).HasMaxLength(50);
        b.Property(x => x.EventName).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ZoneId, x.ReleasedOn });
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId);
    }
}

internal sealed class TechContractConfiguration : IEntityTypeConfiguration<TechContract>
{
    public void Configure(EntityTypeBuilder<TechContract> b)
    {
        b.Property(x => x.RegistrationNo).HasMaxLength(40);
        b.Property(x => x.Subject).HasMaxLength(200);
        b.Property(x => x.Seller).HasMaxLength(200);
        b.Property(x => x.Buyer).HasMaxLength(200);
        b.Property(x => x.Field).HasMaxLength(50);
        b.Property(x => x.AmountWan).HasPrecision(14, 2);
        b.Property(x => x.TechTransactionWan).HasPrecision(14, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.RegistrationNo).IsUnique();
        b.HasIndex(x => new { x.ZoneId, x.RegisteredOn });
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.SellerEnterpriseId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.BuyerEnterpriseId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class TalentTeamConfiguration : IEntityTypeConfiguration<TalentTeam>
{
    public void Configure(EntityTypeBuilder<TalentTeam> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Field).HasMaxLength(50);
        b.Property(x => x.Programme).HasMaxLength(100);
        b.Property(x => x.FundingWan).HasPrecision(14, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class WorkstationConfiguration : IEntityTypeConfiguration<Workstation>
{
    public void Configure(EntityTypeBuilder<Workstation> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.ExpertName).HasMaxLength(50);
        b.Property(x => x.Institution).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId);
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class GlossaryEntryConfiguration : IEntityTypeConfiguration<GlossaryEntry>
{
    public void Configure(EntityTypeBuilder<GlossaryEntry> b)
    {
        b.Property(x => x.Chain).HasMaxLength(GlossaryEntries.MaxChainLength);
        b.Property(x => x.Term).HasMaxLength(Glossary.MaxTermLength);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ZoneId, x.Chain });
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId);
    }
}

internal sealed class RecommendationFeedbackConfiguration : IEntityTypeConfiguration<RecommendationFeedback>
{
    public void Configure(EntityTypeBuilder<RecommendationFeedback> b)
    {
        b.Property(x => x.UserName).HasMaxLength(100);
        b.Property(x => x.Note).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.DemandId, x.ExpertId, x.UserId }).IsUnique();
        b.HasIndex(x => new { x.ZoneId, x.MarkedAt });
        b.HasOne<TechDemand>().WithMany().HasForeignKey(x => x.DemandId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ExpertProfile>().WithMany().HasForeignKey(x => x.ExpertId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
