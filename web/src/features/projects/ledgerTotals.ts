// The totals line of the printed ledger: sums of the rows shown, and the completion rate of the projects that have a target.
import type { ProjectItem } from './api'

export interface LedgerTotals {
  count: number
  plannedInvestment: number
  annualTarget: number
  completed: number
  /** Completed ÷ target over the projects with a target this year; null when none has one. */
  completionRate: number | null
}

type Row = Pick<ProjectItem, 'plannedInvestment' | 'annualTarget' | 'completedThisYear'>

export function ledgerTotals(rows: readonly Row[]): LedgerTotals {
  let plannedInvestment = 0
  let annualTarget = 0
  let completed = 0
  let completedAgainstTarget = 0
  for (const row of rows) {
    plannedInvestment += row.plannedInvestment
    completed += row.completedThisYear
    if (row.annualTarget !== null && row.annualTarget !== undefined && row.annualTarget > 0) {
      annualTarget += row.annualTarget
      completedAgainstTarget += row.completedThisYear
    }
  }
  return {
    count: rows.length,
    plannedInvestment,
    annualTarget,
    completed,
    completionRate: annualTarget > 0 ? completedAgainstTarget / annualTarget : null,
  }
}
