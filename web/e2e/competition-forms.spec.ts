// The bureau keeps its own competitions and matchmaking events from the forms: a competition with its rounds, prize tier and
// judges, entrants from the registry and by team, an edit that renames a round, a refused amount shown at its field; an event
// with an achievement, an attending enterprise, an intent and a signing, each counted in the event's figures, and the signing's
// amount corrected. The forms work at phone size, and a park officer (who reads competitions but does not keep them) gets no
// create button.
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { call, closePage, launchBrowser, newPage } from './browser'

interface Paged<T> { items: T[]; total: number }
interface EntrantItem { entrantName: string; enterpriseId: string | null; roundName: string }

const saved = (page: Page, method: string, path: RegExp) =>
  page.waitForResponse((r) => r.request().method() === method && path.test(new URL(r.url()).pathname))

/** Picks the first option offered by the select (a remote one loads its options when it gets the focus). */
async function pickFirst(page: Page, testid: string, text?: string) {
  await page.getByTestId(testid).click()
  const options = page.locator('.el-select-dropdown__item:visible')
  await (text ? options.filter({ hasText: text }) : options).first().click()
  // The list closes before the next select opens its own (a fading list would be picked from otherwise).
  await expect.poll(() => options.count()).toBe(0)
}

/** The form's one date field, found by its placeholder as the user sees it. */
async function fillDate(page: Page, date: string) {
  const input = page.locator('.el-dialog:visible').getByPlaceholder('选择日期', { exact: true })
  await input.fill(date)
  await input.press('Enter')
}

async function createEvent(page: Page, name: string) {
  await page.goto('/events')
  await page.getByTestId('event-create').click()
  await page.getByTestId('event-name').fill(name)
  await pickFirst(page, 'event-kind', '成果直通车')
  await fillDate(page, '2026-11-20')
  await page.getByTestId('event-place').fill('高新区会展中心')
  const created = saved(page, 'POST', /^\/api\/events$/)
  await page.getByTestId('form-submit').click()
  const response = await created
  expect(response.status(), await response.text()).toBe(201)
  const id = ((await response.json()) as { id: string }).id
  await page.waitForURL(`**/events/${id}`)
  return id
}

