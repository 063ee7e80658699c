import { download, http, upload, type Query } from '@/shared/http'
import type { IncubatorKind, IncubatorLevel, TenantStatus } from '@/shared/enums'
import type { DateOnly, Id, ImportResult, Paged } from '@/shared/types'

export interface IncubatorItem {
  id: Id
  name: string
  kind: IncubatorKind
  level: IncubatorLevel
  parkId: Id
  parkName: string
  operatorName?: string | null
  areaSqm?: number | null
  approvedOn?: DateOnly | null
  tenantCount: number
  graduatedCount: number
  version: number | string
}

export interface IncubatorInput {
  name: string
  kind: IncubatorKind | undefined
  level: IncubatorLevel | undefined
  parkId: Id | undefined
  operatorName?: string | null
  areaSqm?: number | null
  approvedOn?: DateOnly | null
  version?: number | string
}

export interface Tenant {
  id: Id
  enterpriseId: Id
  enterpriseName: string
  enteredOn: DateOnly
  leftOn?: DateOnly | null
  status: TenantStatus
}

export interface TenantInput {
  enterpriseId: Id | undefined
  enteredOn: DateOnly | undefined
}

export interface TenantUpdate {
  status: TenantStatus
  leftOn?: DateOnly | null
}

const base = '/api/incubators'

export const incubatorApi = {
  list: (query: Query) => http.get<Paged<IncubatorItem>>(base, query),
  exportPath: `${base}/export`,
  create: (input: IncubatorInput) => http.post<IncubatorItem>(base, input),
  update: (id: Id, input: IncubatorInput) => http.put<IncubatorItem>(`${base}/${id}`, input),
  remove: (id: Id) => http.delete(`${base}/${id}`),
  tenants: (id: Id) => http.get<Tenant[]>(`${base}/${id}/tenants`),
  addTenant: (id: Id, input: TenantInput) => http.post<Tenant>(`${base}/${id}/tenants`, input),
  updateTenant: (id: Id, tenantId: Id, input: TenantUpdate) => http.put<Tenant>(`${base}/${id}/tenants/${tenantId}`, input),
  downloadTemplate: () => download(`${base}/import/template`, undefined, '孵化载体导入模板.xlsx'),
  import: (file: File) => upload<ImportResult>(`${base}/import`, file),
  downloadTenantTemplate: () => download(`${base}/tenants/import/template`, undefined, '在孵企业导入模板.xlsx'),
  importTenants: (file: File) => upload<ImportResult>(`${base}/tenants/import`, file),
  exportTenants: (query: Query) => download(`${base}/tenants/export`, query, '在孵企业.xlsx'),
}
