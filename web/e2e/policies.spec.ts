// Policy benefits (惠企政策) end to end: the bureau publishes "新认定高新技术企业 奖励 20 万元" for this year; its matching lists exactly
// this year's new 高企; one of them applies under 我的政策 with a file attached; its park downloads the file and reviews, the bureau
// reviews and the 公示 opens; an application whose 公示 has passed is paid; the statistics show the payment; a 免申即享 item is paid
// as a batch without applications. 科技创新券: an enterprise applies, the bureau finds it by status, approves and redeems it. 政策资金:
// the bureau records an application to a higher-level fund, finds it by level and status, and records it approved.
import { currentYear, today } from '../src/shared/format'
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { call, closePage, launchBrowser, login, newPage, waitForList } from './browser'

interface MatchRow { enterpriseId: string; enterpriseName: string; parkId: string; amount: number }
interface Matching { qualifying: number; total: number; enterprises: MatchRow[] }
interface Application { id: string; enterpriseName: string; itemName: string; status: string; amount: number; noticeUntil?: string;
  objections: { decision: string }[] }
interface Stats { paid: number; payments: number; enterprises: number; byType: { key: string; amount: number }[] }

const year = currentYear()
const reward = (noApplication: boolean) => ({
  title: `新认定高新技术企业 奖励 20 万元${noApplication ? '（免申即享）' : ''} ${Date.now().toString(36)}`,
  issuingBody: '高新区管委会', level: 'District', inForceFrom: `${year}-01-01`, inForceUntil: `${year}-12-31`,
  text: '演示用政策：金额为示例。',
  items: [{
    name: noApplication ? '新认定高新技术企业 免申即享奖励' : '新认定高新技术企业 奖励 20 万元', type: 'Reward', rule: { kind: 'Fixed', fixed: 20 },
    noApplication, conditions: [{ kind: 'TitleGranted', title: 'HighTech', from: `${year}-01-01`, to: `${year}-12-31` }],
  }],
})

