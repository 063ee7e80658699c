import { STAGES, type EnterpriseStage, type IndicatorSet } from './api'

const round = (x: number) => Math.round(x * 100) / 100

/** The base and (capped) bonus sums per stage, or once when the set has no stages: what the server checks against the base total. */
export function stageSums(set: IndicatorSet): { stage?: EnterpriseStage; base: number; bonus: number }[] {
  const stages: (EnterpriseStage | undefined)[] = set.stages ? STAGES : [undefined]
  return stages.map((stage) => {
    const weight = (i: IndicatorSet['indicators'][number]) => (stage && i.stageWeights?.[stage] !== undefined ? i.stageWeights[stage]! : i.weight)
    const base = round(set.indicators.filter((i) => !i.bonus).reduce((sum, i) => sum + (Number(weight(i)) || 0), 0))
    const bonusSum = round(set.indicators.filter((i) => i.bonus).reduce((sum, i) => sum + (Number(weight(i)) || 0), 0))
    const bonus = set.bonusCap !== null && set.bonusCap !== undefined ? Math.min(set.bonusCap, bonusSum) : bonusSum
    return { stage, base, bonus }
  })
}

/** What in a set was not checked against the published text, to be said plainly on the page. */
export function unverifiedParts(set: IndicatorSet): { indicators: number; stages: boolean; note?: string } {
  return {
    indicators: set.indicators.filter((i) => !i.verified).length,
    stages: !!set.stages && !set.stages.verified,
    note: set.note ?? undefined,
  }
}
