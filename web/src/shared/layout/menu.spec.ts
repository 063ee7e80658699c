import { describe, expect, it } from 'vitest'
import { buildMenu, homePath, type MenuUser } from './menu'
import { PERMISSIONS } from '../enums'

const keys = (user: MenuUser | null) => buildMenu(user).map((item) => item.key)

describe('buildMenu', () => {
  it('is empty for nobody', () => {
    expect(buildMenu(null)).toEqual([])
  })

  it('shows every item, in order, to a user with every permission', () => {
    expect(keys({ roles: ['SystemAdmin'], permissions: [...PERMISSIONS] })).toEqual([
      'dashboard', 'enterprises', 'platforms', 'incubators', 'contests', 'contest-judging', 'users', 'audit',
    ])
  })

  it('shows only what the permissions allow', () => {
    expect(keys({ roles: ['ZoneLeader'], permissions: ['dashboard.view', 'enterprises.read'] })).toEqual([
      'dashboard', 'enterprises',
    ])
  })

  it('gives platforms.read both the platforms and the incubators item', () => {
    expect(keys({ roles: ['ServiceOfficer'], permissions: ['platforms.read'] })).toEqual(['platforms', 'incubators'])
  })

  it('gives contest.read the contests item and contest.score the judging item', () => {
    expect(keys({ roles: ['ZoneLeader'], permissions: ['contest.read', 'contest.score'] })).toEqual(['contests', 'contest-judging'])
    expect(keys({ roles: ['InnovationBureau'], permissions: ['contest.manage'] })).toEqual([])
  })

  it('sends a contest judge straight to the judging page', () => {
    expect(homePath({ roles: ['ContestJudge'], permissions: ['contest.score'] })).toBe('/judging')
  })

  it('does not show write-only permissions as items', () => {
    expect(keys({ roles: ['InnovationBureau'], permissions: ['enterprises.write', 'enterprises.import'] })).toEqual([])
  })

  it('gives an enterprise user a single "my enterprise" item linking to its enterprise', () => {
    const menu = buildMenu({ roles: ['EnterpriseUser'], permissions: ['enterprises.read'], enterpriseId: 'e-42' })
    expect(menu).toEqual([{ key: 'my-enterprise', path: '/enterprises/e-42', label: 'nav.myEnterprise' }])
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
