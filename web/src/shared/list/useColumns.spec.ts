import { nextTick } from 'vue'
import { beforeEach, describe, expect, it } from 'vitest'
import { useColumns } from './useColumns'

const OPTIONAL = [{ key: 'level', title: 'x' }, { key: 'rating', title: 'y' }]

describe('useColumns', () => {
  beforeEach(() => localStorage.clear())

  it('shows every column at first, hides what the user unticks and remembers it per table', async () => {
    const columns = useColumns('t1', OPTIONAL)
    expect([columns.shown('level'), columns.shown('rating')]).toEqual([true, true])
    columns.toggle('rating', false)
    await nextTick()
    expect(columns.shown('rating')).toBe(false)
    expect(useColumns('t1', OPTIONAL).shown('rating')).toBe(false)
    expect(useColumns('t2', OPTIONAL).shown('rating')).toBe(true)
    columns.reset()
    await nextTick()
    expect(useColumns('t1', OPTIONAL).shown('rating')).toBe(true)
  })

  it('ignores a stored choice naming a column the table no longer has, or a broken one', () => {
    localStorage.setItem('torchbase.columns.t3', JSON.stringify(['gone']))
    expect(useColumns('t3', OPTIONAL).shown('gone')).toBe(true)
    localStorage.setItem('torchbase.columns.t4', '{not json')
    expect(useColumns('t4', OPTIONAL).shown('level')).toBe(true)
  })
})
