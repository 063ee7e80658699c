import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '../i18n'
import ListTable from './ListTable.vue'
import type { PagedList } from './usePagedList'

function list(total: number, totalIsLowerBound: boolean) {
  return reactive({
    items: [], total, totalIsLowerBound, loading: false, error: null,
    state: { page: 1, pageSize: 20, sort: undefined, desc: undefined },
    load: () => undefined, setPage: () => undefined, setPageSize: () => undefined, sortChange: () => undefined,
  }) as unknown as PagedList<unknown>
}

describe('the list table pager', { timeout: 30_000 }, () => {
  it.each([
    ['zh-CN', '共 10,000+ 条'],
    ['en', '10,000+ in total'],
  ] as const)('in %s reads a lower-bound total as "%s"', (locale, text) => {
    i18n.global.locale.value = locale
    const wrapper = mount(ListTable, { props: { list: list(10000, true), testid: 't' }, global: { plugins: [i18n, ElementPlus] } })
    expect(wrapper.get('[data-testid="t-total-at-least"]').text()).toBe(text)
    expect(wrapper.find('.el-pagination__total').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows an exact total as Element Plus does, without the lower-bound text', () => {
    i18n.global.locale.value = 'en'
    const wrapper = mount(ListTable, { props: { list: list(42, false), testid: 't' }, global: { plugins: [i18n, ElementPlus] } })
    expect(wrapper.find('[data-testid="t-total-at-least"]').exists()).toBe(false)
    expect(wrapper.get('.el-pagination__total').text()).toContain('42')
    wrapper.unmount()
  })
})
