import type { RouteRecordRaw } from 'vue-router'

export const contestRoutes: RouteRecordRaw[] = [
  { path: 'contests', name: 'contests', component: () => import('./ContestListPage.vue'), meta: { permission: 'contest.read' } },
  { path: 'contests/:id', name: 'contest', component: () => import('./ContestPage.vue'), meta: { permission: 'contest.read' } },
  { path: 'contests/:id/hall', name: 'contest-hall', component: () => import('./HallPage.vue'), meta: { permission: 'contest.read' } },
  // Scoring is authorised by appointment to a panel, not by role: any signed-in user may open these; the API decides.
  { path: 'judging', name: 'judging', component: () => import('./JudgingPage.vue') },
  { path: 'judging/:id', name: 'judging-sheets', component: () => import('./JudgeSheetsPage.vue') },
]
