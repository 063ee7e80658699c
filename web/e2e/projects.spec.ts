// The project ledger's main path, as the innovation bureau keeps it: a new project is signed, breaks ground,
// gets its annual target and a monthly report, and its completion shows on the ledger and in the .xlsx export.
import { chinaClock } from '../src/shared/format'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { readFile } from 'node:fs/promises'
import { closePage, launchBrowser, newPage, waitForList } from './browser'
import { readRows } from './xlsx'
import { formatRate, formatWan } from '../src/features/projects/format'
import type { ApprovalStatistics, OutputStats } from '../src/features/projects/api'

describe('projects (项目台账)', () => {
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

  /** Waits for the answer of a write to the project and checks it succeeded. */
  async function submitAndWait(pathPart: string) {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes(pathPart) && r.request().method() !== 'GET'),
      page.getByTestId('form-submit').click(),
    ])
    expect(response.status(), await response.text()).toBeLessThan(300)
  }

  /** Opens the ledger, enters a project through the form and lands on its page. */
  async function createProject(name: string) {
    const firstLoad = waitForList(page, '/api/projects')
    await page.getByTestId('menu-projects').click()
    expect((await firstLoad).status()).toBe(200)
    await page.getByTestId('project-summary').waitFor()

    await page.getByTestId('project-create').click()
    await page.getByTestId('form-name').fill(name)
    await page.getByTestId('form-park').click()
    await page.locator('.el-select-dropdown__item:visible').first().click()
    await page.getByTestId('form-planned').locator('input').fill('50000')
    await page.getByTestId('form-leader').fill('王伟（管委会副主任）')
    await submitAndWait('/api/projects')
    await page.waitForURL(/\/projects\/[^/]+$/)
  }

  /** The ledger filtered to one project's name. */
  async function searchLedger(name: string) {
    await page.getByTestId('menu-projects').click()
    await page.getByTestId('project-search').fill(name)
    const searched = waitForList(page, '/api/projects', ['search', name])
    await page.getByTestId('project-search-button').click()
    expect((await searched).status()).toBe(200)
  }

  /** The ledger export as rows, with a reader of a row's cell by its header (the third row). */
  async function exportLedger() {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('project-export').click()])
    expect(download.suggestedFilename()).toMatch(/项目建设台账.*\.xlsx$/)
    const rows = await readRows(await readFile((await download.path())!))
    const headers = rows[2]
    return { rows, headers, cell: (row: string[], header: string) => row[headers.indexOf(header)] }
  }

  /** A day `days` after today in China, as the server counts days. */
  function dayAfterToday(days: number): string {
    const { year, month, day } = chinaClock()
    return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
  }

  it('creates a project, signs and starts it, reports investment and sees completion on the ledger and in the export', async () => {
    const name = `E2E测试项目${Date.now() % 1_000_000}`
    await createProject(name)
    expect((await page.getByTestId('project-detail-stage').innerText()).trim()).toBe('线索')

    // Lead → Started is not offered; Lead → Signed → Started is.
    expect(await page.getByTestId('project-move-Started').count()).toBe(0)
    await page.getByTestId('project-move-Signed').click()
    await submitAndWait('/stage')
    await expect.poll(async () => (await page.getByTestId('project-detail-stage').innerText()).trim()).toBe('已签约')
    await page.getByTestId('project-move-Started').click()
    await submitAndWait('/stage')
    await expect.poll(async () => (await page.getByTestId('project-detail-stage').innerText()).trim()).toBe('已开工')
    expect(await page.getByTestId('project-history').locator('.el-timeline-item').count()).toBe(3)

    await page.getByTestId('project-set-plan').click()
    await page.getByTestId('report-amount').locator('input').fill('12000')
    await submitAndWait('/plans/')
    const month = chinaClock().month
    await page.getByTestId(`project-report-${month}`).click()
    await page.getByTestId('report-amount').locator('input').fill('3000')
    await page.getByTestId('report-image-progress').fill('主体结构施工中')
    await submitAndWait('/investments/')
    await expect.poll(async () => (await page.getByTestId('project-detail-completion').innerText()).trim()).toContain('25.0%')

    // The ledger shows the same completion.
    await searchLedger(name)
    const row = page.getByTestId('project-table').locator('tr', { hasText: name })
    await expect.poll(async () => (await row.getByTestId('project-completion').innerText()).trim()).toContain('25.0%')
    expect((await row.getByTestId('project-stage').innerText()).trim()).toBe('已开工')

    // …and so does the ledger export, in the officials' layout.
    const { rows, headers, cell } = await exportLedger()
    expect(rows[0][0]).toContain('重点项目建设台账')
    expect(rows[1]).toContain('项目名称')
    expect(headers).toContain('年度计划投资（万元）')
    const exported = rows.find((r) => r[1] === name)
    expect(exported).toBeDefined()
    expect(cell(exported!, '项目阶段')).toBe('已开工')
    expect(cell(exported!, '年度计划投资（万元）')).toBe('12000')
    expect(cell(exported!, '累计完成投资（万元）')).toBe('3000')
    expect(cell(exported!, '完成率')).toBe('25.0%')
    expect(cell(exported!, '形象进度')).toBe('主体结构施工中')
  })

  it('records milestones ahead of plan, shows the next one on the ledger and in the export', async () => {
    const name = `E2E节点项目${Date.now() % 1_000_000}`
    await createProject(name)
    const form = page.getByTestId('milestone-form')
    async function addMilestone(kind: string, plannedOn: string, actualOn?: string) {
      await page.getByTestId('project-add-milestone').click()
      await form.getByTestId('milestone-kind').click()
      await page.getByRole('option', { name: kind, exact: true }).click()
      for (const [placeholder, date] of [['计划日期', plannedOn], ['实际完成日期', actualOn]] as const) {
        if (!date) continue
        const input = form.getByPlaceholder(placeholder, { exact: true })
        await input.fill(date)
        await input.press('Enter')
      }
      await submitAndWait('/milestones')
    }
    // 主体封顶 reached today, three days before its planned day.
    await addMilestone('主体封顶', dayAfterToday(3), dayAfterToday(0))
    const milestones = page.getByTestId('project-milestones')
    await expect.poll(async () => (await milestones.innerText())).toContain('提前 3 天')
    await addMilestone('竣工', dayAfterToday(90))
    await expect.poll(async () => milestones.locator('.el-timeline-item').count()).toBe(2)

    // The ledger's column chooser shows the next milestone; the export always carries the milestone columns.
    await searchLedger(name)
    const row = page.getByTestId('project-table').locator('tr', { hasText: name })
    await row.waitFor()
    expect(await row.getByTestId('project-next-milestone').count()).toBe(0)
    await page.getByTestId('project-columns').click()
    await page.getByTestId('column-nextMilestone').click()
    await expect.poll(async () => (await row.getByTestId('project-next-milestone').innerText()).trim()).toBe('竣工')
    const { headers, rows, cell } = await exportLedger()
    expect(headers).toEqual(expect.arrayContaining(['下一节点', '节点计划日期', '节点提前（+）或滞后（-）天数']))
    const exported = rows.find((r) => r[1] === name)
    expect(exported).toBeDefined()
    expect([cell(exported!, '下一节点'), cell(exported!, '节点计划日期')]).toEqual(['竣工', dayAfterToday(90)])
  })

  it('adds a month of funds and sees the period figures grow by it', async () => {
    const name = `E2E到位资金项目${Date.now() % 1_000_000}`
    await createProject(name)
    const detailUrl = page.url()
    /** The funds arrived this year so far, as the ledger's period panel shows them (万元). */
    async function fundsToDate() {
      const figures = waitForList(page, '/api/projects/periods')
      await page.getByTestId('menu-projects').click()
      expect((await figures).status()).toBe(200)
      const cell = page.getByTestId('project-periods').getByTestId('period-funds')
      await cell.waitFor()
      return Number((await cell.innerText()).replace(/,/g, ''))
    }
    const before = await fundsToDate()

    await page.goto(detailUrl)
    await page.getByTestId('project-add-arrival').click()
    await page.getByTestId('arrival-amount').locator('input').fill('1234.5')
    await submitAndWait('/arrivals')
    await expect.poll(async () => (await page.getByTestId('project-arrivals').innerText())).toContain('1,234.5')
    expect(await fundsToDate()).toBeCloseTo(before + 1234.5, 2)
  })

  it('times approval items on the fast-track clock: the working days of each step, on time or overdue', async () => {
    const name = `E2E审批项目${Date.now() % 1_000_000}`
    await createProject(name)
    const form = page.getByTestId('approval-form')
    async function addApproval(kind: string, dates: Record<string, string>) {
      await page.getByTestId('project-add-approval').click()
      await form.getByTestId('approval-kind').click()
      await page.getByRole('option', { name: kind, exact: true }).click()
      for (const [field, date] of Object.entries(dates)) {
        const input = form.getByPlaceholder(field, { exact: true })
        await input.fill(date)
        await input.press('Enter')
      }
      await submitAndWait('/approvals')
    }
    // Submitted, reviewed and approved on one day: no working day taken, on time.
    const day = dayAfterToday(-14)
    await addApproval('用地', { 报送日期: day, 评审日期: day, 批复日期: day })
    await expect.poll(async () => (await page.getByTestId('approval-tag-Land').innerText()).trim()).toBe('按时')
    expect(await page.getByTestId('approval-table').innerText()).toContain('0 个工作日')
    // Submitted two weeks ago and never reviewed: the review was due long ago.
    await addApproval('环评', { 报送日期: day })
    await expect.poll(async () => (await page.getByTestId('approval-tag-Environment').innerText()).trim()).toBe('超期')
    expect(await page.getByTestId('approval-unconfirmed').count()).toBe(1)

    // The ledger's statistics count both: one approved in time, one overdue.
    const stats = waitForList(page, '/api/projects/approvals/statistics')
    await page.getByTestId('menu-projects').click()
    expect((await stats).status()).toBe(200)
    await expect.poll(async () => (await page.getByTestId('project-approval-stats-table').innerText())).toContain('环评')
  })

  it('turns a supervision problem into a service request and links the two both ways', async () => {
    const name = `E2E督导项目${Date.now() % 1_000_000}`
    await createProject(name)
    await page.getByTestId('project-add-weekly').click()
    await page.getByTestId('supervision-progress').fill('基础施工')
    await page.getByTestId('supervision-problem-raised').click()
    await page.getByTestId('supervision-problem').fill('施工临时用电尚未接入')
    await submitAndWait('/supervisions')

    await page.getByTestId('supervision-to-request').first().click()
    const form = page.getByTestId('supervision-request-form')
    await form.getByTestId('supervision-request-enterprise').click()
    const options = page.locator('.el-select-dropdown__item:visible')
    await options.first().waitFor()
    await options.first().click()
    await form.getByTestId('supervision-request-category').click()
    await page.getByRole('option', { name: '水电气暖', exact: true }).click()
    await submitAndWait('/request')

    const link = page.getByTestId('supervision-request-link').first()
    await expect.poll(async () => (await link.innerText())).toMatch(/诉求 SQ-\d{4}-\d{5}/)
    expect(await page.getByTestId('supervision-to-request').count()).toBe(0)
    await link.locator('a').click()
    await page.waitForURL(/\/service\/requests\/[^/]+$/)
    await expect.poll(async () => (await page.getByTestId('request-project-link').innerText()).trim()).toBe(name)
    expect(await page.getByTestId('request-description').innerText()).toContain('施工临时用电尚未接入')
  })

  it('shows the battle chart by park and stage and opens the ledger from a cell', async () => {
    await page.getByTestId('menu-project-board').click()
    await page.getByTestId('project-board').waitFor()
    const cell = page.locator('[data-testid="board-Started"].project-board__cell--filled').first()
    const count = Number((await cell.locator('.project-board__count').innerText()).trim())
    expect(count).toBeGreaterThan(0)
    const filtered = waitForList(page, '/api/projects', ['stage', 'Started'])
    await cell.click()
    const body = (await (await filtered).json()) as { total: number }
    expect(body.total).toBe(count)
  })

  it('shows 投产达效 (target against actual) and the approval statistics on the ledger with the figures the API answers', async () => {
    const path = (r: { url(): string }) => new URL(r.url()).pathname
    const outputAnswer = page.waitForResponse((r) => path(r) === '/api/projects/outputs/statistics')
    const approvalAnswer = page.waitForResponse((r) => path(r) === '/api/projects/approvals/statistics')
    await page.getByTestId('menu-projects').click()
    const output = (await (await outputAnswer).json()) as OutputStats
    const approvals = (await (await approvalAnswer).json()) as ApprovalStatistics
    // The demo's producing projects have this year's targets, and its approval items are timed: neither panel is empty.
    expect(output.total.projects).toBeGreaterThan(0)
    expect(output.byPark.length).toBeGreaterThan(0)
    expect(approvals.total.items).toBeGreaterThan(0)

    // 投产达效: the summary row is the API's total, and each park's row its figures.
    const outputs = page.getByTestId('project-output-table')
    const texts = async (cells: ReturnType<Page['locator']>) => (await cells.allInnerTexts()).map((c) => c.trim())
    await expect.poll(() => texts(outputs.locator('.el-table__footer-wrapper td .cell'))).toEqual(['', String(output.total.projects),
      formatWan(output.total.target), formatWan(output.total.actual), formatRate(output.total.rate),
      `${output.total.achieved} / ${output.total.missed}`])
    const parkRows = outputs.locator('.el-table__body-wrapper tbody tr')
    expect(await parkRows.count()).toBe(output.byPark.length)
    for (const [i, group] of output.byPark.entries()) {
      expect(await texts(parkRows.nth(i).locator('td .cell'))).toEqual([group.name, String(group.figures.projects),
        formatWan(group.figures.target), formatWan(group.figures.actual), formatRate(group.figures.rate),
        `${group.figures.achieved} / ${group.figures.missed}`])
    }
    await page.getByTestId('project-output-by').getByText('按产业链').click()
    await expect.poll(() => outputs.locator('.el-table__body-wrapper tbody tr').count()).toBe(output.byChain.length)

    // 审批时效: one row per item kind and the total, the share approved in time as the API computes it.
    const stats = page.getByTestId('project-approval-stats-table')
    await expect.poll(() => stats.locator('.el-table__body-wrapper tbody tr').count()).toBe(approvals.byKind.length + 1)
    expect((await stats.getByTestId('approval-stats-rate').innerText()).trim()).toBe(formatRate(approvals.total.approvedInTimeRate))
    const total = await texts(stats.locator('.el-table__body-wrapper tbody tr').last().locator('td .cell'))
    expect(total.slice(1)).toEqual([approvals.total.items, approvals.total.approved, approvals.total.approvedInTime].map(String)
      .concat([formatRate(approvals.total.approvedInTimeRate), String(approvals.total.onFastTrack), String(approvals.total.overdue)]))
  })
})
