import { describe, expect, it } from 'vitest'
import type { FormItemRule } from 'element-plus'
import { today } from '../format'
import { notFutureRule, required } from './rules'

function check(rule: FormItemRule, value: unknown): string | undefined {
  let message: string | undefined
  ;(rule.validator as (r: unknown, v: unknown, cb: (e?: Error) => void) => void)(rule, value, (error) => (message = error?.message))
  return message
}

describe('a date that cannot lie in the future', () => {
  it('is refused after today in China and accepted up to today', () => {
    const [y, m, d] = today().split('-').map(Number)
    const tomorrow = new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10)
    expect(check(notFutureRule, tomorrow)).toBe('日期不能晚于今天')
    expect(check(notFutureRule, today())).toBeUndefined()
    expect(check(notFutureRule, '2001-01-01')).toBeUndefined()
    expect(check(notFutureRule, '')).toBeUndefined()
  })
})

describe('a required field', () => {
  it('is flagged required, so its form item carries the mark, and its own validator words the message', () => {
    const rule = required('competitions.fields.name')
    expect(rule.required).toBe(true)
    expect(check(rule, '  ')).toBeTruthy()
    expect(check(rule, '大赛')).toBeUndefined()
  })
})
