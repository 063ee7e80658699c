// The matching glossary (匹配术语表) as the innovation bureau keeps it: a synonym it adds brings an expert into a demand's ranking,
// the officer marks him 合适, and the judgements are exported as labelled pairs.
import { readFile } from 'node:fs/promises'
import { afterAll, afterEach, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { closePage, launchBrowser, newPage, waitForList } from './browser'
import { readRows } from './xlsx'

async function post(page: Page, path: string, data: unknown): Promise<{ id: string }> {
  const token = decodeURIComponent((await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')!.value)
  const response = await page.request.post(path, { headers: { 'X-XSRF-TOKEN': token }, data })
  expect(response.status()).toBe(201)
  return (await response.json()) as { id: string }
}

/** The text box of a form control, whether the test id sits on the input itself or on its wrapper. */
const inputOf = (page: Page, testid: string) =>
  page.locator(`input[data-testid="${testid}"], [data-testid="${testid}"] input`).first()

const DIGITS = '零一二三四五六七八九'

describe('matching glossary', () => {
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

  /** Opens the demand's match drawer from the demand list and waits for its ranking. */
  async function openRanking(title: string) {
    const listed = waitForList(page, '/api/talent/demands')
    await page.getByTestId('menu-talent-demands').click()
    await listed
    await inputOf(page, 'demand-search').fill(title)
    const searched = waitForList(page, '/api/talent/demands', ['search', title])
    await page.getByTestId('demand-search-button').click()
    await searched
    const [ranked] = await Promise.all([
      page.waitForResponse((r) => /\/api\/talent\/demands\/[^/]+\/experts$/.test(new URL(r.url()).pathname)),
      page.getByTestId('demand-match').first().click(),
    ])
    expect(ranked.status()).toBe(200)
    const drawer = page.getByTestId('match-drawer')
    await drawer.locator('[data-testid="ranked-experts"], [data-testid="ranked-empty"]').first().waitFor()
    return drawer
  }

  it('a synonym the bureau adds brings an expert into the ranking; he is marked 合适 and exported with label 1', async () => {
    page = await newPage(browser, 'bureau')
    const n = String(Date.now() % 10_000).padStart(4, '0')
    const code = `QZX${n}`
    const term = `球铁蠕化处理${[...n].map((d) => DIGITS[Number(d)]).join('')}`
    const expertName = `蠕化专家${n}`
    const title = `${code} 良率偏低${n}`

    // An expert who knows the process by its full name, and a demand that names it only by the line's code.
    await post(page, '/api/talent/experts', {
      name: expertName, institution: '郑州大学', degree: 'Doctor', fields: ['装备制造'], keywords: [term],
      researchSummary: `长期从事${term}研究，解决蠕化率波动。`, availability: 'Available', consentToContact: false,
    })
    await post(page, '/api/talent/demands', { title, problem: `产线上的 ${code} 环节良率偏低，求助。`, field: '装备制造', keywords: ['良率'] })

    let drawer = await openRanking(title)
    expect(await drawer.getByTestId('ranked-expert-name').allInnerTexts()).not.toContain(expertName)
    await page.keyboard.press('Escape')

    // The bureau adds the pair on the glossary page.
    const glossaryLoaded = waitForList(page, '/api/talent/glossary')
    await page.getByTestId('menu-talent-glossary').click()
    await glossaryLoaded
    await page.getByTestId('glossary-table').waitFor()
    await page.getByTestId('glossary-create').click()
    const chain = inputOf(page, 'glossary-chain')
    await chain.click()
    await chain.fill('装备制造')
    await chain.press('Enter')
    await inputOf(page, 'glossary-term').fill(term)
    const synonyms = inputOf(page, 'glossary-synonyms')
    await synonyms.fill(code)
    await synonyms.press('Enter')
    const [created] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/talent/glossary'),
      page.getByTestId('form-submit').click(),
    ])
    expect(created.status()).toBe(201)
    await inputOf(page, 'glossary-search').fill(code)
    const found = waitForList(page, '/api/talent/glossary', ['search', code])
    await page.getByTestId('glossary-search-button').click()
    await found
    await expect.poll(() => page.getByTestId('glossary-row-term').allInnerTexts()).toEqual([term])

    // Adding the same term again is refused next to the field.
    await page.getByTestId('glossary-create').click()
    await chain.click()
    await chain.fill('装备制造')
    await chain.press('Enter')
    await inputOf(page, 'glossary-term').fill(term)
    const [duplicate] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/talent/glossary'),
      page.getByTestId('form-submit').click(),
    ])
    expect(duplicate.status()).toBe(400)
    const termError = page.getByTestId('glossary-form').locator('.el-form-item', { has: inputOf(page, 'glossary-term') }).locator('.el-form-item__error')
    await expect.poll(() => termError.innerText()).toBe('本区术语表已有此术语或同义词')
    await page.keyboard.press('Escape')

    // Now the expert is in the demand's ranking, with the glossary as the reason; the officer marks him 合适 with a note.
    drawer = await openRanking(title)
    const row = drawer.locator('.el-table__row', { has: page.getByTestId('ranked-expert-name').filter({ hasText: expertName }) })
    await row.waitFor()
    expect(await row.innerText()).toContain(term)
    await row.getByTestId('feedback-fits').click()
    await page.locator('.el-message-box textarea').fill('熟悉产线工艺')
    const [marked] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'PUT' && new URL(r.url()).pathname === '/api/talent/feedback'),
      page.locator('.el-message-box__btns .el-button--primary').click(),
    ])
    expect(marked.status()).toBe(200)
    await expect.poll(() => row.getByTestId('feedback-fits').getAttribute('data-mine')).toBe('true')
    expect(await row.getByTestId('feedback-not-fits').getAttribute('data-mine')).toBe('false')
    expect(await row.getByTestId('feedback-counts').innerText()).toBe('合适 1 · 不合适 0')
    expect(await row.getByTestId('feedback-note').innerText()).toBe('熟悉产线工艺')

    // The labelled pairs: the row of this demand and expert carries label 1.
    const [download] = await Promise.all([page.waitForEvent('download'), drawer.getByTestId('feedback-export').click()])
    const [headers, ...rows] = await readRows(await readFile((await download.path())!))
    const at = (name: string) => headers!.indexOf(name)
    expect(at('标签')).toBeGreaterThanOrEqual(0)
    const pair = rows.filter((r) => r[at('需求')] === title && r[at('专家')] === expertName)
    expect(pair.map((r) => r[at('标签')])).toEqual(['1'])
  })
})
