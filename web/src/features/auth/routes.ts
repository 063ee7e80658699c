import type { RouteRecordRaw } from 'vue-router'

export const authRoutes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('./LoginPage.vue'), meta: { public: true } },
  // Outside the layout: while a change is required, the layout's menus and counters have nothing to show.
  { path: '/password', name: 'change-password', component: () => import('./ChangePasswordPage.vue') },
]
