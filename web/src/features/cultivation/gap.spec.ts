import { describe, expect, it } from 'vitest'
import { i18n } from '@/shared/i18n'
import { describe as explain } from './gap'
import type { Criterion } from './api'

const t = (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {})

describe('gap sentences', () => {
  it('says the ratio, the requirement and the money missing', () => {
    const c: Criterion = { key: 'rdRatio3Years', status: 'NotMet', unit: 'ratio', actual: 0.032, required: 0.04, gap: 110, gapUnit: 'wan' }
    expect(explain(c, t)).toBe('3.2%，要求 4%，还差 110 万元')
  })

  it('says a missing figure is not reported, never zero', () => {
    expect(explain({ key: 'revenue', status: 'Missing', unit: 'wan', required: 20000 }, t)).toBe('年报未填报')
  })

  it('shows a score range that spans the pass mark as open', () => {
    const c: Criterion = { key: 'innovationScore', status: 'Unknown', unit: 'points', actual: 62, required: 70, points: 62, pointsMax: 81 }
    expect(explain(c, t)).toBe('62–81 分，要求 70，评分区间跨越及格线，待补充声明')
  })

  it('shows a scored item as points of its maximum', () => {
    expect(explain({ key: 'ipQuantity', status: 'Met', unit: 'count', group: 'ip', points: 7, pointsMax: 8, maxPoints: 8, actual: 2 },
      t)).toBe('7–8 / 8 分（2 项）')
  })

  it('words an upper bound as 不超过, never as a requirement to reach', () => {
    expect(explain({ key: 'employees', status: 'Met', unit: 'people', actual: 29, required: 500, isLimit: true }, t)).toBe('29 人，不超过 500 人')
    expect(explain({ key: 'liabilityRatio', status: 'Met', unit: 'ratio', actual: 0.422, required: 0.7, isLimit: true }, t)).toBe('42.2%，不超过 70%')
  })

  it('says how far a figure is over a limit, not that it is short', () => {
    const c: Criterion = { key: 'registeredYears', status: 'NotMet', unit: 'years', actual: 15, required: 10, gap: 5, gapUnit: 'years', isLimit: true }
    expect(explain(c, t)).toBe('15 年，不超过 10 年，超出 5 年')
  })
})
