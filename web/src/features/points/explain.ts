// The sentence an enterprise reads for each indicator of its points: where it stands among the reporting peers, said as it is.
import type { IndicatorScore } from './api'

type T = (key: string, values?: Record<string, unknown>) => string

export function explainLine(line: IndicatorScore, t: T): string {
  if (!line.reported) return t('points.explain.notReported')
  if (line.topShare == null) return t('points.explain.noPeers')
  const values = { peers: line.peers, points: line.points.toFixed(1), max: line.maxPoints, others: Math.max(0, (line.tied ?? 0) - 1) }
  // Nothing (0 patents, no growth) earns nothing, however many share it: no "top x%" that sounds like an achievement.
  if (line.points === 0 && line.value != null && line.value <= 0) return t(line.tied
    && line.tied > 1 ? 'points.explain.zeroTied' : 'points.explain.zero', values)
  const top = Math.max(1, Math.round(line.topShare * 100))
  return t(line.tied && line.tied > 1 ? 'points.explain.lineTied' : 'points.explain.line', { ...values, top })
}
