// What a route record says about itself (vue-router's `meta`): who may open it, and its entry in the side menu.
// The menu is built from these (menu.ts), so a page is declared once, in its feature's routes.ts.
import type { Component } from 'vue'
import type { Permission, Role } from '../enums'

/** Menu sections, in order; the layout shows a heading per section that has items (`nav.groups.<section>`). */
export const MENU_SECTIONS = ['overview', 'registry', 'cultivation', 'finance', 'service', 'projects', 'talent', 'contest', 'analysis', 'setup',
  'system'] as const
export type MenuSection = (typeof MENU_SECTIONS)[number]

/** The route's item in the side menu (as vue-vben-admin's route meta: title, icon, order). */
export interface MenuMeta {
  /** Also the `data-testid` suffix (`menu-<key>`); the route's name unless given. */
  key?: string
  /** i18n key of the label. */
  title: string
  icon: Component
  section: MenuSection
  /** Place within the section, lowest first. */
  order: number
  /** Shown only to these roles (e.g. an enterprise user's own record). */
  roles?: readonly Role[]
  /** Roles that may open the page but do not get the item (e.g. departments see only the requests they report on). */
  hiddenFor?: readonly Role[]
  /** Narrower than the route's own permission: who gets the item when the page itself is open to anyone the API lets in. */
  permission?: Permission
}

/** The permission a route needs: one, or any one of several (a page with one side per permission). */
export type RoutePermission = Permission | readonly Permission[]

/** Whether a user with these permissions passes a route's permission (the router guard and the menu ask the same question). */
export function allows(permissions: readonly Permission[], required: RoutePermission | undefined): boolean {
  if (required === undefined) return true
  const anyOf: readonly Permission[] = typeof required === 'string' ? [required] : required
  return anyOf.some((permission) => permissions.includes(permission))
}

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /** The permission a signed-in user needs (any one of a list); without it the guard shows 403. */
    permission?: RoutePermission
    /** The route's item in the side menu; a route without it is not in the menu. */
    menu?: MenuMeta
    /** A printable form (A4): shown without the menu and header, with its own print button. */
    print?: boolean
  }
}
