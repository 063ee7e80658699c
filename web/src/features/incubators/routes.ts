import type { RouteRecordRaw } from 'vue-router'

export const incubatorRoutes: RouteRecordRaw[] = [
  { path: 'incubators', name: 'incubators', component: () => import('./IncubatorListPage.vue'), meta: { permission: 'platforms.read' } },
]
