// Every demo role sees exactly its menu (Identity/Roles.cs: Permissions.ByRole); the sign-in form itself, and signing out.
// The other specs start signed in (global-setup signs each user in once); the last test here drives the form.
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { Me } from '../src/shared/auth'
import { buildMenu, homePath } from '../src/shared/layout/menu'
import zhCN from '../src/shared/i18n/zh-CN'
import { closePage, launchBrowser, login, newPage } from './browser'
import type { SignedInUser } from './paths'

// Each feature's menu items, in menu order.
const PROJECTS: string[] = ['projects', 'project-board', 'project-rating', 'project-comparison']
// Competitions and matchmaking events (以赛招商) sit under the projects, for who reads the competitions.
const COMPETITIONS: string[] = ['competitions', 'events']
const TALENT: string[] = ['talent-demands', 'talent-experts', 'talent-contracts', 'talent-registry']
// Who edits the libraries also keeps the matching glossary.
const TALENT_WRITE: string[] = [...TALENT, 'talent-glossary']
const ECONOMY: string[] = ['economy', 'reports']
const CONTEST: string[] = ['contests', 'contest-judging']
const CULTIVATION: string[] = ['cultivation', 'cultivation-library', 'cultivation-renewals']
const SERVICE: string[] = ['service-requests', 'service-visits', 'service-agency', 'service-officers', 'service-stats']
const REGISTRY: string[] = ['dashboard', 'enterprises', 'platforms', 'incubators', 'space', 'energy', ...CULTIVATION, 'points', 'finance', 'policies']
const SETUP: string[] = ['regions', 'zones', 'parks', 'departments', 'chains', 'banks', 'branches', 'agency', 'categories', 'limits', 'years', 'days']
  .map((kind) => `setup-${kind}`)
// Who writes to the registry also reviews the enterprises' yearly reports and chases the missing ones.
const REGISTRY_WRITE: string[] = [
  'dashboard', 'enterprises', 'report-review', 'report-missing', 'platforms', 'incubators', 'space', 'energy', ...CULTIVATION, 'points', 'finance',
  'policies',
]
// Who manages the points also edits the indicator sets (积分指标体系), listed right after the board.
const withIndicatorSets = (menu: string[]) => menu.flatMap((key) => (key === 'points' ? ['points', 'points-sets'] : [key]))

const ROLES: { user: SignedInUser; role: Me['roles'][number]; menu: string[] }[] = [
  {
    user: 'admin',
    role: 'SystemAdmin',
    menu: [...withIndicatorSets(REGISTRY_WRITE), ...SERVICE, ...PROJECTS, ...COMPETITIONS, ...TALENT_WRITE, ...CONTEST, ...ECONOMY, ...SETUP, 'users', 'audit'],
  },
  { user: 'leader', role: 'ZoneLeader', menu: [...REGISTRY, ...SERVICE, ...PROJECTS, ...COMPETITIONS, ...TALENT, ...CONTEST, ...ECONOMY, 'audit'] },
  { user: 'province', role: 'ZoneLeader', menu: [...REGISTRY, ...SERVICE, ...PROJECTS, ...COMPETITIONS, ...TALENT, ...CONTEST, ...ECONOMY, 'audit'] },
  {
    user: 'bureau',
    role: 'InnovationBureau',
    menu: [...withIndicatorSets(REGISTRY_WRITE), ...SERVICE, ...PROJECTS, ...COMPETITIONS, ...TALENT_WRITE, 'contests', ...ECONOMY],
  },
  { user: 'park1', role: 'ParkOfficer', menu: [...REGISTRY_WRITE, ...SERVICE, ...PROJECTS, ...COMPETITIONS, ...TALENT, ...ECONOMY] },
  { user: 'officer1', role: 'ServiceOfficer', menu: ['dashboard', 'enterprises', ...CULTIVATION, ...SERVICE, ...PROJECTS, ...TALENT] },
  { user: 'dept1', role: 'DepartmentStaff', menu: ['dashboard', 'enterprises', 'service-requests', 'service-stats', ...PROJECTS] },
  { user: 'ent1', role: 'EnterpriseUser', menu: ['my-enterprise', 'space', 'my-points', 'finance', 'policies', 'service-requests', ...TALENT] },
  { user: 'bank1', role: 'BankUser', menu: ['enterprises', 'points', 'finance'] },
  { user: 'expert1', role: 'Expert', menu: TALENT },
  { user: 'judge1', role: 'ContestJudge', menu: ['contest-judging'] },
]

const menuOf = (page: Page) =>
  page.locator('[data-testid^="menu-"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-testid')))

describe('menus by role', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  afterEach(async (context: TestContext) => {
    await closePage(page, context)
  })

  it.each(ROLES)('$user ($role) sees $menu', async ({ user, role, menu }) => {
    page = await newPage(browser, user)
    const me = (await (await page.request.get('/api/auth/me')).json()) as Me
    expect(me.roles).toContain(role)

    // Lands on its home: the first menu item, or the "no access" page when it has none.
    await page.waitForURL((url) => url.pathname === homePath(me))
    expect(await menuOf(page)).toEqual(menu.map((key) => `menu-${key}`))
    // What the UI shows agrees with the permissions the server sent.
    expect(buildMenu(me).map((item) => item.key)).toEqual(menu)
    expect(await page.getByTestId('user-role').innerText()).toContain(zhCN.enums.role[role])
    expect((await page.getByTestId('user-display-name').innerText()).trim()).toBe(me.displayName)
    if (menu.length === 0) await page.getByTestId('page-403').waitFor()
  })

  it('takes an enterprise user straight to its own enterprise', async () => {
    page = await newPage(browser, 'ent1')
    const me = (await (await page.request.get('/api/auth/me')).json()) as Me
    await page.getByTestId('menu-my-enterprise').click()
    await page.waitForURL(`**/enterprises/${me.enterpriseId}`)
    expect((await page.getByTestId('enterprise-name').innerText()).trim()).toBe(me.enterpriseName)
    expect(await page.getByTestId('enterprise-edit').count()).toBe(0)
  })

  it('signs in through the form, shows 403 for a page the role may not open, and signs out', async () => {
    page = await newPage(browser)
    await login(page, 'officer1')
    await page.goto('/admin/users')
    await page.getByTestId('page-403').waitFor()

    await page.getByTestId('user-menu').click()
    await page.getByTestId('logout').click()
    await page.waitForURL('**/login')
    await page.goto('/enterprises')
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('redirect') === '/enterprises')
  })
})
