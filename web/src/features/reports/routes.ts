import type { RouteRecordRaw } from 'vue-router'

export const reportRoutes: RouteRecordRaw[] = [
  { path: 'reports/annual', name: 'annual-report', component: () => import('./AnnualReportPage.vue'), meta: { permission: 'economy.read' } },
]
