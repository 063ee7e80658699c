import type { RouteRecordRaw } from 'vue-router'

export const platformRoutes: RouteRecordRaw[] = [
  { path: 'platforms', name: 'platforms', component: () => import('./PlatformListPage.vue'), meta: { permission: 'platforms.read' } },
]
