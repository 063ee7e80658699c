using Torchbase.Domain.Common;
using Torchbase.Domain.Enterprises;

namespace Torchbase.Domain.Cultivation;

public enum CultivationStatus { Cultivating, Applied, Approved, Rejected, Withdrawn }

public enum CultivationActionKind { Guidance, Applied, Approved, Rejected, Withdrawn }

/// <summary>An enterprise in the 培育库: cultivated towards a tier in a year, followed by an officer.</summary>
public sealed class CultivationEntry : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public Guid EnterpriseId { get; set; }
    public QualificationType TargetTier { get; set; }
    public int TargetYear { get; set; }
    public Guid? OfficerId { get; set; }
    public string? OfficerName { get; set; }
    public CultivationStatus Status { get; set; }
    public DateOnly AddedOn { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }
    public List<CultivationAction> Actions { get; set; } = [];
}

/// <summary>A guidance visit or an application outcome (申报, 通过, 未通过 with the reason).</summary>
public sealed class CultivationAction
{
    public Guid Id { get; set; }
    public Guid EntryId { get; set; }
    public CultivationActionKind Kind { get; set; }
    public DateOnly OccurredOn { get; set; }
    public string? Note { get; set; }
    public string? CertificateNo { get; set; }
    public string? RecordedBy { get; set; }
}

/// <summary>A park's stage target (阶段目标): how many enterprises should reach a tier in a year.</summary>
public sealed class StageTarget : IVersioned, IZoneOwned
{
    public Guid Id { get; set; }
    public Guid ZoneId { get; set; }
    public Guid ParkId { get; set; }
    public int Year { get; set; }
    public QualificationType Tier { get; set; }
    public int Target { get; set; }
    public int Version { get; set; }
}

/// <summary>What an application outcome does to the entry; approval is the only step that cannot be undone here.</summary>
public static class CultivationFlow
{
    public static CultivationStatus? After(CultivationActionKind kind, CultivationStatus status) => (kind, status) switch
    {
        (CultivationActionKind.Guidance, CultivationStatus.Cultivating or CultivationStatus.Applied or CultivationStatus.Rejected) => status,
        (CultivationActionKind.Applied, CultivationStatus.Cultivating or CultivationStatus.Rejected) => CultivationStatus.Applied,
        (CultivationActionKind.Approved, CultivationStatus.Applied) => CultivationStatus.Approved,
        (CultivationActionKind.Rejected, CultivationStatus.Applied) => CultivationStatus.Rejected,
        (CultivationActionKind.Withdrawn, CultivationStatus.Cultivating or CultivationStatus.Applied or CultivationStatus.Rejected) =>
            CultivationStatus.Withdrawn,
        _ => null,
    };

    /// <summary>Completion of a stage target: approved entries over the target, capped at 100%.</summary>
    public static decimal? Completion(int approved, int target) => target <= 0 ? null : Math.Min(1m, approved / (decimal)target);
}
