import type { RouteRecordRaw } from 'vue-router'

// One page for every side of the supermarket: what each tab shows follows the user's finance permission (bureau, bank, enterprise).
export const financeRoutes: RouteRecordRaw[] = [
  { path: 'finance', name: 'finance', component: () => import('./FinancePage.vue') },
]
