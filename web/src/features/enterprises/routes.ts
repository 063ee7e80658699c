import type { RouteRecordRaw } from 'vue-router'
import { AlarmClock, DocumentChecked, House, OfficeBuilding } from '@element-plus/icons-vue'

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
    path: 'reporting/review',
    name: 'report-review',
    component: () => import('./ReportReviewPage.vue'),
    // Parks review what their enterprises file; the bureau chases who has not filed (both may open both pages).
    meta: { permission: 'enterprises.write', menu: { title: 'nav.reportReview', icon: DocumentChecked, section: 'registry', order: 1.1 } },
  },
  {
    path: 'reporting/missing',
    name: 'report-missing',
    component: () => import('./MissingReportsPage.vue'),
    meta: { permission: 'enterprises.write', menu: { title: 'nav.reportMissing', icon: AlarmClock, section: 'registry', order: 1.2 } },
  },
  {
    path: 'enterprises/:id/print',
    name: 'enterprise-print',
    component: () => import('./EnterprisePrintPage.vue'),
    meta: { permission: 'enterprises.read', print: true },
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
