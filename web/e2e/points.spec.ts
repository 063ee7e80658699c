// Innovation points as the bureau reads them: the zone's board, then one enterprise's explanation, indicator by indicator.
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { closePage, launchBrowser, newPage, waitForList } from './browser'

describe('innovation points (创新积分)', () => {
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

  it('shows the ranked board and explains the first enterprise', async () => {
    page = await newPage(browser, 'bureau')
    const board = waitForList(page, '/api/points/scores')
    await page.getByTestId('menu-points').click()
    expect((await board).status()).toBe(200)
    const first = page.getByTestId('points-link').first()
    const name = (await first.innerText()).trim()
    await first.click()
    await page.waitForURL(/\/points\/enterprises\//)
    await expect.poll(() => page.getByTestId('explain-summary').innerText()).toContain('排名第 1')
    expect((await page.getByTestId('page-title').innerText()).trim()).toBe(name)
    await expect.poll(() => page.getByTestId('explain-table').locator('.el-table__body tr').count()).toBe(18)
    expect(await page.getByTestId('explain-table').innerText()).toMatch(/位列园区前 \d+%/)
  })
  it('a province user sees every zone\'s board, picks one, and finds it picked on the dashboard and the annual report', async () => {
    page = await newPage(browser, 'province')
    const board = waitForList(page, '/api/points/scores')
    await page.getByTestId('menu-points').click()
    expect((await board).status()).toBe(200)
    const picker = page.getByTestId('points-zone')
    await expect.poll(() => picker.innerText()).toContain('全部高新区')
    const table = page.getByTestId('points-table')
    await table.getByText('高新区', { exact: true }).first().waitFor()

    const picked = waitForList(page, '/api/points/scores', ['zoneId', await zoneIdOf(page, '南阳高新区（示例）')])
    await picker.click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: '南阳高新区（示例）' }).click()
    const rows = ((await (await picked).json()) as { items: { zoneName: string }[] }).items
    expect(rows.length).toBeGreaterThan(0)
    expect(new Set(rows.map((r) => r.zoneName))).toEqual(new Set(['南阳高新区（示例）']))
    await expect.poll(() => picker.innerText()).toContain('南阳高新区（示例）')

    const summary = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/dashboard/summary')
    await page.getByTestId('menu-dashboard').click()
    expect(new URL((await summary).url()).searchParams.get('zoneId')).toBe(await zoneIdOf(page, '南阳高新区（示例）'))
    await expect.poll(() => page.getByTestId('dashboard-zone').innerText()).toContain('南阳高新区（示例）')

    await page.getByTestId('menu-reports').click()
    await expect.poll(() => page.getByTestId('report-title').innerText()).toContain('南阳高新区（示例）')
  })
})

/** A zone's id as the signed-in user's zone list gives it. */
async function zoneIdOf(page: Page, name: string): Promise<string> {
  const zones = (await (await page.request.get('/api/org/zones')).json()) as { id: string; name: string }[]
  return zones.find((z) => z.name === name)!.id
}
