using Torchbase.Domain.Common;

namespace Torchbase.Domain.Organisation;

/// <summary>A row of the zone's set-up that old records refer to: it is deactivated, never deleted, and then left out of pickers.</summary>
public interface IDeactivatable
{
    bool Active { get; set; }
}

/// <summary>A city or province that oversees several zones.</summary>
public sealed class Region : IVersioned, IDeactivatable
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public Guid? ParentId { get; set; }
    public bool Active { get; set; } = true;
    public int Version { get; set; }
}

/// <summary>A high-tech zone (高新区): the tenant every record belongs to.</summary>
public sealed class Zone : IVersioned, IDeactivatable
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public Guid RegionId { get; set; }
    public Region? Region { get; set; }
    public bool IsDemo { get; set; }
    public bool Active { get; set; } = true;
    /// <summary>
    /// Whether the zone has been given the shipped matching glossary (once: when it was created, or at the first start after an
    /// upgrade for a zone older than the glossary). A bureau that deletes entries, even all of them, keeps its choice.
    /// </summary>
    public bool GlossarySeeded { get; set; }
    public int Version { get; set; }
    public List<Park> Parks { get; set; } = [];
}

/// <summary>What a park is (产业园区, 孵化园区…).</summary>
public enum ParkKind { Industrial, Incubation, Logistics, Comprehensive, Other }

/// <summary>A park (产业园区) of a zone.</summary>
public sealed class Park : IVersioned, IDeactivatable, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public required string Name { get; set; }
    public ParkKind Kind { get; set; } = ParkKind.Industrial;
    /// <summary>Planned area in square kilometres; null when not recorded.</summary>
    public decimal? AreaKm2 { get; set; }
    public string? LeaderName { get; set; }
    public string? Contact { get; set; }
    public int SortOrder { get; set; }
    public bool Active { get; set; } = true;
    public int Version { get; set; }
}

/// <summary>A functional department of the zone (财政局, 自然资源分局…): reports when a park blows the whistle.</summary>
public sealed class Department : IVersioned, IDeactivatable, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public required string Name { get; set; }
    public string? Contact { get; set; }
    public bool Active { get; set; } = true;
    public int Version { get; set; }
}

/// <summary>An industry chain the zone cultivates (尼龙新材料, 电气装备制造…).</summary>
public sealed class IndustryChain : IVersioned, IDeactivatable, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>The chain's lead enterprises (链主企业), by name, separated by 、 or commas.</summary>
    public string? LeadEnterprises { get; set; }
    public bool Active { get; set; } = true;
    public int Version { get; set; }
}

/// <summary>A bank or financial institution serving one or more zones.</summary>
public sealed class Bank : IVersioned, IDeactivatable
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public bool Active { get; set; } = true;
    public int Version { get; set; }
}

/// <summary>A bank's branch (支行) in a zone: where the zone's enterprises meet the bank.</summary>
public sealed class BankBranch : IVersioned, IDeactivatable, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid BankId { get; set; }
    public required string Name { get; set; }
    public string? Address { get; set; }
    public string? Contact { get; set; }
    public bool Active { get; set; } = true;
    public int Version { get; set; }
}
