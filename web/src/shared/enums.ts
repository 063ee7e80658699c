// The enums of the API contract: values travel as these strings; labels come from i18n (`enums.<kind>.<value>`).
// The values are generated from the server's C# (generated/contracts.ts); this file only names them for the UI.
import * as C from './generated/contracts'

export type { Permission, Role } from './generated/contracts'
export { PERMISSIONS } from './generated/contracts'

export const ROLES = C.Role
export const QUALIFICATION_TYPES = C.QualificationType
export type QualificationType = C.QualificationType
export const SCALES = C.EnterpriseScale
export type Scale = C.EnterpriseScale
export type SizeVerdict = C.SizeVerdict
export const ENTERPRISE_STATUSES = C.EnterpriseStatus
export type EnterpriseStatus = C.EnterpriseStatus
export const LIFECYCLE_KINDS = C.LifecycleKind
export type LifecycleKind = C.LifecycleKind
export const PLATFORM_KINDS = C.PlatformKind
export type PlatformKind = C.PlatformKind
export const PLATFORM_LEVELS = C.PlatformLevel
export type PlatformLevel = C.PlatformLevel
export const INCUBATOR_KINDS = C.IncubatorKind
export type IncubatorKind = C.IncubatorKind
export const INCUBATOR_LEVELS = C.IncubatorLevel
export type IncubatorLevel = C.IncubatorLevel
export const TENANT_STATUSES = C.TenantStatus
export type TenantStatus = C.TenantStatus

// Talent and technology
export const EXPERT_DEGREES = C.ExpertDegree
export type ExpertDegree = C.ExpertDegree
export const EXPERT_AVAILABILITIES = C.ExpertAvailability
export type ExpertAvailability = C.ExpertAvailability
export const DEMAND_STATUSES = C.DemandStatus
export type DemandStatus = C.DemandStatus
export const MATCH_STAGES = C.MatchStage
export type MatchStage = C.MatchStage
export const TECH_CONTRACT_TYPES = C.TechContractType
export type TechContractType = C.TechContractType
export const TALENT_CATEGORIES = C.TalentCategory
export type TalentCategory = C.TalentCategory
export const WORKSTATION_KINDS = C.WorkstationKind
export type WorkstationKind = C.WorkstationKind
export const GUARANTEE_CATEGORIES = C.GuaranteeCategory
export type GuaranteeCategory = C.GuaranteeCategory

/** Every enum the UI labels, by the key used under `enums.` in the message files. */
export const ENUMS = {
  expertDegree: C.ExpertDegree,
  expertAvailability: C.ExpertAvailability,
  demandStatus: C.DemandStatus,
  matchStage: C.MatchStage,
  techContractType: C.TechContractType,
  talentCategory: C.TalentCategory,
  workstationKind: C.WorkstationKind,
  guaranteeCategory: C.GuaranteeCategory,
  role: C.Role,
  qualification: C.QualificationType,
  scale: C.EnterpriseScale,
  enterpriseStatus: C.EnterpriseStatus,
  lifecycleKind: C.LifecycleKind,
  platformKind: C.PlatformKind,
  platformLevel: C.PlatformLevel,
  incubatorKind: C.IncubatorKind,
  incubatorLevel: C.IncubatorLevel,
  tenantStatus: C.TenantStatus,
  sizeVerdict: C.SizeVerdict,
} as const
export type EnumKind = keyof typeof ENUMS
