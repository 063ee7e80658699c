import { download, http, upload, type Query } from '@/shared/http'
import type { DateOnly, Id, ImportResult, Paged } from '@/shared/types'
import type { DisposalStage, ZombieDecision, ZombieSignal } from '@/shared/generated/contracts'

export const BUILDING_KINDS = ['StandardFactory', 'IncubatorFloor', 'Office', 'Other'] as const
export type BuildingKind = (typeof BUILDING_KINDS)[number]
export const BUILDING_OWNERS = ['ParkCompany', 'Private', 'Other'] as const
export type BuildingOwner = (typeof BUILDING_OWNERS)[number]
export const UNIT_STATUSES = ['Vacant', 'Reserved', 'Leased', 'Idle', 'Disposal'] as const
export type UnitStatus = (typeof UNIT_STATUSES)[number]
export const STATUS_COLOURS = { Vacant: 'success', Reserved: 'warning', Leased: 'primary', Idle: 'info', Disposal: 'danger' } as const

export interface BuildingItem {
  id: Id
  name: string
  parkId: Id
  parkName: string
  kind: BuildingKind
  floors: number
  grossArea: number
  owner: BuildingOwner
  units: number
  vacantUnits: number
  lettableArea: number
  leasedArea: number
  occupancy?: number | null
  /** Lettable area not let this month (m²). */
  vacantArea: number
  version: number
}
export interface BuildingInput {
  name: string
  parkId?: Id
  kind?: BuildingKind
  floors?: number | null
  grossArea?: number | null
  owner?: BuildingOwner
  version?: number
}

export interface SpaceUnitItem {
  id: Id
  name: string
  buildingId: Id
  buildingName: string
  parkId: Id
  parkName: string
  floor?: number | null
  area: number
  floorLoad?: number | null
  powerKva?: number | null
  status: UnitStatus
  tenant?: string | null
  leasedUntil?: DateOnly | null
  reservedForProjectId?: Id | null
  reservedForProject?: string | null
  version: number
}
export interface SpaceUnitInput {
  name: string
  buildingId?: Id
  floor?: number | null
  area?: number | null
  floorLoad?: number | null
  powerKva?: number | null
  status?: UnitStatus
  version?: number
}

export interface LeaseItem {
  id: Id
  unitId: Id
  unitName: string
  buildingId: Id
  buildingName: string
  parkId: Id
  parkName: string
  enterpriseId: Id
  enterpriseName: string
  from: DateOnly
  to: DateOnly
  area: number
  monthlyRent: number
  leaseThenTransfer: boolean
  transferBy?: DateOnly | null
  rentPaidUntil?: DateOnly | null
  version: number
}
export interface LeaseInput {
  unitId?: Id
  enterpriseId?: Id | null
  from?: DateOnly
  to?: DateOnly
  area?: number | null
  monthlyRent?: number | null
  leaseThenTransfer: boolean
  transferBy?: DateOnly | null
  rentPaidUntil?: DateOnly | null
  version?: number
}

// The zombie signals, decisions and disposal steps are the server's (generated/contracts.ts).
export { DisposalStage as DISPOSAL_STAGES, ZombieDecision as ZOMBIE_DECISIONS } from '@/shared/generated/contracts'
export type { DisposalStage, ZombieDecision, ZombieSignal } from '@/shared/generated/contracts'
/** The steps that may follow each step (the server checks the same). */
export const NEXT_STAGES: Record<DisposalStage, DisposalStage[]> = {
  Verification: ['Interview'],
  Interview: ['NegotiatedExit', 'JudicialDisposal'],
  NegotiatedExit: ['JudicialDisposal', 'Revitalized'],
  JudicialDisposal: ['Revitalized'],
  Revitalized: [],
}

export interface ZombieReason { signal: ZombieSignal; periods?: number | null; lastYear?: number | null; days?: number | null; since?: DateOnly | null }
export interface ZombieItem {
  enterpriseId: Id
  enterpriseName: string
  parkId: Id
  parkName: string
  flagged: boolean
  reasons: ZombieReason[]
  leasedArea: number
  decision?: ZombieDecision | null
  note?: string | null
  decidedAt?: string | null
  reviewVersion?: number | null
  openCaseId?: Id | null
}
export interface ZombieRuleVersion {
  from: DateOnly
  until?: DateOnly | null
  source: string
  sourceEn: string
  official: boolean
  note: string
  noteEn: string
  noRevenuePeriods: number
  noTaxesPeriods: number
  noEmployeesPeriods: number
  rentArrearsDays: number
  minimumReasons: number
}
export interface ZombieReviewInput { decision?: ZombieDecision; note: string; version?: number | null }

export interface DisposalItem {
  id: Id
  enterpriseId: Id
  enterpriseName: string
  parkId: Id
  parkName: string
  stage: DisposalStage
  verifiedOn: DateOnly
  interviewedOn?: DateOnly | null
  negotiatedOn?: DateOnly | null
  judicialOn?: DateOnly | null
  revitalizedOn?: DateOnly | null
  nextTenant?: string | null
  recoveredArea: number
  note?: string | null
  version: number
}
export interface DisposalInput { enterpriseId?: Id; verifiedOn?: DateOnly; note?: string | null }
export interface DisposalStepInput { stage?: DisposalStage; on?: DateOnly; nextTenant?: string | null; note?: string | null; version?: number }
export interface DisposalStats { byStage: { stage: DisposalStage; cases: number }[]; open: number; closed: number; recoveredArea: number }

