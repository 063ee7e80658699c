import { download, http, request, upload, type Query } from '@/shared/http'
import type { DateOnly, Id, ImportResult, Paged } from '@/shared/types'
import * as C from '@/shared/generated/contracts'

// The values are the server's (generated/contracts.ts).
export const PROJECT_STAGES = C.ProjectStage
export type ProjectStage = C.ProjectStage
export const KEY_LEVELS = C.KeyProjectLevel
export type KeyLevel = C.KeyProjectLevel
export const BATCH_KINDS = C.BatchKind
export type BatchKind = C.BatchKind
export const PROJECT_SOURCES = C.ProjectSource
export type ProjectSource = C.ProjectSource
export const PROJECT_CATEGORIES = C.ProjectCategory
export type ProjectCategory = C.ProjectCategory
export const SUPERVISION_KINDS = C.SupervisionKind
export type SupervisionKind = C.SupervisionKind

export interface ProjectItem {
  id: Id
  name: string
  parkId: Id
  parkName: string
  industryChain?: string | null
  industryChainName?: string | null
  investor?: string | null
  builder?: string | null
  origin?: string | null
  outOfProvince: boolean
  stage: ProjectStage
  stageChangedOn: DateOnly
  plannedInvestment: number
  actualFunds: number
  enteredOn: DateOnly
  nextMilestone?: Milestone | null
  leaderName?: string | null
  teamName?: string | null
  targetDate?: DateOnly | null
  keyLevel: KeyLevel
  batch: BatchKind
  batchRound?: number | null
  imageProgress?: string | null
  signedOn?: DateOnly | null
  year: number
  throughMonth: number
  annualTarget?: number | null
  completedThisYear: number
  completionRate?: number | null
  behind: boolean
  openProblem?: string | null
  source?: ProjectSource | null
  broughtBy?: string | null
  broughtByUserId?: Id | null
  category: ProjectCategory
  version: number
  /** 投产达效 for the ledger's year (万元). */
  outputTarget?: number | null
  outputActual?: number | null
  outputVerdict: OutputVerdict
}

export type OutputVerdict = C.OutputVerdict

/** A year's output value of a producing project (万元). */
export interface AnnualOutput {
  year: number
  target?: number | null
  actual?: number | null
  verdict: OutputVerdict
  rate?: number | null
  note?: string | null
  version: number
}

export interface OutputSum {
  projects: number
  target: number
  actual: number
  achieved: number
  missed: number
  rate?: number | null
}

export interface OutputGroup {
  key?: string | null
  name: string
  figures: OutputSum
}

export interface OutputStats {
  year: number
  total: OutputSum
  byPark: OutputGroup[]
  byChain: OutputGroup[]
}

export interface ProjectInput {
  name: string
  parkId: Id | undefined
  industryChain?: string | null
  investor?: string | null
  builder?: string | null
  origin?: string | null
  outOfProvince: boolean
  plannedInvestment: number | undefined
  enteredOn?: DateOnly | null
  leaderName?: string | null
  teamName?: string | null
  targetDate?: DateOnly | null
  keyLevel: KeyLevel
  batch: BatchKind
  batchRound?: number | null
  imageProgress?: string | null
  source?: ProjectSource | null
  broughtBy?: string | null
  category: ProjectCategory
  version?: number
}

export interface StageChange {
  from: ProjectStage
  to: ProjectStage
  on: DateOnly
  note?: string | null
  by?: string | null
}

export interface MonthlyInvestment {
  year: number
  month: number
  amount: number
  note?: string | null
  version: number
}

export interface Supervision {
  id: Id
  kind: SupervisionKind
  on: DateOnly
  progress?: string | null
  problemRaised: boolean
  problem?: string | null
  problemResolvedOn?: DateOnly | null
  serviceRequestId?: Id | null
  /** The service request the problem became, as far as the caller sees it. */
  requestNumber?: string | null
  requestStatus?: C.RequestStatus | null
  by?: string | null
  scores: Record<string, number>
  version: number
}

/** Turning a supervision problem into a service request: the enterprise concerned, the category and urgency. */
export interface SupervisionRequestInput {
  enterpriseId?: Id
  category?: C.RequestCategory
  urgency: C.Urgency
}

export interface Progress {
  target: number
  completed: number
  completionRate?: number | null
  elapsedShare: number
  expectedByNow: number
  behind: boolean
  shortfall: number
}

export interface ProjectDetail {
  project: ProjectItem
  nextStages: ProjectStage[]
  history: StageChange[]
  plans: { year: number; target: number }[]
  investments: MonthlyInvestment[]
  supervisions: Supervision[]
  progress: Progress
  arrivals: FundsArrival[]
  milestones: Milestone[]
  outputs: AnnualOutput[]
}

export type MilestoneKind = 'Start' | 'Topping' | 'Completion' | 'Production' | 'Other'

/** Funds that arrived in a month (万元). */
export interface FundsArrival { id: Id; year: number; month: number; amount: number; note?: string | null; version: number }

