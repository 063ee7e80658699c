import type { RouteRecordRaw } from 'vue-router'
import { Medal, Connection } from '@element-plus/icons-vue'

export const competitionRoutes: RouteRecordRaw[] = [
  {
    path: 'competitions',
    name: 'competitions',
    component: () => import('./CompetitionListPage.vue'),
    meta: { permission: 'competitions.read', menu: { title: 'nav.competitions', icon: Medal, section: 'projects', order: 10 } },
  },
  { path: 'competitions/:id', name: 'competition', component: () => import('./CompetitionPage.vue'), meta: { permission: 'competitions.read' } },
  {
    path: 'events',
    name: 'events',
    component: () => import('./EventListPage.vue'),
    meta: { permission: 'competitions.read', menu: { title: 'nav.events', icon: Connection, section: 'projects', order: 11 } },
  },
  { path: 'events/:id', name: 'event', component: () => import('./EventPage.vue'), meta: { permission: 'competitions.read' } },
]
