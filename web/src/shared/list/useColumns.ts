// Which optional columns of a long table are shown: the user's choice, kept per table in the browser.
import { reactive, watch } from 'vue'

export interface ColumnChoice {
  key: string
  /** i18n key of the column's header. */
  title: string
  /** Hidden until the user shows it (keeps a long table within an office screen's width). */
  hiddenByDefault?: boolean
}

export function useColumns(table: string, optional: readonly ColumnChoice[]) {
  const storageKey = `torchbase.columns.${table}`
  const saved = (() => {
    try {
      return JSON.parse(localStorage.getItem(storageKey) ?? 'null') as string[] | null
    } catch {
      return null
    }
  })()
  const defaults = optional.filter((c) => c.hiddenByDefault).map((c) => c.key)
  const hidden = reactive(new Set<string>(saved?.filter((key) => optional.some((c) => c.key === key)) ?? defaults))
  watch(hidden, () => localStorage.setItem(storageKey, JSON.stringify([...hidden])), { deep: true })
  return {
    optional,
    shown: (key: string) => !hidden.has(key),
    toggle: (key: string, show: boolean) => (show ? hidden.delete(key) : hidden.add(key)),
    reset: () => {
      hidden.clear()
      for (const key of defaults) hidden.add(key)
    },
  }
}

export type Columns = ReturnType<typeof useColumns>
