import { http } from '@/shared/http'

/** The live meter feed on the host that answers (GET /api/energy/feed); counts since that host started. */
export interface MeterFeedStatus {
  enabled: boolean
  connected: boolean
  topic?: string | null
  since: string
  lastMessageAt?: string | null
  received: number
  stored: number
  duplicates: number
  rejected: number
  malformed: number
}

export const meterFeedApi = {
  status: () => http.get<MeterFeedStatus>('/api/energy/feed'),
}
