// The least .xlsx the tests need: read a sheet's header row, write a one-sheet workbook of inline strings.
import JSZip from 'jszip'

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g,
    (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&')
const encode = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
// Elements may carry a namespace prefix (`<x:row>`), as the OpenXML SDK writes them.
const P = '(?:\\w+:)?'
const re = (source: string, flags = 'g') => new RegExp(source.replaceAll('~', P), flags)
const textOf = (xml: string) => [...xml.matchAll(re('<~t(?:\\s[^>]*)?>([\\s\\S]*?)</~t>'))].map((m) => decode(m[1])).join('')

/** The cells of the first sheet's rows (shared and inline strings, plain values), up to `limit` rows. */
export async function readRows(data: Buffer | ArrayBuffer | Uint8Array, limit = Infinity): Promise<string[][]> {
  const zip = await JSZip.loadAsync(data)
  const file = async (path: string) => (await zip.file(path)?.async('string')) ?? ''
  const workbook = await file('xl/workbook.xml')
  const relId = re('<~sheet\\b[^>]*\\br:id="([^"]+)"', '').exec(workbook)?.[1]
  const rels = await file('xl/_rels/workbook.xml.rels')
  const target = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${relId}"`))
  const sheetPath = /Target="([^"]+)"/.exec(target ?? '')?.[1]?.replace(/^\/?(xl\/)?/, 'xl/') ?? 'xl/worksheets/sheet1.xml'
  const shared = [...(await file('xl/sharedStrings.xml')).matchAll(re('<~si>([\\s\\S]*?)</~si>'))].map((m) => textOf(m[1]))
  const sheet = await file(sheetPath)

  const rows: string[][] = []
  for (const row of sheet.matchAll(re('<~row\\b[^>]*?(?:/>|>([\\s\\S]*?)</~row>)'))) {
    if (rows.length >= limit) break
    const cells: string[] = []
    for (const cell of (row[1] ?? '').matchAll(re('<~c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</~c>)'))) {
      const attributes = cell[1]
      const body = cell[2] ?? ''
      const ref = /\br="([A-Z]+)\d+"/.exec(attributes)?.[1]
      const index = ref ? columnIndex(ref) : cells.length
      while (cells.length < index) cells.push('')
      const type = /\bt="(\w+)"/.exec(attributes)?.[1]
      const value = re('<~v>([\\s\\S]*?)</~v>', '').exec(body)?.[1]
      cells[index] = type === 's' ? shared[Number(value)] ?? '' : type === 'inlineStr' ? textOf(body) : decode(value ?? '')
    }
    rows.push(cells)
  }
  return rows
}

export async function readHeaders(data: Buffer | ArrayBuffer | Uint8Array): Promise<string[]> {
  return ((await readRows(data, 1))[0] ?? []).map((h) => h.trim())
}

/** "A" → 0, "AB" → 27 */
export function columnIndex(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1
}

export function columnName(index: number): string {
  let name = ''
  for (let i = index + 1; i > 0; i = Math.floor((i - 1) / 26)) name = String.fromCharCode(65 + ((i - 1) % 26)) + name
  return name
}

/** A one-sheet workbook whose cells are all inline strings (row 1 = the header). */
export async function writeWorkbook(rows: string[][]): Promise<Buffer> {
  const zip = new JSZip()
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '</Types>',
  )
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      '</Relationships>',
  )
  zip.file(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
  )
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '</Relationships>',
  )
  const sheetRows = rows
    .map((cells, r) => {
      const xml = cells
        .map((value, c) => (value === '' ? '' : `<c r="${columnName(c)}${r + 1}" t="inlineStr"><is><t xml:space="preserve">${encode(value)}</t></is></c>`))
        .join('')
      return `<row r="${r + 1}">${xml}</row>`
    })
    .join('')
  zip.file(
    'xl/worksheets/sheet1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
  )
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}
