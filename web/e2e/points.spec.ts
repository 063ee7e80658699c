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
})
