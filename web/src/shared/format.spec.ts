import { describe, expect, it } from 'vitest'
import { chinaClock, currentYear, formatGrowth, formatInstant, formatNumber, isAfterToday, today } from './format'

describe('China-time dates', () => {
  it('reads an instant late in the UTC evening as the next China day', () => {
    // 16:41 UTC is 00:41 in Beijing: the server's "today" is already the 24th.
    expect(chinaClock(new Date('2026-11-23T16:41:00Z'))).toEqual({ year: 2026, month: 11, day: 24, date: '2026-11-24', time: '00:41' })
  })

  it('turns the year at China midnight, not at the browser\'s', () => {
    expect(chinaClock(new Date('2026-12-31T15:59:00Z')).year).toBe(2026)
    expect(chinaClock(new Date('2026-12-31T16:00:00Z'))).toMatchObject({ year: 2027, month: 1, day: 1, time: '00:00' })
  })

  it('shows instants in China time and keeps what it cannot read', () => {
    expect(formatInstant('2026-03-01T02:05:00Z')).toBe('2026-03-01 10:05')
    expect(formatInstant('not a date')).toBe('not a date')
    expect(formatInstant(null)).toBe('—')
  })
})

describe('today in China', () => {
  it('agrees with the China clock and lets a date picker refuse only later days', () => {
    const now = chinaClock()
    expect(today()).toBe(now.date)
    expect(currentYear()).toBe(now.year)
    const [y, m, d] = now.date.split('-').map(Number)
    expect(isAfterToday(new Date(y, m - 1, d))).toBe(false)
    expect(isAfterToday(new Date(y, m - 1, d + 1))).toBe(true)
    expect(isAfterToday(new Date(y, m - 1, d - 1))).toBe(false)
  })
})

describe('numbers', () => {
  it('shows growth with its sign and a missing value as a dash', () => {
    expect(formatGrowth(7.46)).toBe('+7.5%')
    expect(formatGrowth(-2.1)).toBe('-2.1%')
    expect(formatGrowth(null)).toBe('—')
    expect(formatNumber(1234567.891)).toBe('1,234,567.89')
  })
})
