// The unit contest end to end: the bureau sets up a small contest and draws the order; three judges score at once on
// phone-sized screens; the organiser watches progress, publishes, and the results, awards and hall screen appear.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { closePage, launchBrowser, newPage } from './browser'
import type { SignedInUser } from './paths'

/** Scores per judge for the three units: 甲 clearly first, 乙 second in 发展类; 丙 alone in 经济类. */
const SCORES: Record<string, number[]> = {
  '测试甲单位': [19, 14, 28, 19, 14],
  '测试乙单位': [16, 12, 24, 16, 12],
  '测试丙单位': [17, 13, 25, 17, 13],
}
const ASPECTS = ['PARTY', 'INTEGRITY', 'RESULTS', 'KEYTASKS', 'PLAN']

function phone(browser: Browser, user: SignedInUser): Promise<Page> {
  return newPage(browser, user, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })
}

/** Writes through the API as the signed-in page (cookie + antiforgery header, as the SPA does). */
async function api(page: Page, method: 'POST' | 'PUT', url: string, data: unknown) {
  const token = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? ''
  const response = await page.request.fetch(url, { method, data, headers: { 'X-XSRF-TOKEN': decodeURIComponent(token) } })
  expect(response.status(), await response.text()).toBeLessThan(300)
  return response.json()
}

async function scoreAll(page: Page, contestName: string) {
  await page.waitForURL('**/judging')
  await page.getByTestId('judging-contest').filter({ hasText: contestName }).click()
  for (const [unit, scores] of Object.entries(SCORES)) {
    // After a submit the next open sheet comes up by itself; go back to the list to pick this one.
    if (await page.getByTestId('judge-back').count()) await page.getByTestId('judge-back').click()
    await page.getByTestId(`judge-unit-${unit}`).click()
    expect((await page.getByTestId('judge-sheet-unit').innerText()).trim()).toBe(unit)
    // The sheet fits a 375 px phone: no horizontal scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    for (const [i, code] of ASPECTS.entries()) {
      const input = page.getByTestId(`judge-score-${code}`).locator('input')
      await input.fill(String(scores[i]))
      await input.press('Tab')
    }
    await expect.poll(() => page.getByTestId('judge-sheet-total').innerText()).toBe(scores.reduce((a, b) => a + b, 0).toFixed(1))
    await page.getByTestId('judge-submit').click()
    const [saved] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/my-sheets/') && r.request().method() === 'PUT'),
      page.locator('.el-message-box__btns .el-button--primary').click(),
    ])
    expect(saved.status(), await saved.text()).toBe(200)
    await expect
      .poll(async () => (await page.getByTestId('judge-sheet-unit').count()) === 0 || (await page.getByTestId('judge-sheet-unit').innerText()).trim() !== unit)
      .toBe(true)
  }
  if (await page.getByTestId('judge-back').count()) await page.getByTestId('judge-back').click()
  for (const unit of Object.keys(SCORES)) expect(await page.getByTestId(`judge-unit-${unit}`).innerText()).toContain('已提交')
}

