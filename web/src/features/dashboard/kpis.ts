// The KPI cards of the dashboard: what each counts and which list it opens.
import type { RouteLocationRaw } from 'vue-router'
import type { Permission, QualificationType } from '@/shared/enums'
import type { DashboardSummary } from './api'

export interface Kpi {
  /** `data-testid="kpi-<name>"` and the label key `dashboard.kpi.<name>`. */
  name: 'enterprises' | 'highTech' | 'techSme' | 'gazelle' | 'specialized' | 'platforms' | 'incubators' | 'incubating'
  value: number
  unit: 'companies' | 'items'
  to: RouteLocationRaw
  permission: Permission
}

const countOf = (summary: DashboardSummary, type: QualificationType) =>
  summary.byQualification.find((q) => q.type === type)?.count ?? 0

const qualified = (name: Kpi['name'], type: QualificationType, summary: DashboardSummary): Kpi => ({
  name,
  value: countOf(summary, type),
  unit: 'companies',
  to: { path: '/enterprises', query: { qualification: type } },
  permission: 'enterprises.read',
})

export function kpisOf(summary: DashboardSummary): Kpi[] {
  return [
    { name: 'enterprises', value: summary.enterpriseCount, unit: 'companies', to: '/enterprises', permission: 'enterprises.read' },
    qualified('highTech', 'HighTech', summary),
    qualified('techSme', 'TechSme', summary),
    qualified('gazelle', 'Gazelle', summary),
    qualified('specialized', 'Specialized', summary),
    { name: 'platforms', value: summary.platformCount, unit: 'items', to: '/platforms', permission: 'platforms.read' },
    { name: 'incubators', value: summary.incubatorCount, unit: 'items', to: '/incubators', permission: 'platforms.read' },
    { name: 'incubating', value: summary.incubatingCount, unit: 'companies', to: '/incubators', permission: 'platforms.read' },
  ]
}
