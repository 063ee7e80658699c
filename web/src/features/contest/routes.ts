import type { RouteRecordRaw } from 'vue-router'
import { EditPen, Trophy } from '@element-plus/icons-vue'

export const contestRoutes: RouteRecordRaw[] = [
  {
    path: 'contests',
    name: 'contests',
    component: () => import('./ContestListPage.vue'),
    meta: { permission: 'contest.read', menu: { title: 'nav.contests', icon: Trophy, section: 'contest', order: 1 } },
  },
  { path: 'contests/:id', name: 'contest', component: () => import('./ContestPage.vue'), meta: { permission: 'contest.read' } },
  {
    path: 'contests/:id/print',
    name: 'contest-print',
    component: () => import('./ContestPrintPage.vue'),
    meta: { permission: 'contest.read', print: true },
  },
  { path: 'contests/:id/hall', name: 'contest-hall', component: () => import('./HallPage.vue'), meta: { permission: 'contest.read' } },
  // Scoring is authorised by appointment to a panel, not by role: any signed-in user may open these; the API decides.
  // The menu item goes to those whose role scores.
  {
    path: 'judging',
    name: 'judging',
    component: () => import('./JudgingPage.vue'),
    meta: { menu: { key: 'contest-judging', title: 'nav.contestJudging', icon: EditPen, section: 'contest', order: 2, permission: 'contest.score' } },
  },
  { path: 'judging/:id', name: 'judging-sheets', component: () => import('./JudgeSheetsPage.vue') },
]
