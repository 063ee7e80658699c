// A required field of these forms: the shared rule (its message in the user's language), flagged `required` so the field
// carries the required mark; the rule's own validator still decides, so no generic message takes its place.
import type { FormItemRule } from 'element-plus'
import { required } from '@/shared/forms/rules'

export const need = (labelKey: string, kind: 'input' | 'select' = 'input'): FormItemRule => ({ ...required(labelKey, kind), required: true })
