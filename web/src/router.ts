import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { useAuthStore } from './shared/auth'
import { homePath } from './shared/layout/menu'
import { allows } from './shared/layout/routeMeta'
import { appRoutes, publicRoutes } from './routes'

const routes: RouteRecordRaw[] = [
  ...publicRoutes,
  {
    path: '/',
    component: () => import('./shared/layout/AppLayout.vue'),
    children: [
      ...appRoutes,
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
  if (!allows(me.permissions, to.meta.permission)) {
    // Landing on `/` without the dashboard (e.g. an enterprise user): go to the user's own home instead.
    if (to.path === '/' && homePath(me) !== '/403') return homePath(me)
    return { name: 'forbidden' }
  }
  return true
})
