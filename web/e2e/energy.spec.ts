// Energy (能耗) end to end: the park officer's lighting circuits show a month's savings against the baseline year on the energy page;
// a reading imported from a CSV file appears on its meter; the live MQTT feed card says the feed's state as the API gives it (off in
// the embedded default); the page works on a phone (390×844).
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { call, closePage, launchBrowser, newPage, waitForList } from './browser'

describe('energy (能耗)', () => {
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

  it('shows a month\'s savings of the lighting circuits against their baseline year', async () => {
    page = await newPage(browser, 'park1')
    const [answer] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/energy/consumption'),
      page.goto('/energy/consumption'),
    ])
    const report = (await answer.json()) as { saved: number; percent: number | null; monthsCounted: number }
    expect(report.monthsCounted).toBeGreaterThan(0)
    expect(report.saved).toBeGreaterThan(0)
    // The demo's circuits use about 45% of their baseline since the retrofit: each month saves more than half.
    await page.getByTestId('savings-month').filter({ hasText: /节能 [\d,]+ 千瓦时（5\d\.\d%）/ }).waitFor()
    await page.getByTestId('savings-year').waitFor()
  })

  it('an imported reading appears on its meter', async () => {
    page = await newPage(browser, 'park1')
    await Promise.all([waitForList(page, '/api/energy/meters'), page.goto('/energy/meters')])
    const me = (await call<{ parkId: string }>(page, 'GET', '/api/auth/me')).json
    const code = `E2E-${Date.now().toString(36)}`.toUpperCase()
    const created = await call<{ id: string }>(page, 'POST', '/api/energy/meters',
      { code, name: `照明回路 ${code}`, parkId: me.parkId, kind: 'Electricity', purpose: 'Lighting', unit: 'Kwh', active: true })
    expect(created.status).toBe(201)

    await page.getByTestId('reading-import').click()
    await page.getByTestId('import-file').setInputFiles({
      name: 'readings.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`表计编号,读数时间,读数\n${code},2026-01-01 08:00,1000\n${code},2026-01-02 08:00,1234.5\n`, 'utf8'),
    })
    const [imported] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/energy/readings/import' && r.request().method() === 'POST'),
      page.getByTestId('import-submit').click(),
    ])
    expect(imported.status()).toBe(200)
    await page.getByTestId('import-success').waitFor()
    await page.keyboard.press('Escape')

    await page.getByTestId('meter-search').fill(code)
    await Promise.all([waitForList(page, '/api/energy/meters', ['search', code]), page.getByTestId('meter-search-button').click()])
    const row = page.getByTestId('meter-table').locator('tr', { hasText: code })
    await row.getByTestId('meter-last-reading').filter({ hasText: '1,234.5' }).waitFor()
    await row.getByTestId('meter-readings').click()
    await page.getByTestId('reading-table').getByTestId('reading-value-cell').filter({ hasText: '1,234.5' }).waitFor()
  })

  it('the live meter feed card shows the feed\'s state as the API answers it: off in the embedded default', async () => {
    page = await newPage(browser, 'park1')
    const [answer] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/energy/feed' && r.request().method() === 'GET'),
      page.goto('/energy/meters'),
    ])
    expect(answer.status()).toBe(200)
    const feed = (await answer.json()) as { enabled: boolean; connected: boolean; topic?: string | null }
    // The test host runs the embedded default: no MQTT broker configured, so the feed is off.
    expect(feed.enabled).toBe(false)
    const card = page.getByTestId('meter-feed-card')
    await card.getByText('未启用实时抄表：读数通过导入或手工录入').waitFor()
    // Off: no connection tag and no counters, which only a running feed has.
    expect(await card.getByTestId('meter-feed-state').count()).toBe(0)
    expect(await card.getByTestId('meter-feed-received').count()).toBe(0)
  })

  it('the energy page works on a phone', async () => {
    page = await newPage(browser, 'park1', { viewport: { width: 390, height: 844 } })
    await Promise.all([waitForList(page, '/api/energy/meters'), page.goto('/energy/meters')])
    await page.getByTestId('meter-table').waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await page.getByTestId('energy-tabs').getByRole('tab', { name: '用量与节能' }).click()
    await page.getByTestId('savings-year').waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  })
})
