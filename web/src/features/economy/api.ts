import { download, http, upload } from '@/shared/http'
import type { Id, ImportResult } from '@/shared/types'

// The values are the server's (generated/contracts.ts).
export type { IndicatorKind, Pace } from '@/shared/generated/contracts'
import type { IndicatorKind, Pace } from '@/shared/generated/contracts'

export interface SheetRow {
  code: string
  name: string
  nameEn: string
  unit: string
  kind: IndicatorKind
  quarterly: boolean
  isEntered: boolean
  month: number | null
  value: number | null
  previousValue: number | null
  growthPercent: number | null
  targetValue: number | null
  targetGrowthPercent: number | null
  completionPercent: number | null
  pace: Pace
  growthTargetMet: boolean | null
  version: number | null
  acceptsTarget: boolean
  annual: boolean
  targetVersion: number | null
}

export interface EconomySheet {
  zoneId: Id
  zoneName: string
  year: number
  month: number
  timeElapsedPercent: number
  rows: SheetRow[]
}

export interface TrendPoint {
  year: number
  month: number
  value: number | null
  growthPercent: number | null
}

export interface ZoneFigure {
  zoneId: Id
  zoneName: string
  value: number | null
  growthPercent: number | null
  valueRank: number | null
  growthRank: number | null
}

export interface ZoneComparison {
  code: string
  name: string
  unit: string
  year: number
  month: number
  zones: ZoneFigure[]
}

export interface FiguresInput {
  zoneId: Id
  year: number
  month: number
  figures: { code: string; value: number | null; version: number | null }[]
}

export interface TargetsInput {
  zoneId: Id
  year: number
  targets: { code: string; targetValue: number | null; targetGrowthPercent: number | null; version: number | null }[]
}

export interface PeriodQuery {
  zoneId?: Id
  year?: number
  month?: number
}

const base = '/api/economy'

export const economyApi = {
  sheet: (q: PeriodQuery) => http.get<EconomySheet>(`${base}/sheet`, { ...q }),
  exportPath: `${base}/sheet/export`,
  trend: (code: string, zoneId?: Id, year?: number) => http.get<TrendPoint[]>(`${base}/trend/${code}`, { zoneId, year }),
  compare: (code: string, year?: number, month?: number) => http.get<ZoneComparison>(`${base}/compare/${code}`, { year, month }),
  saveFigures: (input: FiguresInput) => http.put<EconomySheet>(`${base}/figures`, input),
  saveTargets: (input: TargetsInput) => http.put<EconomySheet>(`${base}/targets`, input),
  /** The import template, listing the indicators to enter for a month. */
  downloadTemplate: (year: number, month: number) =>
    download(`${base}/import/template`, { year, month }, '经济指标导入模板.xlsx'),
  import: (zoneId: Id, file: File) => upload<ImportResult>(`${base}/import?zoneId=${encodeURIComponent(zoneId)}`, file),
}
