import { describe, expect, it } from 'vitest'
import { formatGrowth, formatPercent, monthsOf } from './format'

describe('economy formatting', () => {
  it('signs growth and keeps not-reported empty', () => {
    expect(formatGrowth(7.5)).toBe('+7.5%')
    expect(formatGrowth(-5.7)).toBe('-5.7%')
    expect(formatGrowth(0)).toBe('0%')
    expect(formatGrowth(null)).toBe('—')
    expect(formatPercent(undefined)).toBe('—')
  })

  it('offers the months up to last month in the current year', () => {
    const today = { year: 2026, month: 11 } // November 2026
    expect(monthsOf(2026, today)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(monthsOf(2025, today)).toHaveLength(12)
    expect(monthsOf(2027, today)).toEqual([])
  })
})
