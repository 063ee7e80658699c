// Printable forms: 诉求办理单, 企业档案卡, the project ledger, the contest result sheet and the visit record print on A4
// (Chromium's own PDF printer), without the menu or header.
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

  it('prints the project ledger as filtered, with the totals', async () => {
    const page = await open('bureau')
    const year = new Date().getFullYear()
    const filtered = (await (await page.request.get(`/api/projects?year=${year}&stage=Started&pageSize=200`)).json()) as {
      total: number; items: { name: string; plannedInvestment: number }[]
    }
    expect(filtered.total).toBeGreaterThan(0)
    await page.goto('/projects?stage=Started')
    await page.getByTestId('project-print').click()
    await page.waitForURL(/\/projects\/print\?stage=Started$/)
    await page.getByTestId('print-ledger-totals').waitFor()
    expect(await page.getByTestId('print-title').innerText()).toBe(`${year}年项目建设台账`)
    expect(await page.getByTestId('print-ledger-row').count()).toBe(filtered.total)
    const totals = await page.getByTestId('print-ledger-totals').innerText()
    expect(totals).toContain(`合计（${filtered.total}个项目）`)
    const planned = filtered.items.reduce((sum, p) => sum + p.plannedInvestment, 0)
    expect(totals).toContain(planned.toLocaleString('zh-CN', { maximumFractionDigits: 2 }))
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByTestId('print-button').isVisible()).toBe(false)
    expect(await page.locator('.app-layout__aside, .app-layout__header').count()).toBe(0)
    const text = await page.getByTestId('print-sheet').innerText()
    expect(text).toContain(filtered.items[0]!.name)
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(1)
  })

  it('prints a published contest result sheet and refuses one not yet published', async () => {
    const page = await open('leader')
    const contests = ((await (await page.request.get('/api/contests?pageSize=50')).json()) as { items: { id: string; status: string }[] }).items
    const published = contests.find((c) => c.status === 'Published')!
    const unpublished = contests.find((c) => c.status !== 'Published')!
    expect(published).toBeDefined()
    expect(unpublished).toBeDefined()
    const results = (await (await page.request.get(`/api/contests/${published.id}/results`)).json()) as {
      year: number; categories: { units: { name: string; score: number | null }[] }[]
    }
    const first = results.categories.flatMap((c) => c.units).find((u) => u.score !== null)!
    expect(first).toBeDefined()

    await page.goto(`/contests/${published.id}`)
    await page.getByTestId('contest-print').click()
    await page.getByTestId('print-contest').waitFor()
    expect(await page.getByTestId('print-title').innerText()).toBe(`${results.year}年度夺标赛成绩单`)
    expect(await page.getByTestId('print-contest-unit').count()).toBe(results.categories.reduce((n, c) => n + c.units.length, 0))
    await page.emulateMedia({ media: 'print' })
    const text = await page.getByTestId('print-sheet').innerText()
    expect(text).toContain(first.name)
    expect(text).toContain(first.score!.toFixed(2))
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(1)

    await page.emulateMedia({ media: 'screen' })
    await page.goto(`/contests/${unpublished.id}/print`)
    await page.getByText('成绩公布后才能打印成绩单').waitFor()
    expect(await page.getByTestId('print-contest').count()).toBe(0)
    expect(await page.getByTestId('print-button').isEnabled()).toBe(false)
  })

  it('prints a visit record with the requests it raised', async () => {
    const page = await open('officer1')
    const token = decodeURIComponent((await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')!.value)
    const enterprise = ((await (await page.request.get('/api/enterprises?pageSize=1')).json()) as { items: { id: string; name: string }[] }).items[0]!
    const created = await page.request.post('/api/service/visits', {
      headers: { 'X-XSRF-TOKEN': token },
      data: {
        enterpriseId: enterprise.id, visitedOn: '2026-03-02', purpose: '打印测试：走访了解用电', findings: '二期厂房供电容量不足',
        requests: [{ title: '打印测试：新增变压器', description: '二期厂房需新增变压器容量', category: 'Utilities', urgency: 'Urgent' }],
      },
    })
    expect(created.status()).toBe(201)
    const visit = (await created.json()) as { id: string }

    await page.goto(`/service/visits?search=${encodeURIComponent('打印测试：走访了解用电')}`)
    await page.getByTestId('visit-print').first().click()
    await page.waitForURL(new RegExp(`/service/visits/${visit.id}/print$`))
    await page.getByTestId('print-visit').waitFor()
    expect(await page.getByTestId('print-title').innerText()).toBe('企业走访记录')
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByTestId('print-button').isVisible()).toBe(false)
    const text = await page.getByTestId('print-sheet').innerText()
    for (const expected of [enterprise.name, '打印测试：走访了解用电', '二期厂房供电容量不足', '打印测试：新增变压器', '待受理']) expect(text).toContain(expected)
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    expect(pageCount(pdf)).toBe(1)
  })
})
