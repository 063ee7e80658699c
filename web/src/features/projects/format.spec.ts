import { describe, expect, it } from 'vitest'
import { barPercent, formatRate, formatWan, toYi } from './format'

describe('project formats', () => {
  it('shows 万元 totals as 亿元 with two decimals', () => {
    expect(toYi(511300)).toBe('51.13')
    expect(toYi(null)).toBe('—')
  })

  it('shows rates with one decimal as reported', () => {
    expect(formatRate(1.25)).toBe('125.0%')
    expect(formatRate(0.9434)).toBe('94.3%')
    expect(formatRate(undefined)).toBe('—')
  })

  it('caps the bar at 100 and floors it at 0', () => {
    expect(barPercent(1.099)).toBe(100)
    expect(barPercent(0.25)).toBe(25)
    expect(barPercent(-0.1)).toBe(0)
    expect(barPercent(null)).toBe(0)
  })

  it('keeps 万元 amounts readable', () => {
    expect(formatWan(3000)).toBe('3,000')
  })
})
