// 以赛招商 end to end: the bureau opens the demo zone's 创新创业大赛, reads its figures (counted from the records), turns a matched
// entrant into a project lead from the entrant's row, and follows the row's new link to the project, which the ledger credits to
// the competition.
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { call, closePage, launchBrowser, newPage } from './browser'

interface CompetitionItem { id: string; name: string; entrants: number; matched: number; isDemo: boolean }
interface EntrantItem { id: string; entrantName: string; projectTitle: string; matched: boolean; projectId: string | null }
interface Paged<T> { items: T[]; total: number }
interface EventItem { id: string; name: string; achievements: number; attending: number; signings: number; intents: number; isDemo: boolean }
interface EventDetail { signings: { id: string; title: string; projectId: string | null }[] }
interface ProjectDetail {
  project: { id: string; name: string; source: string | null; broughtBy: string | null }
  lead: { ownerId: string; leadId: string } | null
}

describe('competitions (以赛招商)', () => {
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

  it('a matched entrant of the demo competition becomes a project lead credited to the competition', async () => {
    page = await newPage(browser, 'bureau')
    await page.goto('/competitions')
    const competitions = (await call<Paged<CompetitionItem>>(page, 'GET', '/api/competitions?pageSize=50')).json.items
    const competition = competitions.find((c) => c.isDemo && c.entrants >= 500)
    expect(competition, 'the demo zone has a competition of 500+ entrants').toBeDefined()
    const entrants = (await call<Paged<EntrantItem>>(page, 'GET',
      `/api/competitions/${competition!.id}/entrants?matched=true&pageSize=100`)).json.items
    expect(entrants.length).toBe(competition!.matched)
    const entrant = entrants.find((e) => e.projectId === null)!
    expect(entrant).toBeDefined()

    await page.getByText(competition!.name).first().click()
    await page.waitForURL(`**/competitions/${competition!.id}`)
    await expect.poll(() => page!.getByTestId('stat-entrants').innerText()).toContain(String(competition!.entrants))
    await expect.poll(() => page!.getByTestId('stat-matched').innerText()).toContain(String(competition!.matched))

    await page.getByTestId('entrant-search').fill(entrant.entrantName)
    await page.getByTestId('entrant-search-button').click()
    const row = page.getByTestId('entrant-table').locator('.el-table__row').filter({ hasText: entrant.entrantName }).first()
    await row.getByTestId('entrant-to-project').click()
    await page.getByTestId('lead-park').click()
    await page.locator('.el-select-dropdown__item:visible').first().click()
    const answered = page.waitForResponse((r) => r.url().includes(`/entrants/${entrant.id}/project`) && r.request().method() === 'POST')
    await page.getByTestId('lead-save').click()
    const response = await answered
    expect(response.status(), await response.text()).toBe(201)

    await row.getByTestId('entrant-project').click()
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/)
    const projectId = page.url().split('/').pop()!
    const detail = (await call<ProjectDetail>(page, 'GET', `/api/projects/${projectId}`)).json
    const project = detail.project
    expect(project.source).toBe('Competition')
    expect(project.broughtBy).toBe(competition!.name)
    expect(detail.lead?.leadId).toBe(entrant.id)
    await expect.poll(() => page!.getByTestId('page-title').innerText()).toContain(project.name)

    const again = await call<unknown>(page, 'POST', `/api/competitions/${competition!.id}/entrants/${entrant.id}/project`,
      { parkId: null, name: project.name, plannedInvestment: null })
    expect(again.status).toBe(409)
  })

  it('the demo 成果直通车 shows its figures, and an on-site signing becomes a project lead from the event page', async () => {
    page = await newPage(browser, 'bureau')
    await page.goto('/events')
    const events = (await call<Paged<EventItem>>(page, 'GET', '/api/events?pageSize=50')).json.items
    const event = events.find((e) => e.isDemo && e.achievements >= 300)
    expect(event, 'the demo zone has a 成果直通车 of 300+ achievements').toBeDefined()
    const signing = (await call<EventDetail>(page, 'GET', `/api/events/${event!.id}`)).json.signings.find((s) => s.projectId === null)
    expect(signing, 'a signing not yet on the ledger').toBeDefined()

    await page.getByTestId('event-table').getByTestId('event-link').filter({ hasText: event!.name }).first().click()
    await page.waitForURL(`**/events/${event!.id}`)
    for (const [key, value] of [['achievements', event!.achievements], ['attending', event!.attending], ['signings', event!.signings],
      ['intents', event!.intents]] as const)
      await expect.poll(() => page!.getByTestId(`stat-${key}`).innerText()).toContain(String(value))

    await page.getByRole('tab', { name: /签约/ }).click()
    const row = page.getByTestId('signing-table').locator('.el-table__row').filter({ hasText: signing!.title }).first()
    await row.getByTestId('signing-to-project').click()
    await page.getByTestId('lead-park').click()
    await page.locator('.el-select-dropdown__item:visible').first().click()
    const answered = page.waitForResponse((r) => r.url().includes(`/signings/${signing!.id}/project`) && r.request().method() === 'POST')
    await page.getByTestId('lead-save').click()
    const response = await answered
    expect(response.status(), await response.text()).toBe(201)
    const projectId = ((await response.json()) as { projectId: string }).projectId
    const detail = (await call<ProjectDetail>(page, 'GET', `/api/projects/${projectId}`)).json
    expect(detail.project.broughtBy).toBe(event!.name)
    expect(detail.lead?.leadId).toBe(signing!.id)
    await expect.poll(() => row.innerText()).toContain(detail.project.name)
  })
})
