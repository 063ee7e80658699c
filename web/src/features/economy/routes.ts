import type { RouteRecordRaw } from 'vue-router'
import { DataLine } from '@element-plus/icons-vue'

export const economyRoutes: RouteRecordRaw[] = [
  {
    path: 'economy',
    name: 'economy',
    component: () => import('./EconomyPage.vue'),
    meta: { permission: 'economy.read', menu: { title: 'nav.economy', icon: DataLine, section: 'analysis', order: 1 } },
  },
]
