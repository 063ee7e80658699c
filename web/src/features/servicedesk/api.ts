import { http, upload, type Query } from '@/shared/http'
import type { DateOnly, Id, Instant, Paged } from '@/shared/types'
import * as C from '@/shared/generated/contracts'

// The values are the server's (generated/contracts.ts).
export const REQUEST_STATUSES = C.RequestStatus
export const HANDLING_LEVELS = C.HandlingLevel
export const REQUEST_ACTIONS = C.RequestAction
export const REQUEST_SOURCES = C.RequestSource
export const REQUEST_CATEGORIES = C.RequestCategory
export const URGENCIES = C.Urgency
export const DEADLINE_STATES = C.DeadlineState
export const LIFECYCLE_STAGES = C.LifecycleStage
export const AGENCY_STATUSES = C.AgencyCaseStatus

export type RequestStatus = C.RequestStatus
export type HandlingLevel = C.HandlingLevel
export type RequestAction = C.RequestAction
export type RequestSource = C.RequestSource
export type RequestCategory = C.RequestCategory
export type Urgency = C.Urgency
export type DeadlineState = C.DeadlineState
export type LifecycleStage = C.LifecycleStage

/** The service desk's enums, by the key of their labels under `enums.` in i18n.ts. */
export const SERVICE_ENUMS = {
  requestStatus: REQUEST_STATUSES,
  handlingLevel: HANDLING_LEVELS,
  requestAction: REQUEST_ACTIONS,
  requestSource: REQUEST_SOURCES,
  requestCategory: REQUEST_CATEGORIES,
  urgency: URGENCIES,
  deadlineState: DEADLINE_STATES,
  lifecycleStage: LIFECYCLE_STAGES,
  agencyStatus: AGENCY_STATUSES,
} as const
export type ServiceEnum = keyof typeof SERVICE_ENUMS

export interface RequestItem {
  id: Id
  number: string
  title: string
  category: RequestCategory
  urgency: Urgency
  source: RequestSource
  status: RequestStatus
  level: HandlingLevel
  enterpriseId: Id
  enterpriseName: string
  parkId: Id
  parkName: string
  officerName?: string | null
  submittedOn: DateOnly
  dueOn?: DateOnly | null
  deadline: DeadlineState
  wasOverdue: boolean
  rating?: number | null
  version: number
}

export interface TransitionItem {
  id: Id
  action: RequestAction
  fromStatus: RequestStatus
  toStatus: RequestStatus
  fromLevel: HandlingLevel
  toLevel: HandlingLevel
  at: Instant
  userName: string
  reason?: string | null
}

export interface TaskItem {
  id: Id
  departmentId: Id
  departmentName: string
  assignedOn: DateOnly
  dueOn: DateOnly
  deadline: DeadlineState
  reply?: string | null
  repliedOn?: DateOnly | null
  repliedBy?: string | null
  version: number
}

export interface AttachmentItem {
  id: Id
  fileName: string
  contentType: string
  size: number
  uploadedAt: Instant
  uploadedBy: string
}

export interface RequestDetail {
  summary: RequestItem
  description: string
  visitId?: Id | null
  meetingRecord?: string | null
  meetingOn?: DateOnly | null
  resolution?: string | null
  resolvedOn?: DateOnly | null
  closedOn?: DateOnly | null
  ratingComment?: string | null
  transitions: TransitionItem[]
  tasks: TaskItem[]
  attachments: AttachmentItem[]
  actions: RequestAction[]
  myTaskId?: Id | null
  /** The project and supervision the request came from (a problem raised in 周督导), when the caller may see projects. */
  project?: RequestProjectLink | null
}

export interface RequestProjectLink {
  projectId: Id
  projectName: string
  supervisionId: Id
  supervisionOn: DateOnly
  problem?: string | null
  problemResolvedOn?: DateOnly | null
}

export interface RequestInput {
  title: string
  description: string
  category?: RequestCategory
  urgency?: Urgency
  enterpriseId?: Id | null
  version?: number
}

export interface TransitionInput {
  action: RequestAction
  version: number
  reason?: string
  departmentIds?: Id[]
  meetingRecord?: string
  resolution?: string
  rating?: number
  comment?: string
}

export interface RateGroup {
  key: string
  received: number
  handled: number
  resolved: number
  resolutionRate: number
  onTimeRate: number
  averageRating?: number | null
}

export interface DepartmentScore {
  department: string
  tasks: number
  replied: number
  repliedOnTime: number
  onTimeRate: number
  averageReplyDays?: number | null
  rank: number
}

export interface ServiceStatistics {
  year: number
  visits: number
  agencyCases: number
  agencyCompleted: number
  agencyCompletionRate: number
  summary: {
    received: number
    handled: number
    resolved: number
    closed: number
    handledRate: number
    resolutionRate: number
    onTimeRate: number
    averageRating?: number | null
    rated: number
    levels: { level: HandlingLevel; requests: number; averageWorkingDays: number }[]
    byPark: RateGroup[]
    byCategory: RateGroup[]
    byMonth: RateGroup[]
    departments: DepartmentScore[]
  }
}

