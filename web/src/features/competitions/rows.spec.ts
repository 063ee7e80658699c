import { describe, expect, it } from 'vitest'
import { addRow, moveRow, removeRow } from './rows'

describe('form rows', () => {
  it.each([
    { name: 'up', index: 1, step: -1 as const, expected: ['b', 'a', 'c'] },
    { name: 'down', index: 1, step: 1 as const, expected: ['a', 'c', 'b'] },
    { name: 'first up stays', index: 0, step: -1 as const, expected: ['a', 'b', 'c'] },
    { name: 'last down stays', index: 2, step: 1 as const, expected: ['a', 'b', 'c'] },
    { name: 'outside stays', index: 5, step: -1 as const, expected: ['a', 'b', 'c'] },
  ])('move $name', ({ index, step, expected }) => {
    const rows = ['a', 'b', 'c']
    moveRow(rows, index, step)
    expect(rows).toEqual(expected)
  })

  it.each([
    { index: 0, expected: ['b', 'c'] },
    { index: 2, expected: ['a', 'b'] },
    { index: 3, expected: ['a', 'b', 'c'] },
    { index: -1, expected: ['a', 'b', 'c'] },
  ])('remove $index', ({ index, expected }) => {
    const rows = ['a', 'b', 'c']
    removeRow(rows, index)
    expect(rows).toEqual(expected)
  })

  it('adds a fresh row at the end each time', () => {
    const rows: { name: string }[] = []
    addRow(rows, () => ({ name: '' }))
    addRow(rows, () => ({ name: '' }))
    expect(rows).toHaveLength(2)
    expect(rows[0]).not.toBe(rows[1])
  })
})