describe('unit contest (夺标赛)', () => {
  let browser: Browser
  let page: Page
  const judges: Page[] = []

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
    for (const judge of judges.splice(0)) await closePage(judge, context)
    await closePage(page, context)
  })

  it('sets up, draws, is scored by three judges at once, and publishes results with awards', async () => {
    const name = `测试夺标赛 ${Date.now()}`
    await page.getByTestId('menu-contests').click()
    await page.getByTestId('contest-table').waitFor()
    await page.getByTestId('contest-create').click()
    await page.getByTestId('contest-form-name').fill(name)
    await page.getByTestId('contest-form-save').click()
    await page.waitForURL(/\/contests\/[0-9a-f-]{36}$/)
    const contestId = page.url().split('/').pop()!

    // One unit through the form, two more and the panel through the API.
    await page.getByTestId('contest-category-发展类').getByTestId('contest-add-unit').click()
    await page.getByTestId('contest-unit-name').fill('测试甲单位')
    await page.getByTestId('contest-unit-save').click()
    await page.getByTestId('contest-category-发展类').getByText('测试甲单位').waitFor()
    const detail = await (await page.request.get(`/api/contests/${contestId}`)).json()
    await api(page, 'POST', `/api/contests/${contestId}/units`, { name: '测试乙单位', categoryId: detail.categories[0].id })
    await api(page, 'POST', `/api/contests/${contestId}/units`, { name: '测试丙单位', categoryId: detail.categories[1].id })
    const candidates: { id: string; userName: string }[] = await (await page.request.get(`/api/contests/${contestId}/candidates?search=judge`)).json()
    const panel = ['judge1', 'judge2', 'judge3'].map((u) => candidates.find((c) => c.userName === u)!.id)
    await api(page, 'PUT', `/api/contests/${contestId}/judges`, { userIds: panel })

    // The draw: recorded seed, and a re-run gives the same order.
    await page.reload()
    await page.getByRole('tab', { name: '抽签' }).click()
    await page.getByTestId('contest-draw').click()
    await expect.poll(() => page.getByTestId('contest-seed').count()).toBe(2)
    expect(await page.getByTestId('contest-seed').first().innerText()).toMatch(/^[0-9a-f]{16}$/)
    await page.getByTestId('contest-verify').click()
    await expect.poll(() => page.getByTestId('contest-verified').allInnerTexts()).toEqual(['复核一致', '复核一致'])
    await page.getByTestId('contest-open').click()
    await page.locator('.el-message-box__btns .el-button--primary').click()
    await expect.poll(() => page.getByTestId('contest-status').innerText()).toBe('评分中')

    // Three judges on their phones, at the same time.
    judges.push(...(await Promise.all((['judge1', 'judge2', 'judge3'] as const).map((u) => phone(browser, u)))))
    await Promise.all(judges.map((judge) => scoreAll(judge, name)))

    // The organiser's live progress reaches 9 of 9 without a reload, then results are published.
    await page.getByRole('tab', { name: '评分进度' }).click()
    await expect.poll(() => page.getByTestId('contest-progress-count').innerText(), { timeout: 15_000 }).toBe('已提交 9 / 9')
    await page.getByTestId('contest-publish').click()
    await page.locator('.el-message-box__btns .el-button--primary').click()
    await expect.poll(() => page.getByTestId('contest-status').innerText()).toBe('已公布')

    await page.getByRole('tab', { name: '成绩' }).click()
    const development = page.getByTestId('contest-results-发展类')
    await development.getByTestId('contest-prize').first().waitFor()
    expect(await development.getByTestId('contest-prize').allInnerTexts()).toEqual(['一等奖 5万', '二等奖 3万'])
    // Trimmed mean of three equal sheets: the middle one, 94 for 甲.
    expect(await development.getByTestId('contest-result-score').first().innerText()).toBe('94.00')
    expect(await page.getByTestId('contest-results-经济类').getByTestId('contest-prize').allInnerTexts()).toEqual(['一等奖 5万'])

    await page.getByTestId('contest-hall-link').click()
    await page.getByTestId('contest-hall').waitFor()
    await expect.poll(() => page.getByTestId('contest-hall-status').innerText()).toBe('成绩已公布')
    expect((await page.getByTestId('contest-hall-prize').allInnerTexts()).filter(Boolean)).toEqual(['一等奖', '二等奖', '一等奖'])
  })

  it('shows last year\'s demo contest with 22 units and its awards', async () => {
    await page.goto('/contests?status=Published&search=学比争')
    await page.getByTestId('contest-link').first().click()
    await page.getByRole('tab', { name: '成绩' }).waitFor()
    for (const category of ['发展类', '经济类', '保障类']) {
      const card = page.getByTestId(`contest-results-${category}`)
      await card.getByTestId('contest-prize').first().waitFor()
      expect((await card.getByTestId('contest-prize').allInnerTexts())[0]).toBe('一等奖 5万')
    }
  })
})
