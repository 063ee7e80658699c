// The bureau's indicator-set editor: copy the current version, change a weight, see the weight sum refused beside it,
// balance it, preview how many enterprises would change grade, and save the draft as the zone's next version.
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { closePage, launchBrowser, newPage } from './browser'

describe('innovation points: indicator-set editor', () => {
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

  const call = (path: string) => (r: { url(): string; request(): { method(): string } }) =>
    new URL(r.url()).pathname === path && r.request().method() === 'POST'

  it('copies a version, changes a weight, previews the effect and saves a new version', async () => {
    page = await newPage(browser, 'bureau')
    await page.getByTestId('menu-points-sets').click()
    await page.waitForURL(/\/points\/sets/)
    // The newest version is offered first; copy it as a draft.
    await expect.poll(() => page.getByTestId('set-source').innerText()).toMatch(/第 \d+ 版/)
    const version = Number(/第 (\d+) 版/.exec(await page.getByTestId('set-source').innerText())![1])
    await page.getByTestId('set-clone').click()
    await expect.poll(() => page.getByTestId('set-indicators').locator('.el-table__body tr').count()).toBe(18)
    // The published weights could not be checked: the page says so in plain words.
    expect(await page.getByTestId('set-unverified').innerText()).toContain('未经原文核实')

    // Four more points on the first indicator for start-ups: that stage no longer adds up to the base total.
    const first = page.getByTestId('weight-0-Startup').locator('input')
    const startup = Number(await first.inputValue())
    await first.fill(String(startup + 4))
    await first.blur()
    const refused = page.waitForResponse(call('/api/points/sets/preview'))
    await page.getByTestId('set-preview').click()
    expect((await refused).status()).toBe(400)
    await expect.poll(() => page.getByTestId('set-sums').innerText()).toContain('基础指标权重之和须等于基础总分')

    // Take them from the second indicator, and lower the top band so that some enterprises change grade.
    const second = page.getByTestId('weight-1-Startup').locator('input')
    await second.fill(String(Number(await second.inputValue()) - 4))
    await second.blur()
    const top = page.getByTestId('grade-0').locator('input')
    await top.fill(String(Number(await top.inputValue()) - 10))
    await top.blur()
    await page.getByTestId('set-name').fill('研发投入加权版')
    const previewed = page.waitForResponse(call('/api/points/sets/preview'))
    await page.getByTestId('set-preview').click()
    const preview = await (await previewed).json() as { enterprises: number; gradeChanged: number }
    expect(preview.enterprises).toBeGreaterThan(0)
    expect(preview.gradeChanged).toBeGreaterThan(0)
    await expect.poll(() => page.getByTestId('preview-result').innerText()).toContain(`${preview.gradeChanged} 家等级将发生变化`)

    const saved = page.waitForResponse(call('/api/points/sets'))
    await page.getByTestId('set-save').click()
    const response = await saved
    expect(response.status()).toBe(201)
    expect((await response.json() as { number: number }).number).toBe(version + 1)
    await expect.poll(() => page.getByTestId('set-source').innerText()).toContain(`第 ${version + 1} 版 · 研发投入加权版`)
  })
})
