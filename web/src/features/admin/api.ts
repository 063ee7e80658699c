import { download, http, upload, type Query } from '@/shared/http'
import type { Permission, Role } from '@/shared/enums'
import type { Id, ImportResult, Instant, Paged } from '@/shared/types'

export interface UserItem {
  id: Id
  userName: string
  displayName: string
  roles: Role[]
  zoneId?: Id | null
  zoneName?: string | null
  parkId?: Id | null
  parkName?: string | null
  departmentId?: Id | null
  enterpriseId?: Id | null
  enterpriseName?: string | null
  bankId?: Id | null
  phone?: string | null
  lockedOut: boolean
  lastSignInAt?: Instant | null
  /** Must pick a new password at the next sign-in (imported, or reset by an administrator). */
  mustChangePassword: boolean
}

/** A user the import created, with the one-time password shown this once. */
export interface ImportedUser {
  row: number
  userName: string
  displayName: string
  role: Role
  password: string
}

export interface UserImportResult extends ImportResult {
  users: ImportedUser[]
  /** The same users and passwords as a workbook, downloadable for half an hour by the importer only. */
  resultUrl: string
}

/** The scope fields a user can carry; which ones a role needs is in scope.ts. */
export interface UserScope {
  zoneId?: Id | null
  parkId?: Id | null
  departmentId?: Id | null
  enterpriseId?: Id | null
  bankId?: Id | null
}

export interface UserInput extends UserScope {
  userName: string
  displayName: string
  role: Role | undefined
  phone?: string | null
  /** Only when creating. */
  password?: string
}

const base = '/api/admin/users'

export const userApi = {
  list: (query: Query) => http.get<Paged<UserItem>>(base, query),
  create: (input: UserInput) => http.post<UserItem>(base, input),
  update: (id: Id, input: UserInput) => http.put<UserItem>(`${base}/${id}`, input),
  resetPassword: (id: Id, password: string) => http.post<void>(`${base}/${id}/password`, { password }),
  unlock: (id: Id) => http.post<void>(`${base}/${id}/unlock`),
  downloadTemplate: () => download(`${base}/import/template`, undefined, '用户导入模板.xlsx'),
  import: (zoneId: Id, file: File) => upload<UserImportResult>(`${base}/import?zoneId=${encodeURIComponent(zoneId)}`, file),
  roles: () => http.get<{ role: Role; permissions: Permission[] }[]>('/api/admin/roles'),
}
