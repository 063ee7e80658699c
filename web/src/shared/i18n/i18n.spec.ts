import { describe, expect, it } from 'vitest'
import { mergeMessages } from './index'

type Tree = Record<string, unknown>
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value as Tree, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

describe('messages', () => {
  it('merges feature messages deeply without losing shared keys', () => {
    const merged = mergeMessages({ enums: { a: { X: 'x' } }, common: { ok: 'ok' } }, { enums: { b: { Y: 'y' } } })
    expect(merged).toEqual({ enums: { a: { X: 'x' }, b: { Y: 'y' } }, common: { ok: 'ok' } })
  })

  it('has every feature string in both languages', () => {
    const modules = import.meta.glob<{ zhCN: Tree; en: Tree }>('../../features/*/i18n.ts', { eager: true })
    for (const [path, { zhCN, en }] of Object.entries(modules)) {
      expect(keys(en).sort(), path).toEqual(keys(zhCN).sort())
    }
  })
})
