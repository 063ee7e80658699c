// Printable forms: 诉求办理单 and 企业档案卡 print on A4 (Chromium's own PDF printer), without the menu or header.
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { closePage, launchBrowser, newPage } from './browser'
import type { SignedInUser } from './paths'

/** Pages of a PDF Chromium wrote: its page objects (`/Type /Page`, not the `/Pages` tree). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length

describe('printable forms', () => {
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

  it('prints a request handling form on one A4 page with no navigation', async () => {
    const ent = await open('ent1')
    const token = decodeURIComponent((await ent.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')!.value)
    const created = await ent.request.post('/api/service/requests', {
      headers: { 'X-XSRF-TOKEN': token },
      data: { title: '打印测试：厂区供电', description: '二期厂房需新增变压器容量', category: 'Utilities', urgency: 'Urgent' },
    })
    expect(created.status()).toBe(201)
    const request = ((await created.json()) as { summary: { id: string; number: string } }).summary

    const page = await open('officer1')
    await page.goto(`/service/requests/${request.id}`)
    await page.getByTestId('request-print').click()
    await page.waitForURL(/\/print$/)
    await page.getByTestId('print-request').waitFor()
    expect(await page.getByTestId('print-title').innerText()).toBe('企业诉求办理单')
    expect(await page.locator('.app-layout__aside, .app-layout__header').count()).toBe(0)
    expect(await page.getByTestId('print-button').isEnabled()).toBe(true)

    await page.emulateMedia({ media: 'print' })
    expect(await page.getByTestId('print-button').isVisible()).toBe(false)
    const text = await page.getByTestId('print-sheet').innerText()
    for (const expected of [request.number, '打印测试：厂区供电', '二期厂房需新增变压器容量', '待受理']) expect(text).toContain(expected)
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pageCount(pdf)).toBe(1)
  })

  it('prints an enterprise record card', async () => {
    const page = await open('officer1')
    const list = await page.request.get('/api/enterprises?pageSize=1')
    const enterprise = ((await list.json()) as { items: { id: string; name: string; creditCode: string }[] }).items[0]!
    await page.goto(`/enterprises/${enterprise.id}`)
    await page.getByTestId('enterprise-print').click()
    await page.getByTestId('print-enterprise').waitFor()
    expect(await page.getByTestId('print-title').innerText()).toBe('企业档案卡')
    await page.emulateMedia({ media: 'print' })
    const text = await page.getByTestId('print-sheet').innerText()
    expect(text).toContain(enterprise.name)
    expect(text).toContain(enterprise.creditCode)
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(1)
    expect(pageCount(pdf)).toBeLessThanOrEqual(2)
  })
})
