import { ElMessageBox } from 'element-plus'
import { i18n } from './i18n'
import { toastError, toastSuccess } from './errors'

/**
 * Asks, then runs a destructive or one-off action; toasts its outcome. Resolves true when it ran and succeeded.
 * `message` is already translated.
 */
export async function confirmAndRun(message: string, action: () => Promise<unknown>, doneMessage?: string): Promise<boolean> {
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
    toastSuccess(doneMessage ?? t('common.deleted'))
    return true
  } catch (error) {
    toastError(error)
    return false
  }
}
