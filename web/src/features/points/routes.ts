import type { RouteRecordRaw } from 'vue-router'
import { Coin, Operation } from '@element-plus/icons-vue'

export const pointsRoutes: RouteRecordRaw[] = [
  {
    path: 'points',
    name: 'points',
    component: () => import('./PointsBoardPage.vue'),
    // An enterprise user gets its own explanation instead of the zone's board.
    meta: { permission: 'points.read', menu: { title: 'nav.points', icon: Coin, section: 'finance', order: 1, hiddenFor: ['EnterpriseUser'] } },
  },
  {
    path: 'points/sets',
    name: 'points-sets',
    component: () => import('./IndicatorSetEditorPage.vue'),
    meta: { permission: 'points.manage', menu: { title: 'nav.pointsSets', icon: Operation, section: 'finance', order: 2 } },
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
