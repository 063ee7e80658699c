import type { RouteRecordRaw } from 'vue-router'

export const adminRoutes: RouteRecordRaw[] = [
  { path: 'admin/users', name: 'users', component: () => import('./UserListPage.vue'), meta: { permission: 'users.manage' } },
]
