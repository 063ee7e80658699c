using Torchbase.Domain.Common;

namespace Torchbase.Domain.Enterprises;

/// <summary>An innovation platform: laboratory, research centre, pilot base, workstation…</summary>
public sealed class InnovationPlatform : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public Guid? EnterpriseId { get; set; }
    public required string Name { get; set; }
    public PlatformKind Kind { get; set; }
    public PlatformLevel Level { get; set; }
    public string? Field { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    public int Version { get; set; }
}

/// <summary>An incubation carrier on the chain 众创空间 → 孵化器 → 加速器 → 产业园.</summary>
public sealed class IncubationCarrier : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public required string Name { get; set; }
    public IncubatorKind Kind { get; set; }
    public IncubatorLevel Level { get; set; }
    public string? OperatorName { get; set; }
    public decimal? AreaSqm { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    public int Version { get; set; }
    public List<IncubationTenancy> Tenancies { get; set; } = [];
}

public sealed class IncubationTenancy
{
    public Guid Id { get; set; }
    public Guid CarrierId { get; set; }
    public Guid EnterpriseId { get; set; }
    public DateOnly EnteredOn { get; set; }
    public DateOnly? LeftOn { get; set; }
    public TenantStatus Status { get; set; }
}
