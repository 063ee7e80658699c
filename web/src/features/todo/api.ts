import { http } from '@/shared/http'

export type TodoKind = 'RequestsToReply' | 'RequestsToAct' | 'ReportsToReview' | 'ScoresToGive'

export interface TodoItem {
  title: string
  detail?: string | null
  dueOn?: string | null
  /** The page that does it. */
  link: string
}

export interface TodoQueue {
  kind: TodoKind
  count: number
  /** The first few, soonest due first. */
  items: TodoItem[]
  /** The list that holds them all. */
  link: string
}

/** 我的待办: what waits on the signed-in user, by kind (GET /api/me/todo). */
export const todoApi = {
  mine: () => http.get<{ queues: TodoQueue[] }>('/api/me/todo'),
}
