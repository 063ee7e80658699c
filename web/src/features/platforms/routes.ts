import type { RouteRecordRaw } from 'vue-router'
import { Opportunity } from '@element-plus/icons-vue'

export const platformRoutes: RouteRecordRaw[] = [
  {
    path: 'platforms',
    name: 'platforms',
    component: () => import('./PlatformListPage.vue'),
    meta: { permission: 'platforms.read', menu: { title: 'nav.platforms', icon: Opportunity, section: 'registry', order: 2 } },
  },
]
