import type { InjectionKey } from 'vue'

export interface NumberLimits {
  min?: number
  max?: number
  /** Decimal places allowed; 0 for whole numbers. */
  precision?: number
}

export type NumberCheck = { value: number | null; error?: { key: string; values?: Record<string, unknown> } }

/** The largest magnitude a browser keeps exactly (beyond it 1e20 would be shown as 9007…). */
const LARGEST = Number.MAX_SAFE_INTEGER

/**
 * Reads what was typed into a number field without changing it: out of range, too many decimals or not a number
 * is an error to show beside the field, never a value silently moved into range.
 */
export function checkNumber(text: string, limits: NumberLimits = {}): NumberCheck {
  const trimmed = text.trim().replace(/[,，\s]/g, '')
  if (trimmed === '') return { value: null }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return { value: null, error: { key: 'validation.number' } }
  const value = Number(trimmed)
  if (!Number.isFinite(value) || Math.abs(value) > LARGEST) return { value: null, error: { key: 'validation.tooLarge' } }
  if (limits.precision !== undefined && decimals(trimmed) > limits.precision)
    return limits.precision === 0
      ? { value, error: { key: 'validation.wholeNumber' } }
      : { value, error: { key: 'validation.precision', values: { precision: limits.precision } } }
  if (limits.min !== undefined && value < limits.min) return { value, error: { key: 'validation.min', values: { min: limits.min } } }
  if (limits.max !== undefined && value > limits.max) return { value, error: { key: 'validation.max', values: { max: limits.max } } }
  return { value }
}

function decimals(text: string): number {
  const [mantissa, exponent] = text.toLowerCase().split('e')
  const fraction = mantissa!.split('.')[1]?.replace(/0+$/, '') ?? ''
  return Math.max(0, fraction.length - Number(exponent ?? 0))
}

/** Fields of an enclosing form whose typed number is not acceptable: the form is not submitted while any is. */
export const INVALID_NUMBERS: InjectionKey<{ set: (id: symbol, invalid: boolean) => void }> = Symbol('invalidNumbers')
