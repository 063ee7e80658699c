import { ElMessageBox } from 'element-plus'
import { i18n } from './i18n'
import { toastError, toastSuccess } from './errors'

/**
 * Asks, then runs a destructive or one-off action; toasts its outcome. Resolves true when it ran and succeeded.
 * `message` and `doneMessage` are already translated; the caller says what was done (已删除, 已开始评分…), there is no default.
 */
export async function confirmAndRun(message: string, action: () => Promise<unknown>, doneMessage: string): Promise<boolean> {
  const t = i18n.global.t
  try {
    await ElMessageBox.confirm(message, t('common.confirmTitle'), {
      type: 'warning',
      confirmButtonText: t('common.confirm'),
      cancelButtonText: t('common.cancel'),
    })
  } catch {
    return false // cancelled
  }
  try {
    await action()
    toastSuccess(doneMessage)
    return true
  } catch (error) {
    toastError(error)
    return false
  }
}
