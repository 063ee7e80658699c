// Batch actions on the request list: a park officer selects several requests and gives them another chief service
// officer in one step, and the page says what was done.
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { closePage, launchBrowser, newPage, waitForList } from './browser'

async function post(page: Page, path: string, data: unknown) {
  const token = decodeURIComponent((await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')!.value)
  return page.request.post(path, { headers: { 'X-XSRF-TOKEN': token }, data })
}

describe('batch actions (园区专员)', () => {
  let browser: Browser
  const pages: Page[] = []
  const open = async (user: 'admin' | 'park1') => {
    const page = await newPage(browser, user)
    pages.push(page)
    return page
  }

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  afterEach(async (context: TestContext) => {
    for (const page of pages.splice(0)) await closePage(page, context)
  })

  it('gives the selected requests another service officer and shows the summary', async () => {
    const page = await open('park1')
    const me = (await (await page.request.get('/api/auth/me')).json()) as { parkId: string; zoneId: string }
    // A second chief service officer in the park (the demo has one per park), made by the administrator.
    const admin = await open('admin')
    const suffix = String(Date.now() % 1_000_000)
    const created = await post(admin, '/api/admin/users', {
      userName: `batch${suffix}`, displayName: `批量服务员${suffix}`, password: 'First#Pass2026', role: 'ServiceOfficer', zoneId: me.zoneId, parkId: me.parkId,
    })
    expect(created.status(), await created.text()).toBe(201)

    const enterprise = ((await (await page.request.get('/api/enterprises?pageSize=1&sort=name')).json()) as { items: { id: string }[] }).items[0]!
    const title = `批量转办${suffix}`
    for (let i = 0; i < 2; i++) {
      const request = await post(page, '/api/service/requests', {
        title, description: '厂区道路维修', category: 'Land', urgency: 'Normal', enterpriseId: enterprise.id,
      })
      expect(request.status()).toBe(201)
    }

    await Promise.all([waitForList(page, '/api/service/requests'), page.goto(`/service/requests?search=${encodeURIComponent(title)}`)])
    const rows = page.locator('[data-testid="request-table"] .el-table__body-wrapper tbody tr')
    await rows.nth(1).waitFor()
    expect(await rows.count()).toBe(2)
    await page.locator('[data-testid="request-table"] .el-table__header-wrapper .el-checkbox').click()
    await page.getByTestId('request-batch').waitFor()
    expect(await page.getByTestId('request-batch').innerText()).toContain('已选 2 条')
    await page.getByTestId('request-batch-reassign').click()
    await page.getByTestId('form-officer').click()
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: `批量服务员${suffix}` }).click()
    const [answer] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/service/requests/batch/officer'),
      page.getByTestId('form-submit').click(),
    ])
    expect(answer.status()).toBe(200)
    await page.getByTestId('request-batch-result').waitFor()
    expect(await page.getByTestId('request-batch-result').innerText()).toContain('已更换 2 条')
  })
})
