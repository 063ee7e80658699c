import type { RouteRecordRaw } from 'vue-router'

export const cultivationRoutes: RouteRecordRaw[] = [
  {
    path: 'cultivation',
    name: 'cultivation',
    component: () => import('./PipelinePage.vue'),
    meta: { permission: 'cultivation.read' },
  },
  {
    path: 'cultivation/library',
    name: 'cultivation-library',
    component: () => import('./LibraryPage.vue'),
    meta: { permission: 'cultivation.read' },
  },
]
