import { computed } from 'vue'
import { createI18n } from 'vue-i18n'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import enLocale from 'element-plus/es/locale/lang/en'
import zhCN, { type Messages } from './zh-CN'
import en from './en'
import { SERVER_LABELS } from '../generated/contracts'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]

const STORAGE_KEY = 'torchbase.locale'

function initialLocale(): Locale {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY)
  return (LOCALES as readonly string[]).includes(saved ?? '') ? (saved as Locale) : 'zh-CN'
}

/**
 * Each feature keeps its own strings in `features/<feature>/i18n.ts`, exporting `zhCN` and `en` (same shape, usually
 * one top-level key named after the feature, plus `enums.<kind>` labels for its enums). They are merged over the
 * shared messages here, so adding a feature never touches this folder. Labels the server shows too (exports, messages) have
 * their home on the server and come from the generated contracts (`SERVER_LABELS`); no i18n file repeats them.
 */
interface FeatureMessages {
  zhCN: Record<string, unknown>
  en: Record<string, unknown>
}
const featureMessages = Object.values(
  import.meta.glob<FeatureMessages>('../../features/*/i18n.ts', { eager: true }),
)

type Tree = Record<string, unknown>
function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
export function mergeMessages<T extends Tree>(base: T, ...extras: Tree[]): T {
  const result: Tree = { ...base }
  for (const extra of extras) {
    for (const [key, value] of Object.entries(extra)) {
      const existing = result[key]
      result[key] = isTree(existing) && isTree(value) ? mergeMessages(existing, value) : value
    }
  }
  return result as T
}

export const i18n = createI18n<[Messages], Locale, false>({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'zh-CN',
  messages: {
    'zh-CN': mergeMessages(zhCN, ...featureMessages.map((m) => m.zhCN), SERVER_LABELS.zhCN),
    en: mergeMessages(en, ...featureMessages.map((m) => m.en), SERVER_LABELS.en),
  },
})

/** The UI locale, also sent as Accept-Language so the server's messages match. */
export function currentLocale(): Locale {
  return i18n.global.locale.value
}

export function setLocale(locale: Locale) {
  i18n.global.locale.value = locale
  localStorage.setItem(STORAGE_KEY, locale)
  document.documentElement.lang = locale
}

/** Element Plus's own texts (pagination, date pickers…) follow the UI locale. */
export const elementLocale = computed(() => (i18n.global.locale.value === 'en' ? enLocale : zhCn))
