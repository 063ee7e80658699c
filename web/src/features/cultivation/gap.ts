// Turns a criterion into the sentence the officer reads: what it is, where the enterprise stands, what is missing.
import type { Criterion } from './api'

type T = (key: string, values?: Record<string, unknown>) => string

const pct = (v: number) => `${(v * 100).toFixed(v * 100 >= 10 ? 1 : 2).replace(/\.?0+$/, '')}%`
const num = (v: number) => (Math.round(v * 100) / 100).toLocaleString('zh-CN')

export function formatValue(value: number | null | undefined, unit: string, t: T): string {
  if (value === null || value === undefined) return '—'
  if (unit === 'ratio') return pct(value)
  if (unit === 'points' || unit === '') return num(value)
  return t(`cultivation.units.${unit}`, { n: num(value) })
}

/** "3.2%，要求 4%，还差 110 万元"; for a limit "15 年，不超过 10 年，超出 5 年" */
export function describe(c: Criterion, t: T): string {
  if (c.group) {
    const low = c.points ?? 0
    const high = c.pointsMax ?? low
    const points = low === high ? num(low) : `${num(low)}–${num(high)}`
    const actual = c.actual !== null && c.actual !== undefined ? `（${formatValue(c.actual, c.unit, t)}）` : ''
    return t('cultivation.gap.points', { points, max: num(c.maxPoints ?? high) }) + actual
  }
  if (c.status === 'Missing') return t('cultivation.gap.missing')
  if (c.status === 'Unknown' && c.actual === undefined) return t('cultivation.gap.unknown')
  const parts: string[] = []
  const range = c.points !== null && c.points !== undefined && c.pointsMax !== null && c.pointsMax !== undefined && c.points !== c.pointsMax
  if (range) parts.push(t('cultivation.gap.range', { low: num(c.points!), high: num(c.pointsMax!) }))
  else if (c.actual !== null && c.actual !== undefined) parts.push(formatValue(c.actual, c.unit, t))
  // A limit reads 不超过 and its gap is the excess; a requirement reads 要求 and its gap what is still missing.
  if (c.required !== null && c.required !== undefined) {
    parts.push(t(c.isLimit ? 'cultivation.gap.atMost' : 'cultivation.gap.required', { value: formatValue(c.required, c.unit, t) }))
  }
  if (c.status === 'NotMet' && c.gap !== null && c.gap !== undefined && c.gap > 0) {
    const unit = c.gapUnit ?? c.unit
    parts.push(t(`cultivation.gap.${c.isLimit ? 'over' : 'short'}.${unit}`, { n: unit === 'ratio' ? pct(c.gap) : num(c.gap) }))
  }
  if (c.status === 'Unknown') parts.push(t('cultivation.gap.open'))
  return parts.join('，')
}
