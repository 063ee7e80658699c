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

  it('switches the evaluation date across 2026-04-01 and sees the 专精特新 verdict and the standard change', async () => {
    // An enterprise judged differently by the 2022 standard (in force until 2026-03-31) and the 2026 one, found from the API.
    const [before, after] = ['2026-03-31', '2026-04-01']
    type Card = { evaluations: { tier: string; verdict: string; ruleSetYear: number }[] }
    const verdict = async (id: string, asOf: string) => {
      const card = (await (await page.request.get(`/api/cultivation/enterprises/${id}/ladder?asOf=${asOf}`)).json()) as Card
      return card.evaluations.find((e) => e.tier === 'Specialized')
    }
    const list = (await (await page.request.get('/api/enterprises?pageSize=100&sort=name')).json()) as { items: { id: string }[] }
    let found: { id: string; old: string; now: string } | undefined
    for (const { id } of list.items) {
      const [old, now] = [await verdict(id, before), await verdict(id, after)]
      expect([old?.ruleSetYear, now?.ruleSetYear]).toEqual([2022, 2026])
      if (old && now && old.verdict !== now.verdict) {
        found = { id, old: old.verdict, now: now.verdict }
        break
      }
    }
    expect(found, 'an enterprise whose verdict differs under the two standards').toBeDefined()

    await page.goto(`/enterprises/${found!.id}`)
    await page.getByTestId('tab-cultivation').click()
    const card = page.getByTestId('ladder-card')
    async function pick(day: string) {
      // The evaluation date is the one input of the card's head (the picker does not pass its test id on).
      const input = card.locator('.ladder__head input').first()
      const loaded = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/ladder') && r.url().includes(`asOf=${day}`))
      await input.fill(day)
      await input.press('Enter')
      await loaded
      await card.getByRole('tab', { name: '专精特新中小企业', exact: true }).click()
      const panel = card.getByTestId('ladder-eval-Specialized')
      const shown = (await panel.getByTestId('evaluation-verdict').first().innerText()).trim()
      return { verdict: shown, version: await panel.getByTestId('ladder-version').innerText() }
    }
    const old = await pick(before)
    const now = await pick(after)
    expect(old.verdict).not.toBe(now.verdict)
    expect(old.version).toContain('2022')
    expect(now.version).toContain('2026')
    expect(now.version).not.toContain('2022')
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
