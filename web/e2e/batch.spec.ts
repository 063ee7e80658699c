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
  it('adds the selected enterprises to the cultivation library and says how many were added', async () => {
    const page = await open('park1')
    const suffix = String(Date.now() % 1_000_000)
    const zones = (await (await page.request.get('/api/org/zones')).json()) as { parks: { id: string }[] }[]
    const chains = (await (await page.request.get('/api/org/industry-chains')).json()) as { code: string }[]
    for (let i = 0; i < 2; i++) {
      const code = `91410000MA${suffix.padStart(6, '0')}${i}`.slice(0, 17)
      const created = await post(page, '/api/enterprises', {
        creditCode: code + creditCheck(code), name: `批量培育${suffix}${i}有限公司`, parkId: zones[0]!.parks[0]!.id,
        industryChain: chains[0]!.code, scale: 'Small', registeredOn: '2020-05-01', contactName: '张三', contactPhone: '13812345678',
      })
      expect(created.status(), await created.text()).toBe(201)
    }

    await Promise.all([waitForList(page, '/api/enterprises'), page.goto(`/enterprises?search=${encodeURIComponent(`批量培育${suffix}`)}`)])
    const rows = page.locator('[data-testid="enterprise-table"] .el-table__body-wrapper tbody tr')
    await rows.nth(1).waitFor()
    expect(await rows.count()).toBe(2)
    await page.locator('[data-testid="enterprise-table"] .el-table__header-wrapper .el-checkbox').click()
    expect(await page.getByTestId('enterprise-batch').innerText()).toContain('已选 2 家企业')
    await page.getByTestId('enterprise-batch-library').click()
    await page.getByTestId('form-target-tier').click()
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: '高新技术企业' }).click()
    const [answer] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/enterprises/batch/library'),
      page.getByTestId('form-submit').click(),
    ])
    expect(answer.status()).toBe(200)
    await page.getByTestId('enterprise-batch-result').waitFor()
    expect(await page.getByTestId('enterprise-batch-result').innerText()).toContain('已加入培育库 2 家')
  })
})

/** The check character of a unified social credit code (GB 32100-2015) for its first 17 characters. */
function creditCheck(first17: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
  const sum = [...first17].reduce((total, c, i) => total + alphabet.indexOf(c) * weights[i]!, 0)
  return alphabet[(31 - (sum % 31)) % 31]!
}
