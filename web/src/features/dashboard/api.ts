import { http } from '@/shared/http'
import type { QualificationType } from '@/shared/enums'
import type { Id } from '@/shared/types'

export interface DashboardSummary {
  zoneId: Id | null
  zoneName: string | null
  enterpriseCount: number
  byQualification: { type: QualificationType; count: number }[]
  byPark: { parkId: Id; parkName: string; count: number }[]
  platformCount: number
  incubatorCount: number
  incubatingCount: number
  revenueByYear: { year: number; revenue: number }[]
}

export type ZoneColumn =
  | 'enterprises'
  | 'highTech'
  | 'techSme'
  | 'gazelle'
  | 'specialized'
  | 'platforms'
  | 'gdpGrowth'
  | 'investmentGrowth'
  | 'researchCoverage'

export interface ZoneOverview {
  zoneId: Id
  zoneName: string
  regionName: string | null
  enterprises: number
  highTech: number
  techSme: number
  gazelle: number
  specialized: number
  platforms: number
  gdpGrowthPercent: number | null
  investmentGrowthPercent: number | null
  /** 规上工业企业研发活动覆盖率 of the last closed year, counted from the yearly reports. */
  researchCoveragePercent: number | null
  researchCoverageYear: number | null
  ranks: Record<ZoneColumn, number | null>
}

export const dashboardApi = {
  summary: (zoneId?: Id) => http.get<DashboardSummary>('/api/dashboard/summary', { zoneId }),
  zones: () => http.get<ZoneOverview[]>('/api/dashboard/zones'),
}
