// The left menu, built from what the signed-in user may do. Pure: used by the layout, unit tests and e2e specs.
import type { Permission, Role } from '../enums'

export interface MenuUser {
  roles: Role[]
  permissions: Permission[]
  enterpriseId?: string | null
}

export type MenuKey = 'dashboard' | 'enterprises' | 'my-enterprise' | 'platforms' | 'incubators' | 'users' | 'audit' | 'contests' | 'contest-judging'

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
  { key: 'contests', path: '/contests', label: 'nav.contests', permission: 'contest.read' },
  { key: 'contest-judging', path: '/judging', label: 'nav.contestJudging', permission: 'contest.score' },
  { key: 'users', path: '/admin/users', label: 'nav.users', permission: 'users.manage' },
  { key: 'audit', path: '/audit', label: 'nav.audit', permission: 'audit.read' },
]

export function buildMenu(user: MenuUser | null | undefined): MenuItem[] {
  if (!user) return []
  const items: MenuItem[] = []
  for (const { permission, ...item } of ENTRIES) {
    if (!user.permissions.includes(permission)) continue
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
