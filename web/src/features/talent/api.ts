import { download, http, upload, type Query } from '@/shared/http'
import type {
  DemandStatus, ExpertAvailability, ExpertDegree, GuaranteeCategory, MatchStage, TalentCategory, TechContractType, WorkstationKind,
} from '@/shared/enums'
import type { DateOnly, Id, ImportResult, Paged } from '@/shared/types'

export interface ExpertItem {
  id: Id
  name: string
  institution: string
  title?: string | null
  degree: ExpertDegree
  fields: string[]
  keywords: string[]
  researchSummary?: string | null
  achievements?: string | null
  availability: ExpertAvailability
  consentToContact: boolean
  phone?: string | null
  email?: string | null
  /** False when the expert has not agreed to share them and the caller is neither the expert nor the system administrator. */
  contactShown: boolean
  isMine: boolean
  matchCount: number
  signedCount: number
  version: number
}

export interface ExpertInput {
  name: string
  institution: string
  title?: string | null
  degree: ExpertDegree | undefined
  fields: string[]
  keywords: string[]
  researchSummary?: string | null
  achievements?: string | null
  availability: ExpertAvailability | undefined
  consentToContact: boolean
  phone?: string | null
  email?: string | null
  version?: number
}

export interface DemandItem {
  id: Id
  title: string
  problem: string
  field: string
  keywords: string[]
  budgetWan?: number | null
  deadline?: DateOnly | null
  postedOn: DateOnly
  postedBy?: string | null
  enterpriseId?: Id | null
  enterpriseName?: string | null
  status: DemandStatus
  matchCount: number
  signedCount: number
  version: number
}

export interface DemandInput {
  title: string
  problem: string
  field: string | undefined
  keywords: string[]
  budgetWan?: number | null
  deadline?: DateOnly | null
  enterpriseId?: Id | null
  version?: number
}

/** Why an expert ranks where it does for a demand. */
/** How many candidates a ranked list asks for; a shorter answer means the rest fell below the relevance floor. */
export const RANKED = 10

export interface Reasons {
  score: number
  textSimilarity: number
  keywordOverlap: number
  sharedKeywords: string[]
  sharedFields: string[]
  /** Terms found through the glossary: "SF6 = 六氟化硫" (synonym), "尼龙 ⊃ PA66" (narrower), "a ~ b (wider)" (related). */
  expansions: string[]
  matchId?: Id | null
  stage?: MatchStage | null
}

/** How officers judged a recommendation: the counts, and the caller's own mark (true 合适, false 不合适, null none) and note. */
export interface RecommendationJudgements {
  fits: number
  doesNotFit: number
  mine?: boolean | null
  myNote?: string | null
}

export interface RecommendedExpert extends Reasons {
  expertId: Id
  name: string
  institution: string
  title?: string | null
  fields: string[]
  availability: ExpertAvailability
  feedback: RecommendationJudgements
}

export interface FeedbackItem {
  id: Id
  demandId: Id
  expertId: Id
  fits: boolean
  note?: string | null
  userName: string
  markedAt: string
}

/** One concept of the zone's matching glossary (匹配术语表). */
export interface GlossaryEntryItem {
  id: Id
  chain: string
  term: string
  synonyms: string[]
  broader: string[]
  narrower: string[]
  version: number
}

export interface GlossaryEntryInput {
  chain: string | undefined
  term: string
  synonyms: string[]
  broader: string[]
  narrower: string[]
  version?: number
}

export interface RecommendedDemand extends Reasons {
  demandId: Id
  title: string
  field: string
  enterpriseName?: string | null
  status: DemandStatus
  deadline?: DateOnly | null
}

export interface MatchItem {
  id: Id
  demandId: Id
  demandTitle: string
  field: string
  enterpriseName?: string | null
  expertId: Id
  expertName: string
  institution: string
  stage: MatchStage
  score: number
  recommendedOn: DateOnly
  contactedOn?: DateOnly | null
  meetingOn?: DateOnly | null
  closedOn?: DateOnly | null
  agreementAmountWan?: number | null
  note?: string | null
  version: number
}

export interface MatchStats {
  funnel: { recommended: number; contacted: number; meeting: number; signed: number; declined: number; signedEnterprises: number; agreementAmountWan: number }
  signRate: number
  byField: { field: string; recommended: number; signed: number }[]
}

export interface ContractItem {
  id: Id
  registrationNo: string
  registeredOn: DateOnly
  signedOn: DateOnly
  type: TechContractType
  subject: string
  seller: string
  buyer: string
  field?: string | null
  amountWan: number
  techTransactionWan: number
  version: number
}

export interface ContractInput {
  registrationNo?: string | null
  registeredOn: DateOnly | undefined
  signedOn: DateOnly | undefined
  type: TechContractType | undefined
  subject: string
  seller: string
  buyer: string
  field?: string | null
  amountWan: number | null
  techTransactionWan: number | null
  version?: number
}

export interface YearTotal {
  year: number
  count: number
  amountWan: number
  techTransactionWan: number
  byType: { type: TechContractType; count: number; amountWan: number; techTransactionWan: number }[]
}

export interface ZoneRank {
  rank: number
  zoneId: Id
  zoneName: string
  count: number
  amountWan: number
  techTransactionWan: number
  isMine: boolean
}

export interface AchievementItem {
  id: Id
  title: string
  owner: string
  field: string
  eventName?: string | null
  releasedOn: DateOnly
  interestedEnterprises: number
  cooperationIntent: boolean
}

