// Display helpers of the ledger: 万元 amounts, 亿元 totals, rates as percentages.
import { EMPTY, formatNumber } from '@/shared/format'

/** 万元 → 亿元 with two decimals (the unit of the zones' reports: 51.13亿元). */
export function toYi(wan: number | null | undefined): string {
  if (wan === null || wan === undefined) return EMPTY
  return (wan / 10000).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}

/** 万元 amounts as entered: the shared number format (two decimals at most). */
export const formatWan = (wan: number | null | undefined): string => formatNumber(wan)

/** 0.9434 → "94.3%" (one decimal, as reported). */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return EMPTY
  return `${(rate * 100).toFixed(1)}%`
}

/** A progress-bar percentage: capped at 100 so over-completion still draws a full bar. */
export function barPercent(rate: number | null | undefined): number {
  if (rate === null || rate === undefined) return 0
  return Math.max(0, Math.min(100, Math.round(rate * 1000) / 10))
}

/** Bar colours: the status icons of el-progress would hide the percentage, so colour carries the verdict. */
export const BEHIND_COLOUR = '#f56c6c'
export const ON_TRACK_COLOUR = '#67c23a'
