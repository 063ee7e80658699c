import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '../i18n'
import { useFormDialog } from '../forms/useFormDialog'
import FormDialog from '../forms/FormDialog.vue'
import NumberInput from './NumberInput.vue'
import { checkNumber } from './numberInput'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('checkNumber', () => {
  it.each([
    ['', {}, null, undefined],
    ['12', { min: 0, max: 20 }, 12, undefined],
    ['-500', { min: 0 }, -500, 'validation.min'],
    ['999', { max: 20 }, 999, 'validation.max'],
    ['1.234', { precision: 2 }, 1.234, 'validation.precision'],
    ['1.50', { precision: 1 }, 1.5, undefined],
    ['2.5', { precision: 0 }, 2.5, 'validation.wholeNumber'],
    ['1e20', {}, null, 'validation.tooLarge'],
    ['12abc', {}, null, 'validation.number'],
    ['1,200', { max: 5000 }, 1200, undefined],
  ])('%s with %o reads %s (%s)', (text, limits, value, key) => {
    const result = checkNumber(text, limits)
    expect(result.value).toBe(value)
    expect(result.error?.key).toBe(key)
  })
})

describe('a number field', { timeout: 30_000 }, () => {
  it('keeps a value out of range as typed and says why beside the field', async () => {
    const value = ref<number | null>(5)
    const wrapper = mount(
      defineComponent(() => () =>
        h(NumberInput, { modelValue: value.value, min: 0, max: 20, 'onUpdate:modelValue': (v: number | null) => (value.value = v) })),
      { global: { plugins: [i18n, ElementPlus] } },
    )
    const input = wrapper.find('input')
    await input.setValue('-500')
    await input.trigger('change')
    await flushPromises()
    expect(input.element.value).toBe('-500')
    expect(value.value).toBe(-500)
    expect(wrapper.find('[data-testid="number-error"]').text()).toBe('不能小于 0')
    await input.setValue('999')
    await flushPromises()
    expect(input.element.value).toBe('999')
    expect(wrapper.find('[data-testid="number-error"]').text()).toBe('不能大于 20')
    await input.setValue('12')
    await flushPromises()
    expect(value.value).toBe(12)
    expect(wrapper.find('[data-testid="number-error"]').exists()).toBe(false)
  })

  it('keeps its form from being sent while the typed value is refused', async () => {
    let sent = 0
    const dialog = useFormDialog<{ amount: number | null }>({ submit: async () => { sent++ } })
    const Host = defineComponent(() => () =>
      h(FormDialog<{ amount: number | null }>, { dialog, title: '申请' }, {
        default: () => h(NumberInput, {
          modelValue: (dialog.model as { amount: number | null }).amount,
          min: 1,
          'onUpdate:modelValue': (v: number | null) => ((dialog.model as { amount: number | null }).amount = v),
        }),
      }))
    mount(Host, { global: { plugins: [i18n, ElementPlus] }, attachTo: document.body })
    dialog.open({ amount: 10 })
    await flushPromises()
    const input = document.querySelector<HTMLInputElement>('.tb-number-input input')!
    input.value = '0'
    input.dispatchEvent(new Event('input'))
    await flushPromises()
    document.querySelector<HTMLButtonElement>('[data-testid="form-submit"]')!.click()
    await flushPromises()
    expect(sent).toBe(0)
    expect(document.querySelector('[data-testid="number-error"]')?.textContent).toBe('不能小于 1')
    input.value = '3'
    input.dispatchEvent(new Event('input'))
    await flushPromises()
    document.querySelector<HTMLButtonElement>('[data-testid="form-submit"]')!.click()
    await flushPromises()
    expect(sent).toBe(1)
  })
})
