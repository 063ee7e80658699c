import type { RouteRecordRaw } from 'vue-router'

export const auditRoutes: RouteRecordRaw[] = [
  { path: 'audit', name: 'audit', component: () => import('./AuditLogPage.vue'), meta: { permission: 'audit.read' } },
]
