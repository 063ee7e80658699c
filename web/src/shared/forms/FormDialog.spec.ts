import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '../i18n'
import { ApiError } from '../http'
import { describeError } from '../errors'
import { useFormDialog } from './useFormDialog'
import FormDialog from './FormDialog.vue'
import FormField from './FormField.vue'

afterEach(() => {
  document.body.innerHTML = ''
})

const refusal = new ApiError(400, {
  status: 400, title: '提交的数据有误', code: 'validation_failed', errors: { productId: ['须先向该银行授权数据共享'], name: ['必填'] },
})

describe('server errors in a form dialog', { timeout: 30_000 }, () => {
  it('shows a field error beside its field and one the form has no field for in the error area', async () => {
    const dialog = useFormDialog<{ name: string }>({ submit: async () => { throw refusal } })
    const Host = defineComponent(() => () =>
      h(FormDialog<{ name: string }>, { dialog, title: '申请' }, { default: () => h(FormField, { prop: 'name', label: '名称' }, () => h('input')) }))
    mount(Host, { global: { plugins: [i18n, ElementPlus] }, attachTo: document.body })
    dialog.open({ name: '' })
    await flushPromises()
    await dialog.save()
    await flushPromises()
    const general = document.querySelector('[data-testid="form-error"]')
    expect(general?.textContent).toContain('须先向该银行授权数据共享')
    expect(general?.textContent).not.toContain('必填')
    // Element Plus shows a form item's error after a short debounce.
    await vi.waitFor(() => expect(document.querySelector('.el-form-item__error')?.textContent).toContain('必填'))
  })

  it('a toast of a validation failure says why, not only that the data was wrong', () => {
    const text = describeError(refusal)
    expect(text.title).toBe('提交的数据有误')
    expect(text.detail).toContain('须先向该银行授权数据共享')
  })
})
