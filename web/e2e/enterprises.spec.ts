// The enterprise registry's main paths, as the innovation bureau (科技创新局) uses them.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { readFile } from 'node:fs/promises'
import { creditCodeCheckCharacter } from '../src/shared/creditCode'
import { call, closePage, launchBrowser, newPage, waitForList } from './browser'
import { columnName, readHeaders, writeWorkbook } from './xlsx'

const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

/** A valid credit code no demo enterprise has (random body, computed check character). */
function freshCreditCode(): string {
  let body = '91410400'
  while (body.length < 17) body += CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)]
  return body + creditCodeCheckCharacter(body)
}

describe('enterprises (科技创新局)', () => {
  let browser: Browser
  let page: Page

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
    await closePage(page, context)
  })

  it('searches an enterprise, opens it and saves a new contact name', async () => {
    const firstLoad = waitForList(page, '/api/enterprises')
    await page.getByTestId('menu-enterprises').click()
    await firstLoad
    const firstLink = page.getByTestId('enterprise-link').first()
    const name = (await firstLink.innerText()).trim()
    expect(name.length).toBeGreaterThan(0)

    await page.getByTestId('enterprise-search').fill(name)
    const searched = waitForList(page, '/api/enterprises', ['search', name])
    await page.getByTestId('enterprise-search-button').click()
    expect((await searched).status()).toBe(200)
    expect(new URL(page.url()).searchParams.get('search')).toBe(name)
    const names = await page.getByTestId('enterprise-link').allInnerTexts()
    expect(names.length).toBeGreaterThan(0)
    expect(names.every((n) => n.includes(name))).toBe(true)

    await page.getByTestId('enterprise-link').filter({ hasText: name }).first().click()
    await page.waitForURL(/\/enterprises\/[^/?]+$/)
    expect((await page.getByTestId('enterprise-name').innerText()).trim()).toBe(name)

    const contact = `E2E联系人${Date.now() % 1_000_000}`
    await page.getByTestId('enterprise-edit').click()
    await page.getByTestId('form-contact-name').fill(contact)
    const [saved] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'PUT' && /^\/api\/enterprises\/[^/]+$/.test(new URL(r.url()).pathname)),
      page.getByTestId('form-submit').click(),
    ])
    expect(saved.status()).toBe(200)
    await page.getByTestId('detail-contact-name').filter({ hasText: contact }).waitFor()

    await page.reload()
    await page.getByTestId('detail-contact-name').filter({ hasText: contact }).waitFor()

    // Moved to another park of its zone (and back at the end), so that 变更记录 has a park to name.
    const id = new URL(page.url()).pathname.split('/').pop()!
    const current = (await (await page.request.get(`/api/enterprises/${id}`)).json()) as { parkId: string }
    const zones = (await (await page.request.get('/api/org/zones')).json()) as { parks: { id: string; name: string }[] }[]
    const parks = zones.find((z) => z.parks.some((p) => p.id === current.parkId))!.parks
    const from = parks.find((p) => p.id === current.parkId)!
    const to = parks.find((p) => p.id !== current.parkId)!
    await moveTo(to.name)

    // 变更记录 names the field and shows the new value, as the page does; a park by its name, not its id.
    const history = page.waitForResponse((r) => /^\/api\/audit\/records\/enterprise\/[^/]+$/.test(new URL(r.url()).pathname))
    await page.getByTestId('tab-history').click()
    expect((await history).status()).toBe(200)
    const change = page.getByTestId('record-history').locator('.record-history__fields li').filter({ hasText: contact }).first()
    await change.waitFor()
    expect((await change.innerText()).trim()).toMatch(new RegExp(`^联系人：(.* → )?${contact}$`))
    const moved = page.getByTestId('record-history').locator('.record-history__fields li').filter({ hasText: '所属园区' }).first()
    expect((await moved.innerText()).trim()).toBe(`所属园区：${from.name} → ${to.name}`)
    await page.getByTestId('tab-basic').click()
    await moveTo(from.name)

    async function moveTo(park: string) {
      await page.getByTestId('enterprise-edit').click()
      await page.getByTestId('form-park').click()
      await page.locator('.el-select-dropdown__item:visible').filter({ hasText: park }).first().click()
      const [answer] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'PUT' && /^\/api\/enterprises\/[^/]+$/.test(new URL(r.url()).pathname)),
        page.getByTestId('form-submit').click(),
      ])
      expect(answer.status()).toBe(200)
    }
  })

  it('filters the list by 规上 for the latest report, and each enterprise listed says so on its page', async () => {
    await Promise.all([waitForList(page, '/api/enterprises'), page.goto('/enterprises')])
    await page.getByTestId('filter-above-size').click()
    const filtered = waitForList(page, '/api/enterprises', ['aboveSize', 'Above'])
    await page.locator('.el-select-dropdown__item:visible').filter({ hasText: '规上 / 限上' }).click()
    const answer = await filtered
    expect(answer.status()).toBe(200)
    const body = (await answer.json()) as { total: number; items: { id: string; name: string }[] }
    expect(body.total).toBeGreaterThan(0)
    expect(new URL(page.url()).searchParams.get('aboveSize')).toBe('Above')
    const first = page.getByTestId('enterprise-link').first()
    expect((await first.innerText()).trim()).toBe(body.items[0].name)

    await first.click()
    await page.waitForURL(/\/enterprises\/[^/?]+$/)
    const sentence = page.getByTestId('detail-above-size')
    await sentence.waitFor()
    expect(await sentence.innerText()).toMatch(/^\d{4} 年：(规模|限额)以上/)
  })

  it('rejects an import with one bad row as a whole, naming its row and column', async () => {
    await page.goto('/enterprises')
    const template = await page.request.get('/api/enterprises/import/template')
    expect(template.status()).toBe(200)
    const headers = await readHeaders(await template.body())
    const codeColumn = headers.indexOf('统一社会信用代码')
    expect(codeColumn).toBeGreaterThanOrEqual(0)

    // One good row built from the zone's own reference data, one whose credit code has a wrong check character.
    const zones = (await (await page.request.get('/api/org/zones')).json()) as { parks: { name: string }[] }[]
    const chains = (await (await page.request.get('/api/org/industry-chains')).json()) as { name: string }[]
    const stamp = `E2E${Date.now().toString(36).toUpperCase()}`
    const good: Record<string, string> = {
      统一社会信用代码: freshCreditCode(),
      企业名称: `${stamp}导入企业`,
      所属园区: zones[0].parks[0].name,
      产业链: chains[0].name,
      企业规模: '小型',
      成立日期: '2020-05-01',
      联系人: '张三',
      联系电话: '13800138000',
    }
    const validCode = freshCreditCode()
    const badCode = validCode.slice(0, 17) + (validCode[17] === '0' ? '1' : '0')
    const bad: Record<string, string> = { ...good, 统一社会信用代码: badCode, 企业名称: `${stamp}错误行` }
    const workbook = await writeWorkbook([headers, headers.map((h) => good[h] ?? ''), headers.map((h) => bad[h] ?? '')])

    await page.getByTestId('enterprise-import').click()
    await page.getByTestId('import-file').setInputFiles({
      name: 'e2e-import.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: workbook,
    })
    const [answer] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/enterprises/import' && r.request().method() === 'POST'),
      page.getByTestId('import-submit').click(),
    ])
    expect(answer.status()).toBe(422)
    const problem = (await answer.json()) as { code: string; rows: { row: number; column: string }[]; errorReportUrl: string }
    expect(problem.code).toBe('import_rejected')
    // Only the bad row (Excel row 3: header, good row, bad row) is wrong, in the credit-code column.
    expect(problem.rows.length).toBeGreaterThan(0)
    expect(problem.rows.every((r) => r.row === 3 && r.column === columnName(codeColumn))).toBe(true)

    expect(await page.getByTestId('import-rejected').innerText()).toContain('整批未导入')
    const cells = await page.getByTestId('import-errors').locator('tbody tr').first().locator('td').allInnerTexts()
    expect(cells[0].trim()).toBe('3')
    expect(cells.join(' ')).toContain(columnName(codeColumn))
    expect(cells.join(' ')).toContain('统一社会信用代码')

    const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-error-report').click()])
    expect(report.suggestedFilename()).toMatch(/\.xlsx$/)

    // Nothing was written, not even the good row.
    const after = (await (await page.request.get(`/api/enterprises?search=${stamp}`)).json()) as { total: number }
    expect(after.total).toBe(0)
  })

  it('exports the filtered list as an .xlsx file', async () => {
    const loaded = waitForList(page, '/api/enterprises', ['qualification', 'HighTech'])
    await page.goto('/enterprises?qualification=HighTech')
    expect((await loaded).status()).toBe(200)

    const [request, download] = await Promise.all([
      page.waitForRequest((r) => new URL(r.url()).pathname === '/api/enterprises/export'),
      page.waitForEvent('download'),
      page.getByTestId('enterprise-export').click(),
    ])
    expect(new URL(request.url()).searchParams.get('qualification')).toBe('HighTech')
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    const headers = await readHeaders(await readFile((await download.path())!))
    expect(headers).toContain('统一社会信用代码')
  })

  it('opens the high-tech list from the dashboard card', async () => {
    await page.goto('/')
    const filtered = waitForList(page, '/api/enterprises', ['qualification', 'HighTech'])
    await page.getByTestId('kpi-highTech').click()
    expect((await filtered).status()).toBe(200)
    expect(new URL(page.url()).searchParams.get('qualification')).toBe('HighTech')
    await page.getByTestId('enterprise-table').waitFor()
  })
  it('turns past the fifth page by the cursor the page before answered, showing the rows that page has by number', async () => {
    const asked: URL[] = []
    page.on('request', (r) => {
      const url = new URL(r.url())
      if (r.method() === 'GET' && url.pathname === '/api/enterprises') asked.push(url)
    })
    await Promise.all([waitForList(page, '/api/enterprises', ['sort', 'name']), page.goto('/enterprises?sort=name')])
    for (let n = 2; n <= 7; n++) {
      const next = waitForList(page, '/api/enterprises', ['page', String(n)])
      await page.locator('.list-table__pager .btn-next').click()
      expect((await next).status()).toBe(200)
    }
    const cursorOf = (n: number) => asked.find((u) => u.searchParams.get('page') === String(n))?.searchParams.get('cursor')
    for (let n = 2; n <= 5; n++) expect(cursorOf(n)).toBeNull()
    expect(cursorOf(6)).toBeTruthy()
    expect(cursorOf(7)).toBeTruthy()
    expect(new URL(page.url()).searchParams.get('page')).toBe('7')

    const shown = (await page.getByTestId('enterprise-link').allInnerTexts()).map((n) => n.trim())
    const byNumber = await call<{ items: { name: string }[] }>(page, 'GET', '/api/enterprises?page=7&pageSize=20&sort=name')
    expect(shown).toHaveLength(20)
    expect(shown).toEqual(byNumber.json.items.map((i) => i.name))
  })
})
