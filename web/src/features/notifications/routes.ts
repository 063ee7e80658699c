import type { RouteRecordRaw } from 'vue-router'

// 消息中心: reached from the bell in the header (every signed-in user has notifications), not from the menu.
export const notificationRoutes: RouteRecordRaw[] = [
  { path: 'notifications', name: 'notifications', component: () => import('./NotificationsPage.vue') },
]
