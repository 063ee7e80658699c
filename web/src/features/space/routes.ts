import type { RouteRecordRaw } from 'vue-router'
import { OfficeBuilding } from '@element-plus/icons-vue'

// 园区空间: one page with buildings, units, leases and occupancy; an enterprise sees its own leases only.
export const spaceRoutes: RouteRecordRaw[] = [
  {
    path: 'space/:tab(buildings|units|leases|occupancy|zombies|disposals)?',
    name: 'space',
    component: () => import('./SpacePage.vue'),
    meta: { permission: 'space.read', menu: { title: 'nav.space', icon: OfficeBuilding, section: 'registry', order: 4 } },
  },
]
