import { http, type Query } from '@/shared/http'
import type { QualificationType } from '@/shared/enums'
import type { DateOnly, Id, Paged } from '@/shared/types'
import * as C from '@/shared/generated/contracts'

// The values are the server's (generated/contracts.ts).
export const VERDICTS = C.Verdict
export type Verdict = C.Verdict
/** The tag colour of each verdict, wherever one is shown. */
export const VERDICT_TYPES = { Qualifies: 'success', DoesNotQualify: 'danger', MissingData: 'warning' } as const satisfies Record<Verdict, string>
export const BANDS = C.CandidateBand
export type CandidateBand = C.CandidateBand
export const CULTIVATION_STATUSES = C.CultivationStatus
export type CultivationStatus = C.CultivationStatus
export const ACTION_KINDS = C.CultivationActionKind
export type ActionKind = C.CultivationActionKind
export type CriterionStatus = C.CriterionStatus

/** Tiers that have rule sets (创新龙头企业 is held only). */
export const EVALUATED_TIERS: QualificationType[] = ['TechSme', 'HighTech', 'Gazelle', 'InnovativeSme', 'Specialized', 'LittleGiant']

export interface Criterion {
  key: string
  status: CriterionStatus
  /** ratio (fraction), wan (万元), count, years, people, points */
  unit: string
  actual?: number | null
  required?: number | null
  points?: number | null
  pointsMax?: number | null
  maxPoints?: number | null
  gap?: number | null
  gapUnit?: string | null
  /** Set on scored items; conditions have none. */
  group?: string | null
  /** `required` is a maximum (不超过), and `gap` how far `actual` is over it. */
  isLimit?: boolean
}

export interface Evaluation {
  ruleSetId: string
  /** The policy's number as users know it, e.g. 工信部企业〔2026〕2号. */
  shortName?: string | null
  ruleSetYear: number
  inForceFrom: DateOnly
  inForceUntil?: DateOnly | null
  /** Judged by the review (复核) standard of a current holder. */
  review: boolean
  tier: QualificationType
  verdict: Verdict
  band: CandidateBand
  alreadyHeld: boolean
  score?: number | null
  scoreMax?: number | null
  passScore?: number | null
  directPath?: string | null
  distance?: number | null
  criteria: Criterion[]
}

export interface LadderTrack {
  tiers: QualificationType[]
  current?: QualificationType | null
  next?: QualificationType | null
  nextBand?: CandidateBand | null
}

export interface LadderCard {
  enterpriseId: Id
  name: string
  asOf: DateOnly
  lastYear: number
  innovation: LadderTrack
  specialisation: LadderTrack
  evaluations: Evaluation[]
  /** In a year of transition: the verdicts under the other standard of the same year. */
  alsoInForce: Evaluation[]
}

export interface PolicyDocument {
  title: string
  number?: string | null
  url?: string | null
  verified: boolean
}

export interface RuleSet {
  id: string
  tier: QualificationType
  policy: string
  year: number
  shortName?: string | null
  inForceFrom: DateOnly
  inForceUntil?: DateOnly | null
  inForce: boolean
  region?: string | null
  documents: PolicyDocument[]
  verified: boolean
  /** Plain notes per language ('zh-CN', 'en'). */
  userNotes: Record<string, string[]>
}

export interface RuleSetRef {
  id: string
  tier: QualificationType
  shortName?: string | null
  year: number
}

export interface FunnelTier {
  tier: QualificationType
  holds: number
  qualifiesNow: number
  withinReach: number
  far: number
  missingData: number
}

export interface Funnel {
  evaluatedOn?: DateOnly | null
  margin: number
  enterprises: number
  tiers: FunnelTier[]
  ruleSets: RuleSetRef[]
}

export interface Candidate {
  enterpriseId: Id
  name: string
  parkName: string
  tier: QualificationType
  band: CandidateBand
  score?: number | null
  scoreMax?: number | null
  distance?: number | null
  gaps: string[]
  evaluatedOn: DateOnly
  inLibrary: boolean
  ruleSetId: string
  shortName?: string | null
}

export interface BatchProgress {
  processed: number
  total: number
  next?: number | null
  qualifying: number
  asOf: DateOnly
  ruleSets: RuleSetRef[]
}

export interface LibraryItem {
  id: Id
  enterpriseId: Id
  enterpriseName: string
  parkId: Id
  parkName: string
  targetTier: QualificationType
  targetYear: number
  officerId?: Id | null
  officerName?: string | null
  status: CultivationStatus
  addedOn: DateOnly
  lastActionOn?: DateOnly | null
  version: number
  verdict?: Verdict | null
  distance?: number | null
  ruleSetId?: string | null
  shortName?: string | null
}

export interface LibraryAction {
  id: Id
  kind: ActionKind
  occurredOn: DateOnly
  note?: string | null
  certificateNo?: string | null
  recordedBy?: string | null
}

export interface LibraryDetail {
  entry: LibraryItem
  note?: string | null
  actions: LibraryAction[]
  evaluation?: Evaluation | null
}

export interface LibraryInput {
  enterpriseId?: Id
  targetTier?: QualificationType
  targetYear?: number
  officerId?: Id | null
  note?: string | null
  version?: number
}

