import type { RouteRecordRaw } from 'vue-router'
import { DataAnalysis } from '@element-plus/icons-vue'

export const dashboardRoutes: RouteRecordRaw[] = [
  {
    path: '',
    name: 'dashboard',
    component: () => import('./DashboardPage.vue'),
    meta: { permission: 'dashboard.view', menu: { title: 'nav.dashboard', icon: DataAnalysis, section: 'overview', order: 1 } },
  },
]
