// A real zone goes live, walked as its operator and officials would: an empty database with the demo off; the first
// administrator created with the command line (password on standard input); the zone set up through the set-up pages;
// enterprises, three years of yearly reports (a bad file refused whole first) and users imported through the 导入
// dialogs; a park officer and an enterprise user sign in and change their one-time passwords; the officer sees only its
// park; the enterprise files next year's report and the officer accepts it; the cultivation funnel and the points board
// show the imported enterprises. This spec runs a host of its own (not the shared demo host of the other specs).
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { creditCodeCheckCharacter } from '../src/shared/creditCode'
import { currentYear } from '../src/shared/format'
import { closePage, launchBrowser, login, newPage } from './browser'
import { runHostCommand, startHost, type RunningHost } from './host'
import { artifactsDir } from './paths'
import { columnName, readHeaders, writeWorkbook } from './xlsx'

/** Waits for what a page shows after a server round trip (generous: the machine may be loaded). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 })
const ADMIN = 'zoneroot'
const ADMIN_PASSWORD = 'Golive#Root2026'
const OFFICER = 'golive-park'
const ENTERPRISE_USER = 'golive-ent'
const REGION = '潍坊市'
const ZONE = '潍坊高新技术产业开发区'
const PARKS = ['光电产业园', '生物医药产业园'] as const
const DEPARTMENTS = ['市场监督管理局', '自然资源和规划局', '人力资源和社会保障局']
const CHAIN = { code: 'OPTO', name: '光电信息', lead: '潍坊光电示范有限公司' }
const BANK = '潍坊银行'
const ENTERPRISE_COUNT = 50
/** The years of the imported reports: the three before last year; the enterprise then files last year's itself. */
const FILED_YEAR = currentYear() - 1
const REPORT_YEARS = [FILED_YEAR - 3, FILED_YEAR - 2, FILED_YEAR - 1]

/** 50 valid credit codes, distinct, with computed check characters (the same in every run: the database is new). */
const creditCodes = Array.from({ length: ENTERPRISE_COUNT }, (_, i) => {
  const body = `91370700MA${String(1000000 + i * 7919).slice(-7)}`
  return body + creditCodeCheckCharacter(body)
})
const enterpriseName = (i: number) => `潍坊高新示范${String(i + 1).padStart(2, '0')}号科技有限公司`
const parkOf = (i: number) => PARKS[i % 2]

/** The data sheet's headers of a template, without the required mark. */
const plain = (headers: string[]) => headers.map((h) => h.replace(/[*＊]\s*$/, '').trim())

function sheetOf(headers: string[], rows: Record<string, string>[]): Promise<Buffer> {
  const keys = plain(headers)
  return writeWorkbook([headers, ...rows.map((row) => keys.map((k) => row[k] ?? ''))])
}

/** The open dialog with this title (the page keeps closed dialogs in the DOM, hidden). */
const dialog = (page: Page, title: string) => page.getByRole('dialog', { name: title })

async function choose(page: Page, select: Locator, option: string) {
  await select.click()
  await page.locator('.el-select-dropdown__item:visible').filter({ hasText: option }).first().click()
}

/** Downloads an import dialog's template (step one) and returns its data sheet's headers. */
async function templateHeaders(page: Page, importDialog: Locator): Promise<string[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), importDialog.getByTestId('import-template').click()])
  return readHeaders(await readFile((await download.path())!))
}

/** Chooses a workbook in an import dialog and sends it; returns the import call's answer. */
async function upload(page: Page, importDialog: Locator, path: RegExp, workbook: Buffer, name: string) {
  await importDialog.getByTestId('import-file').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: workbook,
  })
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && path.test(new URL(r.url()).pathname)),
    importDialog.getByTestId('import-submit').click(),
  ])
  return answer
}

