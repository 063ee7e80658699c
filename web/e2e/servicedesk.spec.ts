// The service desk's closed loop in the browser: an enterprise asks, the officer escalates to the departments
// (园区吹哨、部门报到), both departments reply, the officer resolves, the enterprise confirms with a rating,
// and the statistics show it; then two officers edit the same request at once.
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { closePage, launchBrowser, newPage } from './browser'
import { act, openRequest } from './requests'
import type { SignedInUser } from './paths'

const DEPARTMENTS = ['经济发展局', '自然资源和规划分局'] // dept1's and dept2's

/** Opens an Element Plus select (by its test id) and picks the options with these labels. */
async function choose(page: Page, testid: string, ...labels: string[]) {
  await page.getByTestId(testid).click()
  for (const label of labels) await page.locator('.el-select-dropdown__item:visible', { hasText: label }).first().click()
  if (labels.length > 1) await page.keyboard.press('Escape')
}

async function statistics(page: Page) {
  return (await (await page.request.get('/api/service/statistics')).json()) as { summary: { received: number; closed: number } }
}

describe('service desk (企业诉求)', () => {
  let browser: Browser
  const pages: Page[] = []
  const open = async (user: SignedInUser) => {
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

  it('closes the loop: submit, whistle to two departments, replies, resolve, rating, statistics', async () => {
    const ent = await open('ent1')
    const officer = await open('officer1')
    const before = await statistics(officer)

    // The enterprise submits.
    const title = `E2E诉求${Date.now().toString(36)}`
    await ent.getByTestId('menu-service-requests').click()
    await ent.getByTestId('request-create').click()
    await ent.getByTestId('form-title').fill(title)
    await choose(ent, 'form-category', '土地规划')
    await ent.getByTestId('form-description').fill('二期扩建需新增用地约20亩，请协调规划条件和用地指标。')
    const [created] = await Promise.all([
      ent.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/service/requests'),
      ent.getByTestId('form-submit').click(),
    ])
    expect(created.status()).toBe(201)
    await ent.waitForURL(/\/service\/requests\/[^/]+$/)
    const id = new URL(ent.url()).pathname.split('/').pop()!
    expect(await ent.getByTestId('request-status').innerText()).toContain('待受理')

    // The officer accepts, starts and blows the whistle for two departments.
    await openRequest(officer, id)
    // Accepting asks for no reason; escalating says to which level.
    expect(await act(officer, id, 'Accept', async () => {
      expect(await officer.getByTestId('form-reason').count()).toBe(0)
    })).toBe(200)
    await officer.getByTestId('request-action-Start').waitFor()
    expect(await act(officer, id, 'Start')).toBe(200)
    await officer.getByTestId('request-action-Escalate').waitFor()
    // Without departments the form says what is missing, in Chinese, and sends nothing.
    await officer.getByTestId('request-action-Escalate').click()
    expect(await officer.getByTestId('transition-target-level').innerText()).toContain('升级至“二级·园区吹哨”')
    await officer.getByTestId('form-reason').fill('涉及规划和用地，园区吹哨')
    await officer.getByTestId('form-submit').click()
    await officer.getByText('请选择报到部门').waitFor()
    await officer.keyboard.press('Escape')
    expect(await act(officer, id, 'Escalate', async () => {
      await choose(officer, 'form-departments', ...DEPARTMENTS)
      await officer.getByTestId('form-reason').fill('涉及规划和用地，园区吹哨')
    })).toBe(200)
    await officer.getByTestId('request-level').filter({ hasText: '二级' }).waitFor()
    expect(await officer.getByTestId('request-tasks').locator('tbody tr').count()).toBe(2)

    // Both departments report.
    for (const user of ['dept1', 'dept2'] as const) {
      const dept = await open(user)
      await openRequest(dept, id)
      await dept.getByTestId('task-reply-input').fill(`${user}：已按职责办理`)
      const [replied] = await Promise.all([
        dept.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/reply')),
        dept.getByTestId('task-reply-submit').click(),
      ])
      expect(replied.status()).toBe(200)
      await dept.getByTestId('task-reply').filter({ hasText: `${user}：已按职责办理` }).waitFor()
      expect(await dept.getByTestId('task-reply-input').count()).toBe(0)
    }

    // The officer resolves; the enterprise confirms with a rating.
    await openRequest(officer, id)
    expect(await act(officer, id, 'Resolve', () => officer.getByTestId('form-resolution').fill('规划条件已明确，用地指标已调剂落实。'))).toBe(200)
    await officer.getByTestId('request-status').filter({ hasText: '已办结' }).waitFor()

    await openRequest(ent, id)
    expect(await act(ent, id, 'Confirm', async () => {
      await ent.getByTestId('form-rating').locator('.el-rate__item').nth(4).click()
      await ent.getByTestId('form-comment').fill('服务很到位')
    })).toBe(200)
    await ent.getByTestId('request-status').filter({ hasText: '已关闭' }).waitFor()
    expect(await ent.getByTestId('request-history').innerText()).toContain('确认评价')

    // The statistics count it, and the league table lists both departments.
    const after = await statistics(officer)
    expect(after.summary.received).toBe(before.summary.received + 1)
    expect(after.summary.closed).toBe(before.summary.closed + 1)
    await Promise.all([
      officer.waitForResponse((r) => new URL(r.url()).pathname === '/api/service/statistics'),
      officer.getByTestId('menu-service-stats').click(),
    ])
    const league = await officer.getByTestId('stats-league').innerText()
    for (const department of DEPARTMENTS) expect(league).toContain(department)
    expect(await officer.getByTestId('stats-kpis').innerText()).toContain(String(after.summary.received))
  }, 300_000) // five sign-ins and a dozen round trips on a shared machine

  it('refuses the second of two concurrent edits with a clear message and loses nothing', async () => {
    // A request the officer recorded (what an enterprise submits itself is kept as submitted: its title and text are not editable).
    const ent = await open('ent1')
    const enterpriseId = ((await (await ent.request.get('/api/auth/me')).json()) as { enterpriseId: string }).enterpriseId
    const first = await open('officer1')
    const token = (await first.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')!.value
    const created = await first.request.post('/api/service/requests', {
      headers: { 'X-XSRF-TOKEN': decodeURIComponent(token) },
      data: { title: '并发编辑（E2E）', description: '原始描述', category: 'Finance', urgency: 'Normal', enterpriseId },
    })
    expect(created.status()).toBe(201)
    const id = ((await created.json()) as { summary: { id: string } }).summary.id

    const second = await open('park1')
    for (const page of [first, second]) {
      await openRequest(page, id)
      await page.getByTestId('request-edit').click()
      await page.getByTestId('request-form').waitFor()
    }
    await first.getByTestId('form-title').fill('并发编辑（服务员已改标题）')
    const [saved] = await Promise.all([
      first.waitForResponse((r) => r.request().method() === 'PUT'),
      first.getByTestId('form-submit').click(),
    ])
    expect(saved.status()).toBe(200)

    await second.getByTestId('form-description').fill('园区补充的描述')
    const [refused] = await Promise.all([
      second.waitForResponse((r) => r.request().method() === 'PUT'),
      second.getByTestId('form-submit').click(),
    ])
    expect(refused.status()).toBe(409)
    expect(await second.getByTestId('form-conflict').innerText()).toContain('该记录已被他人修改')
    expect(await second.getByTestId('form-description').inputValue()).toBe('园区补充的描述')

    // Loading the latest keeps what this editor typed and takes the other's title; saving again keeps both.
    await second.getByTestId('form-reload-latest').click()
    await expect.poll(() => second.getByTestId('form-title').inputValue()).toBe('并发编辑（服务员已改标题）')
    const [again] = await Promise.all([
      second.waitForResponse((r) => r.request().method() === 'PUT'),
      second.getByTestId('form-submit').click(),
    ])
    expect(again.status()).toBe(200)
    await openRequest(first, id)
    expect(await first.getByTestId('request-description').innerText()).toBe('园区补充的描述')
    expect(await first.locator('.page-header').innerText()).toContain('并发编辑（服务员已改标题）')
  })
})
