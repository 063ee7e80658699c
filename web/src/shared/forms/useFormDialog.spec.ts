import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../http'
import { i18n } from '../i18n'
import { fieldErrorsOf, fieldKey } from './serverErrors'
import { useFormDialog } from './useFormDialog'

vi.mock('../errors', () => ({ toastError: vi.fn(), toastSuccess: vi.fn() }))
const { toastError, toastSuccess } = await import('../errors')

type Input = { name: string; creditCode: string; version?: number }
const problem = (status: number, body: Record<string, unknown>) => new ApiError(status, { status, title: '出错了', ...body })

beforeEach(() => {
  vi.mocked(toastError).mockClear()
  vi.mocked(toastSuccess).mockClear()
  i18n.global.locale.value = 'zh-CN'
})

describe('useFormDialog', () => {
  it('opens on a copy, saves, closes and reports', async () => {
    const submit = vi.fn(async (m: Input) => ({ id: 1, ...m }))
    const onSaved = vi.fn()
    const dialog = useFormDialog<Input, { id: number }>({ submit, onSaved })
    const original = { name: '甲', creditCode: 'X' }
    dialog.open(original, true)
    dialog.model.name = '乙'
    expect(original.name).toBe('甲')
    expect(dialog.visible).toBe(true)
    await expect(dialog.save()).resolves.toBe(true)
    expect(submit).toHaveBeenCalledWith({ name: '乙', creditCode: 'X' }, true)
    expect(dialog.visible).toBe(false)
    expect(onSaved).toHaveBeenCalledWith({ id: 1, name: '乙', creditCode: 'X' }, { name: '乙', creditCode: 'X' })
    expect(toastSuccess).toHaveBeenCalledWith('已保存')
  })

  it('maps server field errors onto fields and stays open with the typed values', async () => {
    const dialog = useFormDialog<Input>({
      submit: async () => {
        throw problem(400, { code: 'validation_failed', errors: { creditCode: ['校验位不正确'], Name: ['必填', '太短'] } })
      },
    })
    dialog.open({ name: '', creditCode: 'BAD' })
    await expect(dialog.save()).resolves.toBe(false)
    expect(dialog.visible).toBe(true)
    expect(dialog.model.creditCode).toBe('BAD')
    expect(dialog.errors).toEqual({ creditCode: '校验位不正确', name: '必填；太短' })
    expect(dialog.formError).toBeUndefined()
  })

  it('puts a code that belongs to a field on that field', async () => {
    const dialog = useFormDialog<Input>({
      submit: async () => {
        throw problem(409, { code: 'duplicate_credit_code', detail: '统一社会信用代码已存在' })
      },
      codeFields: { duplicate_credit_code: 'creditCode' },
    })
    dialog.open({ name: 'a', creditCode: 'b' })
    await dialog.save()
    expect(dialog.errors).toEqual({ creditCode: '统一社会信用代码已存在' })
  })

  it('shows other problems inside the dialog, and unexpected errors as a toast', async () => {
    const submit = vi.fn<() => Promise<unknown>>().mockRejectedValueOnce(problem(403, { detail: '无权操作' })).mockRejectedValueOnce(new TypeError('offline'))
    const dialog = useFormDialog<Input>({ submit })
    dialog.open({ name: 'a', creditCode: 'b' })
    await dialog.save()
    expect(dialog.formError).toBe('出错了：无权操作')
    await dialog.save()
    expect(dialog.formError).toBeUndefined()
    expect(toastError).toHaveBeenCalledTimes(1)
  })

  it('on a concurrency conflict keeps the dialog and the typed values, then takes the stored version', async () => {
    const submit = vi.fn<(m: Input) => Promise<unknown>>().mockRejectedValueOnce(
      problem(409, { code: 'concurrency', current: { name: '别人改的', creditCode: 'X', version: 8 } }),
    )
    const reloadLatest = vi.fn(async (current: unknown) => current)
    const dialog = useFormDialog<Input>({ submit, reloadLatest })
    dialog.open({ name: '我改的', creditCode: 'X', version: 7 }, true)
    await expect(dialog.save()).resolves.toBe(false)
    expect(dialog.visible).toBe(true)
    expect(dialog.conflict?.code).toBe('concurrency')
    expect(dialog.model).toEqual({ name: '我改的', creditCode: 'X', version: 7 })

    await dialog.loadLatest()
    expect(reloadLatest).toHaveBeenCalledWith({ name: '别人改的', creditCode: 'X', version: 8 })
    expect(dialog.conflict).toBeNull()
    expect(dialog.model).toEqual({ name: '我改的', creditCode: 'X', version: 8 })

    submit.mockResolvedValueOnce({})
    await expect(dialog.save()).resolves.toBe(true)
    expect(submit).toHaveBeenLastCalledWith({ name: '我改的', creditCode: 'X', version: 8 }, true)
  })
})

describe('server error keys', () => {
  it('become camelCase form fields', () => {
    expect(fieldKey('CreditCode')).toBe('creditCode')
    expect(fieldKey('$.parkId')).toBe('parkId')
    expect(fieldKey('input.ContactPhone')).toBe('contactPhone')
    expect(fieldKey('reports[0]')).toBe('reports')
    expect(fieldKey('rounds[1].name')).toBe('name')
  })

  it('keep the row of a row field when the form shows rows', () => {
    expect(fieldKey('rounds[1].name', true)).toBe('rounds[1].name')
    expect(fieldKey('$.Prizes[0].AmountWan', true)).toBe('prizes[0].AmountWan')
    expect(fieldKey('rounds', true)).toBe('rounds')
    expect(fieldErrorsOf(problem(400, { errors: { 'judges[2].name': ['x'], name: ['y'] } }), {}, true)).toEqual({ 'judges[2].name': 'x', name: 'y' })
  })

  it('join several messages for one field', () => {
    expect(fieldErrorsOf(problem(400, { errors: { a: ['x'], A: ['y'] } }))).toEqual({ a: 'x；y' })
  })
})
