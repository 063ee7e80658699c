// The other modules' headline figures on the dashboard: each read only if the user may, each linking to its page.
import type { Permission } from '@/shared/enums'
import type { ServiceStatistics } from '../servicedesk/api'
import type { ProjectSummary } from '../projects/api'
import type { FinanceStats } from '../finance/api'
import type { PointsSummary } from '../points/api'
import type { MatchStats } from '../talent/api'
import type { Funnel } from '../cultivation/api'

export interface ModuleFigure {
  /** `data-testid="module-<name>"` and the label `dashboard.modules.<name>`. */
  name: string
  value: string
  /** The second line: a rate or a detail, already formatted. */
  detail?: string
  to: string
}

export interface ModuleData {
  service?: ServiceStatistics
  projects?: ProjectSummary
  finance?: FinanceStats
  points?: PointsSummary
  talent?: MatchStats
  cultivation?: Funnel
}

/** Which module summaries a user's permissions let the dashboard read. */
export const MODULE_PERMISSIONS: Record<keyof ModuleData, Permission> = {
  service: 'service.read',
  projects: 'projects.read',
  finance: 'finance.read',
  points: 'points.read',
  talent: 'talent.read',
  cultivation: 'cultivation.read',
}

/** A rate the API gives in percent (the service desk's 99.1). */
const percent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value.toFixed(1)}%`)
/** A rate the API gives as a fraction (0.42). */
const fraction = (value: number | null | undefined) => percent(value === null || value === undefined ? value : value * 100)
/** 万元 shown as 亿元 once large, as the zones' reports give amounts. */
export const money = (wan: number) => (Math.abs(wan) >= 10000 ? `${(wan / 10000).toFixed(2)}亿` : `${Math.round(wan).toLocaleString()}万`)

export function moduleFigures(data: ModuleData, t: (key: string, values?: Record<string, unknown>) => string): ModuleFigure[] {
  const figures: ModuleFigure[] = []
  if (data.cultivation) {
    const now = data.cultivation.tiers.reduce((sum, tier) => sum + tier.qualifiesNow, 0)
    const reach = data.cultivation.tiers.reduce((sum, tier) => sum + tier.withinReach, 0)
    figures.push({ name: 'cultivation', value: String(now), detail: t('dashboard.modules.withinReach', { count: reach }), to: '/cultivation' })
  }
  if (data.points) {
    const a = data.points.grades.find((g) => g.grade === 'A')?.count ?? 0
    figures.push({ name: 'points', value: String(data.points.enterprises), detail: t('dashboard.modules.gradeA', { count: a }), to: '/points' })
  }
  if (data.finance) {
    figures.push({ name: 'finance', value: money(data.finance.disbursed), detail: t('dashboard.modules.pointsLoans', { amount: money(data.finance.pointsLoanDisbursed) }), to: '/finance' })
  }
  if (data.service) {
    const s = data.service.summary
    figures.push({ name: 'service', value: String(s.received), detail: t('dashboard.modules.resolved', { rate: percent(s.resolutionRate) }), to: '/service/statistics' })
  }
  if (data.projects) {
    const r = data.projects.rates
    figures.push({ name: 'projects', value: String(r.signed), detail: t('dashboard.modules.signedAmount', { amount: money(r.signedInvestment) }), to: '/projects' })
    const key = data.projects.keyProjects
    const target = key.reduce((sum, k) => sum + k.target, 0)
    const done = key.reduce((sum, k) => sum + k.completed, 0)
    if (target > 0) figures.push({ name: 'keyProjects', value: fraction(done / target), detail: t('dashboard.modules.keyCount', { count: key.reduce((n, k) => n + k.projects, 0) }), to: '/projects' })
  }
  if (data.talent) {
    figures.push({ name: 'talent', value: String(data.talent.funnel.signed), detail: t('dashboard.modules.signRate', { rate: fraction(data.talent.signRate) }), to: '/talent/demands' })
  }
  return figures
}
