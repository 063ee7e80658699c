import { http, type Query } from '@/shared/http'
import type { Id, Instant, Paged } from '@/shared/types'

/** What the log records today (entity = the changed type's name); others may appear and show as they are. */
export const AUDIT_ENTITIES = [
  'Enterprise', 'AnnualReport', 'QualificationHeld', 'LifecycleEvent', 'InnovationPlatform', 'IncubationCarrier',
  'IncubationTenancy', 'AppUser', 'Session', 'DataSharingConsent', 'DemoZone',
] as const
export const AUDIT_ACTIONS = ['Created', 'Updated', 'Deleted', 'SignedIn', 'SignInFailed', 'SignedOut'] as const

export interface FieldChange {
  before: unknown
  after: unknown
}

/** One changed field as the reader reads it: its name and its values as the pages show them (in the reader's language). */
export interface ReadableChange {
  field: string
  name: string
  before: string | null
  after: string | null
}

export interface AuditEntry {
  id: Id
  at: Instant
  userName: string
  action: string
  entity: string
  entityId: string
  summary: string
  changes: Record<string, FieldChange> | null
  actionName: string
  entityName: string
  fields: ReadableChange[]
  /** The changed record's own name when it is a user, park, zone, enterprise, project or chain (a placeholder where the reader may not see it). */
  recordName: string | null
}

/** The records that have their own change history (变更记录). */
export type HistoryKind = 'enterprise' | 'project' | 'request'


const base = '/api/audit'

export const auditApi = {
  list: (query: Query) => http.get<Paged<AuditEntry>>(base, query),
  exportPath: `${base}/export`,
  history: (kind: HistoryKind, id: Id) => http.get<AuditEntry[]>(`${base}/records/${kind}/${id}`),
}
