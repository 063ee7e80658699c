import type { RouteRecordRaw } from 'vue-router'

export const enterpriseRoutes: RouteRecordRaw[] = [
  {
    path: 'enterprises',
    name: 'enterprises',
    component: () => import('./EnterpriseListPage.vue'),
    meta: { permission: 'enterprises.read' },
  },
  {
    path: 'enterprises/:id',
    name: 'enterprise-detail',
    component: () => import('./EnterpriseDetailPage.vue'),
    props: true,
    meta: { permission: 'enterprises.read' },
  },
]
