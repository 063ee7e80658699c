// Every page of the app, by feature. The router (router.ts) and the side menu (shared/layout/menu.ts) are both built from this.
import type { RouteRecordRaw } from 'vue-router'
import { authRoutes } from './features/auth/routes'
import { dashboardRoutes } from './features/dashboard/routes'
import { enterpriseRoutes } from './features/enterprises/routes'
import { platformRoutes } from './features/platforms/routes'
import { incubatorRoutes } from './features/incubators/routes'
import { adminRoutes } from './features/admin/routes'
import { setupRoutes } from './features/setup/routes'
import { auditRoutes } from './features/audit/routes'
import { economyRoutes } from './features/economy/routes'
import { reportRoutes } from './features/reports/routes'
import { projectRoutes } from './features/projects/routes'
import { talentRoutes } from './features/talent/routes'
import { cultivationRoutes } from './features/cultivation/routes'
import { serviceDeskRoutes } from './features/servicedesk/routes'
import { pointsRoutes } from './features/points/routes'
import { financeRoutes } from './features/finance/routes'
import { policyRoutes } from './features/policies/routes'
import { spaceRoutes } from './features/space/routes'
import { energyRoutes } from './features/energy/routes'
import { contestRoutes } from './features/contest/routes'
import { competitionRoutes } from './features/competitions/routes'
import { todoRoutes } from './features/todo/routes'
import { notificationRoutes } from './features/notifications/routes'

/** Pages outside the signed-in frame. */
export const publicRoutes: RouteRecordRaw[] = [...authRoutes]

/** Pages inside the signed-in frame (children of `/`): the menu's items come from their `meta.menu`. */
export const appRoutes: RouteRecordRaw[] = [
  ...dashboardRoutes,
  ...todoRoutes,
  ...notificationRoutes,
  ...enterpriseRoutes,
  ...platformRoutes,
  ...incubatorRoutes,
  ...spaceRoutes,
  ...energyRoutes,
  ...adminRoutes,
  ...setupRoutes,
  ...auditRoutes,
  ...economyRoutes,
  ...reportRoutes,
  ...projectRoutes,
  ...talentRoutes,
  ...cultivationRoutes,
  ...serviceDeskRoutes,
  ...pointsRoutes,
  ...financeRoutes,
  ...policyRoutes,
  ...contestRoutes,
  ...competitionRoutes,
]
