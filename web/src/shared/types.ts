/** Identifiers as the API sends them (the contract does not fix number vs. GUID string). */
export type Id = string | number

/** The paging envelope of every list (`{ items, total, page, pageSize }`). */
export interface Paged<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
  /** The list has more rows than `total` (a broad search counts exactly only up to a bound). */
  totalIsLowerBound?: boolean
  /** Where the next page starts, for lists that also page by key (the enterprise registry sorted by name or date). */
  nextCursor?: string | null
}

/** `YYYY-MM-DD` */
export type DateOnly = string
/** ISO-8601 UTC instant */
export type Instant = string

/** What an all-or-nothing import wrote. */
export interface ImportResult {
  imported: number
  updated: number
}

/** One bad cell of a rejected import. */
export interface ImportRowError {
  /** As Excel numbers rows: the header is row 1. */
  row: number
  /** As Excel names columns: A, B… */
  column: string
  /** The header of that column (统一社会信用代码…). */
  header?: string
  message: string
}
