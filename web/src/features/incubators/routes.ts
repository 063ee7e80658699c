import type { RouteRecordRaw } from 'vue-router'
import { School } from '@element-plus/icons-vue'

export const incubatorRoutes: RouteRecordRaw[] = [
  {
    path: 'incubators',
    name: 'incubators',
    component: () => import('./IncubatorListPage.vue'),
    meta: { permission: 'platforms.read', menu: { title: 'nav.incubators', icon: School, section: 'registry', order: 3 } },
  },
]
