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

/** The zones' time zone: every date the server keeps (deadlines, stage changes, report months) is a China date. */
export const CHINA_TIME_ZONE = 'Asia/Shanghai'

const chinaParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: CHINA_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** The calendar fields of an instant in China time, whatever the browser's own time zone. */
export function chinaClock(instant: Date = new Date()) {
  const parts = Object.fromEntries(chinaParts.formatToParts(instant).map((p) => [p.type, p.value]))
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
  }
}

/** An ISO instant in China time as `YYYY-MM-DD HH:mm`. */
export function formatInstant(value: string | null | undefined): string {
  if (!value) return EMPTY
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  const { date: day, time } = chinaClock(date)
  return `${day} ${time}`
}

/** Today in China as `YYYY-MM-DD` — the date the server checks "not in the future" and "not before" against. */
export function today(): string {
  return chinaClock().date
}

/** This year in China (the current policy/report year's reference). */
export function currentYear(): number {
  return chinaClock().year
}

/** For a date picker's `disabled-date`: the picker's day (in the browser's calendar) is after today in China. */
export function isAfterToday(day: Date): boolean {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}` > today()
}
