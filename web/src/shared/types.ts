/** Identifiers as the API sends them (the contract does not fix number vs. GUID string). */
export type Id = string | number

/** The paging envelope of every list (`{ items, total, page, pageSize }`). */
export interface Paged<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

/** `YYYY-MM-DD` */
export type DateOnly = string
/** ISO-8601 UTC instant */
export type Instant = string