/** A milestone with its variance: days ahead of plan (negative: behind), reached, or overdue while still due. */
export interface Milestone {
  id: Id
  kind: MilestoneKind
  name?: string | null
  plannedOn?: DateOnly | null
  actualOn?: DateOnly | null
  note?: string | null
  daysAhead?: number | null
  reached: boolean
  overdue: boolean
  version: number
}

export type ApprovalItemKind = C.ApprovalItemKind
export const APPROVAL_ITEM_KINDS = C.ApprovalItemKind
export type ApprovalStatus = C.ApprovalStatus

/** The fast track's limits ("3 个 1") in working days; verified false: the figures are not confirmed. */
export interface FastTrack { name: string; source: string; verified: boolean; reviewWorkingDays: number; approvalWorkingDays: number }

/** An approval item with its clock: due days, working days taken (so far), late steps, overdue while open. */
export interface Approval {
  id: Id
  kind: ApprovalItemKind
  name?: string | null
  submittedOn?: DateOnly | null
  reviewedOn?: DateOnly | null
  approvedOn?: DateOnly | null
  helper?: string | null
  note?: string | null
  status: ApprovalStatus
  reviewDue?: DateOnly | null
  approvalDue?: DateOnly | null
  reviewWorkingDays?: number | null
  approvalWorkingDays?: number | null
  reviewLate: boolean
  approvalLate: boolean
  overdue: boolean
  onFastTrack: boolean
  version: number
}

export interface ProjectApprovals { rules: FastTrack; items: Approval[] }

/** Items of a set on the clock: how many, approved, approved within the limit (and the share), on the fast track, overdue. */
export interface ApprovalFigures {
  items: number
  approved: number
  approvedInTime: number
  approvedInTimeRate?: number | null
  onFastTrack: number
  overdue: number
}
export interface ApprovalStatistics { rules: FastTrack; total: ApprovalFigures; byKind: { kind: ApprovalItemKind; figures: ApprovalFigures }[] }

export type ApprovalInput = Pick<Approval, 'kind' | 'name' | 'submittedOn' | 'reviewedOn' | 'approvedOn' | 'helper' | 'note'> & { version?: number }

export interface PeriodComparison { current: number; previous: number; growth?: number | null }

export interface PeriodFigures {
  year: number
  fromMonth: number
  toMonth: number
  entries: PeriodComparison
  entriesInvestment: PeriodComparison
  funds: PeriodComparison
  outOfProvinceFunds: PeriodComparison
}

export interface Rate {
  achieved: number
  base: number
  value?: number | null
}

export interface RateSummary {
  signed: number
  signedInvestment: number
  outOfProvinceFunds: number
  negotiating: number
  signedToStarted: Rate
  startedToProduction: Rate
  batchStart: Rate
  batchProduction: Rate
}

export interface KeyCompletion {
  level: KeyLevel
  projects: number
  target: number
  completed: number
  rate?: number | null
  behind: number
}

export interface ProjectSummary {
  year: number
  throughMonth: number
  rates: RateSummary
  keyProjects: KeyCompletion[]
  openProblems: number
}

export interface Board {
  /** Each park with its milestone markers: reached ahead of plan, reached behind it, still due past the planned day. */
  parks: { parkId: Id; parkName: string; count: number; plannedInvestment: number; milestonesAhead: number; milestonesBehind: number
    milestonesOverdue: number }[]
  stages: ProjectStage[]
  cells: { parkId: Id; stage: ProjectStage; count: number; plannedInvestment: number }[]
}

export interface Criterion {
  code: string
  name: string
  weight: number
  maxScore: number
}

export interface CriteriaSet {
  criteria: Criterion[]
  isDefault: boolean
  source: string
  verified: boolean
  note: string
}

export interface CriterionPoints {
  criterion: string
  averageScore?: number | null
  points: number
  weight: number
  samples: number
}

export interface QuarterRating {
  year: number
  quarter: number
  criteria: Criterion[]
  projects: { projectId: Id; projectName: string; parkName: string; total: number; rank: number; criteria: CriterionPoints[]; missing: string[] }[]
  parks: { parkId: Id; parkName: string; projects: number; average: number; rank: number }[]
}

export interface ZoneRow {
  zoneId: Id
  zoneName: string
  rates: RateSummary
  keyTarget: number
  keyCompleted: number
  keyRate?: number | null
  pipeline: number
  problemsResolvedRate?: number | null
  total: number
  rank: number
  criteria: CriterionPoints[]
}

export interface ZoneComparison {
  year: number
  throughMonth: number
  criteria: Criterion[]
  policy: string
  source: string
  note: string
  zones: ZoneRow[]
}

export interface SourceStats {
  sources: { source?: ProjectSource | null; projects: number; plannedInvestment: number; signed: number; signedInvestment: number }[]
  league: { broughtBy: string; userId?: Id | null; projects: number; plannedInvestment: number; signed: number; rank: number }[]
  otherCategories: number
}

const base = '/api/projects'

