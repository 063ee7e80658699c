import { useI18n } from 'vue-i18n'
import { ENUMS, type EnumKind } from './enums'

/** Labels and select options for the contract's enums; unknown values show as they are. */
export function useEnumLabels() {
  const { t, te } = useI18n()
  const label = (kind: EnumKind, value: string | null | undefined): string => {
    if (value === null || value === undefined || value === '') return ''
    const key = `enums.${kind}.${value}`
    return te(key) ? t(key) : value
  }
  const options = (kind: EnumKind) => ENUMS[kind].map((value) => ({ value: value as string, label: label(kind, value) }))
  return { label, options }
}
