namespace Torchbase.Domain.Organisation;

/// <summary>A city or province that oversees several zones.</summary>
public sealed class Region
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public Guid? ParentId { get; set; }
}

/// <summary>A high-tech zone (高新区): the tenant every record belongs to.</summary>
public sealed class Zone
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public Guid RegionId { get; set; }
    public Region? Region { get; set; }
    public bool IsDemo { get; set; }
    public List<Park> Parks { get; set; } = [];
}

/// <summary>A park (产业园区) of a zone.</summary>
public sealed class Park
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>A functional department of the zone (财政局, 自然资源分局…): reports when a park blows the whistle.</summary>
public sealed class Department
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public required string Name { get; set; }
}

/// <summary>An industry chain the zone cultivates (尼龙新材料, 电气装备制造…).</summary>
public sealed class IndustryChain
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}

/// <summary>A bank or financial institution serving one or more zones.</summary>
public sealed class Bank
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
}
