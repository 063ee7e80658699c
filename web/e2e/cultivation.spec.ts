// The cultivation pipeline and 培育库 as the innovation bureau (科技创新局) uses them.
import { currentYear } from '../src/shared/format'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { closePage, launchBrowser, newPage, waitForList } from './browser'

describe('cultivation (科技创新局)', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    page = await newPage(browser, 'bureau')
  })
  afterEach(async (context: TestContext) => {
    await closePage(page, context)
  })

  it('shows the tier chart and candidates, and re-evaluates the zone with progress', async () => {
    const candidates = waitForList(page, '/api/cultivation/candidates')
    await page.getByTestId('menu-cultivation').click()
    expect((await candidates).status()).toBe(200)
    await page.getByTestId('cultivation-funnel').locator('canvas').waitFor()

    const [chunk] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/cultivation/evaluations' && r.request().method() === 'POST'),
      page.getByTestId('cultivation-evaluate').click(),
    ])
    expect(chunk.status()).toBe(200)
    const progress = (await chunk.json()) as { processed: number; total: number }
    expect(progress.processed).toBeGreaterThan(0)
    await page.locator('.el-message--success').waitFor()
  })

  it('adds an enterprise to the library, records its application and approval, and the title appears', async () => {
    // The first enterprise by name without the 小巨人 title: the same one in every run on a fresh demo; a rerun on the same
    // database (E2E_BASE_URL) takes the next one, since this one holds the title by then.
    const list = (await (await page.request.get('/api/enterprises?pageSize=100&sort=name')).json()) as {
      items: { id: string; name: string; qualifications: string[] }[]
    }
    const target = list.items.find((e) => !e.qualifications.includes('LittleGiant'))!
    expect(target).toBeDefined()

    const library = waitForList(page, '/api/cultivation/library')
    await page.getByTestId('menu-cultivation-library').click()
    await library
    await page.getByTestId('library-add').click()
    await page.getByTestId('form-enterprise').click()
    await page.keyboard.type(target.name.slice(0, 6))
    await page.locator('.el-select-dropdown__item').filter({ hasText: target.name }).first().click()
    await page.getByTestId('form-target-tier').click()
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: '小巨人' }).click()
    await page.getByTestId('form-target-year').locator('input').fill(String(currentYear() + 1))
    const [created] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/cultivation/library' && r.request().method() === 'POST'),
      page.getByTestId('form-submit').click(),
    ])
    expect(created.status()).toBe(201)

    // The new entry opens in the drawer: record the application, then the approval.
    const drawer = page.getByTestId('entry-drawer')
    await drawer.getByTestId('entry-status').filter({ hasText: '培育中' }).waitFor()
    await drawer.getByTestId('entry-record').click()
    await page.getByTestId('action-kind-Applied').click()
    await page.getByTestId('form-submit').click()
    await drawer.getByTestId('entry-status').filter({ hasText: '已申报' }).waitFor()

    await drawer.getByTestId('entry-record').click()
    await page.getByTestId('action-kind-Approved').click()
    await page.getByTestId('form-certificate-no').fill('E2E-XJR-001')
    const [approved] = await Promise.all([
      page.waitForResponse((r) => /\/api\/cultivation\/library\/[^/]+\/actions$/.test(new URL(r.url()).pathname)),
      page.getByTestId('form-submit').click(),
    ])
    expect(approved.status()).toBe(200)
    await drawer.getByTestId('entry-status').filter({ hasText: '已认定' }).waitFor()
    await drawer.getByTestId('entry-actions').filter({ hasText: 'E2E-XJR-001' }).waitFor()

    const detail = (await (await page.request.get(`/api/enterprises/${target.id}`)).json()) as {
      qualificationsHeld: { type: string; certificateNo?: string }[]
    }
    expect(detail.qualificationsHeld.some((q) => q.type === 'LittleGiant' && q.certificateNo === 'E2E-XJR-001')).toBe(true)
  })

  it('explains an enterprise\'s gaps on its page', async () => {
    const list = (await (await page.request.get('/api/enterprises?pageSize=1')).json()) as { items: { id: string }[] }
    await page.goto(`/enterprises/${list.items[0]!.id}`)
    await page.getByTestId('tab-cultivation').click()
    const card = page.getByTestId('ladder-card')
    await card.getByTestId('ladder-innovationTrack').waitFor()
    await card.getByTestId('evaluation-verdict').first().waitFor()
    const gaps = await card.getByTestId('criterion-gap').allInnerTexts()
    expect(gaps.length).toBeGreaterThan(3)
    expect(gaps.some((g) => /要求|未填报|待企业声明/.test(g))).toBe(true)
    await card.getByTestId('ruleset-note').first().waitFor()
  })

  it('lists the titles near their end, filters them by state and exports what is shown', async () => {
    const loaded = waitForList(page, '/api/cultivation/renewals')
    await page.getByTestId('menu-cultivation-renewals').click()
    const first = (await (await loaded).json()) as { page: { total: number; items: { state: string }[] } }
    expect(first.page.total).toBeGreaterThan(0)
    await expect.poll(() => page.getByTestId('renewal-state').count()).toBe(first.page.items.length)
    await expect.poll(() => page.getByTestId('renewal-rules').locator('tr').count()).toBeGreaterThan(0)

    const dueSoon = waitForList(page, '/api/cultivation/renewals', ['state', 'DueSoon'])
    await page.getByTestId('filter-state').click()
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: '即将到期' }).click()
    const filtered = (await (await dueSoon).json()) as { page: { total: number; items: { state: string }[] } }
    expect(filtered.page.items.length).toBeGreaterThan(0)
    expect(filtered.page.items.every((r) => r.state === 'DueSoon')).toBe(true)
    await expect.poll(async () => [...new Set(await page.getByTestId('renewal-state').allInnerTexts())]).toEqual(['即将到期'])

    const [request, download] = await Promise.all([
      page.waitForRequest((r) => new URL(r.url()).pathname === '/api/cultivation/renewals/export'),
      page.waitForEvent('download'),
      page.getByTestId('renewals-export').click(),
    ])
    expect(new URL(request.url()).searchParams.get('state')).toBe('DueSoon')
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
  })
})

describe('cultivation (园区专员)', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    page = await newPage(browser, 'park1')
  })
  afterEach(async (context: TestContext) => {
    await closePage(page, context)
  })

  it('opens on candidates of its own park, without the zone-wide re-evaluation', async () => {
    const me = (await (await page.request.get('/api/auth/me')).json()) as { parkName: string }
    expect(me.parkName).toBeTruthy()
    const candidates = waitForList(page, '/api/cultivation/candidates')
    await page.getByTestId('menu-cultivation').click()
    const response = await candidates
    expect(response.status()).toBe(200)
    const body = (await response.json()) as { total: number; items: { parkName: string }[] }
    expect(body.items.length).toBeGreaterThan(0)
    for (const c of body.items) expect(c.parkName).toBe(me.parkName)
    await page.locator('.el-table__body-wrapper tbody tr').first().waitFor()
    expect(await page.getByTestId('cultivation-evaluate').count()).toBe(0)
    // The endpoint refuses the park as well: the zone's re-evaluation is the bureau's.
    const token = decodeURIComponent((await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')!.value)
    const refused = await page.request.post('/api/cultivation/evaluations', { headers: { 'X-XSRF-TOKEN': token }, data: { offset: 0, size: 5 } })
    expect(refused.status()).toBe(403)
  })
})
