import type { RouteRecordRaw } from 'vue-router'
import { Coin } from '@element-plus/icons-vue'

export const pointsRoutes: RouteRecordRaw[] = [
  {
    path: 'points',
    name: 'points',
    component: () => import('./PointsBoardPage.vue'),
    // An enterprise user gets its own explanation instead of the zone's board.
    meta: { permission: 'points.read', menu: { title: 'nav.points', icon: Coin, section: 'finance', order: 1, hiddenFor: ['EnterpriseUser'] } },
  },
  {
    path: 'points/enterprises/:id',
    name: 'points-explain',
    component: () => import('./PointsExplainPage.vue'),
    meta: {
      permission: 'points.read',
      menu: { key: 'my-points', title: 'nav.myPoints', icon: Coin, section: 'finance', order: 1, roles: ['EnterpriseUser'] },
    },
  },
]
