import type { RouteRecordRaw } from 'vue-router'

export const projectRoutes: RouteRecordRaw[] = [
  { path: 'projects', name: 'projects', component: () => import('./ProjectLedgerPage.vue'), meta: { permission: 'projects.read' } },
  { path: 'projects/board', name: 'project-board', component: () => import('./ProjectBoardPage.vue'), meta: { permission: 'projects.read' } },
  { path: 'projects/rating', name: 'project-rating', component: () => import('./ProjectRatingPage.vue'), meta: { permission: 'projects.read' } },
  { path: 'projects/comparison', name: 'project-comparison', component: () => import('./ProjectComparisonPage.vue'), meta: { permission: 'projects.read' } },
  { path: 'projects/:id', name: 'project-detail', component: () => import('./ProjectDetailPage.vue'), meta: { permission: 'projects.read' } },
]
