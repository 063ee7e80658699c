// One's own password: an administrator resets a user's password; at the next sign-in that user can only change it
// (every page leads to the change page); afterwards the user changes it again from the user menu.
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { closePage, launchBrowser, login, newPage } from './browser'

const RESET_PASSWORD = 'Reset#Pass2026'
const CHOSEN_PASSWORD = 'Chosen#Pass2026'
const FINAL_PASSWORD = 'Final#Pass2026'

/** Signs in through the form without expecting the signed-in frame (a forced change shows its own page). */
async function submitLogin(page: Page, user: string, password: string) {
  await page.goto('/login')
  await page.getByTestId('login-username').fill(user)
  await page.getByTestId('login-password').fill(password)
  const [response] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/login' && r.request().method() === 'POST'),
    page.getByTestId('login-submit').click(),
  ])
  expect(response.status()).toBe(200)
}

async function changePassword(page: Page, current: string, next: string) {
  await page.getByTestId('password-current').fill(current)
  await page.getByTestId('password-new').fill(next)
  await page.getByTestId('password-confirm').fill(next)
  const [response] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/password' && r.request().method() === 'POST'),
    page.getByTestId('password-submit').click(),
  ])
  return response
}

describe('own password', () => {
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

  it('after an administrator resets it, the user must change it first, and can change it again from the user menu', async () => {
    // The administrator creates a leader of the first zone, then resets that user's password from the users page.
    page = await newPage(browser, 'admin')
    const userName = `acct${Date.now().toString(36)}`
    const created = await page.evaluate(async (name) => {
      const token = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))!.split('=')[1])
      const zones = (await (await fetch('/api/org/zones')).json()) as { id: string }[]
      const response = await fetch('/api/admin/users', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': token },
        body: JSON.stringify({ userName: name, displayName: '改密测试', password: 'First#Pass2026', role: 'ZoneLeader', zoneId: zones[0].id }),
      })
      return response.status
    }, userName)
    expect(created).toBe(201)

    await page.goto(`/admin/users?search=${userName}`)
    const row = page.getByTestId('user-table').locator('tr', { hasText: userName })
    await row.getByTestId('user-reset-password').click()
    await page.getByTestId('form-new-password').fill(RESET_PASSWORD)
    await Promise.all([
      page.waitForResponse((r) => /\/api\/admin\/users\/[^/]+\/password$/.test(new URL(r.url()).pathname) && r.status() === 204),
      page.getByTestId('form-submit').click(),
    ])
    await expect.poll(() => row.getByTestId('user-must-change').count()).toBe(1)
    await page.context().close()

    // The user signs in with the password the administrator set: only the change page is open to them.
    page = await newPage(browser)
    await submitLogin(page, userName, RESET_PASSWORD)
    await page.waitForURL((url) => url.pathname === '/password')
    await page.getByTestId('password-forced').waitFor()
    await page.goto('/enterprises')
    await page.waitForURL((url) => url.pathname === '/password' && url.searchParams.get('redirect') === '/enterprises')

    // A wrong current password is named next to its field, in the user's language; nothing changes.
    const wrong = await changePassword(page, 'Wrong#Pass2026', CHOSEN_PASSWORD)
    expect(wrong.status()).toBe(400)
    await expect.poll(() => page!.locator('.el-form-item__error', { hasText: '当前密码不正确' }).count()).toBe(1)

    const changed = await changePassword(page, RESET_PASSWORD, CHOSEN_PASSWORD)
    expect(changed.status()).toBe(200)
    await page.waitForURL((url) => url.pathname === '/enterprises')
    await page.getByTestId('user-menu').waitFor()

    // Later, of their own accord, from the user menu.
    await page.getByTestId('user-menu').click()
    await page.getByTestId('change-password').click()
    await page.waitForURL((url) => url.pathname === '/password')
    expect(await page.getByTestId('password-forced').count()).toBe(0)
    expect((await changePassword(page, CHOSEN_PASSWORD, FINAL_PASSWORD)).status()).toBe(200)
    await page.getByTestId('user-menu').waitFor()
    await page.context().close()

    page = await newPage(browser)
    await login(page, userName, FINAL_PASSWORD)
    expect(new URL(page.url()).pathname).not.toBe('/password')
  })
})
