import type { RouteRecordRaw } from 'vue-router'
import { Wallet } from '@element-plus/icons-vue'

// One page for every side of the supermarket: what each tab shows follows the user's finance permission (bureau, bank, enterprise).
export const financeRoutes: RouteRecordRaw[] = [
  {
    path: 'finance',
    name: 'finance',
    component: () => import('./FinancePage.vue'),
    meta: {
      permission: ['finance.read', 'finance.bank', 'finance.apply'],
      menu: { title: 'nav.finance', icon: Wallet, section: 'finance', order: 2 },
    },
  },
]
