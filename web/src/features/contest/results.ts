// Turning a result line's flags and exclusions into sentences for the results table and the hall.
import type { ResultLine } from './api'

type Translate = (key: string, values?: Record<string, unknown>) => string

export function resultNotes(line: ResultLine, t: Translate): string[] {
  return [
    ...line.flags.map((flag) => t(`contest.flag.${flag}`)),
    ...line.excluded.map((e) => t('contest.excluded', { judge: e.judgeName, reason: t(`contest.exclusion.${e.reason}`) })),
  ]
}

export const PRIZE_COLOURS = ['danger', 'warning', 'success', 'primary'] as const

/** The tag colour of a prize by its place in the category's prize list (first prize red…). */
export function prizeColour(prize: string | null | undefined, prizes: string[]) {
  const index = prize ? prizes.indexOf(prize) : -1
  return index < 0 ? 'info' : PRIZE_COLOURS[Math.min(index, PRIZE_COLOURS.length - 1)]
}

/** Scores are published with two decimals (ties are judged at that precision too). */
export function formatScore(value: number | null | undefined): string {
  return value == null ? '—' : value.toFixed(2)
}
