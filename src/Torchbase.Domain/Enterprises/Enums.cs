namespace Torchbase.Domain.Enterprises;

public enum EnterpriseScale { Large, Medium, Small, Micro }

public enum EnterpriseStatus { Active, MovedOut, Deregistered }

/// <summary>The 入留转退 lifecycle of a market entity in the zone.</summary>
public enum LifecycleKind { SettledIn, Retained, Transformed, MovedOut, Deregistered }

/// <summary>The tiers and titles of the cultivation ladder (梯次培育).</summary>
public enum QualificationType { TechSme, HighTech, Gazelle, InnovationLeader, InnovativeSme, Specialized, LittleGiant }

public enum PlatformKind
{
    KeyLab, EngineeringCenter, EnterpriseTechCenter, ResearchInstitute, NewRdInstitution,
    PilotBase, AcademicianWorkstation, PostdocStation, TechTransferOrg,
}

public enum PlatformLevel { National, Provincial, Municipal }

/// <summary>The incubation chain 众创空间 → 孵化器 → 加速器 → 产业园.</summary>
public enum IncubatorKind { MakerSpace, Incubator, Accelerator, IndustrialPark }

public enum IncubatorLevel { National, Provincial, Municipal, None }

public enum TenantStatus { Incubating, Graduated, Left }
