import type { RouteRecordRaw } from 'vue-router'
import { User } from '@element-plus/icons-vue'

export const adminRoutes: RouteRecordRaw[] = [
  {
    path: 'admin/users',
    name: 'users',
    component: () => import('./UserListPage.vue'),
    meta: { permission: 'users.manage', menu: { title: 'nav.users', icon: User, section: 'system', order: 1 } },
  },
]
