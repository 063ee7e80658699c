import { http, type Query } from '@/shared/http'
import type { DateOnly, Id, Paged } from '@/shared/types'
import type { EventKind, ResultFlag } from '@/shared/generated/contracts'

export type { EventKind } from '@/shared/generated/contracts'

export interface CompetitionItem {
  id: Id; name: string; year: number; heldOn?: DateOnly | null; rounds: number; entrants: number; matched: number; signedAmountWan: number; isDemo: boolean
}
export interface Round { index: number; name: string; advanceCount?: number | null }
export interface CompetitionPrize { level: number; name: string; count: number; amountWan: number }
export interface CompetitionJudge { id: Id; name: string }
export interface CompetitionStatistics { entrants: number; matched: number; signedAmountWan: number; awarded: number; prizeMoneyWan: number; projects: number }
export interface CompetitionDetail {
  id: Id; name: string; year: number; heldOn?: DateOnly | null; rounds: Round[]; prizes: CompetitionPrize[]; judges: CompetitionJudge[]
  statistics: CompetitionStatistics; industries: string[]; isDemo: boolean; version: number
}
export interface EntrantItem {
  id: Id; competitionId: Id; enterpriseId?: Id | null; entrantName: string; projectTitle: string; industry?: string | null; roundReached: number
  roundName?: string | null; awardLevel?: number | null; awardName?: string | null; matched: boolean; signedAmountWan?: number | null
  projectId?: Id | null; projectName?: string | null; conflictedJudges: Id[]; version: number
}
export interface ScoreLine { judgeId: Id; score: number | null }
export interface RankingLine {
  entrantId: Id; entrantName: string; projectTitle: string; rank?: number | null; score?: number | null; sheetsCounted: number; sheetsExpected: number
  conflictExcluded: Id[]; flags: ResultFlag[]; prize?: string | null; prizeAmountWan?: number | null
}
export interface Ranking { round: number; roundName: string; lastRound: boolean; advanceCount?: number | null; lines: RankingLine[]; advancing: Id[] }
/** A competition as the form sends it: rounds in order (the last with no advance count), prize tiers best first, the panel. */
export interface CompetitionInput {
  name: string; year: number | null; heldOn: DateOnly | null; rounds: { name: string; advanceCount: number | null }[]
  prizes: { name: string; count: number | null; amountWan: number | null }[]; judges: { id?: Id; name: string }[]; version?: number
}
/** An entrant: an enterprise of the registry or a team by name. */
export interface EntrantInput {
  enterpriseId?: Id; teamName?: string; projectTitle: string; industry?: string | null; roundReached: number; awardLevel?: number | null
  matched: boolean; signedAmountWan: number | null; conflictedJudges: Id[]; version?: number
}
export interface LeadInput { parkId?: Id | null; name?: string | null; plannedInvestment?: number | null }
export interface LeadResult { projectId: Id; projectName: string; leadId: Id }

export interface EventItem {
  id: Id; name: string; kind: EventKind; heldOn: DateOnly; place?: string | null; achievements: number; attending: number; signings: number
  intents: number; isDemo: boolean
}
export interface EventStatistics { achievements: number; attending: number; signings: number; signedAmountWan: number; intents: number; projects: number }
export interface Signing {
  id: Id; title: string; parties: string; enterpriseId?: Id | null; enterpriseName?: string | null; achievementId?: Id | null
  achievementTitle?: string | null; amountWan: number; projectId?: Id | null; projectName?: string | null; version: number
}
export interface EventDetail {
  id: Id; name: string; kind: EventKind; heldOn: DateOnly; place?: string | null; statistics: EventStatistics; attendees: { id: Id; name: string }[]
  signings: Signing[]; fields: string[]; isDemo: boolean; version: number
}
export interface EventInput { name: string; kind?: EventKind; heldOn: DateOnly | null; place: string; version?: number }
export interface AchievementInput { title: string; owner: string; field: string }
export interface IntentInput { achievementId?: Id; enterpriseId?: Id }
export interface SigningInput { title: string; parties: string; enterpriseId?: Id; achievementId?: Id; amountWan: number | null }
export interface AchievementItem { id: Id; title: string; owner: string; field?: string | null; intents: number }
export interface IntentItem { id: Id; achievementId: Id; achievementTitle: string; enterpriseId: Id; enterpriseName: string }

