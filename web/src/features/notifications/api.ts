import { http, type Query } from '@/shared/http'
import type { Id, Instant, Paged } from '@/shared/types'

/** What a notification is about (the server reads it from the page it links to). */
export const NOTIFICATION_KINDS = ['ServiceRequest', 'AnnualReport', 'Other'] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

export interface NotificationItem {
  id: Id
  title: string
  body?: string | null
  link?: string | null
  createdAt: Instant
  read: boolean
  kind: NotificationKind
}

/** In-app notifications of the signed-in user (any feature may send them). */
export const notificationApi = {
  list: (query: Query) => http.get<Paged<NotificationItem>>('/api/notifications', query),
  unreadCount: () => http.get<{ count: number }>('/api/notifications/unread-count'),
  markRead: (id: Id) => http.post<void>(`/api/notifications/${id}/read`),
  markAllRead: () => http.post<void>('/api/notifications/read-all'),
}
