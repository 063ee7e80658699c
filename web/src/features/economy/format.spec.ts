import { describe, expect, it } from 'vitest'
import { errorsByCode, formatGrowth, formatPercent, monthsOf } from './format'

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

describe('server errors on the figures form', () => {
  it('land under the indicator the server numbered, not the one at that position on the page', () => {
    // Page: GDP, RD (quarterly, not sent outside a quarter end), REV. The server saw GDP, REV: its figures[1] is REV.
    const placed = errorsByCode({ 'figures[1].value': ['不能为负数'], 'month': ['月份有误'] }, ['GDP', 'REV'])
    expect(placed.byCode).toEqual({ REV: '不能为负数' })
    expect(placed.other).toEqual(['月份有误'])
  })

  it('read the JSON-path form of the key and join several messages', () => {
    expect(errorsByCode({ '$.targets[0].targetValue': ['a'], 'targets[0].code': ['b'] }, ['GDP']).byCode).toEqual({ GDP: 'a；b' })
  })
})
