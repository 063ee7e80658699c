import type { RouteRecordRaw } from 'vue-router'

export const enterpriseRoutes: RouteRecordRaw[] = [
  {
    path: 'enterprises',
    name: 'enterprises',
    component: () => import('./EnterpriseListPage.vue'),
    meta: { permission: 'enterprises.read' },
  },
  {
    path: 'reporting/review',
    name: 'report-review',
    component: () => import('./ReportReviewPage.vue'),
    meta: { permission: 'enterprises.write' },
  },
  {
    path: 'reporting/missing',
    name: 'report-missing',
    component: () => import('./MissingReportsPage.vue'),
    meta: { permission: 'enterprises.write' },
  },
  {
    path: 'enterprises/:id',
    name: 'enterprise-detail',
    component: () => import('./EnterpriseDetailPage.vue'),
    props: true,
    meta: { permission: 'enterprises.read' },
  },
]
