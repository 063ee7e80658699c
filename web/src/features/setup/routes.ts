import type { RouteRecordRaw } from 'vue-router'
import { SETUP_KINDS } from './kinds'

export const setupRoutes: RouteRecordRaw[] = SETUP_KINDS.map((k) => ({
  path: `setup/${k.path}`,
  name: `setup-${k.kind}`,
  // A component of its own per kind, so that going from one set-up page to another builds the page afresh.
  component: () => import('./SetupPage.vue').then((m) => ({ ...m.default, name: `Setup-${k.kind}` })),
  meta: { permission: 'setup.manage', setupKind: k.kind },
}))
