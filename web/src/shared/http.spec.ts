import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, buildUrl, download, fileNameFrom, http, setUnauthorizedHandler, upload } from './http'
import { i18n } from './i18n'

type Call = { url: string; init: RequestInit }

function json(status: number, body?: unknown, headers: Record<string, string> = {}) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  })
}

function setCookie(value: string | undefined) {
  document.cookie = value === undefined ? 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/' : `XSRF-TOKEN=${value}; path=/`
}

const header = (call: Call, name: string) => new Headers(call.init.headers).get(name)

describe('http', () => {
  let calls: Call[]
  let responses: Array<(call: Call) => Response>

  beforeEach(() => {
    calls = []
    responses = []
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit = {}) => {
        const call = { url, init }
        calls.push(call)
        const next = responses.shift()
        if (!next) throw new Error(`unexpected request ${url}`)
        return next(call)
      }),
    )
    setCookie(undefined)
    i18n.global.locale.value = 'zh-CN'
    setUnauthorizedHandler(() => {})
  })

  afterEach(() => {
    vi.unstubAllGlobals()
    setCookie(undefined)
  })

  it('sends GETs with the UI locale, same-origin credentials and no antiforgery header', async () => {
    i18n.global.locale.value = 'en'
    responses.push(() => json(200, { ok: true }))
    await expect(http.get('/api/things', { search: '科技', page: 2, parkId: undefined, empty: '' })).resolves.toEqual({ ok: true })
    expect(calls).toHaveLength(1)
    expect(calls[0].url).toBe('/api/things?search=%E7%A7%91%E6%8A%80&page=2')
    expect(calls[0].init.credentials).toBe('same-origin')
    expect(header(calls[0], 'Accept-Language')).toBe('en')
    expect(header(calls[0], 'X-XSRF-TOKEN')).toBeNull()
  })

  it('echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN on unsafe methods, with a JSON body', async () => {
    setCookie('token-123')
    responses.push(() => json(200, { id: 1 }))
    await http.post('/api/things', { name: '甲' })
    expect(calls).toHaveLength(1)
    expect(calls[0].init.method).toBe('POST')
    expect(header(calls[0], 'X-XSRF-TOKEN')).toBe('token-123')
    expect(header(calls[0], 'Content-Type')).toBe('application/json')
    expect(calls[0].init.body).toBe('{"name":"甲"}')
  })

  it('asks for an antiforgery token first when there is no cookie', async () => {
    responses.push(() => {
      setCookie('fresh')
      return new Response(null, { status: 204 })
    })
    responses.push(() => new Response(null, { status: 204 }))
    await expect(http.delete('/api/things/1')).resolves.toBeUndefined()
    expect(calls.map((c) => c.url)).toEqual(['/api/auth/antiforgery', '/api/things/1'])
    expect(header(calls[1], 'X-XSRF-TOKEN')).toBe('fresh')
  })

  it('throws a typed ApiError with the ProblemDetails fields', async () => {
    setCookie('t')
    responses.push(() =>
      json(400, {
        title: '输入有误',
        detail: '请检查',
        status: 400,
        code: 'validation_failed',
        errors: { creditCode: ['校验位不正确'], name: ['必填'] },
      }),
    )
    const error = await http.put('/api/enterprises/1', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    const api = error as ApiError
    expect(api.status).toBe(400)
    expect(api.title).toBe('输入有误')
    expect(api.detail).toBe('请检查')
    expect(api.code).toBe('validation_failed')
    expect(api.errors).toEqual({ creditCode: ['校验位不正确'], name: ['必填'] })
    expect(api.hasFieldErrors).toBe(true)
  })

  it('keeps the extra members of a problem in body (e.g. the stored record on a conflict)', async () => {
    setCookie('t')
    responses.push(() => json(409, { title: '冲突', status: 409, code: 'concurrency', current: { version: 7 } }))
    const error = (await http.put('/api/enterprises/1', {}).catch((e: unknown) => e)) as ApiError
    expect(error.code).toBe('concurrency')
    expect(error.body.current).toEqual({ version: 7 })
    expect(error.errors).toEqual({})
  })

  it('makes an ApiError out of a non-JSON error body', async () => {
    responses.push(() => new Response('<html>gateway down</html>', { status: 502, statusText: 'Bad Gateway' }))
    const error = (await http.get('/api/x').catch((e: unknown) => e)) as ApiError
    expect(error.status).toBe(502)
    expect(error.title).toBe('Bad Gateway')
    expect(error.detail).toContain('gateway down')
  })

  it('calls the unauthorized handler on 401, unless told a 401 is expected', async () => {
    const handler = vi.fn()
    setUnauthorizedHandler(handler)
    responses.push(() => json(401, { title: '未登录', status: 401 }))
    await expect(http.get('/api/enterprises')).rejects.toBeInstanceOf(ApiError)
    expect(handler).toHaveBeenCalledTimes(1)

    responses.push(() => json(401, { title: '未登录', status: 401 }))
    await expect(http.get('/api/auth/me', undefined, { redirectOn401: false })).rejects.toMatchObject({ status: 401 })
    expect(handler).toHaveBeenCalledTimes(1)
  })

  it('uploads multipart form data without setting a content type', async () => {
    setCookie('t')
    responses.push(() => json(200, { imported: 2, updated: 0 }))
    const file = new File(['x'], 'a.xlsx')
    await expect(upload('/api/enterprises/import', file)).resolves.toEqual({ imported: 2, updated: 0 })
    expect(calls[0].init.body).toBeInstanceOf(FormData)
    expect((calls[0].init.body as FormData).get('file')).toBeInstanceOf(File)
    expect(header(calls[0], 'Content-Type')).toBeNull()
    expect(header(calls[0], 'X-XSRF-TOKEN')).toBe('t')
  })

  it('downloads a file under the server-given name', async () => {
    // jsdom has no object URLs: give it some for this test.
    const createObjectURL = vi.fn(() => 'blob:x')
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    responses.push(
      () =>
        new Response('xlsx bytes', {
          status: 200,
          headers: { 'Content-Disposition': "attachment; filename=export.xlsx; filename*=UTF-8''%E4%BC%81%E4%B8%9A.xlsx" },
        }),
    )
    await expect(download('/api/enterprises/export', { status: 'Active' })).resolves.toBe('企业.xlsx')
    expect(calls[0].url).toBe('/api/enterprises/export?status=Active')
    expect(createObjectURL).toHaveBeenCalledTimes(1)
    expect(click).toHaveBeenCalledTimes(1)
  })
})

describe('fileNameFrom', () => {
  it('prefers the RFC 5987 name, then the plain one, then the fallback', () => {
    expect(fileNameFrom("attachment; filename*=UTF-8''%E6%93%8D%E4%BD%9C.xlsx", 'f.xlsx')).toBe('操作.xlsx')
    expect(fileNameFrom('attachment; filename="list.xlsx"', 'f.xlsx')).toBe('list.xlsx')
    expect(fileNameFrom(null, 'f.xlsx')).toBe('f.xlsx')
  })
})

describe('buildUrl', () => {
  it('repeats array values and appends to an existing query', () => {
    expect(buildUrl('/a?x=1', { t: ['A', 'B'], n: null })).toBe('/a?x=1&t=A&t=B')
    expect(buildUrl('/a', {})).toBe('/a')
  })
})
