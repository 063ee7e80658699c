import type { ApiError } from '../http'

/**
 * The form field a ProblemDetails `errors` key belongs to: `CreditCode`, `$.creditCode`, `input.creditCode` → `creditCode`.
 * With `rowPaths`, a field inside a row keeps its row (`rounds[1].name`), for forms that edit rows beside their own fields.
 */
export function fieldKey(key: string, rowPaths = false): string {
  const path = key.replace(/^(\$|input)\./i, '')
  if (rowPaths && /\[\d+\]\./.test(path)) return path.charAt(0).toLowerCase() + path.slice(1)
  const last = key.split('.').pop() ?? key
  const bare = last.replace(/^\$/, '').replace(/\[\d+\]$/, '')
  return bare.charAt(0).toLowerCase() + bare.slice(1)
}

/** ProblemDetails field errors as one message per camelCase form field (for `el-form-item :error`). */
export function fieldErrorsOf(error: ApiError, codeFields: Record<string, string> = {}, rowPaths = false): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [key, messages] of Object.entries(error.errors)) {
    const field = fieldKey(key, rowPaths)
    result[field] = [result[field], ...messages].filter(Boolean).join('；')
  }
  // Some non-validation errors belong to one field (e.g. duplicate_credit_code → creditCode).
  const field = error.code ? codeFields[error.code] : undefined
  if (field && !result[field]) result[field] = error.detail || error.title
  return result
}

/**
 * A failure split between the form's fields and a general error area: messages for fields the form shows go beside
 * them; the rest (a field the form has no input for, e.g. `productId` when consent is missing, or an error with no
 * field at all) go to `general`, so the user always reads why.
 */
export function placeErrors(error: ApiError, shownFields: Iterable<string>, codeFields: Record<string, string> = {}): { fields: Record<string,
  string>; general?: string } {
  const shown = new Set(shownFields)
  const all = fieldErrorsOf(error, codeFields)
  const fields: Record<string, string> = {}
  const rest: string[] = []
  for (const [field, message] of Object.entries(all)) {
    if (shown.has(field)) fields[field] = message
    else rest.push(message)
  }
  if (Object.keys(all).length === 0) rest.push(error.detail && error.detail !== error.title ? `${error.title}：${error.detail}` : error.title)
  return { fields, general: rest.length ? rest.join('；') : undefined }
}
