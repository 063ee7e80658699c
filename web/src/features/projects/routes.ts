import type { RouteRecordRaw } from 'vue-router'
import { Files, Grid, TrendCharts, Trophy } from '@element-plus/icons-vue'

export const projectRoutes: RouteRecordRaw[] = [
  {
    path: 'projects',
    name: 'projects',
    component: () => import('./ProjectLedgerPage.vue'),
    meta: { permission: 'projects.read', menu: { title: 'nav.projects', icon: Files, section: 'projects', order: 1 } },
  },
  {
    path: 'projects/board',
    name: 'project-board',
    component: () => import('./ProjectBoardPage.vue'),
    meta: { permission: 'projects.read', menu: { title: 'nav.projectBoard', icon: Grid, section: 'projects', order: 2 } },
  },
  {
    path: 'projects/rating',
    name: 'project-rating',
    component: () => import('./ProjectRatingPage.vue'),
    meta: { permission: 'projects.read', menu: { title: 'nav.projectRating', icon: Trophy, section: 'projects', order: 3 } },
  },
  {
    path: 'projects/comparison',
    name: 'project-comparison',
    component: () => import('./ProjectComparisonPage.vue'),
    meta: { permission: 'projects.read', menu: { title: 'nav.projectComparison', icon: TrendCharts, section: 'projects', order: 4 } },
  },
  {
    path: 'projects/print',
    name: 'project-ledger-print',
    component: () => import('./ProjectLedgerPrintPage.vue'),
    meta: { permission: 'projects.read', print: true },
  },
  { path: 'projects/:id', name: 'project-detail', component: () => import('./ProjectDetailPage.vue'), meta: { permission: 'projects.read' } },
]
