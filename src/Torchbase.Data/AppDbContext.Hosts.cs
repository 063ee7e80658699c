using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Torchbase.Domain.Policies;
using Torchbase.Domain.ServiceDesk;

namespace Torchbase.Data;

/// <summary>
/// What several hosts on one database share instead of keeping it each on its own: the keys that encrypt sign-in cookies,
/// the running numbers of requests and contracts, and the bytes of attached files.
/// </summary>
public abstract partial class AppDbContext : IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<NumberSeries> NumberSeries => Set<NumberSeries>();
    public DbSet<RequestAttachmentContent> RequestAttachmentContents => Set<RequestAttachmentContent>();
    public DbSet<BenefitAttachmentContent> BenefitAttachmentContents => Set<BenefitAttachmentContent>();
}

/// <summary>A running number (SQ-2026-…, JS2026…): the last one drawn. Drawn by <see cref="Numbers"/>, one host at a time.</summary>
public sealed class NumberSeries
{
    public required string Name { get; set; }
    public int Last { get; set; }
}

/// <summary>The bytes of a request's attached file, in a table of their own so that listing attachments never reads them.</summary>
public sealed class RequestAttachmentContent
{
    public Guid Id { get; set; }
    public required byte[] Content { get; set; }
}

/// <summary>The bytes of a file attached to a benefit application, kept apart for the same reason.</summary>
public sealed class BenefitAttachmentContent
{
    public Guid Id { get; set; }
    public required byte[] Content { get; set; }
}

internal sealed class NumberSeriesConfiguration : IEntityTypeConfiguration<NumberSeries>
{
    public void Configure(EntityTypeBuilder<NumberSeries> b)
    {
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(40);
    }
}

internal sealed class RequestAttachmentContentConfiguration : IEntityTypeConfiguration<RequestAttachmentContent>
{
    public void Configure(EntityTypeBuilder<RequestAttachmentContent> b) =>
        b.HasOne<RequestAttachment>().WithOne().HasForeignKey<RequestAttachmentContent>(x => x.Id).OnDelete(DeleteBehavior.Cascade);
}

internal sealed class BenefitAttachmentContentConfiguration : IEntityTypeConfiguration<BenefitAttachmentContent>
{
    public void Configure(EntityTypeBuilder<BenefitAttachmentContent> b) =>
        b.HasOne<BenefitAttachment>().WithOne().HasForeignKey<BenefitAttachmentContent>(x => x.Id).OnDelete(DeleteBehavior.Cascade);
}
