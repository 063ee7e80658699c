import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/shared/i18n'
import { ApiError } from '@/shared/http'
import { meterFeedApi, type MeterFeedStatus } from './api'
import MeterFeedCard from './MeterFeedCard.vue'

const status = (over: Partial<MeterFeedStatus> = {}): MeterFeedStatus => ({
  enabled: true, connected: true, topic: 'torchbase/meters/#', since: '2026-12-01T00:00:00Z', lastMessageAt: '2026-12-02T02:15:00Z',
  received: 1200, stored: 3590, duplicates: 4, rejected: 0, malformed: 0, ...over,
})

async function mountWith(answer: () => Promise<MeterFeedStatus>) {
  vi.spyOn(meterFeedApi, 'status').mockImplementation(answer)
  const wrapper = mount(MeterFeedCard, { global: { plugins: [i18n, ElementPlus] } })
  await flushPromises()
  return wrapper
}

afterEach(() => {
  vi.restoreAllMocks()
  i18n.global.locale.value = 'zh-CN'
})

describe('the live meter feed card', { timeout: 30_000 }, () => {
  it('shows the connection, the last message in China time and the counts', async () => {
    const wrapper = await mountWith(() => Promise.resolve(status()))
    expect(wrapper.find('[data-testid="meter-feed-state"]').text()).toBe('已连接')
    expect(wrapper.text()).toContain('2026-12-02 10:15')
    expect(wrapper.find('[data-testid="meter-feed-stored"]').text()).toContain('3,590')
    expect(wrapper.text()).not.toContain('详见服务器日志')
  })

  it('warns when readings were rejected or malformed, and says when the broker is away', async () => {
    i18n.global.locale.value = 'en'
    const wrapper = await mountWith(() => Promise.resolve(status({ connected: false, malformed: 2 })))
    expect(wrapper.find('[data-testid="meter-feed-state"]').text()).toBe('Not connected, reconnecting')
    expect(wrapper.text()).toContain('the server log names them')
  })

  it('says plainly that the feed is off, and shows an error with a retry', async () => {
    const off = await mountWith(() => Promise.resolve(status({ enabled: false, topic: null, lastMessageAt: null, received: 0, stored: 0 })))
    expect(off.text()).toContain('未启用实时抄表')
    expect(off.find('[data-testid="meter-feed-state"]').exists()).toBe(false)
    vi.restoreAllMocks()
    const failing = await mountWith(() => Promise.reject(new ApiError(500, { status: 500, title: '服务器出错' })))
    expect(failing.text()).toContain('服务器出错')
  })
})
