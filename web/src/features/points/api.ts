import { http, type Query } from '@/shared/http'
import type { Id, Instant, Paged } from '@/shared/types'

// The values are the server's (generated/contracts.ts).
export type { IndicatorGroup } from '@/shared/generated/contracts'
import type { IndicatorGroup } from '@/shared/generated/contracts'

export interface ScoreItem {
  enterpriseId: Id
  enterpriseName: string
  parkName: string
  year: number
  setNumber: number
  total: number
  maxTotal: number
  rank: number
  peers: number
  percentile: number
  grade: string
  notReported: number
  zoneId: Id
  zoneName: string
}

export interface IndicatorScore {
  code: string
  name: string
  group: IndicatorGroup
  maxPoints: number
  value?: number | null
  reported: boolean
  points: number
  topShare?: number | null
  peers: number
  /** Reporting peers with the same value, itself included (1 = no tie). */
  tied?: number
}

export interface ScoreYear {
  year: number
  setNumber: number
  total: number
  rank: number
  peers: number
  percentile: number
  grade: string
}

export interface ScoreExplanation {
  enterpriseId: Id
  enterpriseName: string
  year: number
  setNumber: number
  setName: string
  total: number
  maxTotal: number
  rank: number
  peers: number
  percentile: number
  grade: string
  lines: IndicatorScore[]
  history: ScoreYear[]
}

export interface PointsSummary {
  year?: number | null
  setNumber?: number | null
  enterprises: number
  average: number
  grades: { grade: string; count: number }[]
  years: number[]
  /** How many zones' boards the counts are over. */
  zones: number
}

export interface RunResult {
  year: number
  setNumber: number
  enterprises: number
  unchanged: boolean
  computedAt: Instant
}

export type EnterpriseStage = 'Startup' | 'Growth' | 'Mature'
export const STAGES: EnterpriseStage[] = ['Startup', 'Growth', 'Mature']
export const GROUPS: IndicatorGroup[] = ['TechnologyInnovation', 'GrowthOperation', 'Auxiliary', 'Input', 'Output', 'Development', 'Influence', 'Local']
export const NORMALISATIONS = ['Percentile', 'MinMax', 'CappedZScore'] as const
export const DIRECTIONS = ['HigherIsBetter', 'LowerIsBetter'] as const

export interface IndicatorDefinition {
  code: string
  name: string
  group: IndicatorGroup
  weight: number
  formula: string
  direction?: (typeof DIRECTIONS)[number]
  normalisation?: (typeof NORMALISATIONS)[number]
  unit?: string | null
  zCap?: number
  verified?: boolean
  stageWeights?: Partial<Record<EnterpriseStage, number>> | null
  bonus?: boolean
}

export interface StageRule {
  startupMaxYears: number
  growthMaxYears: number
  source?: string | null
  verified?: boolean
}

/** An indicator set as the server stores it (one version). */
export interface IndicatorSet {
  name: string
  policy: string
  policyYear: number
  source: string
  sourceUrl?: string | null
  note?: string | null
  indicators: IndicatorDefinition[]
  grades: { grade: string; minTotal: number }[]
  baseTotal?: number | null
  bonusCap?: number | null
  stages?: StageRule | null
  inForceFrom?: string | null
}

export interface IndicatorSetSummary {
  id: Id
  number: number
  name: string
  createdAt: Instant
  createdBy?: string | null
  indicators: number
  maxTotal: number
}

export interface IndicatorSetDetail {
  id: Id
  number: number
  createdAt: Instant
  createdBy?: string | null
  set: IndicatorSet
}

export interface OfficialIndicatorSet {
  code: string
  maxTotal: number
  set: IndicatorSet
}

export interface PointsPreview {
  year: number
  currentSetNumber: number
  currentSetName: string
  enterprises: number
  gradeChanged: number
  gained: number
  lost: number
  averageBefore: number
  averageAfter: number
  grades: { grade: string; before: number; after: number }[]
}

const base = '/api/points'

export const pointsApi = {
  scores: (query: Query) => http.get<Paged<ScoreItem>>(`${base}/scores`, query),
  exportPath: `${base}/scores/export`,
  summary: (year?: number, zoneId?: Id) => http.get<PointsSummary>(`${base}/summary`, { year, zoneId }),
  explain: (id: Id, year?: number) => http.get<ScoreExplanation>(`${base}/enterprises/${id}`, year ? { year } : {}),
  run: (year: number, zoneId?: Id) => http.post<RunResult>(`${base}/runs`, { year, zoneId }),
  sets: () => http.get<IndicatorSetSummary[]>(`${base}/sets`),
  set: (id: Id) => http.get<IndicatorSetDetail>(`${base}/sets/${id}`),
  templates: () => http.get<OfficialIndicatorSet[]>(`${base}/templates`),
  preview: (set: IndicatorSet, year: number) => http.post<PointsPreview>(`${base}/sets/preview`, { set, year }),
  save: (set: IndicatorSet) => http.post<IndicatorSetDetail>(`${base}/sets`, set),
}
