// The left menu, built from what the signed-in user may do. Pure: used by the layout, unit tests and e2e specs.
import type { Permission, Role } from '../enums'

export interface MenuUser {
  roles: Role[]
  permissions: Permission[]
  enterpriseId?: string | null
}

export type MenuKey =
  | 'dashboard' | 'enterprises' | 'my-enterprise' | 'report-review' | 'report-missing' | 'platforms' | 'incubators' | 'users' | 'audit'
  | 'economy' | 'reports'
  | 'projects' | 'project-board' | 'project-rating' | 'project-comparison'
  | 'talent-demands' | 'talent-experts' | 'talent-contracts' | 'talent-registry'
  | 'cultivation' | 'cultivation-library'
  | 'service-requests' | 'service-visits' | 'service-agency' | 'service-officers' | 'service-stats'
  | 'points' | 'my-points' | 'finance'
  | 'contests' | 'contest-judging'

/** Menu sections, in order; the layout shows a heading per section that has items (`nav.groups.<group>`). */
export const MENU_GROUPS = ['overview', 'registry', 'cultivation', 'finance', 'service', 'projects', 'talent', 'contest', 'analysis', 'system'] as const
export type MenuGroup = (typeof MENU_GROUPS)[number]

export interface MenuItem {
  group: MenuGroup
  /** Also the `data-testid` suffix: `menu-<key>`. */
  key: MenuKey
  path: string
  /** i18n key of the label. */
  label: string
}

interface MenuEntry extends MenuItem {
  permission: Permission
  /** Roles that have the permission but not this item (e.g. departments see only the requests they report on). */
  hiddenFor?: Role[]
}

const ENTRIES: MenuEntry[] = [
  { key: 'dashboard', group: 'overview', path: '/', label: 'nav.dashboard', permission: 'dashboard.view' },
  { key: 'enterprises', group: 'registry', path: '/enterprises', label: 'nav.enterprises', permission: 'enterprises.read' },
  // Parks review what their enterprises file; the bureau chases who has not filed.
  { key: 'report-review', group: 'registry', path: '/reporting/review', label: 'nav.reportReview', permission: 'enterprises.write' },
  { key: 'report-missing', group: 'registry', path: '/reporting/missing', label: 'nav.reportMissing', permission: 'enterprises.write' },
  { key: 'platforms', group: 'registry', path: '/platforms', label: 'nav.platforms', permission: 'platforms.read' },
  { key: 'incubators', group: 'registry', path: '/incubators', label: 'nav.incubators', permission: 'platforms.read' },
  { key: 'cultivation', group: 'cultivation', path: '/cultivation', label: 'nav.cultivation', permission: 'cultivation.read' },
  { key: 'cultivation-library', group: 'cultivation', path: '/cultivation/library', label: 'nav.cultivationLibrary', permission: 'cultivation.read' },
  { key: 'points', group: 'finance', path: '/points', label: 'nav.points', permission: 'points.read' },
  // The supermarket has three sides (bureau, bank, enterprise) on one page: the first permission that matches adds the item.
  { key: 'finance', group: 'finance', path: '/finance', label: 'nav.finance', permission: 'finance.read' },
  { key: 'finance', group: 'finance', path: '/finance', label: 'nav.finance', permission: 'finance.bank' },
  { key: 'finance', group: 'finance', path: '/finance', label: 'nav.finance', permission: 'finance.apply' },
  { key: 'service-requests', group: 'service', path: '/service/requests', label: 'nav.serviceRequests', permission: 'service.read' },
  { key: 'service-visits', group: 'service', path: '/service/visits', label: 'nav.serviceVisits', permission: 'service.handle', hiddenFor: ['DepartmentStaff'] },
  { key: 'service-agency', group: 'service', path: '/service/agency', label: 'nav.serviceAgency', permission: 'service.handle', hiddenFor: ['DepartmentStaff'] },
  { key: 'service-officers', group: 'service', path: '/service/officers', label: 'nav.serviceOfficers', permission: 'service.handle', hiddenFor: ['DepartmentStaff'] },
  { key: 'service-stats', group: 'service', path: '/service/statistics', label: 'nav.serviceStats', permission: 'service.handle' },
  { key: 'projects', group: 'projects', path: '/projects', label: 'nav.projects', permission: 'projects.read' },
  { key: 'project-board', group: 'projects', path: '/projects/board', label: 'nav.projectBoard', permission: 'projects.read' },
  { key: 'project-rating', group: 'projects', path: '/projects/rating', label: 'nav.projectRating', permission: 'projects.read' },
  { key: 'project-comparison', group: 'projects', path: '/projects/comparison', label: 'nav.projectComparison', permission: 'projects.read' },
  { key: 'talent-demands', group: 'talent', path: '/talent/demands', label: 'nav.talentDemands', permission: 'talent.read' },
  { key: 'talent-experts', group: 'talent', path: '/talent/experts', label: 'nav.talentExperts', permission: 'talent.read' },
  { key: 'talent-contracts', group: 'talent', path: '/talent/contracts', label: 'nav.talentContracts', permission: 'talent.read' },
  { key: 'talent-registry', group: 'talent', path: '/talent/registry', label: 'nav.talentRegistry', permission: 'talent.read' },
  { key: 'contests', group: 'contest', path: '/contests', label: 'nav.contests', permission: 'contest.read' },
  { key: 'contest-judging', group: 'contest', path: '/judging', label: 'nav.contestJudging', permission: 'contest.score' },
  { key: 'economy', group: 'analysis', path: '/economy', label: 'nav.economy', permission: 'economy.read' },
  { key: 'reports', group: 'analysis', path: '/reports/annual', label: 'nav.reports', permission: 'economy.read' },
  { key: 'users', group: 'system', path: '/admin/users', label: 'nav.users', permission: 'users.manage' },
  { key: 'audit', group: 'system', path: '/audit', label: 'nav.audit', permission: 'audit.read' },
]

export function buildMenu(user: MenuUser | null | undefined): MenuItem[] {
  if (!user) return []
  const items: MenuItem[] = []
  for (const { permission, hiddenFor, ...item } of ENTRIES) {
    if (!user.permissions.includes(permission)) continue
    if (hiddenFor?.some((role) => user.roles.includes(role))) continue
    if (items.some((i) => i.key === item.key)) continue
    if (item.key === 'points' && user.roles.includes('EnterpriseUser')) {
      if (user.enterpriseId) items.push({ key: 'my-points', group: 'finance', path: `/points/enterprises/${user.enterpriseId}`, label: 'nav.myPoints' })
      continue
    }
    if (item.key === 'enterprises' && user.roles.includes('EnterpriseUser')) {
      // An enterprise user reads only its own enterprise: one item straight to it.
      if (user.enterpriseId) {
        items.push({ key: 'my-enterprise', group: 'registry', path: `/enterprises/${user.enterpriseId}`, label: 'nav.myEnterprise' })
      }
      continue
    }
    // An enterprise sees its own ladder on its enterprise page, not the zone's pipeline.
    if (item.key.startsWith('cultivation') && user.roles.includes('EnterpriseUser')) continue
    items.push(item)
  }
  return items
}

/** Where to land after sign-in (or when `/` is not allowed): the first menu item, else nowhere useful. */
export function homePath(user: MenuUser | null | undefined): string {
  return buildMenu(user)[0]?.path ?? '/403'
}
