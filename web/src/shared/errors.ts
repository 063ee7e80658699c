// Turning any thrown error into something to show: ProblemDetails title/detail, or a network message.
import { ElMessage } from 'element-plus'
import { ApiError } from './http'
import { i18n } from './i18n'

export interface ErrorText {
  title: string
  detail?: string
}

export function describeError(error: unknown): ErrorText {
  const t = i18n.global.t
  if (error instanceof ApiError) {
    // A validation failure says why: the server's field messages, when it sent no detail of its own.
    const fieldMessages = Object.values(error.errors).flat().join('；')
    const detail = error.detail && error.detail !== error.title ? error.detail : fieldMessages || undefined
    return { title: error.title || t('errors.unexpected'), detail }
  }
  if (error instanceof TypeError) return { title: t('errors.network') }
  return { title: t('errors.unexpected'), detail: error instanceof Error ? error.message : undefined }
}

/** The generic toast for errors that no form field or page area shows by itself. */
export function toastError(error: unknown) {
  const { title, detail } = describeError(error)
  ElMessage({ type: 'error', message: detail ? `${title}：${detail}` : title, grouping: true, showClose: true })
}

export function toastSuccess(message: string) {
  ElMessage({ type: 'success', message, grouping: true })
}
