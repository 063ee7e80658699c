// Tie-breakers travel as "aspect:RESULTS,draw"; here they become readable labels.
import type { Aspect } from './api'

type Translate = (key: string, values?: Record<string, unknown>) => string

export function tieBreakerOptions(aspects: Aspect[], t: Translate) {
  return [
    ...aspects.map((a) => ({ value: `aspect:${a.code}`, label: t('contest.tie.aspect', { name: a.name }) })),
    { value: 'draw', label: t('contest.tie.draw') },
  ]
}

export function describeTieBreakers(text: string, aspects: Aspect[], t: Translate): string {
  const options = tieBreakerOptions(aspects, t)
  const parts = text.split(',').filter(Boolean).map((part) => options.find((o) => o.value === part)?.label ?? part)
  return parts.length ? parts.join(' → ') : t('contest.tie.none')
}
