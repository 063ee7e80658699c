// Browser helpers for the e2e specs: Debian's Chromium through playwright-core (no browser download).
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { inject, type TestContext } from 'vitest'
import { join } from 'node:path'
import { artifactsDir, storageStatePath, type SignedInUser } from './paths'

export const DEMO_PASSWORD = 'Demo@12345'

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
}

/**
 * A fresh context (own cookies) on the host under test, in Chinese, accepting downloads. With a user, the context starts
 * with that user's cookies from global-setup and the page opens on the user's home in the signed-in frame, as after
 * signing in; without one it is signed out (for the sign-in form itself, see `login`).
 */
export async function newPage(browser: Browser, user?: SignedInUser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: inject('baseURL'),
    locale: 'zh-CN',
    // A browser clock far from China's: the dates the pages send must be China dates (as the server's are)
    // whatever the time of day the tests run at — from 16:00 UTC the two calendars disagree.
    timezoneId: 'America/Los_Angeles',
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
    ...options,
    storageState: user ? storageStatePath(user) : undefined,
  })
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  if (user) {
    await page.goto('/')
    await page.getByTestId('user-menu').waitFor()
  }
  return page
}

/** For `afterEach`: keeps a picture of the page when the test failed (e2e/.artifacts/<test>.png), then closes it. */
export async function closePage(page: Page | undefined, context: TestContext): Promise<void> {
  if (!page) return
  const result = context.task.result
  if (result?.state === 'fail' || (result?.errors?.length ?? 0) > 0) {
    const name = context.task.name.replace(/[^\w\u4e00-\u9fa5-]+/g, '_').slice(0, 80)
    await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true }).catch(() => undefined)
  }
  await page.context().close()
}

/** Signs in through the sign-in page and waits for the signed-in frame (the other specs start signed in: `newPage(browser, user)`). */
export async function login(page: Page, user: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login')
  await page.getByTestId('login-username').fill(user)
  await page.getByTestId('login-password').fill(password)
  const [response] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/login' && r.request().method() === 'POST'),
    page.getByTestId('login-submit').click(),
  ])
  if (response.status() !== 200) throw new Error(`Sign-in as ${user} answered ${response.status()}: ${await response.text()}`)
  await page.waitForURL((url) => !url.pathname.startsWith('/login'))
  await page.getByTestId('user-menu').waitFor()
}

/** Waits for the next answer of a list endpoint (e.g. `/api/enterprises`), optionally with a query parameter. */
export function waitForList(page: Page, path: string, param?: [string, string]) {
  return page.waitForResponse((r) => {
    const url = new URL(r.url())
    return r.request().method() === 'GET' && url.pathname === path && (!param || url.searchParams.get(param[0]) === param[1])
  })
}

/** A JSON call from the page, as the page makes it (antiforgery header from the cookie). */
export async function call<T>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  return page.evaluate(async ({ method, path, body }) => {
    const token = decodeURIComponent(document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))?.split('=')[1] ?? '')
    const response = await fetch(path, {
      method,
      headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': token },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, json: (text ? JSON.parse(text) : null) as T }
  }, { method, path, body })
}
