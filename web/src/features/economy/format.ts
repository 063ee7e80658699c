// Number display for the economic sheet: growth with its sign, empty when not reported.
import { chinaClock, EMPTY, formatNumber } from '@/shared/format'

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? EMPTY : `${formatNumber(value, 1)}%`
}

export { formatGrowth } from '@/shared/format'

/** The months that can be shown for a year: up to last month in the current year. */
export function monthsOf(year: number, today: { year: number; month: number } = chinaClock()): number[] {
  const last = year < today.year ? 12 : year === today.year ? today.month - 1 : 0
  return Array.from({ length: last }, (_, i) => i + 1)
}

/**
 * Server errors keyed by indicator code. The server numbers the lines it was sent (`figures[3].value`), and a quarterly
 * indicator outside a quarter's end is not sent, so its position on the page is not its position on the server.
 */
export function errorsByCode(serverErrors: Record<string, string[]>, sentCodes: string[]): { byCode: Record<string, string>; other: string[] } {
  const byCode: Record<string, string> = {}
  const other: string[] = []
  for (const [key, messages] of Object.entries(serverErrors)) {
    const match = /^\$?\.?(?:figures|targets)\[(\d+)\]/i.exec(key)
    const code = match ? sentCodes[Number(match[1])] : undefined
    if (code) byCode[code] = [byCode[code], ...messages].filter(Boolean).join('；')
    else other.push(...messages)
  }
  return { byCode, other }
}