const competitions = '/api/competitions'
const events = '/api/events'

export const competitionApi = {
  list: (query: Query) => http.get<Paged<CompetitionItem>>(competitions, query),
  exportPath: `${competitions}/export`,
  get: (id: Id) => http.get<CompetitionDetail>(`${competitions}/${id}`),
  create: (input: CompetitionInput) => http.post<CompetitionDetail>(competitions, input),
  update: (id: Id, input: CompetitionInput) => http.put<CompetitionDetail>(`${competitions}/${id}`, input),
  addEntrant: (id: Id, input: EntrantInput) => http.post<EntrantItem>(`${competitions}/${id}/entrants`, input),
  updateEntrant: (id: Id, entrantId: Id, input: EntrantInput) => http.put<EntrantItem>(`${competitions}/${id}/entrants/${entrantId}`, input),
  entrants: (id: Id) => (query: Query) => http.get<Paged<EntrantItem>>(`${competitions}/${id}/entrants`, query),
  entrantsExportPath: (id: Id) => `${competitions}/${id}/entrants/export`,
  scores: (id: Id, entrantId: Id, round: number) =>
    http.get<{ entrantId: Id; round: number; scores: ScoreLine[] }>(`${competitions}/${id}/entrants/${entrantId}/scores`, { round }),
  saveScores: (id: Id, entrantId: Id, round: number, scores: ScoreLine[]) =>
    http.put(`${competitions}/${id}/entrants/${entrantId}/scores`, { round, scores }),
  ranking: (id: Id, round: number) => http.get<Ranking>(`${competitions}/${id}/ranking`, { round }),
  advance: (id: Id, round: number) => http.post<Ranking>(`${competitions}/${id}/rounds/${round}/advance`, {}),
  award: (id: Id) => http.post<Ranking>(`${competitions}/${id}/awards`, {}),
  toProject: (id: Id, entrantId: Id, input: LeadInput) => http.post<LeadResult>(`${competitions}/${id}/entrants/${entrantId}/project`, input),
}

export const eventApi = {
  list: (query: Query) => http.get<Paged<EventItem>>(events, query),
  exportPath: `${events}/export`,
  get: (id: Id) => http.get<EventDetail>(`${events}/${id}`),
  create: (input: EventInput) => http.post<EventDetail>(events, input),
  update: (id: Id, input: EventInput) => http.put<EventDetail>(`${events}/${id}`, input),
  setAttendees: (id: Id, enterpriseIds: Id[], version: number) => http.put<EventDetail>(`${events}/${id}/attendees`, { enterpriseIds, version }),
  addAchievement: (id: Id, input: AchievementInput) => http.post<AchievementItem>(`${events}/${id}/achievements`, input),
  addIntent: (id: Id, input: IntentInput) => http.post<IntentItem>(`${events}/${id}/intents`, input),
  addSigning: (id: Id, input: SigningInput) => http.post<EventDetail>(`${events}/${id}/signings`, input),
  updateSigning: (id: Id, signingId: Id, input: SigningInput & { version: number }) =>
    http.put<EventDetail>(`${events}/${id}/signings/${signingId}`, input),
  achievements: (id: Id) => (query: Query) => http.get<Paged<AchievementItem>>(`${events}/${id}/achievements`, query),
  achievementsExportPath: (id: Id) => `${events}/${id}/achievements/export`,
  intents: (id: Id) => (query: Query) => http.get<Paged<IntentItem>>(`${events}/${id}/intents`, query),
  toProject: (id: Id, signingId: Id, input: LeadInput) => http.post<LeadResult>(`${events}/${id}/signings/${signingId}/project`, input),
}
