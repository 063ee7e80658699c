// The state and behaviour of every server-paged list: filters, sort, paging, loading, error, export,
// and (optionally) keeping the filters in the address bar so a link like `?qualification=HighTech` works.
import { reactive, ref, shallowRef, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { download, type Query } from '../http'
import type { Paged } from '../types'
import {
  DEFAULT_PAGE_SIZE,
  filtersFromRoute,
  pageStateFromRoute,
  toApiQuery,
  toExportQuery,
  toRouteQuery,
  type Filters,
  type PageState,
} from './query'

export interface PagedListOptions {
  /** `GET …/export` with the same filters; enables `exportFile()`. */
  exportPath?: string
  /** File name used when the server sends no Content-Disposition. */
  exportName?: string
  /** Mirror filters, page and sort in the route query (list pages: yes; lists inside dialogs: no). */
  syncRoute?: boolean
  /** Load as soon as the composable is created (default true). */
  immediate?: boolean
}

export type PagedFetcher<T> = (query: Query) => Promise<Paged<T>>

/**
 * Pages up to this one go by number. Beyond it, a page reached with "next" from the page before goes by the cursor that page
 * answered (lists that hand one out): the server then reads on from the last row instead of skipping every row before it,
 * which keeps deep pages as quick as the first. A page jumped to goes by number, as do all pages of lists without cursors.
 */
export const KEYSET_FROM_PAGE = 5

export function usePagedList<T, F extends Filters = Filters>(
  fetcher: PagedFetcher<T>,
  initialFilters: F,
  options: PagedListOptions = {},
) {
  const route = options.syncRoute ? useRoute() : undefined
  const router = options.syncRoute ? useRouter() : undefined

  const filters = reactive({ ...initialFilters }) as F
  const state = reactive<PageState>({ page: 1, pageSize: DEFAULT_PAGE_SIZE, sort: undefined, desc: undefined })
  const items = shallowRef<T[]>([])
  const total = ref(0)
  const totalIsLowerBound = ref(false)
  const loading = ref(false)
  const exporting = ref(false)
  const error = shallowRef<unknown>(null)
  let generation = 0
  // The cursors the server answered, by the page they open; valid only for the filters, sort and page size they came with.
  const cursors = new Map<number, string>()
  let cursorsFor = ''

  if (route) {
    Object.assign(filters, filtersFromRoute(initialFilters, route.query))
    Object.assign(state, pageStateFromRoute(route.query))
  }

  async function load() {
    const mine = ++generation
    loading.value = true
    error.value = null
    try {
      const query = toApiQuery(filters, state)
      const shape = JSON.stringify({ ...query, page: 0 })
      if (shape !== cursorsFor) {
        cursors.clear()
        cursorsFor = shape
      }
      const cursor = state.page > KEYSET_FROM_PAGE ? cursors.get(state.page) : undefined
      let result: Paged<T>
      try {
        result = await fetcher(cursor ? { ...query, cursor } : query)
      } catch (e) {
        if (!cursor || mine !== generation) throw e
        cursors.clear() // a cursor the server no longer takes (a new version, new keys): the same page by number
        result = await fetcher(query)
      }
      if (mine !== generation) return // a newer request has been sent meanwhile
      if (result.nextCursor) cursors.set(result.page + 1, result.nextCursor)
      items.value = result.items
      total.value = result.total
      totalIsLowerBound.value = result.totalIsLowerBound ?? false
    } catch (e) {
      if (mine !== generation) return
      items.value = []
      total.value = 0
      totalIsLowerBound.value = false
      error.value = e
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  function syncRoute() {
    if (!route || !router) return
    void router.replace({ query: toRouteQuery(filters, initialFilters, state) })
  }

  /** Apply the current filters: back to the first page. */
  function search() {
    state.page = 1
    syncRoute()
    return load()
  }

  function reset() {
    Object.assign(filters, initialFilters)
    state.sort = undefined
    state.desc = undefined
    return search()
  }

  function setPage(page: number) {
    state.page = page
    syncRoute()
    return load()
  }

  function setPageSize(pageSize: number) {
    state.pageSize = pageSize
    return search()
  }

  /** Element Plus `sort-change`: `{ prop, order: 'ascending' | 'descending' | null }`. */
  function sortChange({ prop, order }: { prop?: string | null; order?: string | null }) {
    state.sort = order && prop ? prop : undefined
    state.desc = order === 'descending' ? true : undefined
    return search()
  }

  /** Reloads the current page and returns one of its rows (e.g. the stored version after a conflict). */
  async function reloadAndFind(predicate: (item: T) => boolean): Promise<T | undefined> {
    await load()
    return items.value.find(predicate)
  }

  async function exportFile() {
    if (!options.exportPath) return
    exporting.value = true
    try {
      await download(options.exportPath, toExportQuery(filters, state), options.exportName)
    } finally {
      exporting.value = false
    }
  }

  // The page can be re-entered with another query (e.g. a dashboard link while the list is open).
  if (route) {
    const path = route.path
    watch(
      () => route.query,
      (query) => {
        if (route.path !== path) return // leaving the page, not re-querying it
        const wanted = toRouteQuery(filtersFromRoute(initialFilters, query), initialFilters, { ...state, ...pageStateFromRoute(query) })
        if (JSON.stringify(wanted) === JSON.stringify(toRouteQuery(filters, initialFilters, state))) return
        Object.assign(filters, initialFilters, filtersFromRoute(initialFilters, query))
        Object.assign(state, { page: 1, pageSize: DEFAULT_PAGE_SIZE, sort: undefined, desc: undefined }, pageStateFromRoute(query))
        void load()
      },
    )
  }

  if (options.immediate !== false) void load()

  // One reactive object, so templates and scripts alike read `list.items`, `list.loading`…
  return reactive({
    filters,
    state,
    items,
    total,
    totalIsLowerBound,
    loading,
    exporting,
    error,
    canExport: Boolean(options.exportPath),
    load,
    search,
    reset,
    setPage,
    setPageSize,
    sortChange,
    reloadAndFind,
    exportFile,
  })
}

export type PagedList<T = unknown> = ReturnType<typeof usePagedList<T>>
