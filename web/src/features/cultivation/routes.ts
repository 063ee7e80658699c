import type { RouteRecordRaw } from 'vue-router'
import { Calendar, FolderChecked, Medal } from '@element-plus/icons-vue'

// An enterprise sees its own ladder on its enterprise page, not the zone's pipeline: no items for it here.
export const cultivationRoutes: RouteRecordRaw[] = [
  {
    path: 'cultivation',
    name: 'cultivation',
    component: () => import('./PipelinePage.vue'),
    meta: {
      permission: 'cultivation.read',
      menu: { title: 'nav.cultivation', icon: Medal, section: 'cultivation', order: 1, hiddenFor: ['EnterpriseUser'] },
    },
  },
  {
    path: 'cultivation/library',
    name: 'cultivation-library',
    component: () => import('./LibraryPage.vue'),
    meta: {
      permission: 'cultivation.read',
      menu: { title: 'nav.cultivationLibrary', icon: FolderChecked, section: 'cultivation', order: 2, hiddenFor: ['EnterpriseUser'] },
    },
  },
  {
    path: 'cultivation/renewals',
    name: 'cultivation-renewals',
    component: () => import('./RenewalsPage.vue'),
    meta: {
      permission: 'cultivation.read',
      menu: { title: 'nav.cultivationRenewals', icon: Calendar, section: 'cultivation', order: 3, hiddenFor: ['EnterpriseUser'] },
    },
  },
]
