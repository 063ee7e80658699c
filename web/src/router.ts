import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import type { Permission } from './shared/enums'
import { useAuthStore } from './shared/auth'
import { homePath } from './shared/layout/menu'
import { authRoutes } from './features/auth/routes'
import { dashboardRoutes } from './features/dashboard/routes'
import { enterpriseRoutes } from './features/enterprises/routes'
import { platformRoutes } from './features/platforms/routes'
import { incubatorRoutes } from './features/incubators/routes'
import { adminRoutes } from './features/admin/routes'
import { auditRoutes } from './features/audit/routes'
import { economyRoutes } from './features/economy/routes'
import { reportRoutes } from './features/reports/routes'
import { projectRoutes } from './features/projects/routes'
import { talentRoutes } from './features/talent/routes'
import { cultivationRoutes } from './features/cultivation/routes'
import { serviceDeskRoutes } from './features/servicedesk/routes'
import { pointsRoutes } from './features/points/routes'
import { financeRoutes } from './features/finance/routes'
import { contestRoutes } from './features/contest/routes'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /** The permission a signed-in user needs; without it the guard shows 403. */
    permission?: Permission
  }
}

const routes: RouteRecordRaw[] = [
  ...authRoutes,
  {
    path: '/',
    component: () => import('./shared/layout/AppLayout.vue'),
    children: [
      ...dashboardRoutes,
      ...enterpriseRoutes,
      ...platformRoutes,
      ...incubatorRoutes,
      ...adminRoutes,
      ...auditRoutes,
      ...economyRoutes,
      ...reportRoutes,
      ...projectRoutes,
      ...talentRoutes,
      ...cultivationRoutes,
      ...serviceDeskRoutes,
      ...pointsRoutes,
      ...financeRoutes,
      ...contestRoutes,
      { path: '403', name: 'forbidden', component: () => import('./shared/pages/ForbiddenPage.vue') },
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('./shared/pages/NotFoundPage.vue') },
    ],
  },
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach(async (to) => {
  const auth = useAuthStore()
  const me = await auth.load().catch(() => null)
  if (to.meta.public) {
    // Already signed in: the sign-in page has nothing to offer.
    return me && to.name === 'login' ? homePath(me) : true
  }
  if (!me) return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  // A password to change first (imported user, administrator's reset, expiry): every page leads there.
  if (me.mustChangePassword && to.name !== 'change-password') {
    return { name: 'change-password', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  }
  const permission = to.meta.permission
  if (permission && !auth.can(permission)) {
    // Landing on `/` without the dashboard (e.g. an enterprise user): go to the user's own home instead.
    if (to.path === '/' && homePath(me) !== '/403') return homePath(me)
    return { name: 'forbidden' }
  }
  return true
})
