import { afterEach, describe, expect, it, vi } from 'vitest'
import { ElMessageBox } from 'element-plus'
import * as errors from './errors'
import { confirmAndRun } from './confirm'

describe('confirmAndRun', () => {
  afterEach(() => vi.restoreAllMocks())

  it('toasts what the caller says was done (开始评分 is not a deletion)', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    const toast = vi.spyOn(errors, 'toastSuccess').mockImplementation(() => undefined)
    expect(await confirmAndRun('开始评分？', async () => undefined, '已开始评分')).toBe(true)
    expect(toast).toHaveBeenCalledWith('已开始评分')
  })

  it('runs nothing and toasts nothing when cancelled', async () => {
    vi.spyOn(ElMessageBox, 'confirm').mockRejectedValue('cancel')
    const toast = vi.spyOn(errors, 'toastSuccess').mockImplementation(() => undefined)
    const action = vi.fn(async () => undefined)
    expect(await confirmAndRun('删除？', action, '已删除')).toBe(false)
    expect(action).not.toHaveBeenCalled()
    expect(toast).not.toHaveBeenCalled()
  })
})
