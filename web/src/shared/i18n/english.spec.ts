import { describe, expect, it } from 'vitest'
import en from './en'
import { SERVER_LABELS } from '../generated/contracts'

type Tree = Record<string, unknown>
/** Chinese characters and full-width punctuation: none belongs in an English UI string (i18n holds no data). */
const CJK = /[\u3000-\u303F\u3400-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/

function strings(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'object' && value !== null ? strings(value as Tree, `${prefix}${key}.`) : [[`${prefix}${key}`, String(value)]],
  )
}

describe('the English messages', () => {
  it('of every feature, the shared ones and the server labels hold no Chinese', () => {
    const modules = import.meta.glob<{ en: Tree }>('../../features/*/i18n.ts', { eager: true })
    const all = [
      ...Object.entries(modules).flatMap(([path, { en: messages }]) => strings(messages).map(([key, text]) => [`${path} ${key}`, text])),
      ...strings(en as unknown as Tree).map(([key, text]) => [`shared ${key}`, text]),
      ...strings(SERVER_LABELS.en as unknown as Tree).map(([key, text]) => [`server ${key}`, text]),
    ]
    expect(Object.keys(modules).length).toBeGreaterThan(10)
    expect(all.length).toBeGreaterThan(1000)
    // The language switch names each language in itself (简体中文): the one place Chinese belongs in the English UI.
    expect(all.filter(([key, text]) => !key!.startsWith('shared lang.') && CJK.test(text!)).map(([key, text]) => `${key}: ${text}`)).toEqual([])
  })
})