describe('policy benefits (惠企政策)', () => {
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

  async function openPolicy(p: Page, title: string) {
    const list = waitForList(p, '/api/policies')
    await p.goto('/policies/library')
    await list
    await p.getByTestId('policy-search').fill(title)
    await Promise.all([waitForList(p, '/api/policies', ['search', title]), p.getByTestId('policy-search-button').click()])
  }

  it('publishes a reward for new 高企, matches exactly them, and one applies, is reviewed, goes on notice; a passed notice is paid', async () => {
    page = await newPage(browser, 'bureau')
    await page.goto('/policies/library')
    const draft = reward(false)
    const created = await call<{ id: string; items: { id: string }[] }>(page, 'POST', '/api/policies', draft)
    expect(created.status).toBe(201)

    // The bureau publishes it from the library.
    await openPolicy(page, draft.title)
    const row = page.getByTestId('policy-table').locator('tr', { hasText: draft.title })
    await row.getByTestId('policy-publish').click()
    const [published] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === `/api/policies/${created.json.id}/publish`),
      page.locator('.el-message-box__btns .el-button--primary').click(),
    ])
    expect(published.status()).toBe(200)
    await row.getByTestId('policy-state').filter({ hasText: '已发布' }).waitFor()

    // Matching: exactly the enterprises granted 高企 this year, as the enterprise records say.
    await row.getByTestId('policy-title').click()
    const [matchResponse] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === `/api/policies/items/${created.json.items[0].id}/matching`),
      page.getByTestId('policy-detail').getByTestId('item-matching').click(),
    ])
    const matching = (await matchResponse.json()) as Matching
    expect(matching.qualifying).toBeGreaterThan(0)
    expect(matching.total).toBe(20 * matching.qualifying)
    await expect.poll(() => page!.getByTestId('matching-table').locator('tbody tr').count()).toBe(matching.qualifying)
    const granted = await page.evaluate(async (y) => {
      const ids: string[] = []
      for (let p = 1; ; p++) {
        const list = (await (await fetch(`/api/enterprises?status=Active&qualification=HighTech&pageSize=200&page=${p}`)).json()) as
          { items: { id: string }[]; total: number }
        const details = await Promise.all(list.items.map(async (e) =>
          (await (await fetch(`/api/enterprises/${e.id}`)).json()) as { id: string; qualificationsHeld: { type: string; issuedOn: string }[] }))
        ids.push(...details.filter((d) => d.qualificationsHeld.some((q) => q.type === 'HighTech' && q.issuedOn.startsWith(`${y}-`))).map((d) => d.id))
        if (list.items.length < 200) return ids
      }
    }, year)
    expect(matching.enterprises.map((e) => e.enterpriseId).sort()).toEqual(granted.sort())

    // One of them in park1's or park2's park applies under 我的政策, as its enterprise user.
    const parks = new Map<string, 'park1' | 'park2'>()
    for (const officer of ['park1', 'park2'] as const) {
      const officerPage = await newPage(browser, officer)
      const me = await call<{ parkId: string }>(officerPage, 'GET', '/api/auth/me')
      parks.set(me.json.parkId, officer)
      await officerPage.context().close()
    }
    const target = matching.enterprises.find((e) => parks.has(e.parkId))!
    expect(target).toBeDefined()
    const admin = await newPage(browser, 'admin')
    const userName = `pol${Date.now().toString(36)}`
    const password = 'Policy#Apply2026'
    const { zoneId } = (await call<{ zoneId: string }>(admin, 'GET', `/api/enterprises/${target.enterpriseId}`)).json
    const user = await call(admin, 'POST', '/api/admin/users',
      { userName, displayName: '政策申报测试', password, role: 'EnterpriseUser', zoneId, enterpriseId: target.enterpriseId })
    expect(user.status).toBe(201)
    await admin.context().close()
    await page.context().close()

    page = await newPage(browser)
    await login(page, userName, password)
    await page.goto('/policies/mine')
    const card = page.getByTestId('policy-qualifies').filter({ hasText: draft.items[0].name })
    await card.getByTestId('policy-amount').filter({ hasText: '20' }).waitFor()
    await card.getByTestId('policy-apply').click()
    // It attaches its audit report on applying: uploaded once the application exists.
    const report = '研发费用专项审计报告（测试）'
    await page.getByTestId('apply-attachments').locator('input[type=file]')
      .setInputFiles({ name: '审计报告.pdf', mimeType: 'application/pdf', buffer: Buffer.from(report) })
    const [applied, attached] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === `/api/policies/items/${created.json.items[0].id}/applications`),
      page.waitForResponse((r) => /\/api\/policies\/applications\/[^/]+\/attachments$/.test(new URL(r.url()).pathname)),
      page.getByTestId('apply-submit').click(),
    ])
    expect(applied.status()).toBe(201)
    expect(attached.status()).toBe(201)
    await card.getByTestId('policy-application-status').filter({ hasText: '待园区审核' }).waitFor()
    await page.context().close()

    // The park officer approves it.
    page = await newPage(browser, parks.get(target.parkId)!)
    await reviewStep(page, target.enterpriseName, 'application-parkApprove')
    // It downloads the attached report from the application's row: the same bytes the enterprise uploaded.
    const link = page.getByTestId('benefit-application-table').locator('tr', { hasText: draft.items[0].name })
      .getByTestId('application-attachment').filter({ hasText: '审计报告.pdf' })
    const href = (await link.getAttribute('href'))!
    const downloaded = await page.evaluate(async (url) => {
      const response = await fetch(url)
      return { status: response.status, text: await response.text(), disposition: response.headers.get('content-disposition') ?? '' }
    }, href)
    expect(downloaded.status).toBe(200)
    expect(downloaded.text).toBe(report)
    expect(downloaded.disposition).toContain('attachment')
    await page.context().close()

    // The bureau approves it and opens the 公示 from today; paying it is refused while the notice runs.
    page = await newPage(browser, 'bureau')
    const inNotice = await reviewStep(page, target.enterpriseName, 'application-bureauApprove')
    expect(inNotice.status).toBe('InNotice')
    const running = page.getByTestId('benefit-application-table').locator('tr', { hasText: draft.items[0].name })
    await running.getByTestId('application-payout').click()
    const [refused] = await Promise.all([
      page.waitForResponse((r) => /\/payout$/.test(new URL(r.url()).pathname)),
      page.getByTestId('action-submit').click(),
    ])
    expect(refused.status()).toBe(409)
    await page.getByTestId('application-error').waitFor()
    await page.getByTestId('application-action').locator('.el-dialog__headerbtn').click()

    // An application whose 公示 has passed (no objection pending) is paid.
    const before = (await call<Stats>(page, 'GET', `/api/policies/statistics?year=${year}`)).json
    const waiting = await call<{ items: Application[] }>(page, 'GET', '/api/policies/applications?status=InNotice&pageSize=200')
    const passed = waiting.json.items.find((a) => a.noticeUntil && a.noticeUntil < today() && a.objections.every((o) => o.decision !== 'Pending'))!
    expect(passed).toBeDefined()
    const paid = await reviewStep(page, passed.enterpriseName, 'application-payout', passed.itemName)
    expect(paid.status).toBe('Paid')

    // The statistics tab shows the payment.
    const after = (await call<Stats>(page, 'GET', `/api/policies/statistics?year=${year}`)).json
    expect(after.payments).toBe(before.payments + 1)
    expect(after.paid).toBeCloseTo(before.paid + passed.amount, 2)
    await page.goto('/policies/statistics')
    await page.getByTestId('policy-statistics').locator('canvas').waitFor()
    await expect.poll(async () => (await page!.getByTestId('stats-paid').textContent())?.replace(/,/g, '')).toContain(after.paid.toFixed(1))
    expect(await page.getByTestId('stats-table').locator('tbody tr').count()).toBeGreaterThan(0)
  })

  it('pays a 免申即享 item as one batch to the qualifying enterprises, without applications', async () => {
    page = await newPage(browser, 'bureau')
    await page.goto('/policies/library')
    const draft = reward(true)
    const created = await call<{ id: string; items: { id: string }[]; version: number }>(page, 'POST', '/api/policies', draft)
    expect(created.status).toBe(201)
    expect((await call(page, 'POST', `/api/policies/${created.json.id}/publish`, { version: created.json.version })).status).toBe(200)

    await openPolicy(page, draft.title)
    await page.getByTestId('policy-table').locator('tr', { hasText: draft.title }).getByTestId('policy-title').click()
    const [matchResponse] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === `/api/policies/items/${created.json.items[0].id}/matching`),
      page.getByTestId('policy-detail').getByTestId('item-matching').click(),
    ])
    const matching = (await matchResponse.json()) as Matching
    expect(matching.qualifying).toBeGreaterThan(0)
    const [batch] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === `/api/policies/items/${created.json.items[0].id}/batch-payout`),
      page.getByTestId('matching-pay').click(),
    ])
    expect(batch.status()).toBe(200)
    expect(((await batch.json()) as { paid: number }).paid).toBe(matching.qualifying)
    const payments = await call<{ items: Application[]; totalCount: number }>(page, 'GET',
      `/api/policies/applications?itemId=${created.json.items[0].id}&pageSize=200`)
    expect(payments.json.items.length).toBe(matching.qualifying)
    expect(payments.json.items.every((a) => a.status === 'Paid')).toBe(true)
  })

  /** Picks an option of an Element Plus select by its text; the list reloads with `param` set. */
  async function pick(p: Page, select: string, option: string, path: string, param: [string, string]) {
    await p.getByTestId(select).click()
    await Promise.all([waitForList(p, path, param), p.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click()])
  }

  it('科技创新券: an enterprise applies, the bureau finds it by status, approves and redeems it, and the list shows each step', async () => {
    const stamp = Date.now().toString(36)
    const service = `E2E 检测认证服务 ${stamp}`
    page = await newPage(browser, 'ent1')
    await Promise.all([waitForList(page, '/api/finance/vouchers'), page.goto('/policies/vouchers')])
    await page.getByTestId('voucher-policy').waitFor()
    await page.getByTestId('voucher-apply').click()
    await page.getByTestId('voucher-provider').click()
    await page.locator('.el-select-dropdown__item:visible').first().click()
    await page.getByTestId('voucher-service').fill(service)
    await page.getByTestId('voucher-contract').locator('input').fill('4')
    await page.getByTestId('voucher-requested').locator('input').fill('1.5')
    const [applied] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/finance/vouchers' && r.request().method() === 'POST'),
      page.getByTestId('voucher-submit').click(),
    ])
    expect(applied.status(), await applied.text()).toBeLessThan(300)
    const voucher = (await applied.json()) as { enterpriseName: string; status: string }
    expect(voucher.status).toBe('Submitted')
    await page.getByTestId('voucher-table').locator('tr', { hasText: service }).getByTestId('voucher-row-status')
      .filter({ hasText: '待核定' }).waitFor()
    await page.context().close()

    page = await newPage(browser, 'bureau')
    await Promise.all([waitForList(page, '/api/finance/vouchers'), page.goto('/policies/vouchers')])
    await page.getByTestId('voucher-search').fill(voucher.enterpriseName)
    await Promise.all([waitForList(page, '/api/finance/vouchers', ['search', voucher.enterpriseName]),
      page.getByTestId('voucher-search-button').click()])
    await pick(page, 'voucher-status-filter', '待核定', '/api/finance/vouchers', ['status', 'Submitted'])
    const row = () => page!.getByTestId('voucher-table').locator('.el-table__body-wrapper tr', { hasText: service })
    await row().getByTestId('voucher-approve').click()
    const [approved] = await Promise.all([
      page.waitForResponse((r) => /\/api\/finance\/vouchers\/[^/]+\/review$/.test(new URL(r.url()).pathname)),
      page.getByTestId('voucher-submit').click(),
    ])
    expect(approved.status(), await approved.text()).toBe(200)
    // Approved, it leaves the 待核定 list and shows under 已核定 with the amount approved.
    await expect.poll(() => row().count()).toBe(0)
    await pick(page, 'voucher-status-filter', '已核定', '/api/finance/vouchers', ['status', 'Approved'])
    await row().getByTestId('voucher-row-status').filter({ hasText: '已核定' }).waitFor()
    expect(await row().innerText()).toContain('1.5')
    await row().getByTestId('voucher-redeem').click()
    const [redeemed] = await Promise.all([
      page.waitForResponse((r) => /\/api\/finance\/vouchers\/[^/]+\/redeem$/.test(new URL(r.url()).pathname)),
      page.getByTestId('voucher-submit').click(),
    ])
    expect(redeemed.status(), await redeemed.text()).toBe(200)
    await pick(page, 'voucher-status-filter', '已兑付', '/api/finance/vouchers', ['status', 'Redeemed'])
    await row().getByTestId('voucher-row-status').filter({ hasText: '已兑付' }).waitFor()
    expect(await row().innerText()).toContain(`1.5（${today()}）`)
  })

  it('政策资金: the bureau records a fund application, finds it by level and status, records it approved and sees the amount secured', async () => {
    const fundName = `E2E 省级科技专项资金 ${Date.now().toString(36)}`
    page = await newPage(browser, 'bureau')
    await Promise.all([waitForList(page, '/api/finance/funds'), page.goto('/policies/funds')])
    const enterprise = (await call<{ items: { name: string }[] }>(page, 'GET', '/api/enterprises?pageSize=1')).json.items[0].name
    await page.getByTestId('fund-record').click()
    await page.getByTestId('fund-enterprise').click()
    await Promise.all([waitForList(page, '/api/enterprises', ['search', enterprise]),
      page.getByTestId('fund-enterprise').locator('input').fill(enterprise)])
    await page.locator('.el-select-dropdown__item:visible', { hasText: enterprise }).first().click()
    await page.getByTestId('fund-name').fill(fundName)
    await page.getByTestId('fund-level').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: '省级' }).first().click()
    await page.getByTestId('fund-applied').locator('input').fill('50')
    const [recorded] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/finance/funds' && r.request().method() === 'POST'),
      page.getByTestId('fund-submit').click(),
    ])
    expect(recorded.status(), await recorded.text()).toBeLessThan(300)

    // Found by its name, its level and its status; not under another level.
    await page.getByTestId('fund-search').fill(fundName)
    await Promise.all([waitForList(page, '/api/finance/funds', ['search', fundName]), page.getByTestId('fund-search-button').click()])
    const row = () => page!.getByTestId('fund-table').locator('.el-table__body-wrapper tr', { hasText: fundName })
    await pick(page, 'fund-level-filter', '国家级', '/api/finance/funds', ['level', 'National'])
    await expect.poll(() => row().count()).toBe(0)
    await pick(page, 'fund-level-filter', '省级', '/api/finance/funds', ['level', 'Provincial'])
    await pick(page, 'fund-status-filter', '已申报', '/api/finance/funds', ['status', 'Applied'])
    await row().getByTestId('fund-row-status').filter({ hasText: '已申报' }).waitFor()
    expect(await row().innerText()).toContain(enterprise)

    await row().getByTestId('fund-approve').click()
    await page.getByTestId('fund-secured').locator('input').fill('30')
    const [decided] = await Promise.all([
      page.waitForResponse((r) => /\/api\/finance\/funds\/[^/]+\/decide$/.test(new URL(r.url()).pathname)),
      page.getByTestId('fund-submit').click(),
    ])
    expect(decided.status(), await decided.text()).toBe(200)
    await expect.poll(() => row().count()).toBe(0)
    await pick(page, 'fund-status-filter', '已获批', '/api/finance/funds', ['status', 'Approved'])
    await row().getByTestId('fund-row-status').filter({ hasText: '已获批' }).waitFor()
    expect(await row().innerText()).toMatch(/\b30\b/)
  })
})

/**
 * On the applications tab, finds the enterprise's application (of the item, when named), takes the step and submits its dialog
 * with the defaults (today, the computed amount, a 5-working-day notice); returns the application as answered.
 */
async function reviewStep(page: Page, enterprise: string, step: string, item?: string): Promise<Application> {
  const list = waitForList(page, '/api/policies/applications')
  await page.goto('/policies/applications')
  await list
  await page.getByTestId('benefit-application-search').fill(enterprise)
  await Promise.all([waitForList(page, '/api/policies/applications', ['search', enterprise]), page.getByTestId('benefit-application-search-button').click()])
  let row = page.getByTestId('benefit-application-table').locator('.el-table__body-wrapper tr', { hasText: enterprise })
  if (item) row = row.filter({ hasText: item })
  await row.getByTestId(step).first().click()
  const [answer] = await Promise.all([
    page.waitForResponse((r) => /\/api\/policies\/applications\/[^/]+\/(park-review|bureau-review|payout)$/.test(new URL(r.url()).pathname)),
    page.getByTestId('action-submit').click(),
  ])
  expect(answer.status()).toBe(200)
  return (await answer.json()) as Application
}