export interface SpaceMatchItem { unit: SpaceUnitItem; fits: boolean; spareArea: number; reasons: string[] }

export interface OccupancyRow { id?: Id | null; name: string; parkId?: Id | null; lettableArea: number; leasedArea: number; rate?: number | null }
export interface OccupancyMonth { year: number; month: number; lettableArea: number; leasedArea: number; rate?: number | null }
export interface OccupancyReport {
  year: number
  month: number
  total: OccupancyRow
  parks: OccupancyRow[]
  buildings: OccupancyRow[]
  months: OccupancyMonth[]
}

const base = '/api/space'

/** The three workbooks a zone's space comes in, imported in this order. */
export type SpaceImportKind = 'buildings' | 'units' | 'leases'
const importPaths: Record<SpaceImportKind, string> = { buildings: 'buildings', units: 'space-units', leases: 'leases' }
const templateNames: Record<SpaceImportKind, string> = {
  buildings: '园区楼宇导入模板.xlsx',
  units: '房源单元导入模板.xlsx',
  leases: '租赁合同导入模板.xlsx',
}

/** A project's space need as kept on the project; the version is the project's. */
export interface ProjectSpaceNeed {
  projectId: Id
  area?: number | null
  floorLoad?: number | null
  powerKva?: number | null
  version: number
}
export interface ProjectSpaceNeedInput {
  area?: number | null
  floorLoad?: number | null
  powerKva?: number | null
  version: number
}

export const spaceApi = {
  buildings: (query: Query) => http.get<Paged<BuildingItem>>(`${base}/buildings`, query),
  buildingsExport: `${base}/buildings/export`,
  createBuilding: (input: BuildingInput) => http.post<BuildingItem>(`${base}/buildings`, input),
  updateBuilding: (id: Id, input: BuildingInput) => http.put<BuildingItem>(`${base}/buildings/${id}`, input),
  removeBuilding: (id: Id) => http.delete(`${base}/buildings/${id}`),
  downloadImportTemplate: (kind: SpaceImportKind) => download(`${base}/${importPaths[kind]}/import/template`, undefined, templateNames[kind]),
  importSheet: (kind: SpaceImportKind, file: File) => upload<ImportResult>(`${base}/${importPaths[kind]}/import`, file),
  projectNeed: (projectId: Id) => http.get<ProjectSpaceNeed>(`${base}/projects/${projectId}/need`),
  saveProjectNeed: (projectId: Id, input: ProjectSpaceNeedInput) => http.put<ProjectSpaceNeed>(`${base}/projects/${projectId}/need`, input),
  units: (query: Query) => http.get<Paged<SpaceUnitItem>>(`${base}/space-units`, query),
  unitsExport: `${base}/space-units/export`,
  createUnit: (input: SpaceUnitInput) => http.post<SpaceUnitItem>(`${base}/space-units`, input),
  updateUnit: (id: Id, input: SpaceUnitInput) => http.put<SpaceUnitItem>(`${base}/space-units/${id}`, input),
  removeUnit: (id: Id) => http.delete(`${base}/space-units/${id}`),
  leases: (query: Query) => http.get<Paged<LeaseItem>>(`${base}/leases`, query),
  leasesExport: `${base}/leases/export`,
  createLease: (input: LeaseInput) => http.post<LeaseItem>(`${base}/leases`, input),
  updateLease: (id: Id, input: LeaseInput) => http.put<LeaseItem>(`${base}/leases/${id}`, input),
  removeLease: (id: Id) => http.delete(`${base}/leases/${id}`),
  occupancy: (query: Query) => http.get<OccupancyReport>(`${base}/occupancy`, query),
  match: (query: Query) => http.get<SpaceMatchItem[]>(`${base}/match`, query),
  reserveUnit: (id: Id, projectId: Id, version: number) => http.post<SpaceUnitItem>(`${base}/space-units/${id}/reserve`, { projectId, version }),
  releaseUnit: (id: Id, version: number) => http.post<SpaceUnitItem>(`${base}/space-units/${id}/release`, { version }),
  zombies: (query: Query) => http.get<Paged<ZombieItem>>(`${base}/zombies`, query),
  zombiesExport: `${base}/zombies/export`,
  zombieRules: () => http.get<ZombieRuleVersion>(`${base}/zombies/rules`),
  reviewZombie: (enterpriseId: Id, input: ZombieReviewInput) => http.post<ZombieItem>(`${base}/zombies/${enterpriseId}/review`, input),
  disposals: (query: Query) => http.get<Paged<DisposalItem>>(`${base}/disposals`, query),
  disposalsExport: `${base}/disposals/export`,
  disposalStats: (query: Query) => http.get<DisposalStats>(`${base}/disposals/stats`, query),
  createDisposal: (input: DisposalInput) => http.post<DisposalItem>(`${base}/disposals`, input),
  stepDisposal: (id: Id, input: DisposalStepInput) => http.post<DisposalItem>(`${base}/disposals/${id}/step`, input),
}
