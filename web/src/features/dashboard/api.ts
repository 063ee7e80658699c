import { http } from '@/shared/http'
import type { QualificationType } from '@/shared/enums'
import type { Id } from '@/shared/types'

export interface DashboardSummary {
  zoneName: string
  enterpriseCount: number
  byQualification: { type: QualificationType; count: number }[]
  byPark: { parkId: Id; parkName: string; count: number }[]
  platformCount: number
  incubatorCount: number
  incubatingCount: number
  revenueByYear: { year: number; revenue: number }[]
}

export const dashboardApi = {
  summary: () => http.get<DashboardSummary>('/api/dashboard/summary'),
}
