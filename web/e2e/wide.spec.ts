// The main lists on a 1440×900 office screen: every column, up to the last (操作 where there is one), is on screen without
// scrolling sideways — the table fits its card, and the card fits the window.
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { closePage, launchBrowser, newPage } from './browser'
import type { SignedInUser } from './paths'

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
  let page: Page | undefined

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  afterEach(async (context: TestContext) => {
    if (page) await closePage(page, context)
    page = undefined
  })

  const lists: [string, string, string, SignedInUser][] = [
    ['enterprises', '/enterprises', 'enterprise-table', 'bureau'],
    ['projects', '/projects', 'project-table', 'bureau'],
    ['service requests', '/service/requests', 'request-table', 'bureau'],
    ['points board', '/points', 'points-table', 'bureau'],
    // 符合条件 (the enterprise's view of the products) and 状态 (the bank's financing requests) beside the fixed 操作 column.
    ['financial products', '/finance?tab=products', 'product-table', 'ent1'],
    ['financing requests', '/finance?tab=requests', 'request-table', 'bank1'],
  ]
  for (const [name, path, testid, user] of lists) {
    it(`shows the ${name} list's last column without scrolling sideways`, async () => {
      page = await newPage(browser, user, { viewport: { width: 1440, height: 900 } })
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
