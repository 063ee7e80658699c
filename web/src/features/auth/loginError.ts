import { ApiError } from '@/shared/http'

export type LoginErrorKey = 'invalid_credentials' | 'locked_out' | 'rate_limited' | 'generic'

/** Which message the sign-in page shows for a failed attempt (by ProblemDetails `code`, else status). */
export function loginErrorKey(error: unknown): LoginErrorKey {
  if (!(error instanceof ApiError)) return 'generic'
  if (error.code === 'invalid_credentials' || error.status === 401) return 'invalid_credentials'
  if (error.code === 'locked_out' || error.status === 423) return 'locked_out'
  if (error.code === 'rate_limited' || error.status === 429) return 'rate_limited'
  return 'generic'
}

/** Only same-site paths may be a return target (no `//evil.example`). */
export function safeRedirect(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && value !== '/login'
    ? value
    : undefined
}
