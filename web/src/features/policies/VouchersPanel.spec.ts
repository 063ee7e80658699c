import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import ElementPlus from 'element-plus'
import { i18n } from '@/shared/i18n'
import { useAuthStore } from '@/shared/auth'
import { ApiError } from '@/shared/http'
import { moneyApi, policiesApi, type VoucherItem } from './api'
import VouchersPanel from './VouchersPanel.vue'

const voucher = (over: Partial<VoucherItem> = {}): VoucherItem => ({
  id: 'v1', enterpriseId: 'e1', enterpriseName: '平高新材料有限公司', providerId: 'p1', providerName: '检测中心', service: '材料检测', year: 2026,
  contractAmount: 40, requestedAmount: 20, approvedAmount: null, redeemedAmount: null, status: 'Submitted', appliedOn: '2026-03-01', version: 0, ...over,
})

async function mountAs(permissions: string[], items: VoucherItem[], enterpriseId: string | null = null) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useAuthStore().me = { id: 'u', userName: 'x', displayName: 'x', roles: [], permissions, enterpriseId } as never
  vi.spyOn(moneyApi, 'vouchers').mockResolvedValue({ items, total: items.length, page: 1, pageSize: 20 } as never)
  vi.spyOn(moneyApi, 'voucherPolicy').mockResolvedValue({ policy: '科技创新券（示例配置）', year: 2023, source: '未核实：示例值', subsidyShare: 0.5,
    capPerEnterprisePerYear: 50 })
  vi.spyOn(moneyApi, 'providers').mockResolvedValue([{ id: 'p1', name: '检测中心', services: '检测', active: true }])
  vi.spyOn(policiesApi, 'items').mockResolvedValue([{ id: 'i1', name: '创新券补助', type: 'InnovationVoucher', policyId: 'pol1',
    policyTitle: '科技创新券管理办法', level: 'District', state: 'Published' }])
  const wrapper = mount(VouchersPanel, { global: { plugins: [pinia, i18n, ElementPlus] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('innovation vouchers in the policies area', { timeout: 30_000 }, () => {
  it('tells the user the policy figures are not confirmed, and offers the bureau approval only on a submitted voucher', async () => {
    const wrapper = await mountAs(['finance.read', 'finance.manage'], [voucher(), voucher({ id: 'v2', status: 'Redeemed', redeemedAmount: 15 })])
    expect(wrapper.find('[data-testid="voucher-policy"]').text()).toContain('未核实')
    expect(wrapper.findAll('[data-testid="voucher-approve"]')).toHaveLength(1)
    expect(wrapper.find('[data-testid="voucher-apply"]').exists()).toBe(false)
  })

  it('lets an enterprise apply and shows the server\'s field error next to the field', async () => {
    const wrapper = await mountAs(['finance.apply'], [], 'e1')
    expect(wrapper.find('[data-testid="voucher-approve"]').exists()).toBe(false)
    vi.spyOn(moneyApi, 'applyVoucher').mockRejectedValue(
      new ApiError(400, { status: 400, title: '提交的数据有误', code: 'validation_failed', errors: { requestedAmount: ['不得超过合同金额'] } }),
    )
    await wrapper.find('[data-testid="voucher-apply"]').trigger('click')
    await flushPromises()
    document.querySelector<HTMLElement>('[data-testid="voucher-submit"]')!.click()
    await flushPromises()
    await vi.waitFor(() => expect(document.querySelector('[data-testid="voucher-dialog"] .el-form-item__error')?.textContent).toContain('不得超过合同金额'))
  })

  it('shows the benefit item a voucher pays and keeps it when the bureau approves', async () => {
    const wrapper = await mountAs(['finance.read', 'finance.manage'], [voucher({ policyItemId: 'i1', policyItemName: '创新券补助' })])
    expect(wrapper.find('[data-testid="voucher-row-item"]').text()).toBe('创新券补助')
    const review = vi.spyOn(moneyApi, 'reviewVoucher').mockResolvedValue(voucher({ status: 'Approved', approvedAmount: 20 }))
    await wrapper.find('[data-testid="voucher-approve"]').trigger('click')
    await flushPromises()
    expect(policiesApi.items).toHaveBeenCalled()
    document.querySelector<HTMLElement>('[data-testid="voucher-submit"]')!.click()
    await flushPromises()
    expect(review).toHaveBeenCalledWith('v1', expect.objectContaining({ approve: true, amount: 20, policyItemId: 'i1' }))
  })
})