export interface ActionInput {
  kind?: ActionKind
  occurredOn?: DateOnly
  note?: string | null
  certificateNo?: string | null
  version: number
}

export const BOOLEAN_DECLARATIONS = [
  'ipCoreSupport', 'inHighTechField', 'noMajorIncident', 'notRestrictedIndustry', 'ipSelfDeveloped', 'ledStandard', 'nationalAward',
  'provincialAward', 'provincialRdInstitution', 'hasRdInstitution', 'keyFieldProduct', 'makerChinaTop500', 'makerChinaTop50',
  'marketRanksWell', 'nicheTopThreeInChina', 'ownBrand', 'coreBusinessOnInformationSystem', 'managementCertification', 'keyChainLink',
] as const
export const NUMBER_DECLARATIONS = [
  'ipAdvancementScore', 'ipCoreRoleScore', 'conversions3Years', 'rdManagementScore', 'equityFinancing2Years', 'equityFinancing3Years',
  'nicheYears', 'mainBusinessShare', 'specializedScore', 'nicheMarketShare', 'productFieldLevel', 'digitalLevel', 'qualityItems',
  'localIndicatorScore', 'rdInstitutionLevel', 'developmentScore', 'developmentScorePreviousYear',
] as const
/** Every field nullable: null = nobody has declared it. `mainBusinessShare` is a fraction (0.7 = 70%). */
export type Declarations = Partial<Record<(typeof BOOLEAN_DECLARATIONS)[number], boolean | null>> &
  Partial<Record<(typeof NUMBER_DECLARATIONS)[number], number | null>> & { version?: number }

export interface Officer {
  id: Id
  displayName: string
  parkId?: Id | null
}

export interface TargetRow {
  id?: Id | null
  parkId: Id
  parkName: string
  year: number
  tier: QualificationType
  target: number
  applied: number
  approved: number
  completion?: number | null
  version: number
}

let ruleSets: Promise<RuleSet[]> | undefined

/** Rule sets change with a release, not during a session: fetched once. */
export function cachedRuleSets(): Promise<RuleSet[]> {
  ruleSets ??= cultivationApi.ruleSets().catch((e) => {
    ruleSets = undefined
    throw e
  })
  return ruleSets
}

/** A held title ending soon (or just ended), and what keeping it takes. */
export interface RenewalRow {
  enterpriseId: Id
  enterpriseName: string
  creditCode: string
  parkName: string
  type: QualificationType
  certificateNo: string | null
  issuedOn: DateOnly
  expiresOn: DateOnly
  daysLeft: number
  state: C.RenewalState
  kind: C.RenewalKind
  confirmed: boolean
}

/** The renewal rule of one title, with its source and whether its terms are confirmed from the official text. */
export interface RenewalRule {
  type: QualificationType
  kind: C.RenewalKind
  reminderDays: number[]
  source: string
  confirmed: boolean
}

export interface RenewalCalendar {
  page: Paged<RenewalRow>
  rules: RenewalRule[]
}

export const cultivationApi = {
  renewals: (query: Query) => http.get<RenewalCalendar>('/api/cultivation/renewals', query),
  renewalsExportPath: '/api/cultivation/renewals/export',
  ruleSets: () => http.get<RuleSet[]>('/api/cultivation/rulesets'),
  declarations: (id: Id) => http.get<Declarations>(`/api/cultivation/enterprises/${id}/declarations`),
  saveDeclarations: (id: Id, input: Declarations) => http.put<Declarations>(`/api/cultivation/enterprises/${id}/declarations`, input),
  ladder: (id: Id, margin?: number, asOf?: DateOnly) => http.get<LadderCard>(`/api/cultivation/enterprises/${id}/ladder`, { margin, asOf }),
  funnel: (margin: number) => http.get<Funnel>('/api/cultivation/funnel', { margin }),
  candidates: (query: Query) => http.get<Paged<Candidate>>('/api/cultivation/candidates', query),
  candidatesExportPath: '/api/cultivation/candidates/export',
  evaluateChunk: (offset: number, size = 250) => http.post<BatchProgress>('/api/cultivation/evaluations', { offset, size }),
  library: (query: Query) => http.get<Paged<LibraryItem>>('/api/cultivation/library', query),
  libraryExportPath: '/api/cultivation/library/export',
  entry: (id: Id) => http.get<LibraryDetail>(`/api/cultivation/library/${id}`),
  addEntry: (input: LibraryInput) => http.post<LibraryDetail>('/api/cultivation/library', input),
  updateEntry: (id: Id, input: LibraryInput) => http.put<LibraryDetail>(`/api/cultivation/library/${id}`, input),
  deleteEntry: (id: Id) => http.delete(`/api/cultivation/library/${id}`),
  addAction: (id: Id, input: ActionInput) => http.post<LibraryDetail>(`/api/cultivation/library/${id}/actions`, input),
  officers: () => http.get<Officer[]>('/api/cultivation/officers'),
  targets: (year: number) => http.get<TargetRow[]>('/api/cultivation/targets', { year }),
  saveTarget: (input: { parkId: Id; year: number; tier: QualificationType; target: number; version?: number }) =>
    http.put<TargetRow[]>('/api/cultivation/targets', input),
}
