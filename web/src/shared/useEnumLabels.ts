import { useI18n } from 'vue-i18n'
import { ENUMS, type EnumKind } from './enums'

/**
 * Labels and select options for an enum, from its i18n key `enums.<kind>.<value>`; unknown values show as they are.
 * The values are the shared contract's (`ENUMS`) unless a feature passes its own list (service desk, projects).
 */
export function useEnumLabels() {
  const { t, te } = useI18n()
  const label = (kind: string, value: string | null | undefined): string => {
    if (value === null || value === undefined || value === '') return ''
    const key = `enums.${kind}.${value}`
    return te(key) ? t(key) : value
  }
  const options = (kind: string, values: readonly string[] = ENUMS[kind as EnumKind] ?? []) =>
    values.map((value) => ({ value: value as string, label: label(kind, value) }))
  return { label, options }
}
