import type { RouteRecordRaw } from 'vue-router'
import { Collection, Connection, Notebook, Tickets, UserFilled } from '@element-plus/icons-vue'

export const talentRoutes: RouteRecordRaw[] = [
  {
    path: 'talent/demands',
    name: 'talent-demands',
    component: () => import('./DemandListPage.vue'),
    meta: { permission: 'talent.read', menu: { title: 'nav.talentDemands', icon: Connection, section: 'talent', order: 1 } },
  },
  {
    path: 'talent/experts',
    name: 'talent-experts',
    component: () => import('./ExpertListPage.vue'),
    meta: { permission: 'talent.read', menu: { title: 'nav.talentExperts', icon: UserFilled, section: 'talent', order: 2 } },
  },
  {
    path: 'talent/contracts',
    name: 'talent-contracts',
    component: () => import('./ContractPage.vue'),
    meta: { permission: 'talent.read', menu: { title: 'nav.talentContracts', icon: Tickets, section: 'talent', order: 3 } },
  },
  {
    path: 'talent/registry',
    name: 'talent-registry',
    component: () => import('./RegistryPage.vue'),
    meta: { permission: 'talent.read', menu: { title: 'nav.talentRegistry', icon: Collection, section: 'talent', order: 4 } },
  },
  {
    // The zone's matching glossary: edited by those who may edit the libraries, as on the server.
    path: 'talent/glossary',
    name: 'talent-glossary',
    component: () => import('./GlossaryPage.vue'),
    meta: { permission: 'talent.write', menu: { title: 'nav.talentGlossary', icon: Notebook, section: 'talent', order: 5 } },
  },
]
