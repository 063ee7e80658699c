import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { openingZone, useZoneStore, ZONE_KEY } from './zone'

describe('the chosen zone', () => {
  beforeEach(() => {
    sessionStorage.clear()
    setActivePinia(createPinia())
  })

  it('is taken from the address and kept for the next page', () => {
    expect(openingZone({ zoneId: 'z2' })).toEqual({ zoneId: 'z2', fromStore: false })
    expect(sessionStorage.getItem(ZONE_KEY)).toBe('z2')
    expect(openingZone({})).toEqual({ zoneId: 'z2', fromStore: true })
  })

  it('survives a reload of the tab', () => {
    useZoneStore().choose('z1')
    setActivePinia(createPinia())
    expect(useZoneStore().zoneId).toBe('z1')
  })

  it('is every zone when none was chosen or all were chosen again', () => {
    expect(openingZone({})).toEqual({ zoneId: undefined, fromStore: false })
    useZoneStore().choose('z1')
    useZoneStore().choose(undefined)
    expect(sessionStorage.getItem(ZONE_KEY)).toBeNull()
    expect(openingZone({ zoneId: '' })).toEqual({ zoneId: undefined, fromStore: false })
  })
})
