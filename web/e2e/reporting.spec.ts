// Self-service yearly reporting: the enterprise files its report in the browser, its park officer accepts it.
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { closePage, launchBrowser, newPage } from './browser'

describe('yearly reporting (企业填报 → 园区审核)', () => {
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

  it('the enterprise files a report, it is pending, and the park officer accepts it', async () => {
    page = await newPage(browser, 'ent1')
    const me = await (await page.request.get('/api/auth/me')).json()
    const id: string = me.enterpriseId
    const before = await (await page.request.get(`/api/annual-reports/enterprises/${id}`)).json()

    await page.goto(`/enterprises/${id}`)
    await page.getByTestId('tab-reports').click()
    await page.getByTestId('report-file').click()
    const year = Number(await page.getByTestId('form-year').locator('input').inputValue())
    expect(before.some((r: { figures: { year: number } }) => r.figures.year === year)).toBe(false)
    await page.getByTestId('form-report-revenue').locator('input').fill('9100')
    await page.getByTestId('form-report-employees').locator('input').fill('130')
    const [filed] = await Promise.all([
      page.waitForResponse((r) => r.url().includes(`/api/annual-reports/enterprises/${id}/${year}`) && r.request().method() === 'PUT'),
      page.getByTestId('form-submit').click(),
    ])
    expect(filed.status()).toBe(200)
    expect((await filed.json()).status).toBe('Pending')
    await expect.poll(() => page!.getByTestId('report-status').first().innerText()).toBe('待审核')
    await page.close()

    // The officer of the enterprise's park: the other park's officer does not see the enterprise at all.
    let officer: Page | undefined
    for (const user of ['park1', 'park2'] as const) {
      const candidate = await newPage(browser, user)
      if ((await candidate.request.get(`/api/enterprises/${id}`)).status() === 200) {
        officer = candidate
        break
      }
      await candidate.close()
    }
    expect(officer).toBeDefined()
    page = officer!
    await page.goto(`/enterprises/${id}`)
    await page.getByTestId('tab-reports').click()
    await expect.poll(() => page!.getByTestId('report-status').first().innerText()).toBe('待审核')
    const [accepted] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/annual-reports/enterprises/${id}/${year}/accept`)),
      page.getByTestId('report-accept').first().click(),
    ])
    expect(accepted.status()).toBe(200)
    await expect.poll(() => page!.getByTestId('report-status').first().innerText()).toBe('已审核')
    // Accepted: it counts now (the registry's latest year is the filed one).
    const detail = await (await page.request.get(`/api/enterprises/${id}`)).json()
    const listed = await (await page.request.get(`/api/enterprises?search=${detail.creditCode}`)).json()
    expect(listed.items[0].latestYear).toBe(year)
  })
})
