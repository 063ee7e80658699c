// An officer on site with a phone (390×844): the menu opens as a drawer, a visit is registered with 保存 on screen,
// a request's labels read as words (not one character a line) and its actions sit in a bar at the bottom of the screen.
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { call, closePage, launchBrowser, newPage, waitForList } from './browser'
import type { SignedInUser } from './paths'

const PHONE = { width: 390, height: 844 }

/** Whether the element's whole box is inside the phone's screen (nothing to scroll sideways or down to reach it). */
async function onScreen(locator: Locator) {
  const box = await locator.boundingBox()
  expect(box).not.toBeNull()
  const inside = box!.x >= 0 && box!.y >= 0 && box!.x + box!.width <= PHONE.width && box!.y + box!.height <= PHONE.height
  if (!inside) console.warn('off screen:', JSON.stringify(box))
  return inside
}

async function xsrf(page: Page) {
  return decodeURIComponent((await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')!.value)
}

describe('phone (390×844)', () => {
  let browser: Browser
  const pages: Page[] = []
  const open = async (user: SignedInUser) => {
    const page = await newPage(browser, user, { viewport: PHONE, isMobile: true, hasTouch: true })
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

  it('opens the menu as a drawer and navigates', async () => {
    const page = await open('officer1')
    expect(await page.getByTestId('menu-drawer').isVisible()).toBe(false)
    await page.getByTestId('menu-open').click()
    const visits = page.getByTestId('menu-drawer').getByTestId('menu-service-visits')
    await visits.waitFor()
    expect(await visits.innerText()).toContain('企业走访')
    await Promise.all([waitForList(page, '/api/service/visits'), visits.click()])
    await page.waitForURL(/\/service\/visits/)
    await page.getByTestId('menu-drawer').waitFor({ state: 'hidden' })
    // No sideways scrolling on the page the officer landed on.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
  })

  it('registers a visit with 保存 on screen', async () => {
    const page = await open('officer1')
    await Promise.all([waitForList(page, '/api/service/visits'), page.goto('/service/visits')])
    await page.getByTestId('visit-create').click()
    const form = page.getByTestId('visit-form')
    await form.waitFor()
    expect(await onScreen(page.getByTestId('form-submit'))).toBe(true)
    const dialog = await page.locator('.el-dialog').filter({ has: page.getByTestId('form-submit') }).boundingBox()
    expect(dialog!.width).toBeLessThanOrEqual(PHONE.width)

    // The longest name on offer: a dropdown wider than the screen would zoom the page out and push 保存 off it.
    await page.getByTestId('form-enterprise').click()
    const options = page.locator('.el-select-dropdown__item:visible')
    await options.first().waitFor()
    const names = await options.allInnerTexts()
    const longest = names.reduce((best, name, i) => (name.length > names[best].length ? i : best), 0)
    const dropdown = await page.locator('.el-select-dropdown:visible').boundingBox()
    expect(dropdown!.x + dropdown!.width).toBeLessThanOrEqual(PHONE.width)
    await options.nth(longest).click()
    const purpose = `手机走访${Date.now().toString(36)}`
    await page.getByTestId('form-purpose').fill(purpose)
    await page.getByTestId('form-findings').fill('生产正常，提出用地需求')
    expect(await onScreen(page.getByTestId('form-submit'))).toBe(true)
    const [saved] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/service/visits'),
      page.getByTestId('form-submit').click(),
    ])
    expect(saved.status()).toBeLessThan(300)
    await page.getByTestId('visit-table').getByText(purpose).waitFor()
  })

  it('shows a request with whole-word labels and acts on it from the bottom bar', async () => {
    const ent = await open('ent1')
    const created = await ent.request.post('/api/service/requests', {
      headers: { 'X-XSRF-TOKEN': await xsrf(ent) },
      data: { title: '手机办理测试', description: '厂区道路需要维修', category: 'Utilities', urgency: 'Normal' },
    })
    expect(created.status()).toBe(201)
    const id = ((await created.json()) as { summary: { id: string } }).summary.id

    const page = await open('officer1')
    await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === `/api/service/requests/${id}` && r.request().method() === 'GET'),
      page.goto(`/service/requests/${id}`),
    ])
    const summary = page.getByTestId('request-summary')
    await summary.waitFor()
    // 所属园区 and the other labels stay on one line: their box is wider than two characters.
    const labels = summary.locator('.el-descriptions__label')
    expect(await labels.count()).toBeGreaterThan(3)
    const fontSize = await labels.first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    for (const label of await labels.all()) {
      const text = (await label.innerText()).trim()
      if (text.length < 2) continue
      const box = await label.boundingBox()
      expect(box!.width, text).toBeGreaterThan(fontSize * 2)
      expect(box!.height, text).toBeLessThan(fontSize * 3)
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)

    // The action bar stays at the bottom of the screen, even after scrolling down the page.
    const accept = page.getByTestId('request-action-Accept')
    expect(await onScreen(accept)).toBe(true)
    await page.locator('.app-layout__main').evaluate((main) => main.scrollTo(0, main.scrollHeight))
    expect(await onScreen(accept)).toBe(true)
    await accept.click()
    await page.getByTestId('transition-form').waitFor()
    expect(await onScreen(page.getByTestId('form-submit'))).toBe(true)
    const [moved] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === `/api/service/requests/${id}/transitions`),
      page.getByTestId('form-submit').click(),
    ])
    expect(moved.status()).toBe(200)
    await page.getByTestId('request-status').filter({ hasText: '已受理' }).waitFor()
    await page.getByTestId('request-action-Start').waitFor()
  })

  it('shows the officer’s to-do list with the new request in it', async () => {
    const page = await open('officer1')
    await page.goto('/todo')
    const block = page.getByTestId('todo-RequestsToAct')
    await block.waitFor()
    // The queue as the server gives it, asked once the page is there (a response caught while the app was still navigating
    // may have no body left to read).
    const todo = await call<{ queues: { kind: string; count: number }[] }>(page, 'GET', '/api/me/todo')
    const queue = todo.json.queues.find((q) => q.kind === 'RequestsToAct')
    expect(queue!.count).toBeGreaterThan(0)
    expect(await block.innerText()).toContain('待我办理的诉求')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
  })
})
