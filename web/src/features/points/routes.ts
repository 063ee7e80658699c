import type { RouteRecordRaw } from 'vue-router'

export const pointsRoutes: RouteRecordRaw[] = [
  { path: 'points', name: 'points', component: () => import('./PointsBoardPage.vue'), meta: { permission: 'points.read' } },
  { path: 'points/enterprises/:id', name: 'points-explain', component: () => import('./PointsExplainPage.vue'), meta: { permission: 'points.read' } },
]
