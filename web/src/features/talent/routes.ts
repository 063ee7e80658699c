import type { RouteRecordRaw } from 'vue-router'

export const talentRoutes: RouteRecordRaw[] = [
  { path: 'talent/demands', name: 'talent-demands', component: () => import('./DemandListPage.vue'), meta: { permission: 'talent.read' } },
  { path: 'talent/experts', name: 'talent-experts', component: () => import('./ExpertListPage.vue'), meta: { permission: 'talent.read' } },
  { path: 'talent/contracts', name: 'talent-contracts', component: () => import('./ContractPage.vue'), meta: { permission: 'talent.read' } },
  { path: 'talent/registry', name: 'talent-registry', component: () => import('./RegistryPage.vue'), meta: { permission: 'talent.read' } },
]
