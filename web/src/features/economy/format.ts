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
