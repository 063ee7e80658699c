import type { RouteRecordRaw } from 'vue-router'
import { Document } from '@element-plus/icons-vue'

export const auditRoutes: RouteRecordRaw[] = [
  {
    path: 'audit',
    name: 'audit',
    component: () => import('./AuditLogPage.vue'),
    meta: { permission: 'audit.read', menu: { title: 'nav.audit', icon: Document, section: 'system', order: 2 } },
  },
]
