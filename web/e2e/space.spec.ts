// Park space (园区空间) end to end: a park officer's building with two units reads 0% occupancy; a lease of the larger unit this month
// raises the building's and the park's occupancy, on the space page and on the dashboard's card; buildings come in from a workbook;
// a project's space need is kept on the project and matched; the page works on a phone.
import { today } from '../src/shared/format'
import { creditCodeCheckCharacter } from '../src/shared/creditCode'
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { call, closePage, launchBrowser, newPage, waitForList } from './browser'
import { readHeaders, writeWorkbook } from './xlsx'
import { readFile } from 'node:fs/promises'

/** A day some days before today (China time), as the API writes it. */
function daysAgo(days: number): string {
  const d = new Date(`${today()}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - days)
  return d.toISOString().slice(0, 10)
}

interface OccupancyRow { id: string; name: string; lettableArea: number; leasedArea: number; rate: number | null }

describe('park space (园区空间)', () => {
  let browser: Browser
  let page: Page | undefined

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  afterEach(async (context: TestContext) => {
    await closePage(page, context)
    page = undefined
  })

  it('a building with units reads empty, and a lease raises the building and the park occupancy', async () => {
    page = await newPage(browser, 'park1')
    await page.goto('/space/buildings')
    const me = (await call<{ parkId: string; parkName: string }>(page, 'GET', '/api/auth/me')).json
    const name = `标准化厂房 E2E ${Date.now().toString(36)}`
    const building = await call<{ id: string }>(page, 'POST', '/api/space/buildings',
      { name, parkId: me.parkId, kind: 'StandardFactory', floors: 2, grossArea: 3000, owner: 'ParkCompany' })
    expect(building.status).toBe(201)
    const units: string[] = []
    for (const [unit, area] of [['一层', 1000], ['二层', 500]] as const) {
      const created = await call<{ id: string }>(page, 'POST', '/api/space/space-units',
        { name: unit, buildingId: building.json.id, floor: unit === '一层' ? 1 : 2, area, floorLoad: 10, powerKva: 400, status: 'Vacant' })
      expect(created.status).toBe(201)
      units.push(created.json.id)
    }
    const parkBefore = (await call<{ parks: OccupancyRow[] }>(page, 'GET', '/api/space/occupancy?months=1')).json.parks
      .find((p) => p.id === me.parkId)!

    const search = async () => {
      await page!.getByTestId('building-search').fill(name)
      await Promise.all([waitForList(page!, '/api/space/buildings', ['search', name]), page!.getByTestId('building-search-button').click()])
    }
    await search()
    const row = page.getByTestId('building-table').locator('tr', { hasText: name })
    await row.getByTestId('building-occupancy').filter({ hasText: /^0%$/ }).waitFor()

    // A lease of the larger unit from today on: 1,000 of 1,500 m² let.
    const enterprise = (await call<{ items: { id: string }[] }>(page, 'GET', '/api/enterprises?pageSize=1')).json.items[0]
    const start = today()
    const end = `${Number(start.slice(0, 4)) + 2}${start.slice(4)}`
    const lease = await call(page, 'POST', '/api/space/leases',
      { unitId: units[0], enterpriseId: enterprise.id, from: start, to: end, area: 1000, monthlyRent: 12, leaseThenTransfer: false })
    expect(lease.status).toBe(201)
    await search()
    await row.getByTestId('building-occupancy').filter({ hasText: '66.7%' }).waitFor()

    // Its units: the let one reads 已租, the other 空置.
    await Promise.all([waitForList(page, '/api/space/space-units', ['buildingId', building.json.id]), row.getByTestId('building-units').click()])
    const unitRows = page.getByTestId('unit-table').locator('tbody tr')
    await expect.poll(() => unitRows.count()).toBe(2)
    await unitRows.filter({ hasText: '一层' }).getByTestId('unit-status').filter({ hasText: '已租' }).waitFor()
    await unitRows.filter({ hasText: '二层' }).getByTestId('unit-status').filter({ hasText: '空置' }).waitFor()

    // The park's occupancy rose by the area let, on the dashboard's card too.
    const parkAfter = (await call<{ parks: OccupancyRow[] }>(page, 'GET', '/api/space/occupancy?months=1')).json.parks.find((p) => p.id === me.parkId)!
    expect(parkAfter.leasedArea - (parkBefore?.leasedArea ?? 0)).toBe(1000)
    expect(parkAfter.rate!).toBeGreaterThan(parkBefore?.rate ?? 0)
    await page.goto('/')
    const card = page.getByTestId('occupancy-card-park').filter({ hasText: me.parkName })
    await card.filter({ hasText: `${(Math.round(parkAfter.rate! * 1000) / 10).toFixed(1)}%` }).waitFor()
  })

  it('a flagged zombie enterprise is confirmed, its disposal frees its unit, and a project reserves that unit', async () => {
    page = await newPage(browser, 'park1')
    await page.goto('/space/zombies')
    const me = (await call<{ parkId: string }>(page, 'GET', '/api/auth/me')).json
    const suffix = Date.now().toString(36)
    // An enterprise of the park, let a unit with rent four months behind, that has since moved out: two signals, so flagged.
    const chains = (await call<{ code: string }[]>(page, 'GET', '/api/org/industry-chains')).json
    let body = '91410400'
    while (body.length < 17) body += '0123456789ABCDEFGHJKLMNPQRTUWXY'[Math.floor(Math.random() * 31)]
    const name = `停产企业 E2E ${suffix}`
    const enterprise = await call<{ id: string }>(page, 'POST', '/api/enterprises', {
      creditCode: body + creditCodeCheckCharacter(body), name, parkId: me.parkId, industryChain: chains[0]!.code, scale: 'Small',
      registeredOn: '2018-05-01', contactName: '张三', contactPhone: '13812345678',
    })
    expect(enterprise.status).toBe(201)
    const building = await call<{ id: string }>(page, 'POST', '/api/space/buildings',
      { name: `处置厂房 E2E ${suffix}`, parkId: me.parkId, kind: 'StandardFactory', floors: 1, grossArea: 3000, owner: 'ParkCompany' })
    const area = 2000 + (Date.now() % 900)
    const unit = await call<{ id: string }>(page, 'POST', '/api/space/space-units',
      { name: `一层 ${suffix}`, buildingId: building.json.id, floor: 1, area, floorLoad: 12, powerKva: 500, status: 'Vacant' })
    expect(unit.status).toBe(201)
    const lease = await call(page, 'POST', '/api/space/leases', {
      unitId: unit.json.id, enterpriseId: enterprise.json.id, from: daysAgo(400), to: daysAgo(-700), area, monthlyRent: 10,
      leaseThenTransfer: false, rentPaidUntil: daysAgo(120),
    })
    expect(lease.status).toBe(201)
    expect((await call(page, 'POST', `/api/enterprises/${enterprise.json.id}/lifecycle`, { kind: 'MovedOut', occurredOn: daysAgo(30) })).status)
      .toBe(200)

    // The flag reads its reasons; the officer confirms it with a note and opens a disposal case.
    await page.getByTestId('zombie-search').fill(name)
    await Promise.all([waitForList(page, '/api/space/zombies', ['search', name]), page.getByTestId('zombie-search-button').click()])
    const row = page.getByTestId('zombie-table').locator('tbody tr', { hasText: name })
    await row.getByTestId('zombie-reason').filter({ hasText: '租金拖欠 120 天' }).waitFor()
    await row.getByTestId('zombie-reason').filter({ hasText: '已迁出或注销' }).waitFor()
    await row.getByTestId('zombie-confirm').click()
    await page.getByTestId('zombie-note').fill('实地核查：已停产，租金四个月未缴')
    await Promise.all([waitForList(page, '/api/space/zombies'), page.getByTestId('zombie-submit').click()])
    await row.filter({ hasText: '已确认' }).waitFor()
    await row.getByTestId('zombie-open-case').click()
    await Promise.all([waitForList(page, '/api/space/zombies'), page.getByTestId('zombie-submit').click()])

    // The case goes 核查 → 约谈 → 协商退出 → 盘活; closing it frees the unit.
    await page.getByTestId('space-tabs').getByRole('tab', { name: '处置与盘活' }).click()
    await page.getByTestId('disposal-search').fill(name)
    await Promise.all([waitForList(page, '/api/space/disposals', ['search', name]), page.getByTestId('disposal-search-button').click()])
    const caseRow = page.getByTestId('disposal-table').locator('tbody tr', { hasText: name })
    for (const stage of ['约谈', '协商退出', '盘活']) {
      await caseRow.getByTestId('disposal-step').click()
      await page.getByTestId('disposal-next-stage').getByText(stage, { exact: true }).click()
      if (stage === '盘活') await page.getByTestId('disposal-next-tenant').fill('新能源装备项目')
      await Promise.all([waitForList(page, '/api/space/disposals'), page.getByTestId('disposal-submit').click()])
      await caseRow.filter({ hasText: stage }).waitFor()
    }
    await caseRow.filter({ hasText: '新能源装备项目' }).waitFor()
    const units = await call<{ items: { id: string; status: string }[] }>(page, 'GET', `/api/space/space-units?buildingId=${building.json.id}`)
    expect(units.json.items.map((u) => u.status)).toEqual(['Vacant'])

    // A project of the park matches its need to the vacant units and reserves that one.
    const project = (await call<{ items: { id: string }[] }>(page, 'GET', `/api/projects?parkId=${me.parkId}&pageSize=1`)).json.items[0]!
    await page.goto(`/projects/${project.id}`)
    await page.getByTestId('project-space').waitFor()
    await page.getByTestId('need-area').locator('input').fill(String(area))
    await page.getByTestId('need-floor-load').locator('input').fill('12')
    await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === '/api/space/match'), page.getByTestId('need-match').click()])
    const match = page.getByTestId('project-matches').locator('tbody tr', { hasText: `一层 ${suffix}` })
    await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === `/api/space/space-units/${unit.json.id}/reserve`),
      match.getByTestId('project-reserve-unit').click(),
    ])
    await page.getByTestId('project-reserved-units').locator('tbody tr', { hasText: `一层 ${suffix}` }).waitFor()
    const reserved = await call<{ items: { status: string; reservedForProjectId: string }[] }>(page, 'GET',
      `/api/space/space-units?buildingId=${building.json.id}`)
    expect(reserved.json.items.map((u) => [u.status, u.reservedForProjectId])).toEqual([['Reserved', project.id]])
  })

  it('buildings come in from a workbook: the template, a bad row reported and nothing written, then the corrected file', async () => {
    page = await newPage(browser, 'park1')
    await Promise.all([waitForList(page, '/api/space/buildings'), page.goto('/space/buildings')])
    const me = (await call<{ parkName: string }>(page, 'GET', '/api/auth/me')).json
    const stamp = `导入楼宇E2E${Date.now().toString(36)}`
    await page.getByTestId('space-import-buildings').click()
    const dialog = page.getByTestId('import-dialog')
    const [template] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('import-template').click()])
    const headers = (await readHeaders(await readFile((await template.path())!))).map((h) => h.replace(/\*$/, ''))
    expect(headers).toEqual(['楼宇名称', '所属园区', '类型', '层数', '建筑面积（平方米）', '产权方'])

    const send = async (rows: (string | number)[][]) => {
      await dialog.getByTestId('import-file').setInputFiles({
        name: 'buildings.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await writeWorkbook([headers, ...rows.map((r) => r.map(String))]),
      })
      const [answer] = await Promise.all([
        page!.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/space/buildings/import'),
        dialog.getByTestId('import-submit').click(),
      ])
      return answer.status()
    }
    const rows = [[`${stamp}-1`, me.parkName, '标准化厂房', 3, 4500, '园区平台公司'], [`${stamp}-2`, '没有这个园区', '办公楼', 8, 9000, '民营']]
    expect(await send(rows)).toBe(422)
    const cells = await dialog.getByTestId('import-errors').locator('tbody tr').first().locator('td').allInnerTexts()
    expect(cells.slice(0, 2).map((c) => c.trim())).toEqual(['3', 'B'])
    expect((await call<{ total: number }>(page, 'GET', `/api/space/buildings?search=${stamp}`)).json.total).toBe(0)

    rows[1][1] = me.parkName
    expect(await send(rows)).toBe(200)
    await dialog.getByTestId('import-success').filter({ hasText: '新增 2 条' }).waitFor()
    expect((await call<{ total: number }>(page, 'GET', `/api/space/buildings?search=${stamp}`)).json.total).toBe(2)
  })

  it("a project's space need is kept on the project: saved, still there after a reload, matched and a unit reserved", async () => {
    page = await newPage(browser, 'park1')
    await page.goto('/space/buildings')
    const me = (await call<{ parkId: string }>(page, 'GET', '/api/auth/me')).json
    const suffix = Date.now().toString(36)
    const building = await call<{ id: string }>(page, 'POST', '/api/space/buildings',
      { name: `需求厂房 E2E ${suffix}`, parkId: me.parkId, kind: 'StandardFactory', floors: 1, grossArea: 9000, owner: 'ParkCompany' })
    // An area no other unit of the park has, so that this unit is the best fit.
    const area = 5000 + (Date.now() % 997) + 0.5
    const unit = await call<{ id: string }>(page, 'POST', '/api/space/space-units',
      { name: `需求单元 ${suffix}`, buildingId: building.json.id, floor: 1, area, floorLoad: 15, powerKva: 800, status: 'Vacant' })
    expect(unit.status).toBe(201)
    const project = (await call<{ items: { id: string }[] }>(page, 'GET', `/api/projects?parkId=${me.parkId}&pageSize=1&sort=name`)).json.items[0]!

    await page.goto(`/projects/${project.id}`)
    await page.getByTestId('project-space-need').waitFor()
    await page.getByTestId('need-area').locator('input').fill(String(area))
    await page.getByTestId('need-floor-load').locator('input').fill('15')
    await page.getByTestId('need-power').locator('input').fill('800')
    const [saved] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'PUT' && new URL(r.url()).pathname === `/api/space/projects/${project.id}/need`),
      page.getByTestId('need-save').click(),
    ])
    expect(saved.status()).toBe(200)

    await page.reload()
    const kept = page.getByTestId('project-space-need')
    await kept.filter({ hasText: '800' }).waitFor()
    expect(await kept.innerText()).toContain('15')
    expect(await page.getByTestId('need-area').locator('input').inputValue()).toBe(String(area))
    await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === '/api/space/match'), page.getByTestId('need-match').click()])
    const first = page.getByTestId('project-matches').locator('tbody tr').first()
    await first.filter({ hasText: `需求单元 ${suffix}` }).waitFor()
    await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === `/api/space/space-units/${unit.json.id}/reserve`),
      first.getByTestId('project-reserve-unit').click(),
    ])
    await page.getByTestId('project-reserved-units').locator('tbody tr', { hasText: `需求单元 ${suffix}` }).waitFor()
    const need = (await call<{ area: number; floorLoad: number; powerKva: number }>(page, 'GET', `/api/space/projects/${project.id}/need`)).json
    expect([need.area, need.floorLoad, need.powerKva]).toEqual([area, 15, 800])
  })

  it('the space page works on a phone', async () => {
    page = await newPage(browser, 'park1', { viewport: { width: 390, height: 844 } })
    await Promise.all([waitForList(page, '/api/space/buildings'), page.goto('/space/buildings')])
    await page.getByTestId('building-table').waitFor()
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(390)
    await page.getByTestId('space-tabs').getByRole('tab', { name: '入驻率' }).click()
    await page.getByTestId('occupancy-total').waitFor()
  })
})
