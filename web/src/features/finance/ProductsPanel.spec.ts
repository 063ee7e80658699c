import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import { i18n } from '@/shared/i18n'
import { useAuthStore } from '@/shared/auth'
import { ApiError } from '@/shared/http'
import { financeApi, type ProductItem } from './api'
import ProductsPanel from './ProductsPanel.vue'

const product = (over: Partial<ProductItem> = {}): ProductItem => ({
  id: 'p1', bankId: 'b1', bankName: '高新银行', name: '科技贷 A', kind: 'TechLoan', description: null, minPoints: null, minGrade: null,
  requiredQualification: null, maxAmount: 500, rateFrom: 3.5, rateTo: 4.5, maxTermMonths: 36, active: true, publishedOn: '2026-01-01', version: 1,
  ...over,
} as ProductItem)

async function mountAsEnterprise(items: ProductItem[]) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useAuthStore().me = { id: 'u', userName: 'ent1', displayName: '企业', roles: ['EnterpriseUser'], permissions: ['finance.apply'] } as never
  vi.spyOn(financeApi, 'products').mockResolvedValue({ items, total: items.length, page: 1, pageSize: 20 } as never)
  const wrapper = mount(ProductsPanel, { global: { plugins: [pinia, i18n, ElementPlus] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
  i18n.global.locale.value = 'zh-CN'
})

describe('financial products seen by an enterprise', { timeout: 30_000 }, () => {
  it('says on the shelf that consent to the bank comes first', async () => {
    const wrapper = await mountAsEnterprise([
      product({ eligibility: { eligible: false, gaps: [{ code: 'consent_required', required: '高新银行', actual: null }] } } as never),
    ])
    expect(wrapper.find('[data-testid="product-gaps"]').text()).toContain('须先向高新银行授权数据共享')
  })

  it('shows why the server refused a request even when no field of the form is named', async () => {
    const wrapper = await mountAsEnterprise([product({ eligibility: { eligible: true, gaps: [] } } as never)])
    vi.spyOn(financeApi, 'createRequest').mockRejectedValue(
      new ApiError(400, { status: 400, title: '提交的数据有误', code: 'validation_failed', errors: { productId: ['须先向该银行授权数据共享'], amount: ['须大于 0'] } }),
    )
    await wrapper.find('[data-testid="product-apply"]').trigger('click')
    await flushPromises()
    document.querySelector<HTMLElement>('[data-testid="request-submit"]')!.click()
    await flushPromises()
    const general = document.querySelector('[data-testid="request-error"]')
    expect(general?.textContent).toContain('须先向该银行授权数据共享')
    expect(general?.textContent).not.toContain('须大于 0')
    // Element Plus shows a form item's error after a short debounce.
    await vi.waitFor(() => expect(document.querySelector('[data-testid="request-form"] .el-form-item__error')?.textContent).toContain('须大于 0'))
  })
})