export interface AchievementStats {
  released: number
  withInterest: number
  negotiations: number
  intents: number
  events: string[]
}

export interface TalentItem {
  id: Id
  name: string
  category: TalentCategory
  enterpriseName?: string | null
  field?: string | null
  programme?: string | null
  fundingWan: number
  recognisedOn?: DateOnly | null
}

export interface WorkstationItem {
  id: Id
  name: string
  kind: WorkstationKind
  enterpriseName?: string | null
  expertName?: string | null
  institution?: string | null
  establishedOn?: DateOnly | null
}

export interface GuaranteeItem {
  id: Id
  name: string
  category: GuaranteeCategory
  description: string
  provider?: string | null
  contact?: string | null
}

const base = '/api/talent'

export const talentApi = {
  experts: (query: Query) => http.get<Paged<ExpertItem>>(`${base}/experts`, query),
  expertsExportPath: `${base}/experts/export`,
  downloadExpertTemplate: () => download(`${base}/experts/import/template`, undefined, '博士人才库导入模板.xlsx'),
  importExperts: (file: File) => upload<ImportResult>(`${base}/experts/import`, file),
  myProfile: () => http.get<ExpertItem>(`${base}/experts/me`),
  updateExpert: (id: Id, input: ExpertInput) => http.put<ExpertItem>(`${base}/experts/${id}`, input),
  createExpert: (input: ExpertInput) => http.post<ExpertItem>(`${base}/experts`, input),
  demandsForExpert: (id: Id) => http.get<RecommendedDemand[]>(`${base}/experts/${id}/demands`, { top: RANKED }),

  demands: (query: Query) => http.get<Paged<DemandItem>>(`${base}/demands`, query),
  demandsExportPath: `${base}/demands/export`,
  downloadDemandTemplate: () => download(`${base}/demands/import/template`, undefined, '合作需求库导入模板.xlsx'),
  importDemands: (file: File) => upload<ImportResult>(`${base}/demands/import`, file),
  createDemand: (input: DemandInput) => http.post<DemandItem>(`${base}/demands`, input),
  updateDemand: (id: Id, input: DemandInput) => http.put<DemandItem>(`${base}/demands/${id}`, input),
  expertsForDemand: (id: Id) => http.get<RecommendedExpert[]>(`${base}/demands/${id}/experts`, { top: RANKED }),

  matches: (query: Query) => http.get<Paged<MatchItem>>(`${base}/matches`, query),
  matchesExportPath: `${base}/matches/export`,
  matchStats: () => http.get<MatchStats>(`${base}/matches/stats`),
  recommend: (demandId: Id, expertId: Id) => http.post<MatchItem>(`${base}/matches`, { demandId, expertId }),
  advance: (id: Id, input: { stage: MatchStage; agreementAmountWan?: number | null; note?: string | null; version: number }) =>
    http.put<MatchItem>(`${base}/matches/${id}/stage`, input),

  markRecommendation: (input: { demandId: Id; expertId: Id; fits: boolean; note?: string | null }) =>
    http.put<FeedbackItem>(`${base}/feedback`, input),
  exportFeedback: (demandId?: Id) => download(`${base}/feedback/export`, demandId ? { demandId: String(demandId) } : undefined, '推荐评价.xlsx'),

  glossary: (query: Query) => http.get<Paged<GlossaryEntryItem>>(`${base}/glossary`, query),
  glossaryExportPath: `${base}/glossary/export`,
  glossaryChains: () => http.get<string[]>(`${base}/glossary/chains`),
  createGlossaryEntry: (input: GlossaryEntryInput) => http.post<GlossaryEntryItem>(`${base}/glossary`, input),
  updateGlossaryEntry: (id: Id, input: GlossaryEntryInput) => http.put<GlossaryEntryItem>(`${base}/glossary/${id}`, input),
  deleteGlossaryEntry: (id: Id) => http.delete(`${base}/glossary/${id}`),

  contracts: (query: Query) => http.get<Paged<ContractItem>>(`${base}/contracts`, query),
  contractsExportPath: `${base}/contracts/export`,
  downloadContractTemplate: () => download(`${base}/contracts/import/template`, undefined, '技术合同登记导入模板.xlsx'),
  importContracts: (file: File) => upload<ImportResult>(`${base}/contracts/import`, file),
  createContract: (input: ContractInput) => http.post<ContractItem>(`${base}/contracts`, input),
  updateContract: (id: Id, input: ContractInput) => http.put<ContractItem>(`${base}/contracts/${id}`, input),
  contractTotals: () => http.get<YearTotal[]>(`${base}/contracts/totals`),
  zoneRanking: (year: number) => http.get<ZoneRank[]>(`${base}/contracts/ranking`, { year }),

  achievements: (query: Query) => http.get<Paged<AchievementItem>>(`${base}/achievements`, query),
  achievementsExportPath: `${base}/achievements/export`,
  achievementStats: (eventName?: string) => http.get<AchievementStats>(`${base}/achievements/stats`, { eventName }),
  talents: (query: Query) => http.get<Paged<TalentItem>>(`${base}/talents`, query),
  workstations: (query: Query) => http.get<Paged<WorkstationItem>>(`${base}/workstations`, query),
  guarantees: (query: Query) => http.get<Paged<GuaranteeItem>>(`${base}/guarantees`, query),
}

/** The industry fields the libraries use (the zone's chains as the PhD library names them). */
export const TALENT_FIELDS = ['尼龙新材料', '电气装备', '新能源', '装备制造', '生物医药', '检验检测与信息化'] as const
