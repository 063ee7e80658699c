using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torchbase.Domain.Enterprises;
using Torchbase.Domain.Organisation;
using Torchbase.Domain.Policies;

namespace Torchbase.Data.Configurations;

/// <summary>Amount rules, conditions and declared indices are data read whole with their row: kept as JSON text on both databases.</summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property) where T : class =>
        property.HasConversion(
            v => JsonSerializer.Serialize(v, Options),
            s => JsonSerializer.Deserialize<T>(s, Options)!,
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                v => JsonSerializer.Serialize(v, Options).GetHashCode(),
                v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Options), Options)!));
}

internal sealed class PolicyConfiguration : IEntityTypeConfiguration<Policy>
{
    public void Configure(EntityTypeBuilder<Policy> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.DocumentNo).HasMaxLength(100);
        b.Property(x => x.IssuingBody).HasMaxLength(100);
        b.Property(x => x.Text).HasMaxLength(20000);
        b.Property(x => x.Url).HasMaxLength(500);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ZoneId, x.State });
        b.HasOne<Zone>().WithMany().HasForeignKey(x => x.ZoneId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.PolicyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BenefitItemConfiguration : IEntityTypeConfiguration<BenefitItem>
{
    public void Configure(EntityTypeBuilder<BenefitItem> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Rule).AsJson().HasMaxLength(4000);
        b.Property(x => x.Conditions).AsJson().HasMaxLength(8000);
        foreach (var money in new[] { nameof(BenefitItem.PerEnterpriseLimit), nameof(BenefitItem.Budget), nameof(BenefitItem.Paid) })
            b.Property(money).HasPrecision(18, 2);
        b.Ignore(x => x.Remaining);
    }
}

internal sealed class BenefitApplicationConfiguration : IEntityTypeConfiguration<BenefitApplication>
{
    public void Configure(EntityTypeBuilder<BenefitApplication> b)
    {
        b.Property(x => x.Declared).AsJson().HasMaxLength(1000);
        b.Property(x => x.ParkReviewer).HasMaxLength(100);
        b.Property(x => x.BureauReviewer).HasMaxLength(100);
        b.Property(x => x.PaidBy).HasMaxLength(100);
        b.Property(x => x.ReviewNote).HasMaxLength(500);
        foreach (var money in new[] { nameof(BenefitApplication.Amount), nameof(BenefitApplication.PaidAmount) })
            b.Property(money).HasPrecision(18, 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.ItemId, x.EnterpriseId });
        b.HasIndex(x => new { x.ZoneId, x.Status });
        b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<BenefitItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Objections).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Attachments).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BenefitAttachmentConfiguration : IEntityTypeConfiguration<BenefitAttachment>
{
    public void Configure(EntityTypeBuilder<BenefitAttachment> b)
    {
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.Property(x => x.StoredAs).HasMaxLength(100);
        b.Property(x => x.UploadedBy).HasMaxLength(100);
    }
}

internal sealed class BenefitObjectionConfiguration : IEntityTypeConfiguration<BenefitObjection>
{
    public void Configure(EntityTypeBuilder<BenefitObjection> b)
    {
        b.Property(x => x.Text).HasMaxLength(1000);
        b.Property(x => x.DecisionNote).HasMaxLength(500);
    }
}