/** Signs in with a one-time password: only the change page opens; after the change, the user's own pages. */
async function signInAndChangePassword(page: Page, user: string, oneTime: string, chosen: string) {
  await page.goto('/login')
  await page.getByTestId('login-username').fill(user)
  await page.getByTestId('login-password').fill(oneTime)
  const [signedIn] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/login' && r.request().method() === 'POST'),
    page.getByTestId('login-submit').click(),
  ])
  expect(signedIn.status()).toBe(200)
  await page.waitForURL((url) => url.pathname === '/password')
  await page.getByTestId('password-forced').waitFor()
  await page.getByTestId('password-current').fill(oneTime)
  await page.getByTestId('password-new').fill(chosen)
  await page.getByTestId('password-confirm').fill(chosen)
  const [changed] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/password' && r.request().method() === 'POST'),
    page.getByTestId('password-submit').click(),
  ])
  expect(changed.status()).toBe(200)
  await page.waitForURL((url) => url.pathname !== '/password')
  await page.getByTestId('user-menu').waitFor()
}

/** One yearly report's figures, different per enterprise and growing a little each year. */
function reportRow(i: number, year: number): Record<string, string> {
  const growth = 1 + (year - REPORT_YEARS[0]) * 0.08
  const revenue = Math.round((1500 + i * 137) * growth)
  return {
    统一社会信用代码: creditCodes[i],
    企业名称: enterpriseName(i),
    年度: String(year),
    '营业收入（万元）': String(revenue),
    '高新技术产品（服务）收入（万元）': String(Math.round(revenue * 0.65)),
    '研发费用（万元）': String(Math.round(revenue * (0.03 + (i % 5) * 0.01))),
    '境内研发费用（万元）': String(Math.round(revenue * (0.03 + (i % 5) * 0.01))),
    '净资产（万元）': String(Math.round(revenue * 0.5)),
    '资产总额（万元）': String(Math.round(revenue * 1.2)),
    '上缴税费（万元）': String(Math.round(revenue * 0.04)),
    '从业人员（人）': String(40 + (i % 30) * 5),
    '科技人员（人）': String(10 + (i % 12) * 2),
    '研发人员（人）': String(6 + (i % 10)),
    '发明专利（件）': String(i % 4),
    '实用新型专利（件）': String(2 + (i % 7)),
  }
}

