import { http, type Query } from '@/shared/http'
import type { Id, Instant, Paged } from '@/shared/types'

export interface NotificationItem {
  id: Id
  title: string
  body?: string | null
  link?: string | null
  createdAt: Instant
  read: boolean
}

/** In-app notifications of the signed-in user (any feature may send them). */
export const notificationApi = {
  list: (query: Query) => http.get<Paged<NotificationItem>>('/api/notifications', query),
  unreadCount: () => http.get<{ count: number }>('/api/notifications/unread-count'),
  markRead: (id: Id) => http.post<void>(`/api/notifications/${id}/read`),
  markAllRead: () => http.post<void>('/api/notifications/read-all'),
}
