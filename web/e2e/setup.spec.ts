// The zone set-up pages (区域设置) as the system administrator uses them: parks and departments are created, edited and
// deactivated; an edit made on a stale copy of a row is refused with a clear message; a holiday is added to the calendar.
// Every name carries a suffix of this run, so reruns on the same host and the other specs are not disturbed.
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { closePage, launchBrowser, newPage } from './browser'

/** Waits for what a page shows after a server round trip (generous: the machine may be loaded). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 })
const suffix = Date.now().toString(36).toUpperCase()

/** The response of the set-up call the action makes (method and path below /api/setup). */
function answerOf(page: Page, method: string, path: RegExp) {
  return page.waitForResponse((r) => r.request().method() === method && path.test(new URL(r.url()).pathname))
}

/** Picks an option of an Element Plus select (opened by clicking it) by its visible text. */
async function choose(page: Page, select: Locator, option: string | RegExp) {
  await select.click()
  await page.locator('.el-select-dropdown__item:visible').filter({ hasText: option }).first().click()
}

/** Searches the set-up list for a name and returns the row that shows it. */
async function findRow(page: Page, kind: string, name: string): Promise<Locator> {
  await page.getByTestId(`setup-${kind}-search`).fill(name)
  const listed = page.waitForResponse((r) => r.request().method() === 'GET' && new URL(r.url()).searchParams.get('search') === name)
  await page.getByTestId(`setup-${kind}-search-button`).click()
  expect((await listed).status()).toBe(200)
  const row = page.getByTestId(`setup-${kind}-table`).locator('tbody tr', { hasText: name })
  await poll(() => row.count()).toBe(1)
  return row
}

async function deactivate(page: Page, row: Locator, api: RegExp) {
  await row.getByTestId('setup-deactivate').click()
  const [saved] = await Promise.all([
    answerOf(page, 'PUT', api),
    page.getByRole('dialog').getByRole('button', { name: '确定' }).click(),
  ])
  expect(saved.status()).toBe(200)
  expect((await saved.json()).active).toBe(false)
  await poll(() => row.innerText()).toContain('已停用')
}

