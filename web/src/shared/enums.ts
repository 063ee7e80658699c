// The enums of the API contract: values travel as these strings; labels come from i18n (`enums.<kind>.<value>`).

export const ROLES = [
  'SystemAdmin', 'ZoneLeader', 'InnovationBureau', 'ParkOfficer', 'ServiceOfficer',
  'DepartmentStaff', 'EnterpriseUser', 'BankUser', 'Expert', 'ContestJudge',
] as const
export type Role = (typeof ROLES)[number]

export const PERMISSIONS = [
  'dashboard.view', 'enterprises.read', 'enterprises.write', 'enterprises.import', 'reports.submit',
  'platforms.read', 'platforms.write', 'users.manage', 'audit.read',
  'cultivation.read', 'cultivation.write', 'points.read', 'points.manage',
  'finance.read', 'finance.bank', 'finance.apply', 'finance.manage',
  'service.read', 'service.handle', 'service.submit', 'service.manage',
  'projects.read', 'projects.write', 'talent.read', 'talent.write', 'talent.submit',
  'contest.manage', 'contest.score', 'contest.read', 'economy.read', 'economy.write',
] as const
export type Permission = (typeof PERMISSIONS)[number]

export const QUALIFICATION_TYPES = [
  'TechSme', 'HighTech', 'Gazelle', 'InnovationLeader', 'InnovativeSme', 'Specialized', 'LittleGiant',
] as const
export type QualificationType = (typeof QUALIFICATION_TYPES)[number]

export const SCALES = ['Large', 'Medium', 'Small', 'Micro'] as const
export type Scale = (typeof SCALES)[number]

export const ENTERPRISE_STATUSES = ['Active', 'MovedOut', 'Deregistered'] as const
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number]

export const LIFECYCLE_KINDS = ['SettledIn', 'Retained', 'Transformed', 'MovedOut', 'Deregistered'] as const
export type LifecycleKind = (typeof LIFECYCLE_KINDS)[number]

export const PLATFORM_KINDS = [
  'KeyLab', 'EngineeringCenter', 'EnterpriseTechCenter', 'ResearchInstitute', 'NewRdInstitution',
  'PilotBase', 'AcademicianWorkstation', 'PostdocStation', 'TechTransferOrg',
] as const
export type PlatformKind = (typeof PLATFORM_KINDS)[number]

export const PLATFORM_LEVELS = ['National', 'Provincial', 'Municipal'] as const
export type PlatformLevel = (typeof PLATFORM_LEVELS)[number]

export const INCUBATOR_KINDS = ['MakerSpace', 'Incubator', 'Accelerator', 'IndustrialPark'] as const
export type IncubatorKind = (typeof INCUBATOR_KINDS)[number]

export const INCUBATOR_LEVELS = ['National', 'Provincial', 'Municipal', 'None'] as const
export type IncubatorLevel = (typeof INCUBATOR_LEVELS)[number]

export const TENANT_STATUSES = ['Incubating', 'Graduated', 'Left'] as const
export type TenantStatus = (typeof TENANT_STATUSES)[number]

/** Every enum the UI labels, by the key used under `enums.` in the message files. */
// Talent and technology
export const EXPERT_DEGREES = ['Doctor', 'Master', 'Bachelor'] as const
export type ExpertDegree = (typeof EXPERT_DEGREES)[number]
export const EXPERT_AVAILABILITIES = ['Available', 'Limited', 'Unavailable'] as const
export type ExpertAvailability = (typeof EXPERT_AVAILABILITIES)[number]
export const DEMAND_STATUSES = ['Open', 'Matched', 'Closed'] as const
export type DemandStatus = (typeof DEMAND_STATUSES)[number]
export const MATCH_STAGES = ['Recommended', 'Contacted', 'Meeting', 'Signed', 'Declined'] as const
export type MatchStage = (typeof MATCH_STAGES)[number]
export const TECH_CONTRACT_TYPES = ['Development', 'Transfer', 'Licence', 'Consulting', 'Service'] as const
export type TechContractType = (typeof TECH_CONTRACT_TYPES)[number]
export const TALENT_CATEGORIES = ['Academician', 'ZhongyuanScholar', 'LeadingTalent', 'Doctor', 'Team'] as const
export type TalentCategory = (typeof TALENT_CATEGORIES)[number]
export const WORKSTATION_KINDS = ['Academician', 'Postdoc', 'ZhongyuanScholar', 'SundayAdvisor'] as const
export type WorkstationKind = (typeof WORKSTATION_KINDS)[number]
export const GUARANTEE_CATEGORIES = ['Housing', 'Subsidy', 'LabAccess', 'Funding', 'Service'] as const
export type GuaranteeCategory = (typeof GUARANTEE_CATEGORIES)[number]

export const ENUMS = {
  expertDegree: EXPERT_DEGREES,
  expertAvailability: EXPERT_AVAILABILITIES,
  demandStatus: DEMAND_STATUSES,
  matchStage: MATCH_STAGES,
  techContractType: TECH_CONTRACT_TYPES,
  talentCategory: TALENT_CATEGORIES,
  workstationKind: WORKSTATION_KINDS,
  guaranteeCategory: GUARANTEE_CATEGORIES,
  role: ROLES,
  qualification: QUALIFICATION_TYPES,
  scale: SCALES,
  enterpriseStatus: ENTERPRISE_STATUSES,
  lifecycleKind: LIFECYCLE_KINDS,
  platformKind: PLATFORM_KINDS,
  platformLevel: PLATFORM_LEVELS,
  incubatorKind: INCUBATOR_KINDS,
  incubatorLevel: INCUBATOR_LEVELS,
  tenantStatus: TENANT_STATUSES,
} as const
export type EnumKind = keyof typeof ENUMS