export const projectApi = {
  list: (query: Query) => http.get<Paged<ProjectItem>>(base, query),
  exportPath: `${base}/ledger/export`,
  downloadTemplate: () => download(`${base}/import/template`, undefined, '项目台账导入模板.xlsx'),
  import: (file: File) => upload<ImportResult>(`${base}/import`, file),
  get: (id: Id) => http.get<ProjectDetail>(`${base}/${id}`),
  create: (input: ProjectInput) => http.post<ProjectDetail>(base, input),
  update: (id: Id, input: ProjectInput) => http.put<ProjectDetail>(`${base}/${id}`, input),
  remove: (id: Id) => http.delete(`${base}/${id}`),
  move: (id: Id, input: { to: ProjectStage | undefined; on?: DateOnly | null; note?: string | null; version: number }) =>
    http.post<ProjectDetail>(`${base}/${id}/stage`, input),
  setPlan: (id: Id, year: number, target: number | undefined) => http.put<ProjectDetail>(`${base}/${id}/plans/${year}`, { target }),
  report: (id: Id, year: number, month: number, input: { amount: number | undefined; note?: string | null; imageProgress?: string | null; version?: number }) =>
    http.put<ProjectDetail>(`${base}/${id}/investments/${year}/${month}`, input),
  supervise: (id: Id, input: { kind: SupervisionKind; on: DateOnly; progress?: string; problemRaised: boolean; problem?: string; scores?: Record<string,
    number> }) =>
    http.post<ProjectDetail>(`${base}/${id}/supervisions`, input),
  resolve: (id: Id, recordId: Id) => http.post<ProjectDetail>(`${base}/${id}/supervisions/${recordId}/resolve`, {}),
  toRequest: (id: Id, recordId: Id, input: SupervisionRequestInput) =>
    http.post<ProjectDetail>(`${base}/${id}/supervisions/${recordId}/request`, input),
  setOutput: (id: Id, year: number, input: { target?: number | null; actual?: number | null; note?: string | null; version?: number }) =>
    http.put<ProjectDetail>(`${base}/${id}/outputs/${year}`, input),
  outputStats: (query: Query) => http.get<OutputStats>(`${base}/outputs/statistics`, query),
  addArrival: (id: Id, input: { year: number; month: number; amount: number | undefined; note?: string | null }) =>
    http.post<ProjectDetail>(`${base}/${id}/arrivals`, input),
  updateArrival: (id: Id, arrivalId: Id, input: { amount: number | undefined; note?: string | null; version: number }) =>
    http.put<ProjectDetail>(`${base}/${id}/arrivals/${arrivalId}`, input),
  removeArrival: (id: Id, arrivalId: Id, version: number) =>
    request<ProjectDetail>(`${base}/${id}/arrivals/${arrivalId}`, { method: 'DELETE', query: { version } }),
  addMilestone: (id: Id, input: Omit<Milestone, 'id' | 'daysAhead' | 'reached' | 'overdue' | 'version'>) =>
    http.post<ProjectDetail>(`${base}/${id}/milestones`, input),
  updateMilestone: (id: Id, milestoneId: Id, input: Omit<Milestone, 'id' | 'daysAhead' | 'reached' | 'overdue'>) =>
    http.put<ProjectDetail>(`${base}/${id}/milestones/${milestoneId}`, input),
  removeMilestone: (id: Id, milestoneId: Id, version: number) =>
    request<ProjectDetail>(`${base}/${id}/milestones/${milestoneId}`, { method: 'DELETE', query: { version } }),
  approvals: (id: Id) => http.get<ProjectApprovals>(`${base}/${id}/approvals`),
  approvalStats: (query: Query) => http.get<ApprovalStatistics>(`${base}/approvals/statistics`, query),
  addApproval: (id: Id, input: ApprovalInput) => http.post<ProjectApprovals>(`${base}/${id}/approvals`, input),
  updateApproval: (id: Id, approvalId: Id, input: ApprovalInput) => http.put<ProjectApprovals>(`${base}/${id}/approvals/${approvalId}`, input),
  removeApproval: (id: Id, approvalId: Id, version: number) =>
    request<ProjectApprovals>(`${base}/${id}/approvals/${approvalId}`, { method: 'DELETE', query: { version } }),
  periods: (query: Query) => http.get<PeriodFigures>(`${base}/periods`, query),
  summary: (query: Query) => http.get<ProjectSummary>(`${base}/summary`, query),
  board: () => http.get<Board>(`${base}/board`),
  sources: (query: Query) => http.get<SourceStats>(`${base}/sources`, query),
  criteria: () => http.get<CriteriaSet>(`${base}/rating-criteria`),
  saveCriteria: (criteria: Criterion[]) => http.put<CriteriaSet>(`${base}/rating-criteria`, { criteria }),
  rating: (query: Query) => http.get<QuarterRating>(`${base}/rating`, query),
  comparison: (query: Query) => http.get<ZoneComparison>(`${base}/comparison`, query),
}
