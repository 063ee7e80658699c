import { http, request, type Query } from '@/shared/http'
import type { DateOnly, Id, Paged } from '@/shared/types'
import type { ContestStatus, ScoringMethod, SheetState, ResultFlag, ExclusionReason } from '@/shared/generated/contracts'

// The values are the server's (generated/contracts.ts).
export type { ContestStatus, ScoringMethod, SheetState, ResultFlag, ExclusionReason } from '@/shared/generated/contracts'

export interface ContestItem {
  id: Id
  year: number
  name: string
  status: ContestStatus
  heldOn?: DateOnly | null
  categoryCount: number
  unitCount: number
  judgeCount: number
  isDemo: boolean
}

export interface Aspect { code: string; name: string; maxScore: number; weight: number }
export interface Prize { name: string; count: number; amountWan: number }
export interface Judge { userId: Id; displayName: string }
export interface Draw { categoryId: Id; seed: string; algorithm: string; input: Id[]; result: Id[]; drawnAt: string; drawnBy: string }
export interface Unit { id: Id; categoryId: Id; name: string; headUserId?: Id | null; headName?: string | null; drawPosition?: number | null }
export interface Category { id: Id; name: string; sortOrder: number; prizes: Prize[]; units: Unit[] }

export interface ContestDetail {
  id: Id
  year: number
  name: string
  status: ContestStatus
  heldOn?: DateOnly | null
  method: ScoringMethod
  trimEach: number
  tieBreakers: string
  aspects: Aspect[]
  judges: Judge[]
  categories: Category[]
  draws: Draw[]
  isDemo: boolean
  version: number
}

export interface ContestSettings {
  name: string
  year: number
  heldOn?: DateOnly | null
  method: ScoringMethod
  trimEach: number
  tieBreakers: string
  aspects: Aspect[]
  version: number
}

export interface Candidate { id: Id; userName: string; displayName: string; isJudgeRole: boolean }
export interface DrawVerification { categoryId: Id; categoryName: string; verified: boolean }

export interface ProgressCell { unitId: Id; judgeUserId: Id; state: SheetState }
export interface ContestProgress {
  status: ContestStatus
  submitted: number
  expected: number
  judges: { userId: Id; displayName: string; submitted: number; expected: number }[]
  units: { unitId: Id; name: string; categoryId: Id; drawPosition?: number | null; submitted: number; expected: number }[]
  cells: ProgressCell[]
}

export interface ResultLine {
  unitId: Id
  name: string
  drawPosition?: number | null
  rank?: number | null
  score?: number | null
  aspects: Record<string, number>
  sheetsCounted: number
  sheetsTrimmed: number
  sheetsExpected: number
  excluded: { judgeName: string; reason: ExclusionReason }[]
  flags: ResultFlag[]
  tieBrokenBy?: string | null
  prize?: string | null
  prizeAmountWan?: number | null
}
export interface CategoryResults { id: Id; name: string; prizesPlanned: number; prizesAwarded: number; fundsWan: number; units: ResultLine[] }
export interface ContestResults {
  id: Id
  year: number
  name: string
  status: ContestStatus
  method: ScoringMethod
  trimEach: number
  tieBreakers: string
  aspects: Aspect[]
  submitted: number
  expected: number
  categories: CategoryResults[]
}

export interface JudgingItem { id: Id; year: number; name: string; status: ContestStatus; submitted: number; expected: number }
export interface MySheet { scores: Record<string, number>; submittedAt?: string | null; version: number }
export interface MyUnit { unitId: Id; name: string; categoryId: Id; categoryName: string; drawPosition?: number | null; conflict: boolean; sheet?: MySheet | null }
export interface MySheets { id: Id; year: number; name: string; status: ContestStatus; aspects: Aspect[]; units: MyUnit[] }

const base = '/api/contests'

export const contestApi = {
  list: (query: Query) => http.get<Paged<ContestItem>>(base, query),
  exportPath: `${base}/export`,
  get: (id: Id) => http.get<ContestDetail>(`${base}/${id}`),
  create: (input: { year?: number; name: string; heldOn?: DateOnly | null }) => http.post<ContestDetail>(base, input),
  update: (id: Id, input: ContestSettings) => http.put<ContestDetail>(`${base}/${id}`, input),
  remove: (id: Id) => http.delete(`${base}/${id}`),
  saveCategory: (id: Id, categoryId: Id | null, input: { name: string; prizes: Prize[] }) =>
    categoryId ? http.put<ContestDetail>(`${base}/${id}/categories/${categoryId}`, input) : http.post<ContestDetail>(`${base}/${id}/categories`, input),
  removeCategory: (id: Id, categoryId: Id) => request<ContestDetail>(`${base}/${id}/categories/${categoryId}`, { method: 'DELETE' }),
  saveUnit: (id: Id, unitId: Id | null, input: { name: string; categoryId?: Id; headUserId?: Id | null }) =>
    unitId ? http.put<ContestDetail>(`${base}/${id}/units/${unitId}`, input) : http.post<ContestDetail>(`${base}/${id}/units`, input),
  removeUnit: (id: Id, unitId: Id) => request<ContestDetail>(`${base}/${id}/units/${unitId}`, { method: 'DELETE' }),
  setJudges: (id: Id, userIds: Id[]) => http.put<ContestDetail>(`${base}/${id}/judges`, { userIds }),
  candidates: (id: Id, search?: string) => http.get<Candidate[]>(`${base}/${id}/candidates`, { search }),
  draw: (id: Id) => http.post<ContestDetail>(`${base}/${id}/draw`, {}),
  verify: (id: Id) => http.get<DrawVerification[]>(`${base}/${id}/draw/verify`),
  open: (id: Id) => http.post<ContestDetail>(`${base}/${id}/open`, {}),
  publish: (id: Id) => http.post<ContestDetail>(`${base}/${id}/publish`, {}),
  progress: (id: Id) => http.get<ContestProgress>(`${base}/${id}/progress`),
  results: (id: Id) => http.get<ContestResults>(`${base}/${id}/results`),
  resultsExportPath: (id: Id) => `${base}/${id}/results/export`,
  judging: () => http.get<JudgingItem[]>(`${base}/judging`),
  mySheets: (id: Id) => http.get<MySheets>(`${base}/${id}/my-sheets`),
  saveSheet: (id: Id, unitId: Id, input: { scores: Record<string, number | null>; submit: boolean; version?: number }) =>
    http.put<MySheets>(`${base}/${id}/my-sheets/${unitId}`, input),
}
