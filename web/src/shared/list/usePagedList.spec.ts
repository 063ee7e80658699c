import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { mount, flushPromises } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Query } from '../http'
import type { Paged } from '../types'
import { KEYSET_FROM_PAGE, usePagedList } from './usePagedList'
import { filtersFromRoute, toApiQuery, toRouteQuery } from './query'

vi.mock('../http', async (original) => ({ ...(await original<typeof import('../http')>()), download: vi.fn(async () => 'x.xlsx') }))
const { download } = await import('../http')

type Row = { id: number }
const page = (items: Row[], total = items.length): Paged<Row> => ({ items, total, page: 1, pageSize: 20 })

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

afterEach(() => vi.clearAllMocks())

describe('usePagedList', () => {
  it('loads the first page with the initial filters', async () => {
    const fetcher = vi.fn(async (_: Query) => page([{ id: 1 }, { id: 2 }], 42))
    const list = usePagedList(fetcher, { search: '', status: undefined as string | undefined })
    expect(list.loading).toBe(true)
    await flushPromises()
    expect(fetcher).toHaveBeenCalledWith({ page: 1, pageSize: 20 })
    expect(list.items).toEqual([{ id: 1 }, { id: 2 }])
    expect(list.total).toBe(42)
    expect(list.loading).toBe(false)
    expect(list.error).toBeNull()
  })

  it('says when the total is only a lower bound, and forgets it on the next exact answer', async () => {
    const fetcher = vi.fn(async (_: Query): Promise<Paged<Row>> => ({ ...page([{ id: 1 }], 10000), totalIsLowerBound: true }))
    const list = usePagedList(fetcher, { search: '有限' })
    await flushPromises()
    expect([list.total, list.totalIsLowerBound]).toEqual([10000, true])
    fetcher.mockImplementation(async () => page([{ id: 1 }], 7))
    await list.search()
    expect([list.total, list.totalIsLowerBound]).toEqual([7, false])
  })

  it('goes by the cursor the page before answered beyond the first pages, by number when jumping or after a change', async () => {
    const fetcher = vi.fn(async (q: Query): Promise<Paged<Row>> => {
      const at = Number(q.page)
      return { items: [{ id: at }], total: 1000, page: at, pageSize: 20, nextCursor: `after-${at}` }
    })
    const list = usePagedList(fetcher, { search: '' })
    await flushPromises()
    for (let p = 2; p <= KEYSET_FROM_PAGE + 2; p++) await list.setPage(p)
    const calls = fetcher.mock.calls.map(([q]) => q)
    expect(calls.slice(0, KEYSET_FROM_PAGE).every((q) => !('cursor' in q))).toBe(true)
    expect(calls.at(-2)).toEqual({ page: KEYSET_FROM_PAGE + 1, pageSize: 20, cursor: `after-${KEYSET_FROM_PAGE}` })
    expect(calls.at(-1)).toEqual({ page: KEYSET_FROM_PAGE + 2, pageSize: 20, cursor: `after-${KEYSET_FROM_PAGE + 1}` })

    await list.setPage(40) // a jump: no cursor opens page 40
    expect(fetcher).toHaveBeenLastCalledWith({ page: 40, pageSize: 20 })
    await list.setPage(41)
    expect(fetcher).toHaveBeenLastCalledWith({ page: 41, pageSize: 20, cursor: 'after-40' })

    list.filters.search = '科技' // another list: the cursors of the old one are not used for it
    await list.setPage(42)
    expect(fetcher).toHaveBeenLastCalledWith({ search: '科技', page: 42, pageSize: 20 })
  })

  it('asks for the page by number when the server refuses its cursor', async () => {
    const fetcher = vi.fn(async (q: Query): Promise<Paged<Row>> => {
      if (q.cursor) throw new Error('400')
      const at = Number(q.page)
      return { items: [{ id: at }], total: 1000, page: at, pageSize: 20, nextCursor: `after-${at}` }
    })
    const list = usePagedList(fetcher, { search: '' })
    await flushPromises()
    await list.setPage(KEYSET_FROM_PAGE)
    await list.setPage(KEYSET_FROM_PAGE + 1)
    expect(fetcher).toHaveBeenLastCalledWith({ page: KEYSET_FROM_PAGE + 1, pageSize: 20 })
    expect(list.items).toEqual([{ id: KEYSET_FROM_PAGE + 1 }])
    expect(list.error).toBeNull()
  })

  it('sends filters, goes back to page 1 on search and keeps the page on paging', async () => {
    const fetcher = vi.fn(async (_: Query) => page([]))
    const list = usePagedList(fetcher, { search: '', status: undefined as string | undefined })
    await flushPromises()
    await list.setPage(3)
    expect(fetcher).toHaveBeenLastCalledWith({ page: 3, pageSize: 20 })
    list.filters.search = '科技'
    list.filters.status = 'Active'
    await list.search()
    expect(fetcher).toHaveBeenLastCalledWith({ search: '科技', status: 'Active', page: 1, pageSize: 20 })
    await list.setPageSize(50)
    expect(fetcher).toHaveBeenLastCalledWith({ search: '科技', status: 'Active', page: 1, pageSize: 50 })
  })

  it('maps Element Plus sort-change onto sort/desc and clears it', async () => {
    const fetcher = vi.fn(async (_: Query) => page([]))
    const list = usePagedList(fetcher, { search: '' })
    await flushPromises()
    await list.sortChange({ prop: 'revenue', order: 'descending' })
    expect(fetcher).toHaveBeenLastCalledWith({ page: 1, pageSize: 20, sort: 'revenue', desc: true })
    await list.sortChange({ prop: 'name', order: 'ascending' })
    expect(fetcher).toHaveBeenLastCalledWith({ page: 1, pageSize: 20, sort: 'name', desc: false })
    await list.sortChange({ prop: 'name', order: null })
    expect(fetcher).toHaveBeenLastCalledWith({ page: 1, pageSize: 20 })
  })

  it('shows an error, empties the rows, and recovers on retry', async () => {
    const failure = new Error('boom')
    const fetcher = vi.fn<(q: Query) => Promise<Paged<Row>>>().mockRejectedValueOnce(failure).mockResolvedValue(page([{ id: 9 }]))
    const list = usePagedList(fetcher, { search: '' })
    await flushPromises()
    expect(list.error).toBe(failure)
    expect(list.items).toEqual([])
    expect(list.loading).toBe(false)
    await list.load()
    expect(list.error).toBeNull()
    expect(list.items).toEqual([{ id: 9 }])
  })

  it('ignores an older response that arrives after a newer one', async () => {
    const first = deferred<Paged<Row>>()
    const second = deferred<Paged<Row>>()
    const fetcher = vi.fn<(q: Query) => Promise<Paged<Row>>>().mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise)
    const list = usePagedList(fetcher, { search: '' })
    list.filters.search = 'new'
    const searching = list.search()
    second.resolve(page([{ id: 2 }]))
    await searching
    first.resolve(page([{ id: 1 }]))
    await flushPromises()
    expect(list.items).toEqual([{ id: 2 }])
    expect(list.loading).toBe(false)
  })

  it('resets filters and sort', async () => {
    const fetcher = vi.fn(async (_: Query) => page([]))
    const list = usePagedList(fetcher, { search: '', scale: undefined as string | undefined })
    await flushPromises()
    list.filters.scale = 'Small'
    await list.sortChange({ prop: 'name', order: 'descending' })
    await list.reset()
    expect(list.filters).toEqual({ search: '', scale: undefined })
    expect(fetcher).toHaveBeenLastCalledWith({ page: 1, pageSize: 20 })
  })

  it('exports with the current filters and sort but no paging', async () => {
    const list = usePagedList(async () => page([]), { search: 'x', parkId: 'p1' }, { exportPath: '/api/things/export', exportName: 't.xlsx' })
    await flushPromises()
    await list.sortChange({ prop: 'name', order: 'ascending' })
    await list.exportFile()
    expect(download).toHaveBeenCalledWith('/api/things/export', { search: 'x', parkId: 'p1', sort: 'name', desc: false }, 't.xlsx')
    expect(list.canExport).toBe(true)
  })

  it('reads filters from the address bar and writes them back', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/list', component: { render: () => null } }] })
    await router.push('/list?qualification=HighTech&page=2&sort=name&desc=true&unknown=1')
    const fetcher = vi.fn(async (_: Query) => page([]))
    let list!: ReturnType<typeof usePagedList<Row, { search: string; qualification?: string }>>
    const Host = defineComponent({
      setup() {
        list = usePagedList<Row, { search: string; qualification?: string }>(fetcher, { search: '', qualification: undefined }, { syncRoute: true })
        return () => h('div')
      },
    })
    mount(Host, { global: { plugins: [router] } })
    await flushPromises()
    expect(fetcher).toHaveBeenCalledWith({ qualification: 'HighTech', page: 2, pageSize: 20, sort: 'name', desc: true })

    list.filters.search = '电气'
    await list.search()
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ search: '电气', qualification: 'HighTech', sort: 'name', desc: 'true' })
    expect(fetcher).toHaveBeenCalledTimes(2) // our own address-bar update does not load again

    await router.push('/list?qualification=Gazelle')
    await nextTick()
    await flushPromises()
    expect(list.filters.qualification).toBe('Gazelle')
    expect(list.filters.search).toBe('')
    expect(fetcher).toHaveBeenLastCalledWith({ qualification: 'Gazelle', page: 1, pageSize: 20 })
  })
})

describe('query helpers', () => {
  it('coerce address-bar strings to the type of each initial filter', () => {
    const initial = { search: '', count: 0, flag: false, tags: [] as string[] }
    expect(filtersFromRoute(initial, { search: 'a', count: '5', flag: 'true', tags: ['x', 'y'] })).toEqual({
      search: 'a',
      count: 5,
      flag: true,
      tags: ['x', 'y'],
    })
    expect(filtersFromRoute(initial, { count: 'NaN' })).toEqual(initial)
  })

  it('leave defaults and empties out of the address bar', () => {
    const initial = { search: '', status: 'Active' as string | undefined }
    expect(toRouteQuery({ search: '', status: 'Active' }, initial, { page: 1, pageSize: 20 })).toEqual({})
    expect(toRouteQuery({ search: 'q', status: undefined }, initial, { page: 2, pageSize: 50 })).toEqual({ search: 'q', page: '2', pageSize: '50' })
  })

  it('drop empty filters from the API query', () => {
    expect(toApiQuery({ search: '', a: null, b: [], c: 'x' }, { page: 1, pageSize: 20 })).toEqual({ c: 'x', page: 1, pageSize: 20 })
  })
})
