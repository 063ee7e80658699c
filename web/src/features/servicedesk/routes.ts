import type { RouteRecordRaw } from 'vue-router'

export const serviceDeskRoutes: RouteRecordRaw[] = [
  { path: 'service/requests', name: 'service-requests', component: () => import('./RequestListPage.vue'), meta: { permission: 'service.read' } },
  { path: 'service/requests/:id', name: 'service-request', component: () => import('./RequestDetailPage.vue'), meta: { permission: 'service.read' } },
  { path: 'service/visits', name: 'service-visits', component: () => import('./VisitListPage.vue'), meta: { permission: 'service.handle' } },
  { path: 'service/agency', name: 'service-agency', component: () => import('./AgencyPage.vue'), meta: { permission: 'service.handle' } },
  { path: 'service/officers', name: 'service-officers', component: () => import('./OfficerPage.vue'), meta: { permission: 'service.handle' } },
  { path: 'service/statistics', name: 'service-statistics', component: () => import('./StatisticsPage.vue'), meta: { permission: 'service.handle' } },
]
