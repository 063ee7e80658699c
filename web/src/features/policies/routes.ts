import type { RouteRecordRaw } from 'vue-router'
import { Present } from '@element-plus/icons-vue'

// One page for every side of the policy benefits: which tabs show follows the user's policies permission (bureau, park, enterprise).
export const policyRoutes: RouteRecordRaw[] = [
  {
    path: 'policies/:tab(mine|library|applications|vouchers|funds|statistics)?',
    name: 'policies',
    component: () => import('./PoliciesPage.vue'),
    meta: {
      permission: 'policies.read',
      menu: { title: 'nav.policies', icon: Present, section: 'finance', order: 3 },
    },
  },
]
