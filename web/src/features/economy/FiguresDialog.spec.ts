import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { i18n } from '@/shared/i18n'
import { ApiError } from '@/shared/http'
import { economyApi, type EconomySheet, type SheetRow } from './api'
import FiguresDialog from './FiguresDialog.vue'

const row = (code: string, quarterly = false): SheetRow => ({
  code, name: code, nameEn: code, unit: '万元', kind: 'Amount', quarterly, isEntered: true, month: 5, value: 1, previousValue: null,
  growthPercent: null, targetValue: null, targetGrowthPercent: null, completionPercent: null, version: 1,
  acceptsTarget: true, annual: false, targetVersion: 7,
} as unknown as SheetRow)

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('economy figures form', { timeout: 30_000 }, () => {
  it('shows a server error under the indicator it is about when a quarterly line was not sent', async () => {
    const sheet: EconomySheet = { zoneId: 1, zoneName: '高新区', year: 2026, month: 5, timeElapsedPercent: 40, rows: [row('GDP'), row('RD', true), row('REV')] }
    const save = vi.spyOn(economyApi, 'saveFigures').mockRejectedValue(
      new ApiError(400, { status: 400, title: '提交的数据有误', errors: { 'figures[1].value': ['金额超出范围'] } }),
    )
    mount(FiguresDialog, { props: { sheet, mode: 'figures' }, global: { plugins: [i18n, ElementPlus] }, attachTo: document.body })
    await flushPromises()
    document.querySelector<HTMLElement>('[data-testid="economy-save"]')!.click()
    await flushPromises()
    expect(save.mock.calls[0][0].figures.map((f) => f.code)).toEqual(['GDP', 'REV'])
    await vi.waitFor(() => expect(document.querySelector('[data-testid="economy-line-REV"] .el-form-item__error')?.textContent).toContain('金额超出范围'))
    expect(document.querySelector('[data-testid="economy-line-RD"] .el-form-item__error')).toBeNull()
  })

  it('sets a target on a computed rate without a growth target, and sends the target\'s own version', async () => {
    const rate = { ...row('RDCOVER'), kind: 'Ratio', isEntered: false, annual: true, targetValue: 80, targetVersion: 3 } as SheetRow
    const ratio = { ...row('TAXSHARE'), kind: 'Ratio', isEntered: false, acceptsTarget: false } as SheetRow
    const sheet: EconomySheet = {
      zoneId: 1, zoneName: '高新区', year: 2026, month: 5, timeElapsedPercent: 40, rows: [{ ...row('GDP'), kind: 'Cumulative' }, rate, ratio],
    }
    const save = vi.spyOn(economyApi, 'saveTargets').mockResolvedValue(sheet)
    mount(FiguresDialog, { props: { sheet, mode: 'targets' }, global: { plugins: [i18n, ElementPlus] }, attachTo: document.body })
    await flushPromises()
    expect(document.querySelector('[data-testid="economy-line-TAXSHARE"]')).toBeNull()
    expect(document.querySelector('[data-testid="economy-growth-GDP"]')).not.toBeNull()
    expect(document.querySelector('[data-testid="economy-growth-RDCOVER"]')).toBeNull()
    document.querySelector<HTMLElement>('[data-testid="economy-save"]')!.click()
    await flushPromises()
    const sent = save.mock.calls[0][0].targets
    expect(sent.map((t) => [t.code, t.version])).toEqual([['GDP', 7], ['RDCOVER', 3]])
  })

  it('enters figures for entered indicators only', async () => {
    const rate = { ...row('RDCOVER'), kind: 'Ratio', isEntered: false, annual: true } as SheetRow
    const sheet: EconomySheet = { zoneId: 1, zoneName: '高新区', year: 2026, month: 5, timeElapsedPercent: 40, rows: [row('GDP'), rate] }
    mount(FiguresDialog, { props: { sheet, mode: 'figures' }, global: { plugins: [i18n, ElementPlus] }, attachTo: document.body })
    await flushPromises()
    expect(document.querySelector('[data-testid="economy-line-GDP"]')).not.toBeNull()
    expect(document.querySelector('[data-testid="economy-line-RDCOVER"]')).toBeNull()
  })
})
