// Reference data of the organisation (zones and parks, departments, industry chains, banks), loaded once per session.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { toastError } from './errors'
import { http } from './http'
import type { Id } from './types'

export interface Park {
  id: Id
  name: string
}
export interface Zone {
  id: Id
  name: string
  regionName: string
  parks: Park[]
}
export interface NamedRef {
  id: Id
  name: string
}
export interface IndustryChain {
  code: string
  name: string
}

export const orgApi = {
  zones: () => http.get<Zone[]>('/api/org/zones'),
  departments: () => http.get<NamedRef[]>('/api/org/departments'),
  industryChains: () => http.get<IndustryChain[]>('/api/org/industry-chains'),
  banks: () => http.get<NamedRef[]>('/api/org/banks'),
}

export type OrgSource = 'zones' | 'parks' | 'departments' | 'industryChains' | 'banks'

export interface Option {
  value: Id
  label: string
}

export const useOrgStore = defineStore('org', () => {
  const zones = ref<Zone[]>([])
  const departments = ref<NamedRef[]>([])
  const industryChains = ref<IndustryChain[]>([])
  const banks = ref<NamedRef[]>([])
  const loading = new Map<string, Promise<void>>()

  /** Loads a reference list once (concurrent callers share the request; a failure may be retried later). */
  function ensure(source: OrgSource): Promise<void> {
    const key = source === 'parks' ? 'zones' : source
    let pending = loading.get(key)
    if (!pending) {
      pending = fetchInto(key as Exclude<OrgSource, 'parks'>).catch((error: unknown) => {
        loading.delete(key)
        throw error
      })
      loading.set(key, pending)
    }
    return pending
  }

  async function fetchInto(source: Exclude<OrgSource, 'parks'>) {
    if (source === 'zones') zones.value = await orgApi.zones()
    else if (source === 'departments') departments.value = await orgApi.departments()
    else if (source === 'industryChains') industryChains.value = await orgApi.industryChains()
    else banks.value = await orgApi.banks()
  }

  /** Select options of a source; parks may be limited to one zone. */
  function options(source: OrgSource, zoneId?: Id | null): Option[] {
    switch (source) {
      case 'zones':
        return zones.value.map((z) => ({ value: z.id, label: z.name }))
      case 'parks':
        return zones.value
          .filter((z) => zoneId === undefined || zoneId === null || zoneId === '' || String(z.id) === String(zoneId))
          .flatMap((z) => z.parks.map((p) => ({ value: p.id, label: zones.value.length > 1 ? `${p.name}（${z.name}）` : p.name })))
      case 'departments':
        return departments.value.map((d) => ({ value: d.id, label: d.name }))
      case 'industryChains':
        return industryChains.value.map((c) => ({ value: c.code, label: c.name }))
      case 'banks':
        return banks.value.map((b) => ({ value: b.id, label: b.name }))
    }
  }

  const parks = computed(() => zones.value.flatMap((z) => z.parks))

  /** Drops everything (on sign-out: another user may see other zones). */
  function clear() {
    loading.clear()
    zones.value = []
    departments.value = []
    industryChains.value = []
    banks.value = []
  }

  return { zones, departments, industryChains, banks, parks, ensure, options, clear }
})

/**
 * The zones the user sees, for a page that offers a zone choice only to a city or province user. Starts loading them;
 * `known` turns true once loaded (or failed, with a message), so a part that differs by `multiZone` can wait for it.
 */
export function useZoneChoice() {
  const org = useOrgStore()
  const known = ref(false)
  org
    .ensure('zones')
    .catch(toastError)
    .finally(() => (known.value = true))
  const count = computed(() => org.options('zones').length)
  return { known, count, multiZone: computed(() => count.value > 1) }
}
