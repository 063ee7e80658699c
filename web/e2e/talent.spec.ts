// Talent and technology matching, as an enterprise and the innovation bureau use it.
import { currentYear } from '../src/shared/format'
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { closePage, launchBrowser, newPage, waitForList } from './browser'

/** The text box of a form control, whether the test id sits on the input itself or on its wrapper. */
const inputOf = (page: Page, testid: string) =>
  page.locator(`input[data-testid="${testid}"], [data-testid="${testid}"] input`).first()

describe('talent and technology', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  afterEach(async (context: TestContext) => {
    await closePage(page, context)
  })

  it('an enterprise posts a demand, sees ranked experts with reasons and records an agreement', async () => {
    page = await newPage(browser, 'ent1')
    const firstLoad = waitForList(page, '/api/talent/demands')
    await page.getByTestId('menu-talent-demands').click()
    await firstLoad

    const title = `尼龙注塑件翘曲攻关${Date.now() % 100_000}`
    await page.getByTestId('demand-create').click()
    await page.getByTestId('form-title').fill(title)
    await page.getByTestId('form-problem').fill('玻纤增强尼龙66注塑件翘曲变形，尺寸稳定性不足，希望与高校合作开展改性配方与注塑成型工艺优化。')
    await page.getByTestId('form-field').click()
    await page.getByRole('option', { name: '尼龙新材料' }).click()
    const keywords = inputOf(page, 'form-keywords')
    for (const word of ['玻纤增强', '注塑成型', '尺寸稳定性']) {
      await keywords.fill(word)
      await keywords.press('Enter')
    }
    const [created, ranked] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/talent/demands'),
      page.waitForResponse((r) => /\/api\/talent\/demands\/[^/]+\/experts$/.test(new URL(r.url()).pathname)),
      page.getByTestId('form-submit').click(),
    ])
    expect(created.status()).toBe(201)
    expect(ranked.status()).toBe(200)

    // The drawer opens on the new demand: ranked experts, each with its reasons.
    const drawer = page.getByTestId('match-drawer')
    await drawer.getByTestId('ranked-expert-name').first().waitFor()
    expect(await drawer.getByTestId('ranked-expert-name').count()).toBeGreaterThanOrEqual(5)
    const reasons = await drawer.getByTestId('match-shared-keywords').first().innerText()
    expect(reasons).toMatch(/^共同关键词：.+/)

    // Recommend the best expert, then sign with an agreement amount.
    const [recommended] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/talent/matches'),
      drawer.getByTestId('recommend-expert').first().click(),
    ])
    expect(recommended.status()).toBe(201)
    await drawer.getByTestId('pairing-to-Signed').first().click()
    await page.locator('.el-message-box input').fill('35')
    const [signed] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'PUT' && /\/api\/talent\/matches\/[^/]+\/stage$/.test(new URL(r.url()).pathname)),
      page.locator('.el-message-box__btns .el-button--primary').click(),
    ])
    expect(signed.status()).toBe(200)
    await drawer.getByTestId('pairing-stage').filter({ hasText: '已签约' }).waitFor()
  })

  it('the bureau registers a technology contract and sees it in the yearly totals', async () => {
    page = await newPage(browser, 'bureau')
    const totalsLoaded = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/talent/contracts/totals')
    await page.getByTestId('menu-talent-contracts').click()
    const before = (await (await totalsLoaded).json()) as { year: number; count: number; amountWan: number }[]
    const year = currentYear()
    const thisYear = before.find((y) => y.year === year) ?? { count: 0, amountWan: 0 }

    const subject = `E2E尼龙工业丝技术开发${Date.now() % 100_000}`
    await page.getByTestId('contract-create').click()
    await page.getByTestId('form-type').click()
    await page.getByRole('option', { name: '技术开发' }).click()
    await page.getByTestId('form-subject').fill(subject)
    await page.getByTestId('form-seller').fill('平顶山学院')
    await page.getByTestId('form-buyer').fill('E2E尼龙科技有限公司')
    // The date picker's box is found by its placeholder (Element Plus puts no test id on it).
    const signedOn = page.getByTestId('contract-form').getByPlaceholder('签订日期')
    await signedOn.fill(`${year}-01-05`)
    await signedOn.press('Enter')
    await inputOf(page, 'form-amount').fill('120')
    await inputOf(page, 'form-tech-amount').fill('150')
    await page.getByTestId('form-submit').click()
    // The technology part may not exceed the amount: the form says so before anything is sent.
    await page.getByText('技术交易额不能大于合同金额').waitFor()
    await inputOf(page, 'form-tech-amount').fill('100')

    const [created, totals] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/talent/contracts'),
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/talent/contracts/totals'),
      page.getByTestId('form-submit').click(),
    ])
    expect(created.status()).toBe(201)
    const after = ((await totals.json()) as { year: number; count: number; amountWan: number }[]).find((y) => y.year === year)!
    expect(after.count).toBe(thisYear.count + 1)
    expect(after.amountWan).toBeCloseTo(thisYear.amountWan + 120, 2)

    // The yearly table shows the new total, and the register lists the contract.
    const shown = after.amountWan.toLocaleString('zh-CN', { maximumFractionDigits: 2 })
    await page.getByTestId('contract-totals').getByText(shown).waitFor()
    await page.getByTestId('contract-subject').filter({ hasText: subject }).waitFor()
  })
})
