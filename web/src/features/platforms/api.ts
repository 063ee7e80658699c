import { download, http, upload, type Query } from '@/shared/http'
import type { PlatformKind, PlatformLevel } from '@/shared/enums'
import type { DateOnly, Id, ImportResult, Paged } from '@/shared/types'

export interface PlatformItem {
  id: Id
  name: string
  kind: PlatformKind
  level: PlatformLevel
  parkId: Id
  parkName: string
  enterpriseId?: Id | null
  enterpriseName?: string | null
  field?: string | null
  approvedOn?: DateOnly | null
  version: number | string
}

export interface PlatformInput {
  name: string
  kind: PlatformKind | undefined
  level: PlatformLevel | undefined
  parkId: Id | undefined
  enterpriseId?: Id | null
  field?: string | null
  approvedOn?: DateOnly | null
  version?: number | string
}

const base = '/api/platforms'

export const platformApi = {
  list: (query: Query) => http.get<Paged<PlatformItem>>(base, query),
  exportPath: `${base}/export`,
  create: (input: PlatformInput) => http.post<PlatformItem>(base, input),
  update: (id: Id, input: PlatformInput) => http.put<PlatformItem>(`${base}/${id}`, input),
  remove: (id: Id) => http.delete(`${base}/${id}`),
  downloadTemplate: () => download(`${base}/import/template`, undefined, '创新平台导入模板.xlsx'),
  import: (file: File) => upload<ImportResult>(`${base}/import`, file),
}
