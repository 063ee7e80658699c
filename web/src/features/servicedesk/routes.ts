import type { RouteRecordRaw } from 'vue-router'
import { ChatLineSquare, PieChart, Service, Stamp, Van } from '@element-plus/icons-vue'

// Departments handle the requests they report on, not the parks' own visits, agency cases and officers.
export const serviceDeskRoutes: RouteRecordRaw[] = [
  {
    path: 'service/requests',
    name: 'service-requests',
    component: () => import('./RequestListPage.vue'),
    meta: { permission: 'service.read', menu: { title: 'nav.serviceRequests', icon: ChatLineSquare, section: 'service', order: 1 } },
  },
  {
    path: 'service/requests/:id/print',
    name: 'service-request-print',
    component: () => import('./RequestPrintPage.vue'),
    meta: { permission: 'service.read', print: true },
  },
  { path: 'service/requests/:id', name: 'service-request', component: () => import('./RequestDetailPage.vue'), meta: { permission: 'service.read' } },
  {
    path: 'service/visits',
    name: 'service-visits',
    component: () => import('./VisitListPage.vue'),
    meta: {
      permission: 'service.handle',
      menu: { title: 'nav.serviceVisits', icon: Van, section: 'service', order: 2, hiddenFor: ['DepartmentStaff'] },
    },
  },
  {
    path: 'service/visits/:id/print',
    name: 'service-visit-print',
    component: () => import('./VisitPrintPage.vue'),
    meta: { permission: 'service.read', print: true },
  },
  {
    path: 'service/agency',
    name: 'service-agency',
    component: () => import('./AgencyPage.vue'),
    meta: {
      permission: 'service.handle',
      menu: { title: 'nav.serviceAgency', icon: Stamp, section: 'service', order: 3, hiddenFor: ['DepartmentStaff'] },
    },
  },
  {
    path: 'service/officers',
    name: 'service-officers',
    component: () => import('./OfficerPage.vue'),
    meta: {
      permission: 'service.handle',
      menu: { title: 'nav.serviceOfficers', icon: Service, section: 'service', order: 4, hiddenFor: ['DepartmentStaff'] },
    },
  },
  {
    path: 'service/statistics',
    name: 'service-statistics',
    component: () => import('./StatisticsPage.vue'),
    meta: {
      permission: 'service.handle',
      menu: { key: 'service-stats', title: 'nav.serviceStats', icon: PieChart, section: 'service', order: 5 },
    },
  },
]
