// Display formats. Empty values show as a dash; null numbers are "not reported", never zero.
export const EMPTY = '—'

export function formatNumber(value: number | null | undefined, fractionDigits = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return EMPTY
  return value.toLocaleString('zh-CN', { maximumFractionDigits: fractionDigits })
}

/** A growth rate in percent with its sign: +7.5%, -2.1%, 0%. */
export function formatGrowth(value: number | null | undefined): string {
  if (value === null || value === undefined) return EMPTY
  return `${value > 0 ? '+' : ''}${formatNumber(value, 1)}%`
}

export function formatText(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? EMPTY : value
}

/** An ISO instant in local time as `YYYY-MM-DD HH:mm`. */
export function formatInstant(value: string | null | undefined): string {
  if (!value) return EMPTY
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** Today as `YYYY-MM-DD` (local). */
export function today(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
