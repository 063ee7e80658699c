import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/shared/i18n'
import type { ContestDetail } from './api'
import SetupPanel from './SetupPanel.vue'

const contest: ContestDetail = {
  id: 'c-1',
  year: 2026,
  name: '2026 学比争',
  status: 'Setup',
  heldOn: null,
  method: 'TrimmedMean',
  trimEach: 1,
  tieBreakers: '',
  aspects: [{ code: 'A', name: '工作成效', maxScore: 100, weight: 1 }],
  judges: [
    { userId: 'u-1', displayName: '评委甲' },
    { userId: 'u-2', displayName: '评委乙' },
  ],
  categories: [],
  draws: [],
  isDemo: false,
  version: 3,
} as unknown as ContestDetail

// The first mount compiles Element Plus: allow it time.
describe('SetupPanel', { timeout: 60_000 }, () => {
  afterEach(() => vi.unstubAllGlobals())

  it('opens with the contest\'s judges on the panel, so saving keeps them', async () => {
    // The only call: the candidate judges for the picker.
    vi.stubGlobal('fetch', vi.fn(async () => new Response('[]', { status: 200 })))
    const wrapper = mount(SetupPanel, { props: { contest, canManage: true }, global: { plugins: [ElementPlus, i18n] } })
    await flushPromises()

    const judges = wrapper.findAllComponents({ name: 'ElSelect' }).find((select) => select.attributes('data-testid') === 'contest-judges')
    expect(judges).toBeDefined()
    expect(judges?.props('modelValue')).toEqual(['u-1', 'u-2'])
  })
})
