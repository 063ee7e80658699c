import { describe, expect, it } from 'vitest'
import { buildMenu, homePath, type MenuUser } from './menu'
import type { RouteRecordRaw } from 'vue-router'
import { PERMISSIONS, type Permission } from '../enums'
import { appRoutes } from '@/routes'
import { allows } from './routeMeta'

const keys = (user: MenuUser | null) => buildMenu(user).map((item) => item.key)

describe('buildMenu', () => {
  it('is empty for nobody', () => {
    expect(buildMenu(null)).toEqual([])
  })

  const SETUP = ['regions', 'zones', 'parks', 'departments', 'chains', 'banks', 'branches', 'agency', 'categories', 'limits', 'years',
    'days'].map((k) => `setup-${k}`)

  it('shows every item, in order, to a user with every permission', () => {
    expect(keys({ roles: ['SystemAdmin'], permissions: [...PERMISSIONS] })).toEqual([
      'dashboard', 'enterprises', 'report-review', 'report-missing', 'platforms', 'incubators', 'space', 'energy',
      'cultivation', 'cultivation-library', 'cultivation-renewals', 'points', 'points-sets', 'finance', 'policies',
      'service-requests', 'service-visits', 'service-agency', 'service-officers', 'service-stats',
      'projects', 'project-board', 'project-rating', 'project-comparison', 'competitions', 'events',
      'talent-demands', 'talent-experts', 'talent-contracts', 'talent-registry', 'talent-glossary', 'contests', 'contest-judging', 'economy', 'reports',
      ...SETUP, 'users', 'audit',
    ])
  })

  it('gives a zone administrator the set-up pages and nothing else', () => {
    expect(keys({ roles: ['ZoneAdmin'], permissions: ['setup.manage'] })).toEqual(SETUP)
  })

  it('gives cultivation.read the pipeline, the library and the renewals, except to an enterprise user', () => {
    expect(keys({ roles: ['ServiceOfficer'], permissions: ['cultivation.read'] })).toEqual(['cultivation', 'cultivation-library', 'cultivation-renewals'])
    expect(keys({ roles: ['EnterpriseUser'], permissions: ['cultivation.read'] })).toEqual([])
  })

  it('gives department staff the requests they report on and the statistics, not the parks\' own service pages', () => {
    expect(keys({ roles: ['DepartmentStaff'], permissions: ['dashboard.view', 'service.read', 'service.handle'] })).toEqual([
      'dashboard', 'service-requests', 'service-stats',
    ])
  })

  it('gives an enterprise its requests but no handling pages', () => {
    expect(keys({ roles: ['EnterpriseUser'], permissions: ['service.read', 'service.submit'] })).toEqual(['service-requests'])
  })

  it('shows only what the permissions allow', () => {
    expect(keys({ roles: ['ZoneLeader'], permissions: ['dashboard.view', 'enterprises.read'] })).toEqual([
      'dashboard', 'enterprises',
    ])
  })

  it('gives enterprises.write the yearly-report review queue and the list of reports not filed', () => {
    expect(keys({ roles: ['ParkOfficer'], permissions: ['enterprises.read', 'enterprises.write'] })).toEqual([
      'enterprises', 'report-review', 'report-missing',
    ])
    expect(keys({ roles: ['ZoneLeader'], permissions: ['enterprises.read'] })).toEqual(['enterprises'])
  })

  it('gives platforms.read both the platforms and the incubators item', () => {
    expect(keys({ roles: ['ServiceOfficer'], permissions: ['platforms.read'] })).toEqual(['platforms', 'incubators'])
  })

  it('gives projects.read the ledger, the battle chart, the rating and the comparison', () => {
    expect(keys({ roles: ['DepartmentStaff'], permissions: ['projects.read'] })).toEqual([
      'projects', 'project-board', 'project-rating', 'project-comparison',
    ])
    expect(keys({ roles: ['ParkOfficer'], permissions: ['competitions.read'] })).toEqual(['competitions', 'events'])
  })

  it('gives talent.read the four talent items, and an expert lands on the demands', () => {
    const expert = { roles: ['Expert'], permissions: ['talent.read', 'talent.submit'] } satisfies MenuUser
    expect(keys(expert)).toEqual(['talent-demands', 'talent-experts', 'talent-contracts', 'talent-registry'])
    expect(homePath(expert)).toBe('/talent/demands')
  })

  it('gives contest.read the contests item and contest.score the judging item', () => {
    expect(keys({ roles: ['ZoneLeader'], permissions: ['contest.read', 'contest.score'] })).toEqual(['contests', 'contest-judging'])
    expect(keys({ roles: ['InnovationBureau'], permissions: ['contest.manage'] })).toEqual([])
  })

  it('sends a contest judge straight to the judging page', () => {
    expect(homePath({ roles: ['ContestJudge'], permissions: ['contest.score'] })).toBe('/judging')
  })

  it('does not show write-only permissions as items', () => {
    expect(keys({ roles: ['InnovationBureau'], permissions: ['enterprises.import', 'platforms.write'] })).toEqual([])
  })

  it('gives an enterprise user a single "my enterprise" item linking to its enterprise', () => {
    const menu = buildMenu({ roles: ['EnterpriseUser'], permissions: ['enterprises.read'], enterpriseId: 'e-42' })
    expect(menu.map(({ key, section, path, title }) => ({ key, section, path, title }))).toEqual([
      { key: 'my-enterprise', section: 'registry', path: '/enterprises/e-42', title: 'nav.myEnterprise' },
    ])
  })

  it('gives the finance item once, whichever side of the supermarket the user is on', () => {
    expect(keys({ roles: ['BankUser'], permissions: ['enterprises.read', 'points.read', 'finance.bank'] })).toEqual(['enterprises', 'points', 'finance'])
    expect(keys({ roles: ['InnovationBureau'], permissions: ['finance.read', 'finance.manage'] })).toEqual(['finance'])
  })

  it('sends an enterprise user to its own points explanation', () => {
    const menu = buildMenu({ roles: ['EnterpriseUser'], permissions: ['points.read', 'finance.apply'], enterpriseId: 'e-42' })
    expect(menu.map((i) => i.path)).toEqual(['/points/enterprises/e-42', '/finance'])
  })

  it('gives the finance page to whoever passes its guard, and only to them', () => {
    expect(keys({ roles: ['ServiceOfficer'], permissions: ['dashboard.view', 'service.read'] })).not.toContain('finance')
  })

  it('builds each item from its route\'s meta: title, icon, section, order, and the route\'s own permission', () => {
    const icon = { name: 'TestIcon' }
    const routes = [
      { path: 'b', name: 'b', component: {}, meta: { permission: 'talent.read', menu: { title: 'nav.b', icon, section: 'talent', order: 2 } } },
      { path: 'a', name: 'a', component: {}, meta: { permission: 'talent.read', menu: { title: 'nav.a', icon, section: 'talent', order: 1 } } },
      { path: 'c', name: 'c', component: {}, meta: { permission: 'dashboard.view', menu: { title: 'nav.c', icon, section: 'overview', order: 9 } } },
      { path: 'hidden', name: 'hidden', component: {}, meta: { permission: 'talent.read' } },
      { path: 'other', name: 'other', component: {}, meta: { permission: 'users.manage', menu: { title: 'nav.o', icon, section: 'system', order: 1 } } },
    ] satisfies RouteRecordRaw[]
    const menu = buildMenu({ roles: ['Expert'], permissions: ['talent.read', 'dashboard.view'] }, routes)
    expect(menu).toEqual([
      { key: 'c', section: 'overview', path: '/c', title: 'nav.c', icon },
      { key: 'a', section: 'talent', path: '/a', title: 'nav.a', icon },
      { key: 'b', section: 'talent', path: '/b', title: 'nav.b', icon },
    ])
  })

  it('shows an item only to a user the router guard lets through', () => {
    for (const permissions of [[], ['dashboard.view'], ['enterprises.read', 'finance.bank'], [...PERMISSIONS]] as Permission[][]) {
      const user = { roles: ['InnovationBureau'], permissions } satisfies MenuUser
      for (const item of buildMenu(user)) {
        const route = appRoutes.find((r) => (r.meta?.menu?.key ?? r.name) === item.key)
        expect(route, item.key).toBeDefined()
        expect(allows(permissions, route?.meta?.permission)).toBe(true)
      }
    }
  })

  it('shows no enterprise item to an enterprise user without an enterprise', () => {
    expect(keys({ roles: ['EnterpriseUser'], permissions: ['enterprises.read'] })).toEqual([])
  })
})

describe('homePath', () => {
  it('is the dashboard when allowed', () => {
    expect(homePath({ roles: ['ZoneLeader'], permissions: ['dashboard.view', 'enterprises.read'] })).toBe('/')
  })

  it('is the own enterprise for an enterprise user', () => {
    expect(homePath({ roles: ['EnterpriseUser'], permissions: ['enterprises.read'], enterpriseId: '7' })).toBe(
      '/enterprises/7',
    )
  })

  it('is the forbidden page for a user with nothing to see', () => {
    expect(homePath({ roles: ['Expert'], permissions: [] })).toBe('/403')
  })
})
