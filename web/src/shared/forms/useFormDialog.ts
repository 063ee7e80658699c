// The create/edit dialog pattern shared by every form: open with a copy of the data, submit, map server
// field errors onto the form items, keep the dialog (and the typed values) on errors, handle version conflicts.
import { reactive, ref, shallowRef, type Ref } from 'vue'
import { i18n } from '../i18n'
import { ApiError, isApiError } from '../http'
import { toastError, toastSuccess } from '../errors'
import { fieldErrorsOf } from './serverErrors'

export interface FormDialogOptions<M, R> {
  submit: (model: M, editing: boolean) => Promise<R>
  onSaved?: (result: R, model: M) => void | Promise<void>
  /** Toast after a successful save (default: "已保存"); false for none. A function, so it follows the locale. */
  successMessage?: (() => string) | false
  /** ProblemDetails codes that belong to one field, e.g. `{ duplicate_credit_code: 'creditCode' }`. */
  codeFields?: Record<string, string>
  /** Errors of a row's field keep the row (`rounds[1].name`), for forms that show them beside that row. */
  rowPaths?: boolean
  /**
   * After a 409 `concurrency`: refresh the page's data and return the record as now stored (default: the
   * `current` the server sent). The dialog takes its `version` and keeps everything the user typed.
   */
  reloadLatest?: (current: unknown) => Promise<unknown>
}

const copy = <M>(value: M): M => JSON.parse(JSON.stringify(value)) as M

export function useFormDialog<M extends object, R = unknown>(options: FormDialogOptions<M, R>) {
  const visible = ref(false)
  const editing = ref(false)
  const model = ref({}) as Ref<M>
  const submitting = ref(false)
  const errors = ref<Record<string, string>>({})
  /** A failure that no single field shows (kept inside the dialog, next to what the user typed). */
  const formError = ref<string>()
  const conflict = shallowRef<ApiError | null>(null)

  function clearErrors() {
    errors.value = {}
    formError.value = undefined
    conflict.value = null
  }

  function open(initial: M, isEditing = false) {
    model.value = copy(initial)
    editing.value = isEditing
    clearErrors()
    visible.value = true
  }

  function close() {
    visible.value = false
  }

  /** Call after the form's own validation passed. Returns whether it was saved. */
  async function save(): Promise<boolean> {
    submitting.value = true
    clearErrors()
    try {
      const result = await options.submit(model.value, editing.value)
      visible.value = false
      if (options.successMessage !== false) toastSuccess(options.successMessage?.() ?? i18n.global.t('common.saved'))
      await options.onSaved?.(result, model.value)
      return true
    } catch (error) {
      showError(error)
      return false
    } finally {
      submitting.value = false
    }
  }

  function showError(error: unknown) {
    if (isApiError(error, 'concurrency')) {
      conflict.value = error
      return
    }
    if (error instanceof ApiError) {
      const fields = fieldErrorsOf(error, options.codeFields, options.rowPaths)
      if (Object.keys(fields).length > 0) {
        errors.value = fields
        return
      }
      formError.value = error.detail && error.detail !== error.title ? `${error.title}：${error.detail}` : error.title
      return
    }
    toastError(error)
  }

  /** Take the stored record's version, keep the typed values, so the user can check and save again. */
  async function loadLatest() {
    const current = conflict.value?.body.current
    try {
      const latest = options.reloadLatest ? await options.reloadLatest(current) : current
      const version = (latest as { version?: unknown } | undefined)?.version
      if (version !== undefined) (model.value as { version?: unknown }).version = version
      conflict.value = null
      toastSuccess(i18n.global.t('errors.reloadedKeepEdits'))
    } catch (error) {
      toastError(error)
    }
  }

  return reactive({ visible, editing, model, submitting, errors, formError, conflict, open, close, save, loadLatest })
}

export type FormDialogState<M extends object = Record<string, unknown>> = ReturnType<typeof useFormDialog<M>>