export interface VisitItem {
  id: Id
  visitedOn: DateOnly
  enterpriseId: Id
  enterpriseName: string
  parkName: string
  visitorName: string
  purpose: string
  findings?: string | null
  requests: number
}

export interface VisitRecord {
  visit: VisitItem
  requests: { id: Id; number: string; title: string; status: RequestStatus }[]
}

export interface VisitInput {
  enterpriseId?: Id | null
  visitedOn?: DateOnly
  purpose: string
  findings?: string
  requests: RequestInput[]
}

export interface OfficerItem {
  id: Id
  userName: string
  displayName: string
  parkId?: Id | null
  parkName?: string | null
  enterprises: number
  openRequests: number
  overdueRequests: number
  visitsThisYear: number
}

/** What a batch action did: rows changed, already so, or left as they were (closed), and each row's outcome. */
export interface BatchResult {
  changed: number
  unchanged: number
  skipped: number
  rows: { id: Id; number: string; outcome: 'Changed' | 'Unchanged' | 'Closed' }[]
}

export interface AssignedEnterprise {
  enterpriseId: Id
  name: string
  parkName: string
  assignedOn: DateOnly
  openRequests: number
}

export interface AgencyItem {
  id: Id
  stage: LifecycleStage
  name: string
  authority: string
  promisedDays: number
}

export interface AgencyCaseItem {
  id: Id
  enterpriseId: Id
  enterpriseName: string
  parkName: string
  itemId: Id
  itemName: string
  stage: LifecycleStage
  promisedDays: number
  agentName: string
  openedOn: DateOnly
  completedOn?: DateOnly | null
  status: C.AgencyCaseStatus
  elapsedDays: number
  late: boolean
  version: number
}

export interface AgencyCaseDetail {
  summary: AgencyCaseItem
  steps: { id: Id; order: number; name: string; doneOn: DateOnly; note?: string | null }[]
}

const base = '/api/service'

export const serviceApi = {
  requests: (query: Query) => http.get<Paged<RequestItem>>(`${base}/requests`, query),
  requestsExport: `${base}/requests/export`,
  request: (id: Id) => http.get<RequestDetail>(`${base}/requests/${id}`),
  submit: (input: RequestInput) => http.post<RequestDetail>(`${base}/requests`, input),
  update: (id: Id, input: RequestInput) => http.put<RequestDetail>(`${base}/requests/${id}`, input),
  move: (id: Id, input: TransitionInput) => http.post<RequestDetail>(`${base}/requests/${id}/transitions`, input),
  reply: (id: Id, taskId: Id, reply: string, version: number) =>
    http.post<RequestDetail>(`${base}/requests/${id}/tasks/${taskId}/reply`, { reply, version }),
  attach: (id: Id, file: File) => upload<AttachmentItem>(`${base}/requests/${id}/attachments`, file),
  attachmentUrl: (id: Id, attachmentId: Id) => `${base}/requests/${id}/attachments/${attachmentId}`,
  statistics: (year?: number) => http.get<ServiceStatistics>(`${base}/statistics`, { year }),
  visits: (query: Query) => http.get<Paged<VisitItem>>(`${base}/visits`, query),
  visitsExport: `${base}/visits/export`,
  visit: (id: Id) => http.get<VisitRecord>(`${base}/visits/${id}`),
  addVisit: (input: VisitInput) => http.post<VisitItem>(`${base}/visits`, input),
  officers: () => http.get<OfficerItem[]>(`${base}/officers`),
  reassign: (ids: Id[], officerId: Id) => http.post<BatchResult>(`${base}/requests/batch/officer`, { ids, officerId }),
  officerEnterprises: (id: Id, query: Query) => http.get<Paged<AssignedEnterprise>>(`${base}/officers/${id}/enterprises`, query),
  agencyItems: () => http.get<AgencyItem[]>(`${base}/agency/items`),
  agencyCases: (query: Query) => http.get<Paged<AgencyCaseItem>>(`${base}/agency/cases`, query),
  agencyCasesExport: `${base}/agency/cases/export`,
  agencyCase: (id: Id) => http.get<AgencyCaseDetail>(`${base}/agency/cases/${id}`),
  openAgencyCase: (input: { enterpriseId?: Id | null; itemId?: Id | null; agentName: string; openedOn?: DateOnly }) =>
    http.post<AgencyCaseDetail>(`${base}/agency/cases`, input),
  addAgencyStep: (id: Id, input: { name: string; doneOn?: DateOnly; note?: string; complete?: boolean; version: number }) =>
    http.post<AgencyCaseDetail>(`${base}/agency/cases/${id}/steps`, input),
}
