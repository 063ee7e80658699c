import type { ApiError } from '../http'

/** The form field a ProblemDetails `errors` key belongs to: `CreditCode`, `$.creditCode`, `input.creditCode` → `creditCode`. */
export function fieldKey(key: string): string {
  const last = key.split('.').pop() ?? key
  const bare = last.replace(/^\$/, '').replace(/\[\d+\]$/, '')
  return bare.charAt(0).toLowerCase() + bare.slice(1)
}

/** ProblemDetails field errors as one message per camelCase form field (for `el-form-item :error`). */
export function fieldErrorsOf(error: ApiError, codeFields: Record<string, string> = {}): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [key, messages] of Object.entries(error.errors)) {
    const field = fieldKey(key)
    result[field] = [result[field], ...messages].filter(Boolean).join('；')
  }
  // Some non-validation errors belong to one field (e.g. duplicate_credit_code → creditCode).
  const field = error.code ? codeFields[error.code] : undefined
  if (field && !result[field]) result[field] = error.detail || error.title
  return result
}
