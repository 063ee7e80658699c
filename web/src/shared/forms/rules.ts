// Client-side validation rules for Element Plus forms; messages are looked up when shown, so they follow the locale.
import type { FormItemRule } from 'element-plus'
import { i18n } from '../i18n'
import { isValidCreditCode } from '../creditCode'
import { today } from '../format'

type Callback = (error?: Error) => void
const t = (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {})

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)

/**
 * Required; `labelKey` is the i18n key of the field label, `select` words it as "请选择…". `required` gives the field its
 * mark; the validator decides, so the message is ours, in the user's language.
 */
export function required(labelKey: string, kind: 'input' | 'select' = 'input'): FormItemRule {
  return {
    required: true,
    trigger: kind === 'select' ? 'change' : 'blur',
    validator: (_rule: unknown, value: unknown, callback: Callback) =>
      isBlank(value)
        ? callback(new Error(t(kind === 'select' ? 'validation.requiredSelect' : 'validation.required', { field: t(labelKey) })))
        : callback(),
  }
}

export const creditCodeRule: FormItemRule = {
  trigger: 'blur',
  validator: (_rule: unknown, value: unknown, callback: Callback) =>
    isBlank(value) || isValidCreditCode(String(value).trim().toUpperCase())
      ? callback()
      : callback(new Error(t('validation.creditCode'))),
}

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|400-?\d{3}-?\d{4})$/

export const phoneRule: FormItemRule = {
  trigger: 'blur',
  validator: (_rule: unknown, value: unknown, callback: Callback) =>
    isBlank(value) || PHONE.test(String(value).trim()) ? callback() : callback(new Error(t('validation.phone'))),
}

const STRONG_PASSWORD = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{8,}$/

export const passwordRule: FormItemRule = {
  trigger: 'blur',
  validator: (_rule: unknown, value: unknown, callback: Callback) =>
    isBlank(value) || STRONG_PASSWORD.test(String(value)) ? callback() : callback(new Error(t('validation.password'))),
}

/** A date (`YYYY-MM-DD`) that cannot lie after today in China: a founding, visit, report or disbursement date. */
export const notFutureRule: FormItemRule = {
  trigger: 'change',
  validator: (_rule: unknown, value: unknown, callback: Callback) =>
    isBlank(value) || String(value) <= today() ? callback() : callback(new Error(t('validation.notFuture'))),
}
