import { describe, expect, it } from 'vitest'
import type { IndicatorSet } from './api'
import { stageSums, unverifiedParts } from './editor'

const set = (over: Partial<IndicatorSet> = {}): IndicatorSet => ({
  name: 's', policy: 'p', policyYear: 2025, source: 'src', grades: [],
  indicators: [
    { code: 'A', name: 'A', group: 'Input', weight: 60, formula: 'RdExpense', verified: true },
    { code: 'B', name: 'B', group: 'Input', weight: 40, formula: 'Revenue' },
    { code: 'X', name: 'X', group: 'Influence', weight: 20, formula: 'has.HighTech', bonus: true },
    { code: 'Y', name: 'Y', group: 'Influence', weight: 20, formula: 'GraduatesHired', bonus: true },
  ],
  ...over,
})

describe('indicator-set editor sums', () => {
  it('adds the base and the capped bonus', () => {
    expect(stageSums(set({ bonusCap: 30 }))).toEqual([{ stage: undefined, base: 100, bonus: 30 }])
    expect(stageSums(set())).toEqual([{ stage: undefined, base: 100, bonus: 40 }])
  })

  it('adds each stage on its own weights, the plain weight where a stage has none', () => {
    const staged = set({ stages: { startupMaxYears: 3, growthMaxYears: 10 } })
    staged.indicators[0].stageWeights = { Startup: 70, Growth: 60 }
    expect(stageSums(staged).map((s) => [s.stage, s.base])).toEqual([['Startup', 110], ['Growth', 100], ['Mature', 100]])
  })

  it('counts what was not checked against the published text', () => {
    expect(unverifiedParts(set({ note: '未核实', stages: { startupMaxYears: 3, growthMaxYears: 10, verified: false } })))
      .toEqual({ indicators: 3, stages: true, note: '未核实' })
  })
})
