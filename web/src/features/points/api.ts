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
}

export interface RunResult {
  year: number
  setNumber: number
  enterprises: number
  unchanged: boolean
  computedAt: Instant
}

const base = '/api/points'

export const pointsApi = {
  scores: (query: Query) => http.get<Paged<ScoreItem>>(`${base}/scores`, query),
  exportPath: `${base}/scores/export`,
  summary: (year?: number) => http.get<PointsSummary>(`${base}/summary`, year ? { year } : {}),
  explain: (id: Id, year?: number) => http.get<ScoreExplanation>(`${base}/enterprises/${id}`, year ? { year } : {}),
  run: (year: number) => http.post<RunResult>(`${base}/runs`, { year }),
}
