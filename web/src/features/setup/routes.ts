import type { RouteRecordRaw } from 'vue-router'
import { Setting } from '@element-plus/icons-vue'
import { SETUP_KINDS } from './kinds'

export const setupRoutes: RouteRecordRaw[] = SETUP_KINDS.map((k, i) => ({
  path: `setup/${k.path}`,
  name: `setup-${k.kind}`,
  // A component of its own per kind, so that going from one set-up page to another builds the page afresh.
  component: () => import('./SetupPage.vue').then((m) => ({ ...m.default, name: `Setup-${k.kind}` })),
  meta: {
    permission: 'setup.manage',
    setupKind: k.kind,
    menu: { title: `nav.setup.${k.kind}`, icon: Setting, section: 'setup', order: i + 1 },
  },
}))
