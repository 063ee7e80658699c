// 数据驾驶舱, economic indicators and the annual report, as a zone leader, the bureau and a province user see them.
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { readFile } from 'node:fs/promises'
import JSZip from 'jszip'
import { closePage, launchBrowser, newPage, waitForList } from './browser'
import { readRows, writeWorkbook } from './xlsx'
import { formatNumber } from '../src/shared/format'

describe('dashboard, economy and annual report', () => {
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

  it('a zone leader clicks through a dashboard figure to the list behind it', async () => {
    page = await newPage(browser, 'leader')
    const kpi = page.getByTestId('kpi-gazelle')
    const shown = Number((await kpi.getByTestId('kpi-value').innerText()).replace(/\D/g, ''))
    const filtered = waitForList(page, '/api/enterprises', ['qualification', 'Gazelle'])
    await kpi.click()
    const body = (await (await filtered).json()) as { total: number }
    expect(body.total).toBe(shown)
    await page.waitForURL((url) => url.pathname === '/enterprises' && url.searchParams.get('qualification') === 'Gazelle')
  })

  it('a zone leader sees the modules\' figures and opens the service-desk statistics from one', async () => {
    page = await newPage(browser, 'leader')
    // The page opens signed in on the dashboard, so its first calls may be done already, or still on their way: let them
    // finish, then wait for the reload's (a response of the first load is gone once the page reloads).
    await page.waitForLoadState('networkidle')
    const stats = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/service/statistics')
    await page.reload()
    await page.getByTestId('dashboard-modules').waitFor()
    const received = ((await (await stats).json()) as { summary: { received: number } }).summary.received
    const card = page.getByTestId('module-service')
    expect((await card.getByTestId('module-value').innerText()).trim()).toBe(String(received))
    await page.getByTestId('module-projects').waitFor()
    await card.click()
    await page.waitForURL((url) => url.pathname === '/service/statistics')
  })

  it('a province user sees the zones side by side and switches to one of them', async () => {
    page = await newPage(browser, 'province')
    const table = page.getByTestId('dashboard-zones')
    await table.getByText('南阳高新区（示例）').waitFor()
    await table.getByText('平顶山高新区（示例）').waitFor()

    const picked = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/dashboard/summary' && new URL(r.url()).searchParams.has('zoneId'))
    await page.getByTestId('dashboard-zone-南阳高新区（示例）').click()
    const summary = (await (await picked).json()) as { zoneName: string; enterpriseCount: number }
    expect(summary.zoneName).toBe('南阳高新区（示例）')
    await page.getByTestId('page-title').locator('xpath=..').getByText('南阳高新区（示例）').waitFor()
    const enterprises = Number((await page.getByTestId('kpi-enterprises').getByTestId('kpi-value').innerText()).replace(/\D/g, ''))
    expect(enterprises).toBe(summary.enterpriseCount)
    expect(await page.getByTestId('dashboard-zones').count()).toBe(0)
  })

  /**
   * 规上工业 and its R&D coverage for a year, counted from the bureau's own exports (the enterprises' industry codes and the year's
   * accepted reports) as the statistics define them: B, C or D, main-business revenue of 2000 万元 or more, R&D expense above zero.
   */
  async function coverageFromRecords(bureau: Page, year: number) {
    const sheet = async (url: string) => {
      const response = await bureau.request.get(url)
      expect(response.status()).toBe(200)
      const [headers, ...rows] = await readRows(await response.body())
      return rows.map((r) => Object.fromEntries(headers.map((h, i) => [h.replace(/\*$/, ''), r[i] ?? ''])))
    }
    const codes = new Map((await sheet('/api/enterprises/export')).map((e) => [e['统一社会信用代码'], e['国民经济行业代码']]))
    const above = (await sheet(`/api/annual-reports/export?year=${year}`)).filter((r) =>
      /^[BCD]/.test(codes.get(r['统一社会信用代码']) ?? '') && r['主营业务收入（万元）'] !== '' && Number(r['主营业务收入（万元）']) >= 2000)
    const withRd = above.filter((r) => Number(r['研发费用（万元）'] || 0) > 0).length
    return { above: above.length, withRd, percent: above.length === 0 ? null : Math.round((withRd * 10000) / above.length) / 100 }
  }

  it('the economy sheet and the zones table show the 规上 rows and the R&D coverage the records give', async (context: TestContext) => {
    page = await newPage(browser, 'bureau')
    const zone = ((await (await page.request.get('/api/dashboard/zones')).json()) as { zoneName: string; researchCoverageYear: number }[])[0]
    const year = zone.researchCoverageYear
    const expected = await coverageFromRecords(page, year)
    expect(expected.above).toBeGreaterThan(0)

    const loaded = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/economy/sheet' && r.url().includes(`year=${year}`)
      && r.url().includes('month=12'))
    await page.goto(`/economy?year=${year}&month=12`)
    await loaded
    await expect.poll(() => page.getByTestId('economy-value-ABOVEIND').innerText()).toBe(formatNumber(expected.above))
    expect(await page.getByTestId('economy-value-ABOVEINDRD').innerText()).toBe(formatNumber(expected.withRd))
    expect(await page.getByTestId('economy-value-RDCOVER').innerText()).toBe(formatNumber(expected.percent))
    await closePage(page, context)

    // The province sees the same zone's coverage in the zones table of the dashboard.
    page = await newPage(browser, 'province')
    const row = page.getByTestId('dashboard-zones').locator('tr', { has: page.getByTestId(`dashboard-zone-${zone.zoneName}`) })
    await row.waitFor()
    // The cell holds the figure and, beside it, the zone's rank among the zones.
    await row.getByText(expected.percent === null ? '—' : `${formatNumber(expected.percent, 1)}%`).first().waitFor()
  })

  it('the bureau enters a month figure and sees its growth', async () => {
    page = await newPage(browser, 'bureau')
    const loaded = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/economy/sheet')
    await page.goto('/economy')
    const sheet = (await (await loaded).json()) as { rows: { code: string; previousValue: number | null }[] }
    const previous = sheet.rows.find((r) => r.code === 'RETAIL')!.previousValue!
    expect(previous).toBeGreaterThan(0)

    await page.getByTestId('economy-edit-figures').click()
    const input = page.getByTestId('economy-input-RETAIL').locator('input')
    const entered = Math.round(previous * 1.1 * 100) / 100
    await input.fill(String(entered))
    const saved = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/economy/figures')
    await page.getByTestId('economy-save').click()
    expect((await saved).status()).toBe(200)
    await page.getByTestId('economy-growth-RETAIL').getByText('+10%').waitFor()
  })

  it('the bureau imports a month of figures: a wrong row is named and nothing lands, the corrected file does', async () => {
    page = await newPage(browser, 'bureau')
    const loaded = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/economy/sheet')
    await page.goto('/economy')
    const sheet = (await (await loaded).json()) as { year: number; month: number; rows: { code: string; name: string; value: number | null }[] }
    const trade = sheet.rows.find((r) => r.code === 'TRADE')!

    await page.getByTestId('economy-import').click()
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-template').click()])
    expect(template.suggestedFilename()).toMatch(/^经济指标导入模板.*\.xlsx$/)
    const [headers, ...due] = await readRows(await readFile((await template.path())!))
    expect(headers.slice(0, 4)).toEqual(['年份', '月份', '指标', '1—N月累计值'])
    expect(due.map((r) => r[2])).toContain(trade.name)

    const period = [String(sheet.year), String(sheet.month)]
    const value = String(Math.round((trade.value ?? 100) * 1.07 * 100) / 100)
    async function upload(rows: string[][]) {
      await page.getByTestId('import-file').setInputFiles({
        name: 'economy.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await writeWorkbook([headers.slice(0, 4), ...rows]),
      })
      const [answer] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === '/api/economy/import' && r.request().method() === 'POST'),
        page.getByTestId('import-submit').click(),
      ])
      return answer.status()
    }

    expect(await upload([[...period, trade.name, value], [...period, '不存在的指标', '1']])).toBe(422)
    const cells = await page.getByTestId('import-errors').locator('tbody tr').first().locator('td').allInnerTexts()
    expect(cells.slice(0, 3).map((c) => c.trim())).toEqual(['3', 'C', '指标'])
    expect(await page.getByTestId('economy-value-TRADE').innerText()).toBe(formatNumber(trade.value))

    const reloaded = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/economy/sheet')
    expect(await upload([[...period, 'TRADE', value]])).toBe(200)
    expect(await page.getByTestId('import-success').innerText()).toContain(trade.value === null ? '新增 1 项' : '更新 1 项')
    await reloaded
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByTestId('economy-value-TRADE').innerText()).toBe(formatNumber(Number(value)))
  })

  it('the annual report downloads as a workbook and prints to PDF with Chinese fonts', async () => {
    page = await newPage(browser, 'leader')
    const loaded = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/reports/annual')
    await page.goto('/reports/annual')
    const report = (await (await loaded).json()) as { zoneName: string; year: number; sections: { key: string; title: string }[] }
    expect(report.sections.map((s) => s.key)).toEqual(expect.arrayContaining(['economy', 'enterprises', 'carriers']))
    await page.getByTestId('report-title').getByText(report.zoneName).waitFor()
    await page.getByTestId('report-section-enterprises').locator('svg').first().waitFor()

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-export').click()])
    expect(download.suggestedFilename()).toMatch(/年度报告\.xlsx$/)
    const data = await readFile((await download.path())!)
    const zip = await JSZip.loadAsync(data)
    const sheets = [...((await zip.file('xl/workbook.xml')!.async('string')).matchAll(/<(?:\w+:)?sheet\b[^>]*name="([^"]+)"/g))].map((m) => m[1])
    expect(sheets).toHaveLength(report.sections.length)
    expect((await readRows(data))[0]).toContain('指标')

    await page.emulateMedia({ media: 'print' })
    expect(await page.getByTestId('side-menu').isVisible()).toBe(false)
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    // The Chinese text is set in an embedded CJK font, not left to a missing-glyph box.
    expect(pdf.toString('latin1')).toMatch(/FontName\s*\/[A-Z]{6}\+Noto\w*CJK/)
  })
})