describe('a zone goes live (上线演练)', () => {
  let host: RunningHost
  let browser: Browser
  let page: Page | undefined
  /** The administrator, signed in once through the form and kept for the administrator's steps. */
  let admin: Page | undefined
  let officerPassword = ''
  let enterprisePassword = ''
  let enterpriseId = ''

  /** A signed-out page on this spec's own host. */
  const open = () => newPage(browser, undefined, { baseURL: host.baseURL })
  const signedIn = async (user: string, password: string) => {
    const p = await open()
    await login(p, user, password)
    return p
  }

  beforeAll(async () => {
    host = await startHost({ demo: false, logName: 'golive-host.log', folderPrefix: 'torchbase-golive-' })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await admin?.context().close()
    await browser?.close()
    await host?.stop()
  })
  afterEach(async (context: TestContext) => {
    if (admin && context.task.result?.state === 'fail') {
      await admin.screenshot({ path: join(artifactsDir, 'golive-administrator.png'), fullPage: true }).catch(() => undefined)
    }
    await closePage(page, context)
    page = undefined
  })

  it('creates the first administrator with the command line, who signs in through the form', async () => {
    // Nobody can sign in to an empty database.
    const before = await fetch(`${host.baseURL}/api/auth/me`)
    expect(before.status).toBe(401)

    const created = await runHostCommand(host.env, ['create-admin', '--user', ADMIN], `${ADMIN_PASSWORD}\n`)
    expect(created.stderr).toBe('')
    expect(created.code).toBe(0)
    expect(created.stdout).toContain(`Created system administrator '${ADMIN}'`)

    admin = await signedIn(ADMIN, ADMIN_PASSWORD)
    expect(new URL(admin.url()).pathname).not.toBe('/password')
  })

  it('sets the zone up: region, zone, two parks, three departments, an industry chain and a bank', async () => {
    const p = admin!
    const create = async (path: string, kind: string, fill: (form: Locator) => Promise<void>) => {
      await p.goto(`/setup/${path}`)
      await p.getByTestId(`setup-${kind}-create`).click()
      const form = p.getByTestId(`setup-${kind}-form`)
      await fill(form)
      const [answer] = await Promise.all([
        p.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.startsWith('/api/setup/')),
        form.getByTestId('form-submit').click(),
      ])
      expect(answer.status(), await answer.text()).toBe(201)
      await poll(() => p.getByTestId(`setup-${kind}-table`).locator('tbody tr').count()).toBeGreaterThan(0)
    }

    await create('regions', 'regions', (form) => form.getByTestId('form-name').fill(REGION))
    await create('zones', 'zones', async (form) => {
      await form.getByTestId('form-name').fill(ZONE)
      await choose(p, form.getByTestId('form-regionId'), REGION)
    })
    for (const [i, park] of PARKS.entries()) {
      await create('parks', 'parks', async (form) => {
        await choose(p, form.getByTestId('form-zoneId'), ZONE)
        await form.getByTestId('form-name').fill(park)
        await choose(p, form.getByTestId('form-kind'), i === 0 ? '产业园区' : '孵化园区')
        await form.getByTestId('form-areaKm2').locator('input').fill(String(12.5 + i))
        await form.getByTestId('form-leaderName').fill(i === 0 ? '张主任' : '刘主任')
      })
    }
    for (const department of DEPARTMENTS) {
      await create('departments', 'departments', async (form) => {
        await choose(p, form.getByTestId('form-zoneId'), ZONE)
        await form.getByTestId('form-name').fill(department)
      })
    }
    await create('industry-chains', 'chains', async (form) => {
      await choose(p, form.getByTestId('form-zoneId'), ZONE)
      await form.getByTestId('form-code').fill(CHAIN.code)
      await form.getByTestId('form-name').fill(CHAIN.name)
      await form.getByTestId('form-leadEnterprises').fill(CHAIN.lead)
    })
    await create('banks', 'banks', (form) => form.getByTestId('form-name').fill(BANK))

    // The zone as the rest of the platform reads it.
    const zones = (await (await p.request.get('/api/org/zones')).json()) as { name: string; parks: { name: string }[] }[]
    expect(zones.map((z) => z.name)).toEqual([ZONE])
    expect(zones[0].parks.map((x) => x.name).sort()).toEqual([...PARKS].sort())
    const departments = (await (await p.request.get('/api/org/departments')).json()) as { name: string }[]
    expect(departments.map((d) => d.name).sort()).toEqual([...DEPARTMENTS].sort())
  })

  it('imports 50 enterprises, then three years of reports: a file with a bad cell is refused whole, the corrected one lands', async () => {
    const p = admin!
    await p.goto('/enterprises')

    await p.getByTestId('enterprise-import').click()
    const enterprises = dialog(p, '批量导入企业')
    // The system administrator sees every zone: the import asks which; the only zone there is is chosen already.
    await poll(() => enterprises.getByTestId('import-zone').innerText()).toContain(ZONE)
    const enterpriseHeaders = await templateHeaders(p, enterprises)
    const rows = creditCodes.map((code, i) => ({
      统一社会信用代码: code, 企业名称: enterpriseName(i), 所属园区: parkOf(i), 产业链: CHAIN.name, 企业规模: i % 3 === 0 ? '中型' : '小型',
      成立日期: `20${10 + (i % 12)}-0${1 + (i % 9)}-15`, 联系人: '王经理', 联系电话: `1380536${String(1000 + i)}`,
    }))
    const imported = await upload(p, enterprises, /^\/api\/enterprises\/import$/, await sheetOf(enterpriseHeaders, rows), '企业.xlsx')
    expect(imported.status(), await imported.text()).toBe(200)
    expect(await imported.json()).toEqual({ imported: ENTERPRISE_COUNT, updated: 0 })
    await poll(() => enterprises.getByTestId('import-success').innerText()).toContain(`新增 ${ENTERPRISE_COUNT} 家`)
    await enterprises.getByRole('button', { name: '关闭', exact: true }).click()
    await poll(async () => (await p.getByTestId('enterprise-link').allInnerTexts()).length).toBeGreaterThan(0)

    // Yearly reports of three years in one file; one cell is wrong (a head count in words).
    await p.getByTestId('report-import').click()
    const reports = dialog(p, '批量导入年度报表')
    const reportHeaders = await templateHeaders(p, reports)
    const good = REPORT_YEARS.flatMap((year) => creditCodes.map((_, i) => reportRow(i, year)))
    const badIndex = 57
    const bad = good.map((row, index) => (index === badIndex ? { ...row, '从业人员（人）': '八十六' } : row))
    const refused = await upload(p, reports, /^\/api\/annual-reports\/import$/, await sheetOf(reportHeaders, bad), '年报-有误.xlsx')
    expect(refused.status()).toBe(422)
    const badRow = String(badIndex + 2) // header row, then rows from Excel row 2
    const badColumn = columnName(plain(reportHeaders).indexOf('从业人员（人）'))
    const errorRows = reports.getByTestId('import-errors').locator('tbody tr')
    await poll(() => errorRows.count()).toBe(1)
    const cells = (await errorRows.first().locator('td').allInnerTexts()).map((c) => c.trim())
    expect(cells.slice(0, 3)).toEqual([badRow, badColumn, '从业人员（人）'])
    expect(await reports.getByTestId('import-rejected').innerText()).toContain('整批未导入')
    // Nothing was written: no enterprise has a reported year.
    const untouched = (await (await p.request.get('/api/enterprises?pageSize=100')).json()) as { total: number; items: { latestYear: number | null }[] }
    expect(untouched.total).toBe(ENTERPRISE_COUNT)
    expect(untouched.items.filter((e) => e.latestYear !== null)).toEqual([])

    const accepted = await upload(p, reports, /^\/api\/annual-reports\/import$/, await sheetOf(reportHeaders, good), '年报.xlsx')
    expect(accepted.status(), await accepted.text()).toBe(200)
    const result = (await accepted.json()) as { imported: number; updated: number; runId: string }
    expect({ imported: result.imported, updated: result.updated }).toEqual({ imported: ENTERPRISE_COUNT * 3, updated: 0 })
    await poll(() => reports.getByTestId('import-success').innerText()).toContain(`新增 ${ENTERPRISE_COUNT * 3} 条`)
    // The re-evaluation follows in the background; the dialog shows its progress until it is done.
    const progress = reports.getByTestId('run-progress')
    await expect.poll(() => progress.getAttribute('data-state'), { timeout: 120_000 }).toBe('Done')
    expect(await progress.getByTestId('run-progress-text').innerText()).toContain(`已重新评估 ${ENTERPRISE_COUNT} 家企业`)
    expect(await progress.getByTestId('run-progress-text').innerText()).toContain(String(REPORT_YEARS[2]))
    const listed = (await (await p.request.get('/api/enterprises?pageSize=100')).json()) as { items: { latestYear: number | null }[] }
    expect(listed.items.length).toBe(ENTERPRISE_COUNT)
    expect(listed.items.every((e) => e.latestYear === REPORT_YEARS[2])).toBe(true)
  })

  it('imports a park officer and an enterprise user, each with a one-time password', async () => {
    const p = admin!
    await p.goto('/admin/users')
    // Users go into one zone: the administrator picks it in the filters first.
    await choose(p, p.getByTestId('filter-zone'), ZONE)
    await p.getByTestId('user-import').click()
    const users = dialog(p, '从 Excel 导入用户')
    const headers = await templateHeaders(p, users)
    const workbook = await sheetOf(headers, [
      { 姓名: '光电园区专员', 登录名: OFFICER, 角色: '园区管理员', 园区: PARKS[0], 手机号: '13805360001' },
      { 姓名: '示范企业填报员', 登录名: ENTERPRISE_USER, 角色: '企业用户', 企业统一社会信用代码: creditCodes[0], 手机号: '13805360002' },
    ])
    const answer = await upload(p, users, /^\/api\/admin\/users\/import$/, workbook, '用户.xlsx')
    expect(answer.status(), await answer.text()).toBe(200)

    // The one-time passwords are shown once, next to each login.
    const table = p.getByTestId('user-import-password-table')
    const passwordOf = async (user: string) => (await table.locator('tr', { hasText: user }).getByTestId('user-import-password').innerText()).trim()
    officerPassword = await passwordOf(OFFICER)
    enterprisePassword = await passwordOf(ENTERPRISE_USER)
    expect(officerPassword.length).toBeGreaterThanOrEqual(8)
    expect(enterprisePassword.length).toBeGreaterThanOrEqual(8)
  })

  it('the park officer changes the one-time password and sees only its own park\'s enterprises', async () => {
    expect(officerPassword).not.toBe('')
    page = await open()
    await signInAndChangePassword(page, OFFICER, officerPassword, 'Park#Officer2026')
    const listed = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/enterprises' && r.request().method() === 'GET')
    await page.getByTestId('menu-enterprises').click()
    const list = (await (await listed).json()) as { total: number; items: { parkName: string }[] }
    expect(list.total).toBe(ENTERPRISE_COUNT / 2)
    const table = page.getByTestId('enterprise-table')
    await poll(() => page!.getByTestId('enterprise-link').count()).toBeGreaterThan(0)
    expect(await table.innerText()).toContain(PARKS[0])
    expect(await table.innerText()).not.toContain(PARKS[1])
    // Another park's enterprise is not found at all.
    const elsewhere = (await (await page.request.get(`/api/enterprises?search=${creditCodes[1]}`)).json()) as { total: number }
    expect(elsewhere.total).toBe(0)
  })

  it('the enterprise changes the one-time password, files last year\'s report, and the park officer accepts it', async () => {
    expect(enterprisePassword).not.toBe('')
    page = await open()
    await signInAndChangePassword(page, ENTERPRISE_USER, enterprisePassword, 'Ent#Filer2026')
    enterpriseId = ((await (await page.request.get('/api/auth/me')).json()) as { enterpriseId: string }).enterpriseId
    expect(enterpriseId).toBeTruthy()
    await page.goto(`/enterprises/${enterpriseId}`)
    await page.getByTestId('tab-reports').click()
    await page.getByTestId('report-file').click()
    expect(Number(await page.getByTestId('form-year').locator('input').inputValue())).toBe(FILED_YEAR)
    await page.getByTestId('form-report-revenue').locator('input').fill('3200')
    await page.getByTestId('form-report-employees').locator('input').fill('48')
    const [filed] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes(`/api/annual-reports/enterprises/${enterpriseId}/${FILED_YEAR}`)),
      page.getByTestId('form-submit').click(),
    ])
    expect(filed.status()).toBe(200)
    expect((await filed.json()).status).toBe('Pending')
    await poll(() => page!.getByTestId('report-status').first().innerText()).toBe('待审核')
    await page.context().close()

    page = await signedIn(OFFICER, 'Park#Officer2026')
    await page.goto(`/enterprises/${enterpriseId}`)
    await page.getByTestId('tab-reports').click()
    await poll(() => page!.getByTestId('report-status').first().innerText()).toBe('待审核')
    const [accepted] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/annual-reports/enterprises/${enterpriseId}/${FILED_YEAR}/accept`)),
      page.getByTestId('report-accept').first().click(),
    ])
    expect(accepted.status()).toBe(200)
    await poll(() => page!.getByTestId('report-status').first().innerText()).toBe('已审核')
    const listed = (await (await page.request.get(`/api/enterprises?search=${creditCodes[0]}`)).json()) as { items: { latestYear: number }[] }
    expect(listed.items[0].latestYear).toBe(FILED_YEAR)
  })

  it('the cultivation funnel and the points board show the imported enterprises', async () => {
    page = admin!
    admin = undefined // closed after this step, with a picture if it failed
    await page.goto('/')
    const funnel = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/cultivation/funnel')
    await page.getByTestId('menu-cultivation').click()
    expect((await funnel).status()).toBe(200)
    await page.getByTestId('cultivation-funnel').locator('canvas').waitFor()
    await poll(() => page!.getByText(`共 ${ENTERPRISE_COUNT} 家企业`).count()).toBe(1)

    const board = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/points/scores')
    await page.getByTestId('menu-points').click()
    const scores = (await (await board).json()) as { total: number; items: { enterpriseName: string }[] }
    expect(scores.total).toBe(ENTERPRISE_COUNT)
    await poll(() => page!.getByTestId('points-count').innerText()).toContain(String(ENTERPRISE_COUNT))
    const names = await page.getByTestId('points-link').allInnerTexts()
    expect(names.length).toBeGreaterThan(0)
    const ours = new Set(creditCodes.map((_, i) => enterpriseName(i)))
    expect(names.every((n) => ours.has(n.trim()))).toBe(true)
  })
})
