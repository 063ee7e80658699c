// The left menu, built from what the signed-in user may do. Pure: used by the layout, unit tests and e2e specs.
import type { Permission, Role } from '../enums'

export interface MenuUser {
  roles: Role[]
  permissions: Permission[]
  enterpriseId?: string | null
}

export type MenuKey =
  | 'dashboard' | 'enterprises' | 'my-enterprise' | 'platforms' | 'incubators' | 'users' | 'audit'
  | 'points' | 'my-points' | 'finance'

export interface MenuItem {
  /** Also the `data-testid` suffix: `menu-<key>`. */
  key: MenuKey
  path: string
  /** i18n key of the label. */
  label: string
}

interface MenuEntry extends MenuItem {
  permission: Permission
}

const ENTRIES: MenuEntry[] = [
  { key: 'dashboard', path: '/', label: 'nav.dashboard', permission: 'dashboard.view' },
  { key: 'enterprises', path: '/enterprises', label: 'nav.enterprises', permission: 'enterprises.read' },
  { key: 'platforms', path: '/platforms', label: 'nav.platforms', permission: 'platforms.read' },
  { key: 'incubators', path: '/incubators', label: 'nav.incubators', permission: 'platforms.read' },
  { key: 'points', path: '/points', label: 'nav.points', permission: 'points.read' },
  // The supermarket has three sides (bureau, bank, enterprise) on one page: the first permission that matches adds the item.
  { key: 'finance', path: '/finance', label: 'nav.finance', permission: 'finance.read' },
  { key: 'finance', path: '/finance', label: 'nav.finance', permission: 'finance.bank' },
  { key: 'finance', path: '/finance', label: 'nav.finance', permission: 'finance.apply' },
  { key: 'users', path: '/admin/users', label: 'nav.users', permission: 'users.manage' },
  { key: 'audit', path: '/audit', label: 'nav.audit', permission: 'audit.read' },
]

export function buildMenu(user: MenuUser | null | undefined): MenuItem[] {
  if (!user) return []
  const items: MenuItem[] = []
  for (const { permission, ...item } of ENTRIES) {
    if (!user.permissions.includes(permission)) continue
    if (items.some((i) => i.key === item.key)) continue
    if (item.key === 'points' && user.roles.includes('EnterpriseUser')) {
      if (user.enterpriseId) items.push({ key: 'my-points', path: `/points/enterprises/${user.enterpriseId}`, label: 'nav.myPoints' })
      continue
    }
    if (item.key === 'enterprises' && user.roles.includes('EnterpriseUser')) {
      // An enterprise user reads only its own enterprise: one item straight to it.
      if (user.enterpriseId) {
        items.push({ key: 'my-enterprise', path: `/enterprises/${user.enterpriseId}`, label: 'nav.myEnterprise' })
      }
      continue
    }
    items.push(item)
  }
  return items
}

/** Where to land after sign-in (or when `/` is not allowed): the first menu item, else nowhere useful. */
export function homePath(user: MenuUser | null | undefined): string {
  return buildMenu(user)[0]?.path ?? '/403'
}