describe('zone set-up (区域设置)', () => {
  let browser: Browser
  let page: Page | undefined
  let other: Page | undefined

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  afterEach(async (context: TestContext) => {
    await closePage(other, context)
    await closePage(page, context)
    page = other = undefined
  })

  it('creates, edits and deactivates a park; an edit of a stale copy is refused and can be saved again on the latest', async () => {
    page = await newPage(browser, 'admin')
    const zones = (await (await page.request.get('/api/setup/zones?active=true&pageSize=50&sort=name')).json()) as { items: { name: string }[] }
    expect(zones.items.length).toBeGreaterThan(0)
    const zone = zones.items[0].name
    const name = `测试园区${suffix}`

    await page.goto('/setup/parks')
    await page.getByTestId('setup-parks-create').click()
    const form = page.getByTestId('setup-parks-form')
    // Required fields are marked; a save without them is refused next to the field, before anything is sent.
    await form.getByTestId('form-submit').click()
    await poll(() => form.locator('.el-form-item.is-error').count()).toBeGreaterThan(1)
    await choose(page, form.getByTestId('form-zoneId'), zone)
    await form.getByTestId('form-name').fill(name)
    await choose(page, form.getByTestId('form-kind'), '孵化园区')
    await form.getByTestId('form-areaKm2').locator('input').fill('3.5')
    await form.getByTestId('form-leaderName').fill('王主任')
    const [created] = await Promise.all([answerOf(page, 'POST', /^\/api\/setup\/parks$/), form.getByTestId('form-submit').click()])
    expect(created.status()).toBe(201)
    const park = (await created.json()) as { id: string; zoneName: string; kind: string; areaKm2: number }
    expect([park.zoneName, park.kind, park.areaKm2]).toEqual([zone, 'Incubation', 3.5])

    const row = await findRow(page, 'parks', name)
    expect(await row.innerText()).toContain('孵化园区')
    await row.getByTestId('setup-edit').click()
    await form.getByTestId('form-leaderName').fill('李主任')
    const [edited] = await Promise.all([answerOf(page, 'PUT', new RegExp(`/api/setup/parks/${park.id}$`)), form.getByTestId('form-submit').click()])
    expect(edited.status()).toBe(200)
    await poll(() => row.innerText()).toContain('李主任')

    // Two administrators open the same park; the second saves first. The first one's save is refused, with the reason and
    // a way out: load the latest version (what they typed stays) and save again.
    await row.getByTestId('setup-edit').click()
    await form.getByTestId('form-contact').fill('0536-1111111')
    other = await newPage(browser, 'admin')
    await other.goto(`/setup/parks?search=${encodeURIComponent(name)}`)
    const otherRow = other.getByTestId('setup-parks-table').locator('tbody tr', { hasText: name })
    await otherRow.getByTestId('setup-edit').click()
    await other.getByTestId('setup-parks-form').getByTestId('form-leaderName').fill('赵主任')
    const [first] = await Promise.all([
      answerOf(other, 'PUT', new RegExp(`/api/setup/parks/${park.id}$`)),
      other.getByTestId('setup-parks-form').getByTestId('form-submit').click(),
    ])
    expect(first.status()).toBe(200)

    const [stale] = await Promise.all([answerOf(page, 'PUT', new RegExp(`/api/setup/parks/${park.id}$`)), form.getByTestId('form-submit').click()])
    expect(stale.status()).toBe(409)
    const conflict = form.getByTestId('form-conflict')
    await poll(() => conflict.innerText()).toContain('该记录已被他人修改')
    expect(await form.getByTestId('form-contact').inputValue()).toBe('0536-1111111')
    await conflict.getByTestId('form-reload-latest').click()
    await poll(() => conflict.count()).toBe(0)
    const [again] = await Promise.all([answerOf(page, 'PUT', new RegExp(`/api/setup/parks/${park.id}$`)), form.getByTestId('form-submit').click()])
    expect(again.status()).toBe(200)
    await poll(() => row.innerText()).toContain('0536-1111111')

    await deactivate(page, row, new RegExp(`/api/setup/parks/${park.id}$`))
    // A deactivated park leaves the pickers: the active-only list no longer has it.
    const active = (await (await page.request.get(`/api/setup/parks?active=true&search=${encodeURIComponent(name)}`)).json()) as { total: number }
    expect(active.total).toBe(0)
  })

  it('creates, edits and deactivates a department', async () => {
    page = await newPage(browser, 'admin')
    const zones = (await (await page.request.get('/api/setup/zones?active=true&pageSize=50&sort=name')).json()) as { items: { name: string }[] }
    const zone = zones.items[0].name
    const name = `测试部门${suffix}`

    await page.goto('/setup/departments')
    await page.getByTestId('setup-departments-create').click()
    const form = page.getByTestId('setup-departments-form')
    await choose(page, form.getByTestId('form-zoneId'), zone)
    await form.getByTestId('form-name').fill(name)
    const [created] = await Promise.all([answerOf(page, 'POST', /^\/api\/setup\/departments$/), form.getByTestId('form-submit').click()])
    expect(created.status()).toBe(201)
    const id = ((await created.json()) as { id: string }).id

    const row = await findRow(page, 'departments', name)
    await row.getByTestId('setup-edit').click()
    await form.getByTestId('form-contact').fill('0536-2222222')
    const [edited] = await Promise.all([answerOf(page, 'PUT', new RegExp(`/api/setup/departments/${id}$`)), form.getByTestId('form-submit').click()])
    expect(edited.status()).toBe(200)
    await poll(() => row.innerText()).toContain('0536-2222222')

    await deactivate(page, row, new RegExp(`/api/setup/departments/${id}$`))
  })

  it('adds an official holiday to the working calendar and lists it', async () => {
    page = await newPage(browser, 'admin')
    // A weekday of a year whose holiday notice is entered, on which the official calendar has no entry yet.
    const years = (await (await page.request.get('/api/setup/calendar/years?pageSize=50&sort=year&desc=true')).json()) as { items: { year: number }[] }
    expect(years.items.length).toBeGreaterThan(0)
    const year = years.items[0].year
    const days = (await (await page.request.get(`/api/setup/calendar/days?year=${year}&pageSize=200`)).json()) as {
      items: { date: string; zoneId: string | null }[]
    }
    const taken = new Set(days.items.filter((d) => d.zoneId === null).map((d) => d.date))
    const iso = (d: Date) => d.toISOString().slice(0, 10)
    const candidate = new Date(Date.UTC(year, 10, 3) + (Date.now() % 40) * 86_400_000)
    while (taken.has(iso(candidate)) || candidate.getUTCDay() === 0 || candidate.getUTCDay() === 6) candidate.setUTCDate(candidate.getUTCDate() + 1)
    expect(candidate.getUTCFullYear()).toBe(year)
    const date = iso(candidate)
    const name = `测试假日${suffix}`

    await page.goto('/setup/calendar-days')
    await page.getByTestId('setup-days-create').click()
    const form = page.getByTestId('setup-days-form')
    // The date picker's box is found by its placeholder (Element Plus puts no test id on it).
    const dateInput = form.getByPlaceholder('日期', { exact: true })
    await dateInput.fill(date)
    await dateInput.press('Enter')
    await choose(page, form.getByTestId('form-kind'), '法定放假')
    await form.getByTestId('form-name').fill(name)
    const [created] = await Promise.all([answerOf(page, 'POST', /^\/api\/setup\/calendar\/days$/), form.getByTestId('form-submit').click()])
    expect(created.status()).toBe(201)
    expect(await created.json()).toMatchObject({ date, kind: 'Holiday', name, zoneId: null })

    const row = await findRow(page, 'days', name)
    const text = await row.innerText()
    expect(text).toContain(date)
    expect(text).toContain('法定放假')
  })
})
