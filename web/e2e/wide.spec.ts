// The main lists on a 1440×900 office screen: every column, up to the last (操作 where there is one), is on screen without
// scrolling sideways — the table fits its card, and the card fits the window.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { closePage, launchBrowser, newPage } from './browser'

type Fit = { overflow: number; lastRight: number; tableRight: number; viewport: number; pageOverflow: number; columns: number }

/** How the table with this test id sits in the window once its first row shows. */
async function fitOf(page: Page, testid: string): Promise<Fit> {
  await page.locator(`[data-testid="${testid}"] .el-table__body-wrapper tbody tr`).first().waitFor()
  return page.evaluate((id) => {
    const table = document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!
    const wrap = table.querySelector<HTMLElement>('.el-table__body-wrapper .el-scrollbar__wrap')!
    const headers = [...table.querySelectorAll<HTMLElement>('.el-table__header-wrapper thead tr:first-child th')]
      .filter((th) => th.getBoundingClientRect().width > 0)
    const last = headers[headers.length - 1]!
    return {
      overflow: wrap.scrollWidth - wrap.clientWidth,
      lastRight: last.getBoundingClientRect().right,
      tableRight: table.getBoundingClientRect().right,
      viewport: window.innerWidth,
      pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
      columns: headers.length,
    }
  }, testid)
}

describe('lists at 1440×900', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    page = await newPage(browser, 'bureau', { viewport: { width: 1440, height: 900 } })
  })
  afterEach(async (context: TestContext) => {
    await closePage(page, context)
  })

  const lists: [string, string, string][] = [
    ['enterprises', '/enterprises', 'enterprise-table'],
    ['projects', '/projects', 'project-table'],
    ['service requests', '/service/requests', 'request-table'],
    ['points board', '/points', 'points-table'],
  ]
  for (const [name, path, testid] of lists) {
    it(`shows the ${name} list's last column without scrolling sideways`, async () => {
      await page.goto(path)
      const fit = await fitOf(page, testid)
      expect(fit.columns).toBeGreaterThan(3)
      expect(fit.overflow, JSON.stringify(fit)).toBeLessThanOrEqual(1)
      expect(fit.lastRight, JSON.stringify(fit)).toBeLessThanOrEqual(fit.tableRight + 1)
      expect(fit.tableRight, JSON.stringify(fit)).toBeLessThanOrEqual(fit.viewport)
      expect(fit.pageOverflow, JSON.stringify(fit)).toBeLessThanOrEqual(0)
    })
  }
})
