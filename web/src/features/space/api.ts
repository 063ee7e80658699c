import { http, type Query } from '@/shared/http'
import type { DateOnly, Id, Paged } from '@/shared/types'

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
  version?: number
}

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

export const spaceApi = {
  buildings: (query: Query) => http.get<Paged<BuildingItem>>(`${base}/buildings`, query),
  buildingsExport: `${base}/buildings/export`,
  createBuilding: (input: BuildingInput) => http.post<BuildingItem>(`${base}/buildings`, input),
  updateBuilding: (id: Id, input: BuildingInput) => http.put<BuildingItem>(`${base}/buildings/${id}`, input),
  removeBuilding: (id: Id) => http.delete(`${base}/buildings/${id}`),
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
}
