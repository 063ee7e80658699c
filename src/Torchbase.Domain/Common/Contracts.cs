namespace Torchbase.Domain.Common;

/// <summary>An entity edited by people: the version detects a concurrent edit instead of overwriting it.</summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>An entity that belongs to one zone (the tenant).</summary>
public interface IZoneOwned
{
    Guid ZoneId { get; }
}
