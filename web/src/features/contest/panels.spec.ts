import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { i18n } from '@/shared/i18n'
import * as errors from '@/shared/errors'
import { contestApi, type ContestDetail } from './api'
import SetupPanel from './SetupPanel.vue'
import DrawPanel from './DrawPanel.vue'
import ProgressPanel from './ProgressPanel.vue'

const contest = (over: Partial<ContestDetail> = {}): ContestDetail => ({
  id: 7, year: 2026, name: '2026 年度单位评比', status: 'Setup', heldOn: null, method: 'TrimmedMean', trimEach: 1, tieBreakers: '',
  aspects: [{ code: 'A', name: '创新', maxScore: 10, weight: 1 }],
  judges: [{ userId: 11, displayName: '评委一' }, { userId: 12, displayName: '评委二' }],
  categories: [], draws: [], isDemo: false, version: 3, ...over,
})

function mountPanel(component: object, props: Record<string, unknown>) {
  const thrown: unknown[] = []
  const wrapper = mount(component, {
    props,
    global: { plugins: [i18n, ElementPlus], config: { errorHandler: (e: unknown) => void thrown.push(e) } },
    attachTo: document.body,
  })
  return { wrapper, thrown }
}

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('contest setup panel', { timeout: 30_000 }, () => {
  it('opens with the saved judge panel and saves it unchanged', async () => {
    vi.spyOn(contestApi, 'candidates').mockResolvedValue([])
    const setJudges = vi.spyOn(contestApi, 'setJudges').mockResolvedValue(contest())
    vi.spyOn(errors, 'toastSuccess').mockImplementation(() => undefined)
    const { wrapper, thrown } = mountPanel(SetupPanel, { contest: contest(), canManage: true })
    await flushPromises()
    expect(thrown).toEqual([])
    expect(wrapper.find('[data-testid="contest-judges"]').text()).toContain('评委一')
    await wrapper.find('[data-testid="contest-save-judges"]').trigger('click')
    await flushPromises()
    expect(setJudges).toHaveBeenCalledWith(7, [11, 12])
  })
})

describe('contest one-off actions', { timeout: 30_000 }, () => {
  it('opening scoring says scoring is open, not that something was deleted', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    vi.spyOn(contestApi, 'open').mockResolvedValue(contest({ status: 'Scoring' }))
    const toast = vi.spyOn(errors, 'toastSuccess').mockImplementation(() => undefined)
    const draws = [{ categoryId: 1, seed: 's', algorithm: 'a', input: [], result: [], drawnAt: '2026-05-01T00:00:00Z', drawnBy: 'bureau' }]
    const { wrapper } = mountPanel(DrawPanel, { contest: contest({ draws }), canManage: true })
    await wrapper.find('[data-testid="contest-open"]').trigger('click')
    await flushPromises()
    expect(toast).toHaveBeenCalledWith(i18n.global.t('contest.opened'))
    expect(toast).not.toHaveBeenCalledWith(i18n.global.t('common.deleted'))
  })

  it('publishing says the results are published', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    vi.spyOn(contestApi, 'progress').mockResolvedValue({ status: 'Scoring', submitted: 1, expected: 1, judges: [], units: [], cells: [] })
    vi.spyOn(contestApi, 'publish').mockResolvedValue(contest({ status: 'Published' }))
    const toast = vi.spyOn(errors, 'toastSuccess').mockImplementation(() => undefined)
    const { wrapper } = mountPanel(ProgressPanel, { contest: contest({ status: 'Scoring' }), canManage: true })
    await flushPromises()
    await wrapper.find('[data-testid="contest-publish"]').trigger('click')
    await flushPromises()
    expect(toast).toHaveBeenCalledWith(i18n.global.t('contest.published'))
    wrapper.unmount()
  })
})
