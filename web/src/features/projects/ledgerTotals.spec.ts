import { describe, expect, it } from 'vitest'
import { ledgerTotals } from './ledgerTotals'

describe('ledgerTotals', () => {
  it('sums the rows and rates completion only over projects with a target', () => {
    const totals = ledgerTotals([
      { plannedInvestment: 1000, annualTarget: 400, completedThisYear: 300 },
      { plannedInvestment: 500, annualTarget: null, completedThisYear: 50 },
      { plannedInvestment: 250, annualTarget: 100, completedThisYear: 100 },
    ])
    expect(totals).toEqual({ count: 3, plannedInvestment: 1750, annualTarget: 500, completed: 450, completionRate: 0.8 })
  })

  it('has no rate when no project has a target', () => {
    expect(ledgerTotals([]).completionRate).toBeNull()
    expect(ledgerTotals([{ plannedInvestment: 1, annualTarget: 0, completedThisYear: 1 }]).completionRate).toBeNull()
  })
})
