import { http } from '@/shared/http'
import type { Id } from '@/shared/types'

export interface ReportFigure {
  label: string
  value: number | null
  unit: string
  growthPercent: number | null
  link: string | null
}

export interface ReportSection {
  key: string
  title: string
  figures: ReportFigure[]
  table: { headers: string[]; rows: (string | number | null)[][] } | null
  chart: { kind: 'bar' | 'line' | 'pie'; title: string; categories: string[]; series: { name: string; data: (number | null)[] }[] } | null
}

export interface YearReport {
  zoneId: Id
  zoneName: string
  year: number
  asOf: string
  generatedAt: string
  sections: ReportSection[]
}

export const reportApi = {
  annual: (zoneId?: Id, year?: number) => http.get<YearReport>('/api/reports/annual', { zoneId, year }),
  exportPath: '/api/reports/annual/export',
}
