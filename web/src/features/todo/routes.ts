import type { RouteRecordRaw } from 'vue-router'

// 我的待办 as a page (the dashboard and the judging list show the same card): linked from the header, not a menu item.
export const todoRoutes: RouteRecordRaw[] = [{ path: 'todo', name: 'todo', component: () => import('./TodoPage.vue') }]
