import { describe, expect, it } from 'vitest'
import { i18n } from '@/shared/i18n'
import { explainLine } from './explain'
import type { IndicatorScore } from './api'

const t = (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {})
const line = (over: Partial<IndicatorScore>): IndicatorScore =>
  ({ code: 'inventionPatents', name: '发明专利', group: 'TechnologyInnovation', maxPoints: 8, value: 3, reported: true, points: 6.11, topShare: 0.24, peers: 300,
    tied: 1, ...over })

describe('points explanation lines', () => {
  it('claims no top share and no points for 0 invention patents shared by most of the zone', () => {
    const text = explainLine(line({ value: 0, points: 0, topShare: 1, tied: 228 }), t)
    expect(text).toBe('填报值为 0，与另 227 家企业相同（300 家填报企业）：本项不得分（0 / 8 分）')
    expect(text).not.toContain('前')
  })

  it('says a tie is a tie', () => {
    expect(explainLine(line({ value: 12, points: 7.5, topShare: 0.1, tied: 30 }), t)).toBe('与另 29 家企业并列，同在园区前 10%（300 家填报企业）：得 7.5 / 8 分')
  })

  it('keeps the plain sentence for a value of its own', () => {
    expect(explainLine(line({}), t)).toBe('位列园区前 24%（300 家填报企业）：得 6.1 / 8 分')
  })
})
