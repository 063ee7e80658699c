// 以赛招商 end to end: the bureau opens the demo zone's 创新创业大赛, reads its figures (counted from the records), turns a matched
// entrant into a project lead from the entrant's row, and follows the row's new link to the project, which the ledger credits to
// the competition. The lead then goes the whole way: approval items on the "3 个 1" clock, 主体封顶 ahead of plan, and a problem
// raised in supervision handed to the service desk, whose resolution settles the problem. The demo 成果直通车's signings too
// become leads.
import { chinaClock } from '../src/shared/format'
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { call, closePage, launchBrowser, newPage } from './browser'
import { act, openRequest } from './requests'

interface CompetitionItem { id: string; name: string; entrants: number; matched: number; isDemo: boolean }
interface EntrantItem { id: string; entrantName: string; projectTitle: string; matched: boolean; projectId: string | null }
interface Paged<T> { items: T[]; total: number }
interface EventItem { id: string; name: string; achievements: number; attending: number; signings: number; intents: number; isDemo: boolean }
interface EventDetail { signings: { id: string; title: string; projectId: string | null }[] }
interface ProjectDetail {
  project: { id: string; name: string; source: string | null; broughtBy: string | null }
  lead: { ownerId: string; leadId: string } | null
  supervisions: { id: string; serviceRequestId: string | null; requestStatus: string | null; problemResolvedOn: string | null }[]
}

/** A day `days` after today in China, as the server counts days. */
function dayAfterToday(days: number): string {
  const { year, month, day } = chinaClock()
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
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

  /** On the demo competition's page, turns a matched entrant not yet on the ledger into a lead and opens its project. */
  async function leadFromCompetition(page: Page) {
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
    await expect.poll(() => page.getByTestId('stat-entrants').innerText()).toContain(String(competition!.entrants))
    await expect.poll(() => page.getByTestId('stat-matched').innerText()).toContain(String(competition!.matched))

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
    await expect.poll(() => page.getByTestId('page-title').innerText()).toContain(detail.project.name)
    return { competition: competition!, entrant, detail }
  }

  /** Submits the open form on the project page and checks the write succeeded. */
  async function submitAndWait(page: Page, pathPart: string) {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes(pathPart) && r.request().method() !== 'GET'),
      page.getByTestId('form-submit').click(),
    ])
    expect(response.status(), await response.text()).toBeLessThan(300)
  }

  it('a matched entrant of the demo competition becomes a project lead credited to the competition', async () => {
    page = await newPage(browser, 'bureau')
    const { competition, entrant, detail } = await leadFromCompetition(page)
    expect(detail.project.source).toBe('Competition')
    expect(detail.project.broughtBy).toBe(competition.name)
    expect(detail.lead?.leadId).toBe(entrant.id)

    const again = await call<unknown>(page, 'POST', `/api/competitions/${competition.id}/entrants/${entrant.id}/project`,
      { parkId: null, name: detail.project.name, plannedInvestment: null })
    expect(again.status).toBe(409)
  })

  it('a competition lead goes through approvals on the 3-day clock, tops out ahead of plan, and its supervision problem closes with its request',
    async () => {
      page = await newPage(browser, 'bureau')
      const { detail } = await leadFromCompetition(page)
      const projectUrl = page.url()

      // 施工许可 reported, reviewed and approved a day apart: each step within its one working day ("3 个 1").
      await page.getByTestId('project-add-approval').click()
      const approval = page.getByTestId('approval-form')
      await approval.getByTestId('approval-kind').click()
      await page.getByRole('option', { name: '施工许可', exact: true }).click()
      for (const [field, date] of [['报送日期', dayAfterToday(-3)], ['评审日期', dayAfterToday(-2)], ['批复日期', dayAfterToday(-1)]] as const) {
        const input = approval.getByPlaceholder(field, { exact: true })
        await input.fill(date)
        await input.press('Enter')
      }
      await submitAndWait(page, '/approvals')
      await expect.poll(async () => (await page!.getByTestId('approval-tag-ConstructionPermit').innerText()).trim()).toBe('按时')

      // 主体封顶 today, three days before its planned day.
      await page.getByTestId('project-add-milestone').click()
      const milestone = page.getByTestId('milestone-form')
      await milestone.getByTestId('milestone-kind').click()
      await page.getByRole('option', { name: '主体封顶', exact: true }).click()
      for (const [placeholder, date] of [['计划日期', dayAfterToday(3)], ['实际完成日期', dayAfterToday(0)]] as const) {
        const input = milestone.getByPlaceholder(placeholder, { exact: true })
        await input.fill(date)
        await input.press('Enter')
      }
      await submitAndWait(page, '/milestones')
      await expect.poll(async () => (await page!.getByTestId('project-milestones').innerText())).toContain('提前 3 天')

      // Weekly supervision raises a problem; it goes to the service desk in one action.
      await page.getByTestId('project-add-weekly').click()
      await page.getByTestId('supervision-progress').fill('主体已封顶，准备设备进场')
      await page.getByTestId('supervision-problem-raised').click()
      await page.getByTestId('supervision-problem').fill('设备进场道路尚未硬化')
      await submitAndWait(page, '/supervisions')
      await page.getByTestId('supervision-to-request').first().click()
      const form = page.getByTestId('supervision-request-form')
      await form.getByTestId('supervision-request-enterprise').click()
      const options = page.locator('.el-select-dropdown__item:visible')
      await options.first().waitFor()
      await options.first().click()
      await form.getByTestId('supervision-request-category').click()
      await page.getByRole('option', { name: '水电气暖', exact: true }).click()
      await submitAndWait(page, '/request')
      await expect.poll(async () => (await page!.getByTestId('supervision-request-link').first().innerText())).toMatch(/诉求 SQ-\d{4}-\d{5}/)
      const linked = (await call<ProjectDetail>(page, 'GET', `/api/projects/${detail.project.id}`)).json.supervisions
        .find((s) => s.serviceRequestId !== null)!
      expect(linked.problemResolvedOn).toBeNull()

      // The desk accepts, handles and resolves the request; the problem on the project is resolved with it.
      const requestId = linked.serviceRequestId!
      await openRequest(page, requestId)
      expect(await act(page, requestId, 'Accept')).toBe(200)
      await page.getByTestId('request-action-Start').waitFor()
      expect(await act(page, requestId, 'Start')).toBe(200)
      await page.getByTestId('request-action-Resolve').waitFor()
      expect(await act(page, requestId, 'Resolve', () => page!.getByTestId('form-resolution').fill('道路已硬化，设备可进场'))).toBe(200)
      await page.getByTestId('request-status').filter({ hasText: '已办结' }).waitFor()

      await page.goto(projectUrl)
      const supervisions = page.getByTestId('project-supervisions')
      await expect.poll(async () => (await supervisions.innerText())).toMatch(/已解决（\d{4}-\d{2}-\d{2}）/)
      expect(await supervisions.innerText()).toContain('已办结')
      const after = (await call<ProjectDetail>(page, 'GET', `/api/projects/${detail.project.id}`)).json.supervisions
        .find((s) => s.id === linked.id)!
      expect(after.requestStatus).toBe('Resolved')
      expect(after.problemResolvedOn).not.toBeNull()
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
