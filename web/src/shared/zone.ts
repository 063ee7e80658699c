// The zone a user who sees several zones (a city or a province, an administrator) is looking at, shared by the dashboard, the points
// board and the annual report: kept for the browser tab (sessionStorage) and written into each page's address (`?zoneId=…`), so
// a link or a reload opens the same zone. No zone (undefined) is 全部高新区: every zone of the user's scope, where a page can show that.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { LocationQuery } from 'vue-router'
import type { Id } from './types'

export const ZONE_KEY = 'torchbase.zoneId'

function stored(): Id | undefined {
  try {
    return sessionStorage.getItem(ZONE_KEY) || undefined
  } catch {
    return undefined
  }
}

export const useZoneStore = defineStore('zone', () => {
  const zoneId = ref<Id | undefined>(stored())

  function choose(id: Id | undefined | null) {
    zoneId.value = id || undefined
    try {
      if (zoneId.value) sessionStorage.setItem(ZONE_KEY, String(zoneId.value))
      else sessionStorage.removeItem(ZONE_KEY)
    } catch {
      // storage refused (private mode): the choice still holds for this page load
    }
  }

  return { zoneId, choose }
})

/** The zone named in an address, if any. */
export function zoneInQuery(query: LocationQuery): Id | undefined {
  const value = query.zoneId
  return typeof value === 'string' && value ? value : undefined
}

/**
 * The zone a page opens on: the one its address names (which becomes the choice), else the one chosen before on another page.
 * `fromStore` says the address did not name it, so the page should put it there.
 */
export function openingZone(query: LocationQuery): { zoneId: Id | undefined; fromStore: boolean } {
  const store = useZoneStore()
  const asked = zoneInQuery(query)
  if (asked) {
    store.choose(asked)
    return { zoneId: asked, fromStore: false }
  }
  return { zoneId: store.zoneId, fromStore: store.zoneId !== undefined }
}
