import type { RouteRecordRaw } from 'vue-router'
import { Lightning } from '@element-plus/icons-vue'

// 能耗: meters, readings with their import, consumption against the baseline with the savings, and the open alerts.
export const energyRoutes: RouteRecordRaw[] = [
  {
    path: 'energy/:tab(meters|consumption|alerts)?',
    name: 'energy',
    component: () => import('./EnergyPage.vue'),
    meta: { permission: 'energy.read', menu: { title: 'nav.energy', icon: Lightning, section: 'registry', order: 4.5 } },
  },
]