describe('competition and event forms', () => {
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

  it('the bureau creates a competition, adds an entrant from the registry and a team, and renames a round', async () => {
    page = await newPage(browser, 'bureau')
    const name = `表单大赛${Date.now()}`
    await page.goto('/competitions')
    await page.getByTestId('competition-create').click()
    // A required field carries its mark.
    const nameItem = page.locator('.el-form-item', { has: page.getByTestId('competition-name') })
    await expect.poll(async () => (await nameItem.getAttribute('class')) ?? '').toContain('is-required')
    await page.getByTestId('competition-name').fill(name)
    const rounds = page.getByTestId('competition-rounds-row')
    await rounds.nth(0).getByTestId('round-name').fill('初赛')
    await rounds.nth(0).getByTestId('round-advance').locator('input').fill('10')
    await page.getByTestId('competition-rounds-add').click()
    await rounds.nth(1).getByTestId('round-name').fill('决赛')
    await page.getByTestId('competition-prizes-add').click()
    const prize = page.getByTestId('competition-prizes-row').first()
    await prize.getByTestId('prize-name').fill('一等奖')
    await prize.getByTestId('prize-count').locator('input').fill('1')
    await prize.getByTestId('prize-amount').locator('input').fill('-5')
    for (const judge of ['张评委', '李评委']) {
      await page.getByTestId('competition-judges-add').click()
      await page.getByTestId('competition-judges-row').last().getByTestId('judge-name').fill(judge)
    }

    // A negative prize is the server's refusal, shown beside the amount of that tier; nothing is created.
    const refused = saved(page, 'POST', /^\/api\/competitions$/)
    await page.getByTestId('form-submit').click()
    expect((await refused).status()).toBe(400)
    const amountError = prize.locator('.el-form-item').filter({ has: page.getByTestId('prize-amount') }).locator('.el-form-item__error')
    await expect.poll(() => amountError.innerText()).not.toBe('')
    expect(await page.getByTestId('form-error').count()).toBe(0)

    await prize.getByTestId('prize-amount').locator('input').fill('20')
    const created = saved(page, 'POST', /^\/api\/competitions$/)
    await page.getByTestId('form-submit').click()
    const response = await created
    expect(response.status(), await response.text()).toBe(201)
    const competition = (await response.json()) as { id: string; rounds: unknown[]; prizes: { amountWan: number }[]; judges: unknown[] }
    expect([competition.rounds.length, competition.prizes.length, competition.judges.length]).toEqual([2, 1, 2])
    expect(competition.prizes[0].amountWan).toBe(20)
    await page.waitForURL(`**/competitions/${competition.id}`)
    await expect.poll(() => page!.getByTestId('page-title').innerText()).toContain(name)

    // An enterprise of the registry…
    await page.getByTestId('entrant-create').click()
    await pickFirst(page, 'entrant-enterprise')
    await page.getByTestId('entrant-title').fill('智能传感芯片')
    let added = saved(page, 'POST', /\/entrants$/)
    await page.getByTestId('form-submit').click()
    expect((await added).status()).toBe(201)
    // …and a team not in the registry.
    await page.getByTestId('entrant-create').click()
    await page.getByTestId('entrant-by-team').click()
    await page.getByTestId('entrant-team').fill('星火创业团队')
    await page.getByTestId('entrant-title').fill('农业无人机')
    added = saved(page, 'POST', /\/entrants$/)
    await page.getByTestId('form-submit').click()
    expect((await added).status()).toBe(201)
    await expect.poll(() => page!.getByTestId('stat-entrants').innerText()).toMatch(/(^|\s)2$/)
    const entrants = (await call<Paged<EntrantItem>>(page, 'GET', `/api/competitions/${competition.id}/entrants`)).json.items
    expect(entrants.filter((e) => e.enterpriseId !== null)).toHaveLength(1)
    expect(entrants.find((e) => e.enterpriseId === null)?.entrantName).toBe('星火创业团队')

    // Renaming the first round shows in the entrants' rows.
    await page.getByTestId('competition-edit').click()
    await rounds.nth(0).getByTestId('round-name').fill('海选')
    const updated = saved(page, 'PUT', new RegExp(`^/api/competitions/${competition.id}$`))
    await page.getByTestId('form-submit').click()
    expect((await updated).status()).toBe(200)
    await expect.poll(() => page!.getByTestId('entrant-table').innerText()).toContain('海选')
  })

  it('the bureau creates an event and records an achievement, an attending enterprise, an intent and a signing', async () => {
    page = await newPage(browser, 'bureau')
    const name = `表单对接会${Date.now()}`
    await createEvent(page, name)
    for (const stat of ['achievements', 'attending', 'signings', 'intents']) {
      await expect.poll(() => page!.getByTestId(`stat-${stat}`).innerText()).toMatch(/(^|\s)0$/)
    }

    await page.getByTestId('achievement-create').click()
    await page.getByTestId('record-title').fill('高效钙钛矿电池')
    await page.getByTestId('record-owner').fill('省光电研究院')
    await page.getByTestId('record-field').fill('新能源')
    await page.getByTestId('form-submit').click()
    await expect.poll(() => page!.getByTestId('stat-achievements').innerText()).toMatch(/(^|\s)1$/)
    await expect.poll(() => page!.getByTestId('achievement-table').innerText()).toContain('高效钙钛矿电池')

    await page.getByRole('tab', { name: '到场企业', exact: true }).click()
    await pickFirst(page, 'attendee-enterprise')
    await page.getByTestId('attendee-add').click()
    await expect.poll(() => page!.getByTestId('stat-attending').innerText()).toMatch(/(^|\s)1$/)

    await page.getByRole('tab', { name: '合作意向', exact: true }).click()
    await page.getByTestId('intent-create').click()
    await pickFirst(page, 'record-achievement', '高效钙钛矿电池')
    await pickFirst(page, 'record-enterprise')
    await page.getByTestId('form-submit').click()
    await expect.poll(() => page!.getByTestId('stat-intents').innerText()).toMatch(/(^|\s)1$/)

    await page.getByRole('tab', { name: '现场签约', exact: true }).click()
    await page.getByTestId('signing-create').click()
    await page.getByTestId('record-title').fill('钙钛矿中试线合作协议')
    await page.getByTestId('record-parties').fill('省光电研究院、高新区企业')
    await page.getByTestId('record-amount').locator('input').fill('-1')
    const refused = saved(page, 'POST', /\/signings$/)
    await page.getByTestId('form-submit').click()
    expect((await refused).status()).toBe(400)
    const amountError = page.locator('.el-form-item').filter({ has: page.getByTestId('record-amount') }).locator('.el-form-item__error')
    await expect.poll(() => amountError.innerText()).not.toBe('')
    await page.getByTestId('record-amount').locator('input').fill('88')
    await page.getByTestId('form-submit').click()
    await expect.poll(() => page!.getByTestId('stat-signings').innerText()).toMatch(/(^|\s)1$/)
    await expect.poll(() => page!.getByTestId('stat-signed').innerText()).toContain('88')
    await expect.poll(() => page!.getByTestId('signing-table').innerText()).toContain('钙钛矿中试线合作协议')

    // A typo in the amount is corrected from the signing's row, and the figure follows.
    await page.getByTestId('signing-table').getByTestId('signing-edit').first().click()
    await page.getByTestId('record-amount').locator('input').fill('8.8')
    const corrected = saved(page, 'PUT', /\/signings\/[0-9a-f-]{36}$/)
    await page.getByTestId('form-submit').click()
    expect((await corrected).status()).toBe(200)
    await expect.poll(() => page!.getByTestId('stat-signed').innerText()).toMatch(/(^|\s)8\.8$/)
    await expect.poll(() => page!.getByTestId('stat-signings').innerText()).toMatch(/(^|\s)1$/)
  })

  it('at phone size the event form fits the screen and saves', async () => {
    page = await newPage(browser, 'bureau', { viewport: { width: 390, height: 844 } })
    await page.goto('/events')
    await page.getByTestId('event-create').click()
    const box = await page.locator('.el-dialog:visible').first().boundingBox()
    expect(box!.width).toBeLessThanOrEqual(390)
    await page.keyboard.press('Escape')
    await createEvent(page, `手机对接会${Date.now()}`)
    await page.getByTestId('event-edit').click()
    await page.getByTestId('event-place').fill('园区路演厅')
    await expect.poll(async () => (await page!.getByTestId('form-submit').boundingBox())!.y).toBeLessThan(844)
    await page.getByTestId('form-submit').click()
    await expect.poll(() => page!.getByTestId('page-title').locator('..').innerText()).toContain('园区路演厅')
  })

  it('a park officer reads competitions and events but gets no create button', async () => {
    page = await newPage(browser, 'park1')
    await page.goto('/competitions')
    await page.getByTestId('competition-table').waitFor()
    expect(await page.getByTestId('competition-create').count()).toBe(0)
    await page.goto('/events')
    await page.getByTestId('event-table').waitFor()
    expect(await page.getByTestId('event-create').count()).toBe(0)
  })
})
