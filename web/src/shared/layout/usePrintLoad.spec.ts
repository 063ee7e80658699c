import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { ApiError } from '@/shared/http'
import { NotForPrint, usePrintLoad } from './usePrintLoad'

function sheet(load: () => Promise<string>) {
  let state!: ReturnType<typeof usePrintLoad<string>>
  mount(defineComponent({ setup: () => { state = usePrintLoad(load); return () => h('div') } }))
  return state
}

describe('usePrintLoad', () => {
  it('is loading until the value arrives, then holds it with no error', async () => {
    const state = sheet(() => Promise.resolve('档案卡'))
    expect(state.loading.value).toBe(true)
    await flushPromises()
    expect([state.loading.value, state.data.value, state.error.value]).toEqual([false, '档案卡', null])
  })

  it("shows the server's title when the load fails", async () => {
    const state = sheet(() => Promise.reject(new ApiError(404, { title: '未找到' })))
    await flushPromises()
    expect([state.loading.value, state.data.value, state.error.value]).toEqual([false, undefined, '未找到'])
  })

  it('shows the reason given for not printing what was read', async () => {
    const state = sheet(() => Promise.reject(new NotForPrint('成绩尚未发布')))
    await flushPromises()
    expect(state.error.value).toBe('成绩尚未发布')
  })
})
