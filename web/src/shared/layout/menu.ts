// The left menu, built from the routes' `meta.menu` (routes.ts) and what the signed-in user may open.
// Pure: used by the layout, unit tests and e2e specs.
import type { Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import type { Permission, Role } from '../enums'
import { appRoutes } from '@/routes'
import { allows, MENU_SECTIONS, type MenuSection } from './routeMeta'

export { MENU_SECTIONS, type MenuSection } from './routeMeta'

export interface MenuUser {
  roles: Role[]
  permissions: Permission[]
  enterpriseId?: string | null
}

export interface MenuItem {
  section: MenuSection
  /** Also the `data-testid` suffix: `menu-<key>`. */
  key: string
  path: string
  /** i18n key of the label. */
  title: string
  icon: Component
}

/** A route's path under the frame (`/` + its path), with `:id` standing for the user's own enterprise. */
function pathOf(route: RouteRecordRaw, user: MenuUser): string | null {
  // An optional parameter (a tab, say) is left out: the menu opens the page on its default.
  const path = `/${route.path}`.replace(/\/:\w+(\([^)]*\))?\?/g, '')
  if (!path.includes(':')) return path
  // Only an enterprise user's own record has a parameter in the menu.
  return user.enterpriseId ? path.replace(/:id\b/, encodeURIComponent(user.enterpriseId)) : null
}

/** The items this user may open, in menu order (section, then each item's order). */
export function buildMenu(user: MenuUser | null | undefined, routes: readonly RouteRecordRaw[] = appRoutes): MenuItem[] {
  if (!user) return []
  const items: (MenuItem & { order: number })[] = []
  for (const route of routes) {
    const menu = route.meta?.menu
    if (!menu) continue
    // The same question the router guard asks, and the item's own narrower permission if it has one.
    if (!allows(user.permissions, route.meta?.permission) || !allows(user.permissions, menu.permission)) continue
    if (menu.roles && !menu.roles.some((role) => user.roles.includes(role))) continue
    if (menu.hiddenFor?.some((role) => user.roles.includes(role))) continue
    const path = pathOf(route, user)
    if (path === null) continue
    items.push({ section: menu.section, key: menu.key ?? String(route.name), path, title: menu.title, icon: menu.icon, order: menu.order })
  }
  return items
    .sort((a, b) => MENU_SECTIONS.indexOf(a.section) - MENU_SECTIONS.indexOf(b.section) || a.order - b.order)
    .map(({ order: _order, ...item }) => item)
}

/** Where to land after sign-in (or when `/` is not allowed): the first menu item, else nowhere useful. */
export function homePath(user: MenuUser | null | undefined): string {
  return buildMenu(user)[0]?.path ?? '/403'
}
