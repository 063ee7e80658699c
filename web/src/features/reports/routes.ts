import type { RouteRecordRaw } from 'vue-router'
import { Notebook } from '@element-plus/icons-vue'

export const reportRoutes: RouteRecordRaw[] = [
  {
    path: 'reports/annual',
    name: 'annual-report',
    component: () => import('./AnnualReportPage.vue'),
    meta: { permission: 'economy.read', menu: { key: 'reports', title: 'nav.reports', icon: Notebook, section: 'analysis', order: 2 } },
  },
]
