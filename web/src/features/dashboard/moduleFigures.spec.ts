import { describe, expect, it } from 'vitest'
import { money, moduleFigures } from './moduleFigures'

const t = (key: string, values?: Record<string, unknown>) => `${key}${values ? JSON.stringify(values) : ''}`

describe('module figures on the dashboard', () => {
  it('shows money in 万 and, from 10,000 万, in 亿', () => {
    expect(money(1256.3)).toBe('1,256万')
    expect(money(29000)).toBe('2.90亿')
  })

  it('shows only the modules it was given, with rates in the unit each API uses', () => {
    const figures = moduleFigures(
      {
        talent: { funnel: { recommended: 270, contacted: 120, meeting: 80, signed: 53, declined: 4, signedEnterprises: 53, agreementAmountWan: 900 },
          signRate: 0.196, byField: [] },
        projects: {
          year: 2026, throughMonth: 10, openProblems: 0,
          rates: { signed: 39, signedInvestment: 1160600, outOfProvinceFunds: 0, negotiating: 14,
            signedToStarted: { achieved: 1, base: 2 }, startedToProduction: { achieved: 1, base: 2 }, batchStart: { achieved: 1, base: 2 },
            batchProduction: { achieved: 1, base: 2 } },
          keyProjects: [{ level: 'Provincial', projects: 4, target: 100, completed: 125, behind: 0 },
            { level: 'Municipal', projects: 16, target: 100, completed: 94.3, behind: 2 }],
        },
      } as never,
      t,
    )
    expect(figures.map((f) => f.name)).toEqual(['projects', 'keyProjects', 'talent'])
    expect(figures[0].detail).toContain('116.06亿')
    expect(figures[1].value).toBe('109.7%') // (125 + 94.3) / 200
    expect(figures[2].detail).toContain('19.6%')
  })
})
