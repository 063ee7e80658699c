// The one HTTP client of the SPA: JSON in and out, cookie auth, antiforgery header, ProblemDetails errors.
import { currentLocale } from './i18n'

export type FieldErrors = Record<string, string[]>

/** A non-2xx answer, carrying the RFC 7807 ProblemDetails the server sent (or what could be made of it). */
export class ApiError extends Error {
  readonly status: number
  readonly title: string
  readonly detail?: string
  readonly code?: string
  readonly errors: FieldErrors
  /** The whole parsed body: some errors carry more (e.g. `current` on a concurrency conflict, `rows` on import). */
  readonly body: Record<string, unknown>

  constructor(status: number, body: Record<string, unknown>) {
    const title = typeof body.title === 'string' ? body.title : `HTTP ${status}`
    super(typeof body.detail === 'string' && body.detail ? body.detail : title)
    this.name = 'ApiError'
    this.status = status
    this.title = title
    this.detail = typeof body.detail === 'string' ? body.detail : undefined
    this.code = typeof body.code === 'string' ? body.code : undefined
    this.errors = isFieldErrors(body.errors) ? body.errors : {}
    this.body = body
  }

  get hasFieldErrors() {
    return Object.keys(this.errors).length > 0
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code)
}

function isFieldErrors(value: unknown): value is FieldErrors {
  return typeof value === 'object' && value !== null && Object.values(value).every(Array.isArray)
}

export type QueryValue = string | number | boolean | null | undefined
export type Query = Record<string, QueryValue | QueryValue[]>

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: Query
  json?: unknown
  body?: BodyInit
  /** Set to false where a 401 is an expected answer (sign-in, loading who is signed in). */
  redirectOn401?: boolean
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const XSRF_COOKIE = 'XSRF-TOKEN'
const XSRF_HEADER = 'X-XSRF-TOKEN'

let onUnauthorized: () => void = () => {}

/** Registered once by the app (router + auth store), so that a 401 anywhere leads to the sign-in page. */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler
}

export function readCookie(name: string): string | undefined {
  const prefix = `${name}=`
  const found = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith(prefix))
  return found === undefined ? undefined : decodeURIComponent(found.slice(prefix.length))
}

/** Asks the server for a fresh antiforgery cookie (anonymous; needed again after sign-in and sign-out). */
export async function refreshAntiforgery(): Promise<void> {
  const response = await fetch('/api/auth/antiforgery', { credentials: 'same-origin', headers: baseHeaders() })
  if (!response.ok) throw await toApiError(response)
}

async function antiforgeryToken(): Promise<string | undefined> {
  if (!readCookie(XSRF_COOKIE)) await refreshAntiforgery()
  return readCookie(XSRF_COOKIE)
}

function baseHeaders(): Record<string, string> {
  return { 'Accept-Language': currentLocale() }
}

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, raw] of Object.entries(query)) {
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      if (value === undefined || value === null || value === '') continue
      params.append(key, String(value))
    }
  }
  const text = params.toString()
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path
}

async function send(path: string, options: RequestOptions, accept: string): Promise<Response> {
  const method = options.method ?? 'GET'
  const headers: Record<string, string> = { ...baseHeaders(), Accept: accept }
  let body = options.body
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.json)
  }
  if (!SAFE_METHODS.has(method)) {
    const token = await antiforgeryToken()
    if (token) headers[XSRF_HEADER] = token
  }
  const response = await fetch(buildUrl(path, options.query), { method, headers, body, credentials: 'same-origin' })
  if (response.ok) return response
  if (response.status === 401 && options.redirectOn401 !== false) onUnauthorized()
  throw await toApiError(response)
}

async function toApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '')
  let body: Record<string, unknown> = {}
  try {
    const parsed: unknown = text ? JSON.parse(text) : {}
    if (typeof parsed === 'object' && parsed !== null) body = parsed as Record<string, unknown>
  } catch {
    body = { title: response.statusText || `HTTP ${response.status}`, detail: text.slice(0, 500) }
  }
  if (body.status === undefined) body.status = response.status
  return new ApiError(response.status, body)
}

/** Sends a request and returns the parsed JSON body (undefined for 204 / empty bodies). */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options, 'application/json')
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

export const http = {
  get: <T>(path: string, query?: Query, options: RequestOptions = {}) => request<T>(path, { ...options, query }),
  post: <T>(path: string, json?: unknown, options: RequestOptions = {}) =>
    request<T>(path, { ...options, method: 'POST', json }),
  put: <T>(path: string, json?: unknown) => request<T>(path, { method: 'PUT', json }),
  delete: (path: string) => request<void>(path, { method: 'DELETE' }),
}

/** Posts a multipart form (file upload); the browser sets the boundary. */
export function upload<T>(path: string, file: File | Blob, field = 'file', fileName?: string): Promise<T> {
  const form = new FormData()
  if (fileName) form.append(field, file, fileName)
  else form.append(field, file)
  return request<T>(path, { method: 'POST', body: form })
}

/** The file name of a download, from Content-Disposition (RFC 6266 / 5987), else the fallback. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim())
    } catch {
      /* fall through to the plain parameter */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition)
  return plain ? plain[1].trim() : fallback
}

/** GETs a file (an export, a template, an error report) and hands it to the browser as a download. */
export async function download(path: string, query?: Query, fallbackName = 'export.xlsx'): Promise<string> {
  const response = await send(path, { query }, '*/*')
  const blob = await response.blob()
  const name = fileNameFrom(response.headers.get('Content-Disposition'), fallbackName)
  saveBlob(blob, name)
  return name
}

export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
