// The financial supermarket end to end: a bank publishes, an enterprise consents and requests, the bank offers, approves and
// disburses; once the enterprise withdraws its consent the bank no longer sees it.
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { closePage, launchBrowser, newPage, waitForList } from './browser'
import type { SignedInUser } from './paths'

const BANK = '中国工商银行平顶山分行'

describe('financial supermarket (金融超市)', () => {
  let browser: Browser
  let page: Page | undefined
  const product = `E2E积分贷${Date.now() % 1_000_000}`

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

  async function as(user: SignedInUser, tab: string): Promise<Page> {
    page = await newPage(browser, user)
    await page.getByTestId('menu-finance').click()
    await page.waitForURL(/\/finance/)
    await page.getByRole('tab', { name: tabName(tab) }).click()
    return page
  }
  const tabName = (tab: string) => ({ products: '金融产品', requests: '融资需求', consents: '数据授权', stats: '统计' })[tab]!

  async function setConsent(p: Page, granted: boolean) {
    const row = p.getByTestId('consent-table').locator('tr', { hasText: BANK })
    await row.getByTestId('consent-state').waitFor()
    const button = row.getByTestId(granted ? 'consent-grant' : 'consent-revoke')
    if (await button.count()) {
      const done = p.waitForResponse((r) => r.url().includes('/api/finance/consents/') && r.request().method() !== 'GET')
      await button.click()
      expect((await done).status()).toBe(204)
    }
    await expect.poll(() => row.getByTestId('consent-state').innerText()).toBe(granted ? '已授权' : '未授权')
  }

  async function searchRequests(p: Page) {
    const searched = waitForList(p, '/api/finance/requests', ['search', product])
    await p.getByTestId('request-search').fill(product)
    await p.getByTestId('request-search-button').click()
    await searched
  }

  async function act(p: Page, action: string, fill?: (dialog: ReturnType<Page['getByTestId']>) => Promise<void>) {
    await p.getByTestId(`request-${action}`).first().click()
    const dialog = p.getByTestId('request-action')
    if (fill) await fill(dialog)
    const saved = p.waitForResponse((r) => r.url().includes(`/${action}`) && r.request().method() === 'POST')
    await dialog.getByTestId('action-submit').click()
    expect((await saved).status()).toBe(200)
  }

  it('bank1 publishes a product', async () => {
    const p = await as('bank1', 'products')
    await p.getByTestId('product-create').click()
    const form = p.getByTestId('product-form')
    await form.getByTestId('form-name').fill(product)
    await form.getByTestId('form-max-amount').locator('input').fill('500')
    await form.getByTestId('form-rate-from').locator('input').fill('3.45')
    await form.getByTestId('form-rate-to').locator('input').fill('4.35')
    const created = p.waitForResponse((r) => r.url().endsWith('/api/finance/products') && r.request().method() === 'POST')
    await p.getByTestId('form-submit').click()
    expect((await created).status()).toBe(201)
    await expect.poll(() => p.getByTestId('product-name').allInnerTexts()).toContain(product)
  })

  it('ent1 shares its points with the bank and requests financing', async () => {
    const p = await as('ent1', 'consents')
    await setConsent(p, true)
    await p.getByRole('tab', { name: tabName('products') }).click()
    const searched = waitForList(p, '/api/finance/products', ['search', product])
    await p.getByTestId('product-search').fill(product)
    await p.getByTestId('product-search-button').click()
    await searched
    await p.getByTestId('product-apply').first().click()
    await p.getByTestId('request-amount').locator('input').fill('300')
    const sent = p.waitForResponse((r) => r.url().endsWith('/api/finance/requests') && r.request().method() === 'POST')
    await p.getByTestId('request-submit').click()
    expect((await sent).status()).toBe(201)
  })

  it('bank1 offers, approves and records the disbursement', async () => {
    const p = await as('bank1', 'requests')
    await searchRequests(p)
    await expect.poll(() => p.getByTestId('request-status').allInnerTexts()).toEqual(['已提交'])
    await act(p, 'offer', async (dialog) => {
      await dialog.getByTestId('action-amount').locator('input').fill('280')
      await dialog.getByTestId('action-rate').locator('input').fill('3.6')
    })
    await expect.poll(() => p.getByTestId('request-status').first().innerText()).toBe('已授信')
    await act(p, 'approve')
    await expect.poll(() => p.getByTestId('request-status').first().innerText()).toBe('已审批')
    await act(p, 'disburse')
    await expect.poll(() => p.getByTestId('request-status').first().innerText()).toBe('已放款')
  })

  it('once ent1 withdraws its consent the bank no longer sees it', async () => {
    const enterprise = await as('ent1', 'consents')
    await setConsent(enterprise, false)
    await enterprise.context().close()

    const p = await as('bank1', 'requests')
    await searchRequests(p)
    await expect.poll(() => p.getByTestId('request-enterprise').count()).toBe(0)
    await p.getByTestId('request-table').locator('.el-empty').waitFor()
    await p.context().close()

    const again = await as('ent1', 'consents')
    await setConsent(again, true)
  })
})
