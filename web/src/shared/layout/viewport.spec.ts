import { afterEach, describe, expect, it } from 'vitest'
import { isPhone, useDescriptions, useDialogWidth } from './viewport'

function resize(width: number) {
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: width })
  window.dispatchEvent(new Event('resize'))
}

describe('viewport', () => {
  afterEach(() => resize(1440))

  it.each([
    [390, true, '100%', { column: 1, direction: 'vertical' }],
    [767, true, '100%', { column: 1, direction: 'vertical' }],
    [768, false, '720px', { column: 2, direction: 'horizontal' }],
    [1440, false, '720px', { column: 3, direction: 'horizontal' }],
  ])('at %i px: phone %s, dialog %s, descriptions %o', (width, phone, dialog, descriptions) => {
    const dialogWidth = useDialogWidth(() => '720px')
    const bindings = useDescriptions(3)
    resize(width)
    expect(isPhone.value).toBe(phone)
    expect(dialogWidth.value).toBe(dialog)
    expect(bindings.value).toEqual(descriptions)
  })

  it('falls back to the default width when the dialog names none', () => {
    resize(1024)
    expect(useDialogWidth(() => undefined).value).toBe('640px')
  })
})
