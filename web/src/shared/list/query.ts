// Turning list filters into API/URL query parameters and back (URL values are strings; filters keep their types).
import type { LocationQuery } from 'vue-router'
import type { Query, QueryValue } from '../http'

export type FilterValue = string | number | boolean | undefined | null | string[]
export type Filters = Record<string, FilterValue>

export interface PageState {
  page: number
  pageSize: number
  sort?: string
  desc?: boolean
}

export const PAGE_SIZES = [20, 50, 100] as const
export const DEFAULT_PAGE_SIZE = 20

/** The query of the list endpoint: filters plus paging and sort. */
export function toApiQuery(filters: Filters, state: PageState): Query {
  return { ...filterQuery(filters), page: state.page, pageSize: state.pageSize, ...sortQuery(state) }
}

/** The query of the `/export` endpoint: the same filters and sort, no paging. */
export function toExportQuery(filters: Filters, state: PageState): Query {
  return { ...filterQuery(filters), ...sortQuery(state) }
}

/** A chosen sort always says its direction (some lists default to descending when `desc` is absent). */
function sortQuery(state: PageState): Query {
  return state.sort ? { sort: state.sort, desc: Boolean(state.desc) } : {}
}

function filterQuery(filters: Filters): Query {
  const query: Query = {}
  for (const [key, value] of Object.entries(filters)) {
    if (value === '' || value === null || value === undefined) continue
    if (Array.isArray(value) && value.length === 0) continue
    query[key] = value as QueryValue | QueryValue[]
  }
  return query
}

/** What goes into the address bar: non-default filters, the page when not 1, sort. */
export function toRouteQuery(filters: Filters, initial: Filters, state: PageState): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {}
  for (const [key, value] of Object.entries(filters)) {
    if (value === '' || value === null || value === undefined || value === initial[key]) continue
    if (Array.isArray(value)) {
      if (value.length) query[key] = value
    } else query[key] = String(value)
  }
  if (state.page !== 1) query.page = String(state.page)
  if (state.pageSize !== DEFAULT_PAGE_SIZE) query.pageSize = String(state.pageSize)
  if (state.sort) query.sort = state.sort
  if (state.desc) query.desc = 'true'
  return query
}

/** Reads filters back from the address bar, coerced to the type of each initial value. */
export function filtersFromRoute(initial: Filters, query: LocationQuery): Filters {
  const filters: Filters = { ...initial }
  for (const key of Object.keys(initial)) {
    const raw = query[key]
    if (raw === undefined || raw === null) continue
    const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string')
    if (values.length === 0) continue
    const sample = initial[key]
    if (Array.isArray(sample)) filters[key] = values
    else if (typeof sample === 'number') filters[key] = Number.isFinite(Number(values[0])) ? Number(values[0]) : sample
    else if (typeof sample === 'boolean') filters[key] = values[0] === 'true'
    else filters[key] = values[0]
  }
  return filters
}

export function pageStateFromRoute(query: LocationQuery): Partial<PageState> {
  const one = (key: string) => (typeof query[key] === 'string' ? (query[key] as string) : undefined)
  const state: Partial<PageState> = {}
  const page = Number(one('page'))
  if (Number.isInteger(page) && page > 0) state.page = page
  const size = Number(one('pageSize'))
  if ((PAGE_SIZES as readonly number[]).includes(size)) state.pageSize = size
  if (one('sort')) state.sort = one('sort')
  if (one('desc') === 'true') state.desc = true
  return state
}
