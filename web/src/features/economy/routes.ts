import type { RouteRecordRaw } from 'vue-router'

export const economyRoutes: RouteRecordRaw[] = [
  { path: 'economy', name: 'economy', component: () => import('./EconomyPage.vue'), meta: { permission: 'economy.read' } },
]
