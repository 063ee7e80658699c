import { describe, expect, it } from 'vitest'
import { i18n, mergeMessages } from './index'
import { SERVER_LABELS } from '../generated/contracts'

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

  it('labels from the server (criteria, tiers, bands) in both languages, each from one place', () => {
    const messages = i18n.global.messages.value
    expect((messages['zh-CN'] as Tree).cultivation).toMatchObject({ criteria: { registeredYears: '注册年限' } })
    expect((messages.en as Tree).cultivation).toMatchObject({ criteria: { registeredYears: 'Years registered' } })
    expect((messages.en as Tree).enums).toMatchObject({ qualification: { HighTech: 'High-tech enterprise' } })
    expect(keys(SERVER_LABELS.en).sort()).toEqual(keys(SERVER_LABELS.zhCN).sort())
    // No feature's i18n file keeps its own copy of a server label.
    const modules = import.meta.glob<{ zhCN: Tree; en: Tree }>('../../features/*/i18n.ts', { eager: true })
    const serverKeys = new Set(keys(SERVER_LABELS.zhCN))
    expect(serverKeys.size).toBeGreaterThan(0)
    for (const [path, { zhCN }] of Object.entries(modules)) {
      expect(keys(zhCN).filter((key) => serverKeys.has(key)), path).toEqual([])
    }
  })
})
