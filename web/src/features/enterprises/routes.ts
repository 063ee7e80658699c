import type { RouteRecordRaw } from 'vue-router'
import { House, OfficeBuilding } from '@element-plus/icons-vue'

export const enterpriseRoutes: RouteRecordRaw[] = [
  {
    path: 'enterprises',
    name: 'enterprises',
    component: () => import('./EnterpriseListPage.vue'),
    meta: {
      permission: 'enterprises.read',
      // An enterprise user reads only its own enterprise: it gets the item below instead.
      menu: { title: 'nav.enterprises', icon: OfficeBuilding, section: 'registry', order: 1, hiddenFor: ['EnterpriseUser'] },
    },
  },
  {
    path: 'enterprises/:id',
    name: 'enterprise-detail',
    component: () => import('./EnterpriseDetailPage.vue'),
    props: true,
    meta: {
      permission: 'enterprises.read',
      menu: { key: 'my-enterprise', title: 'nav.myEnterprise', icon: House, section: 'registry', order: 1, roles: ['EnterpriseUser'] },
    },
  },
]
